import type {VFile} from 'vfile'
import type {EntityType} from './entityTypes.js'
import {typeFromContext} from './contextType.js'
import {canonicalName, isDebris, normalizeName} from './identity.js'
import {isCommonWord, tagPlain} from './jieba.js'
import {bareBodies, bodyHeads, bodyKinds, stateOwnBodies} from './vocabulary/bodies.js'
import {isOffice, officeAtEnd} from './vocabulary/offices.js'
import {namesPage} from './namesPage.js'
import {groupHeads} from './vocabulary/nameCharacters.js'
import {staticName} from './staticNames.js'
import {namesNoOnePage, pagesOfAnchors} from './rules/anchorPages.js'
import {isActOnPlace} from './rules/actTitles.js'
import {symbolHeads, timeZoneHeads} from './vocabulary/places.js'
import {governmentSuffixes, organizationSuffixes, suffixPattern} from './vocabulary/suffixes.js'
import {cleanTitle, isStateTopic, typeOfName} from './typeOfName.js'

/**
 * A title that ends with a body's head (`某某管弦乐团`) names a body, whatever
 * stands around its links: an office after it (`某某乐团团长`) names the body's head.
 */
const bodyHeadAtEnd = new RegExp(`\\p{Script=Han}{2}(${bodyHeads.map((entry) => entry.head).join('|')})$`, 'u')

/**
 * A page titled with a bare organ that several states have (`外务省`, `外交部`: zhwiki titles Japan's
 * so) is no name for the batch: the same words in another document are its own state's, which its text gives.
 */
const oneStateBodies = new Set(stateOwnBodies.map((body) => body.name))
const anyStatesBody = (title: string) => bareBodies.some((body) => body.name === title) && !oneStateBodies.has(title)

/** A page titled with a kind of body (`常任委员会`) names none of the bodies of that kind. */
const kinds = new Set(bodyKinds.words)

/** A flag, an emblem or an anthem (`统一旗`) is an object: the words around its links give it no type. */
const symbolAtEnd = new RegExp(`(${symbolHeads.heads.join('|')})$`, 'u')
/** A time zone (`某国东部时间`) is a time named after a place, not the place. */
const timeZoneAtEnd = new RegExp(`(${timeZoneHeads.heads.join('|')})$`, 'u')
/** A title with a body's suffix (`人民武力部`): an office after its links (`某某部部长`) is its head's, not a person's title. */
const bodySuffixAtEnd = suffixPattern([...governmentSuffixes, ...organizationSuffixes])

export interface LexiconEntry {
  name: string
  type: EntityType
  /** Wikipedia URL of the entity, when a link names it. */
  sameAs?: string
}

/** Folded surface form → entity: names gathered from the links of the whole batch. */
export type Lexicon = Map<string, LexiconEntry>

/**
 * The batch's lexicon: a link names an entity (its page) with the words of
 * its anchor, so a name linked on one page is recognised unlinked on all
 * pages. Only names enter: the page's title and the anchors that name it
 * (`namesPage`), never a date, an office, a common word or a fragment of the
 * title. The entity is the page's canonical name (`canonicalName`), typed by
 * the title; an untyped page is left out. Names general knowledge already
 * holds (states, cities) keep their meaning, and a surface that names two
 * different pages names neither, so an unrelated document cannot change what
 * a record finds. An anchor no part of which names the page still gives the
 * name the text uses at its start when jieba reads it as a name (`小布什` in
 * `[小布什为免美国同时陷入](…/乔治·沃克·布什)`).
 */
