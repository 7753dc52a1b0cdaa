import {codePointIndex} from '../../core/codePoints.js'
import type {EntityType} from '../entityTypes.js'
import {normalizeName} from '../identity.js'
import {definingWords} from '../vocabulary/aliasWords.js'
import type {Candidate} from './candidate.js'
import {isDocumentKind} from './works.js'

/** A name in `《》` (a title is never a sentence: no full stop inside). */
const titled = '《([^《》。\\n]{2,80})》'
/** `《甲》，全称为《乙》`, `《甲》（又称《乙》、《丙》）`: the first name, a defining word, the names it gives. */
const definition = new RegExp(`${titled}[，,]?[（(]?(${[...definingWords.words, ...definingWords.common].join('|')})(?:为|是)?[:：]?((?:《[^《》。\\n]{2,80}》(?:、|或|和)?)+)`, 'gu')
const common = new Set(definingWords.common)

/** One name of such a definition, where it stands (code points, inside the brackets). */
export interface DefinedName {
  start: number
  end: number
  surface: string
}

/** The names a definition gives one thing, and the one it is called by (`《甲》，全称《乙》` → `甲`; `《甲》，通称《乙》` → `乙`). */
export interface Definition {
  names: DefinedName[]
  canonical: DefinedName
}

/** The definitions of the text, in order. */
export function definitions(folded: string[]): Definition[] {
  const text = folded.join('')
  const at = codePointIndex(text)
  const groups: Definition[] = []
  for (const match of text.matchAll(definition)) {
    const names = [{index: match.index + 1, surface: match[1]!}]
    const listed = match.index + match[0].length - match[3]!.length
    for (const other of match[3]!.matchAll(/《([^《》]+)》/gu)) names.push({index: listed + other.index + 1, surface: other[1]!})
    const defined = names.map(({index, surface}) => ({start: at(index), end: at(index + surface.length), surface}))
    groups.push({names: defined, canonical: common.has(match[2]!) ? defined[1]! : defined[0]!})
  }
  return groups
}

/**
 * The other names a page gives its own subject (`《某某条约》，全称为《某国和
 * 某国某某条约》`; `《9月某城宣言》，通称《某城宣言》` on the page of that
 * title): each is a mention of the subject, typed as the title and named by
 * the name the definition calls it by, wherever the text writes it. Only a definition that holds the page's title
 * names anything — what it says of two other names is no evidence of which of
 * them is canonical — and a name the batch links to a page of its own
 * (`linked`) stays that page's, as another name of a person does
 * (`rules/aliases.ts`). Surface → the subject.
 */
export function namesOfTitle(folded: string[], title: {surface: string; type: EntityType; name: string} | undefined, linked: (surface: string) => string | undefined): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  if (!title) return names
  const isTitle = (surface: string) => normalizeName(surface) === normalizeName(title.surface) || normalizeName(surface) === title.name
  for (const {names: group, canonical} of definitions(folded)) {
    if (!group.some((name) => isTitle(name.surface))) continue
    const name = isTitle(canonical.surface) ? title.name : normalizeName(canonical.surface)
    for (const {surface} of group) {
      const page = linked(surface)
      if (normalizeName(surface) === name || (page !== undefined && page !== name)) continue
      names.set(surface, {type: title.type, name})
    }
  }
  return names
}

/** Every place the text writes one of those names, as a mention of the subject (`source` = `document`). */
export function titleNameCandidates(folded: string[], names: Map<string, {type: EntityType; name: string}>): Candidate[] {
  const found: Candidate[] = []
  if (names.size === 0) return found
  const text = folded.join('')
  const at = codePointIndex(text)
  for (const [surface, typing] of names) {
    for (let index = text.indexOf(surface); index >= 0; index = text.indexOf(surface, index + surface.length)) {
      found.push({start: at(index), end: at(index + surface.length), type: typing.type, name: typing.name, source: 'document'})
    }
  }
  return found
}

/** `《甲》（即《乙》）`, `《甲》共同文件（《乙》）`: a document's other name in brackets right after it (a head noun between at most). */
const bracketed = new RegExp(`${titled}\\p{Script=Han}{0,4}[（(](?:即|亦即|简称)?《([^《》。\\n]{2,40})》[)）]`, 'gu')
/** A name by its date (`9·19共同声明`): the short name documents are known and titled by. */
const dated = /^[0-9]{1,2}·[0-9]{1,2}/u

/**
 * The other names a text gives a document in brackets right after it
 * (`《某某会谈共同声明》（即《9·19共同声明》）`), when one of the two is its
 * name by date: that one is the document's name, wherever the text writes
 * the other (as zhwiki titles them: the dated name). Two names neither of
 * which is dated say nothing of which is canonical; a name the batch links to
 * a page of its own stays that page's. Surface → the document.
 */
export function datedNamesInBrackets(folded: string[], linked: (surface: string) => string | undefined): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const match of folded.join('').matchAll(bracketed)) {
    const [first, second] = [match[1]!, match[2]!]
    if (dated.test(first) === dated.test(second)) continue
    const [other, name] = dated.test(first) ? [second, first] : [first, second]
    const page = linked(other)
    if (page === undefined || page === name) names.set(other, {type: 'Legislation', name})
  }
  return names
}

/**
 * `《宣言》` on the page of a declaration: a document's kind alone in 《》 (no
 * name: `rules/works.ts`) is the page's own document when the title is a
 * document of that kind.
 */
export function titleKindCandidates(folded: string[], title: {type: EntityType; name: string} | undefined): Candidate[] {
  if (title?.type !== 'Legislation') return []
  const text = folded.join('')
  const at = codePointIndex(text)
  return [...text.matchAll(/《([^《》\n]{2,8})》/gu)]
    .filter((match) => isDocumentKind(match[1]!) && title.name.endsWith(match[1]!))
    .map((match) => ({start: at(match.index) + 1, end: at(match.index + 1 + match[1]!.length), type: title.type, name: title.name, source: 'document' as const}))
}
