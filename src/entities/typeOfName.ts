import {boundedMemo} from '../core/boundedMemo.js'
import {foldScript} from '../script/foldScript.js'
import {aliasOf} from './identity.js'
import {isCommonWord, tagPlain} from './jieba.js'
import {bodyTyping, organizationTyping, placeTyping, siteTyping, suffixPlaceTyping} from './typing/bodies.js'
import {countryName, knownTyping, type NameTyping} from './typing/known.js'
import {occasionTyping} from './typing/occasions.js'
import {isPersonShape, isSurnameAndGivenName, isTransliteratedPerson} from './typing/people.js'
import {officeAtEnd} from './vocabulary/offices.js'
import {stateItself} from './vocabulary/bodies.js'
import {stateAbbreviations} from './vocabulary/states.js'
import {compassParts} from './vocabulary/places.js'
import {citySuffixes, eventSuffixes, governmentSuffixes, legislationSuffixes, organizationSuffixes, placeSuffixes} from './vocabulary/suffixes.js'
import {relationHeads, stateTopics} from './vocabulary/topics.js'

/** `韩日关系`, `中朝美贸易`: a topic between states by their one-character short names. */
const relation = new RegExp(`^[${stateAbbreviations.join('')}]{2,3}(?:${relationHeads.words.join('|')})$`, 'u')

const stateItselfAtEnd = new RegExp(`^(.+)(${stateItself.words.join('|')})$`)

/** `美国东部`, `中国北方地区`: a state and a direction within it. */
const compassPart = new RegExp(`^(.+?)(${compassParts.words.join('|')})(地区|一带)?$`)

export {countryName, countryNames, type NameTyping} from './typing/known.js'

/** Strips a page title's disambiguation and the brackets of a work. */
export function cleanTitle(title: string): string {
  return foldScript(title)
    .replace(/\s*[(（][^()（）]*[)）]\s*$/, '')
    .replace(/^《(.*)》$/, '$1')
    .trim()
}

/**
 * `美国外交`, `朝鲜经济`: a state and a field (`vocabulary/topics.ts`) name a
 * topic (a page about the state's diplomacy), not a thing of its own.
 */
export function isStateTopic(raw: string): boolean {
  const characters = [...cleanTitle(raw)]
  for (let length = Math.min(11, characters.length - 2); length >= 2; length--) {
    if (countryName(characters.slice(0, length).join('')) && topics.has(characters.slice(length).join(''))) return true
  }
  return false
}

const topics = new Set(stateTopics.words)
/** The head nouns that tell a name's kind, alone (`vocabulary/suffixes.ts`). */
const kindWords = new Set([...governmentSuffixes, ...organizationSuffixes, ...legislationSuffixes, ...eventSuffixes, ...citySuffixes, ...placeSuffixes].map((entry) => entry.suffix))

/**
 * The type of a name, from general knowledge (states, cities, known bodies)
 * and the shape of the name (suffixes, transliterations, surnames). A name
 * that fits no rule, or names an office, gets no type: it is left out. Each
 * family of rules is a file of `typing/`; the order here is the order of
 * evidence (a surname beats a `…海` place suffix).
 */
export const typeOfName: (raw: string) => NameTyping | undefined = boundedMemo((raw) => typeNameOnce(raw))

function typeNameOnce(raw: string): NameTyping | undefined {
  const name = cleanTitle(raw)
  if ([...name].length < 2) return undefined
  const known = knownTyping(name)
  if (known) return known
  // A form the alias table knows (`川普`) is its canonical name (`唐纳德·特朗普`), typed as that is.
  const aliased = aliasOf(name)
  if (aliased) {
    const typing = typeOfName(aliased)
    if (typing) return {type: typing.type, name: aliased}
  }
  if (officeAtEnd.test(name)) return undefined
  const direction = compassPart.exec(name)
  if (direction && countryName(direction[1]!)) return undefined
  // `朝鲜政府`, `北韩当局`, `某国军方`: the state itself in these texts (as the body rule reads them), not a body of it.
  const government = stateItselfAtEnd.exec(name)
  if (government && countryName(government[1]!)) return undefined
  // A common word (`通讯社`, `网站`, `电视台`), or a kind's head alone (`通讯社`, `委员会`), is a kind of thing, not a name.
  if (isCommonWord(name) || kindWords.has(name)) return undefined
  const occasion = occasionTyping(name)
  if (occasion === 'none') return undefined
  if (occasion === 'body') return bodyTyping(name)
  if (occasion) return occasion
  if (relation.test(name)) return undefined
  const transliterated = isTransliteratedPerson(name)
  if (transliterated !== undefined) return transliterated ? {type: 'Person', name} : undefined
  // A surname and a given name jieba reads as a person's name: before any place suffix (`崔龙海`, `王岐山`).
  if (isPersonShape(name)) return {type: 'Person', name}
  const byShape = siteTyping(name) ?? organizationTyping(name) ?? placeTyping(name) ?? bodyTyping(name) ?? suffixPlaceTyping(name)
  if (byShape) return byShape
  if (/(民族|族|会|方)$/.test(name)) return undefined // peoples, sides, gatherings: not people
  const whole = tagPlain(name)
  if (whole.length === 1 && /^(nt|ns|j)$/.test(whole[0]!.tag)) return undefined // jieba knows it as a body, place or abbreviation
  return isSurnameAndGivenName(name) ? {type: 'Person', name} : undefined
}