export function buildLexicon(files: VFile[]): Lexicon {
  const named = new Map<string, Map<string, LexiconEntry>>()
  const urlsOf = new Map<string, Set<string>>()
  const byContext = new Map<string, {type: EntityType; name: string} | undefined>()
  // A title no rule types takes its type from the words around its links.
  const contextTyping = (title: string) => {
    if (!byContext.has(title)) {
      const name = cleanTitle(title)
      // A common word, an office (`秘书`, `大使`, `党和国家领导人`), a topic (`美国外交`), a symbol (`某某旗`) or a time zone is not a name, whatever stands around it.
      const named = /^\p{Script=Han}{2,8}$/u.test(name) && !isCommonWord(name) && !isOffice(name) && !officeAtEnd.test(name) && !isStateTopic(name) && !symbolAtEnd.test(name) && !timeZoneAtEnd.test(name)
      let type: EntityType | undefined = !named ? undefined : bodyHeadAtEnd.test(name) ? 'Organization' : typeFromContext(files, title)
      if (type === 'Person' && (([...name].length >= 3 && bodySuffixAtEnd.test(name)) || groupHeads.words.some((head) => name.endsWith(head)))) type = undefined
      byContext.set(title, type ? {type, name} : undefined)
    }
    return byContext.get(title)
  }
  const add = (surface: string, entry: LexiconEntry) => {
    const folded = normalizeName(surface)
    if ([...folded].length < 2) return
    const known = staticName(folded)
    if (known && known.name !== entry.name) return
    const byName = named.get(folded) ?? new Map<string, LexiconEntry>()
    const current = byName.get(entry.name)
    if (!current || typeRank(entry.type) < typeRank(current.type)) byName.set(entry.name, {...entry})
    named.set(folded, byName)
  }

  for (const file of files) {
    for (const link of file.data.links ?? []) {
      if (!link.pageTitle || isDebris(link.pageTitle) || anyStatesBody(normalizeName(cleanTitle(link.pageTitle))) || kinds.has(normalizeName(cleanTitle(link.pageTitle))) || isActOnPlace(normalizeName(cleanTitle(link.pageTitle)))) continue
      const typed = typeOfName(link.pageTitle) ?? contextTyping(link.pageTitle)
      if (!typed) continue
      const typing = {...typed, name: canonicalName(typed.name)}
      urlsOf.set(typing.name, (urlsOf.get(typing.name) ?? new Set()).add(link.url))
      const entry: LexiconEntry = typing
      add(typing.name, entry)
      add(cleanTitle(link.pageTitle), entry)
      if (link.alignment !== 'unaligned') {
        if (namesPage(link.exact, link.pageTitle, typing)) add(link.exact, entry)
      } else if (typing.type === 'Person') {
        const [first] = tagPlain(link.anchor)
        if (first && /^(nr|nrt|nrfg|x)$/.test(first.tag) && namesPage(first.word, link.pageTitle, typing)) add(first.word, entry)
      }
    }
  }

  const lexicon: Lexicon = new Map()
  const anchorPages = pagesOfAnchors(files)
  for (const [surface, byName] of [...named.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // An anchor the batch links to several pages names none of them, though only one page admits it.
    if (namesNoOnePage(surface, anchorPages)) continue
    const entries = [...byName.values()]
    // Two pages behind one surface: only the page of that very name keeps it.
    const entry = entries.length === 1 ? entries[0]! : entries.find((candidate) => candidate.name === surface)
    if (entry) lexicon.set(surface, entry)
  }
  // Every name of one entity points at one Wikipedia page: the page titled
  // with the canonical name when some link points there, else the first by order.
  for (const entry of lexicon.values()) {
    const urls = [...(urlsOf.get(entry.name) ?? [])].sort()
    // The page of that very title, written as the name is (`/朝鲜`), before a variant of its script (`/朝鮮`).
    const title = (candidate: string) => decodeURIComponent(candidate).split('/').at(-1)!
    const url = urls.find((candidate) => title(candidate) === entry.name) ?? urls.find((candidate) => normalizeName(title(candidate)) === entry.name) ?? urls[0]
    if (url) entry.sameAs = url
  }
  return lexicon
}

/** When titles type one name two ways, the more specific type wins, always the same. */
function typeRank(type: EntityType): number {
  return ['Person', 'Country', 'City', 'GovernmentOrganization', 'Legislation', 'Event', 'Organization', 'Place', 'CreativeWork'].indexOf(type)
}
