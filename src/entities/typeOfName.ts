import {foldScript} from '../script/foldScript.js'
import type {EntityType} from './entityTypes.js'
import {cities, countries, organizationAliases, organizations, places} from './gazetteer.js'
import {isCommonWord, tagPlain} from './jieba.js'
import {bareBodies, bareBodyShortForms} from './vocabulary/bodies.js'
import {officeAtEnd} from './vocabulary/offices.js'
import {citySuffixes, eventSuffixes, governmentSuffixes, legislationSuffixes, organizationSuffixes, placeSuffixes, suffixPattern} from './vocabulary/suffixes.js'
import {endsLikeGivenName, isGivenName} from './vocabulary/nameCharacters.js'
import {surnameOf} from './vocabulary/surnames.js'

const countryOf = new Map<string, string>()
for (const [name, aliases] of Object.entries(countries)) {
  countryOf.set(name, name)
  for (const alias of aliases) countryOf.set(alias, name)
}
const citySet = new Set(cities)
const bareBodyNames = new Set(bareBodies.map((body) => body.name))
const placeSet = new Set(places)

const legislation = suffixPattern(legislationSuffixes)
const event = suffixPattern(eventSuffixes)
/** Events whose two-character stem is already a name (`烛光革命`, `天安号事件`). */
const shortStemEvent = /^[\p{Script=Han}]{2}(革命|事件|战争|起义)$/u
/** Sessions and congresses are events when numbered (`第七次代表大会`, `十九届四中全会`). */
const session = /(会议|全会|大会|代表大会)$/
const numbered = /(第?[0-9一二三四五六七八九十百]+(次|届|中)|[0-9]{4}年)/
const government = suffixPattern(governmentSuffixes)
const organization = suffixPattern(organizationSuffixes)
const city = suffixPattern(citySuffixes)
const place = suffixPattern(placeSuffixes)
/** What a place's short name leaves out (`平昌郡` is `平昌`, `釜山广域市` is `釜山`). */
const administrative = /(广域市|特别市|直辖市|市|郡)$/
/** Ships and craft: `约翰·C·史坦尼斯号` is not a person. */
const craft = /(号|舰|艇|航空母舰)$/
/** `非政府组织`, `无党派…`, `反…`: a negated stem names a category, not one body. */
const negated = /^(非|无|反|不)/
const numeral = /[0-9０-９一二三四五六七八九十·.]/

export interface NameTyping {
  type: EntityType
  /** Canonical name (folded; countries by their short name, organizations by their full name). */
  name: string
}

/** Strips a page title's disambiguation and the brackets of a work. */
export function cleanTitle(title: string): string {
  return foldScript(title).replace(/\s*[(（][^()（）]*[)）]\s*$/, '').replace(/^《(.*)》$/, '$1').trim()
}

/** Types already computed: the same names come back on every page, and jieba is not free. */
const typed = new Map<string, NameTyping | undefined>()

/**
 * The type of a name, from general knowledge (states, cities, known bodies)
 * and the shape of the name (suffixes, transliterations, surnames). A name
 * that fits no rule, or names an office, gets no type: it is left out.
 */
export function typeOfName(raw: string): NameTyping | undefined {
  if (!typed.has(raw)) typed.set(raw, typeNameOnce(raw))
  return typed.get(raw)
}

function typeNameOnce(raw: string): NameTyping | undefined {
  const name = cleanTitle(raw)
  const chars = [...name]
  if (chars.length < 2) return undefined
  const country = countryOf.get(name)
  if (country) return {type: 'Country', name: country}
  if (citySet.has(name)) return {type: 'City', name}
  if (placeSet.has(name)) return {type: 'Place', name}
  const short = name.replace(administrative, '')
  if (short !== name && citySet.has(short)) return {type: 'City', name: short}
  const known = organizations[name]
  if (known) return {type: known, name: organizationAliases[name] ?? name}
  if (bareBodyNames.has(name)) return {type: 'GovernmentOrganization', name: bareBodyShortForms[name] ?? name}
  if (officeAtEnd.test(name)) return undefined
  // `朝鲜政府`, `北韩当局`: the state itself in these texts (as the body rule reads them), not a body of it.
  const government = /^(.+)(政府|当局)$/.exec(name)
  if (government && countryOf.has(government[1]!)) return undefined
  // A common word (`通讯社`, `网站`, `电视台`) is a kind of thing, not a name, whatever its suffix.
  if (isCommonWord(name)) return undefined
  const stem = (suffix: RegExp) => name.replace(suffix, '')
  const hasProperStem = (suffix: RegExp) => {
    const rest = stem(suffix)
    return [...rest].length >= 3 || numeral.test(rest) || [...countryOf.keys()].some((key) => rest.includes(key)) || [...citySet].some((key) => rest.includes(key))
  }
  if (legislation.test(name)) return hasProperStem(legislation) ? {type: 'Legislation', name} : undefined
  if (session.test(name) && !numbered.test(name) && !event.test(name.replace(session, ''))) return typeOfBody(name, chars)
  if (event.test(name)) return hasProperStem(event) || shortStemEvent.test(name) ? {type: 'Event', name} : undefined
  if (/·/.test(name) && /^[\p{Script=Han}A-Za-z.·]+$/u.test(name)) return craft.test(name) ? undefined : {type: 'Person', name}
  // A surname and a given name jieba reads as a person's name: before any place suffix (`崔龙海`, `王岐山`).
  if (isPersonShape(name, chars)) return {type: 'Person', name}
  if (organization.test(name) && chars.length >= 3 && !negated.test(name)) return {type: 'Organization', name}
  // `黑龙江省`: a place name before 省 is a province; `外务省` is a ministry.
  if (name.endsWith('省')) {
    const stem = tagPlain(name.slice(0, -1))
    if (stem.length === 1 && stem[0]!.tag === 'ns') return {type: 'Place', name}
  }
  const body = typeOfBody(name, chars)
  if (body) return body
  if (city.test(name) && chars.length >= 3) return {type: 'City', name}
  if (place.test(name) && chars.length >= 2) return {type: 'Place', name}
  if (/(民族|族|会|方)$/.test(name)) return undefined // peoples, sides, gatherings: not people
  const whole = tagPlain(name)
  if (whole.length === 1 && /^(nt|ns|j)$/.test(whole[0]!.tag)) return undefined // jieba knows it as a body, place or abbreviation
  const surname = surnameOf(name)
  if (surname && /^\p{Script=Han}+$/u.test(name) && isGivenName(name.slice(surname.length)) && !isCommonWord(name) && !startsWithWord(name)) return {type: 'Person', name}
  return undefined
}

/** Government bodies start with a state, or with `中央`, `国家`, `联合国`, `国际`; other bodies are organizations. */
function typeOfBody(name: string, chars: string[]): NameTyping | undefined {
  if (!government.test(name) || chars.length < 3 || negated.test(name)) return undefined
  const national = [...countryOf.keys()].some((key) => name.startsWith(key)) || /^(中央|国家|联合国|国际|全国|中共|国务院)/.test(name)
  return {type: national ? 'GovernmentOrganization' : 'Organization', name}
}

/**
 * `崔龙海`: a known surname, then one or two characters, read by jieba as one
 * personal name (nr) — whatever the last character looks like (`海`, `山`).
 */
function isPersonShape(name: string, chars: string[]): boolean {
  const surname = surnameOf(name)
  if (!surname || chars.length < 3 || chars.length > 4 || !/^\p{Script=Han}+$/u.test(name) || !isGivenName(name.slice(surname.length))) return false
  // A strong place ending (`白鹿潭`) is a place; a given-name ending (`海`, `山`) is not.
  if (place.test(name) && !endsLikeGivenName(name)) return false
  const tokens = tagPlain(name)
  const readAsName = (token: {tag: string} | undefined) => token !== undefined && /^(nr|nrfg|nrt)$/.test(token.tag)
  return (tokens.length === 1 && readAsName(tokens[0])) || (tokens[0]?.word === surname && readAsName(tokens[0]))
}

/** The canonical short name of a state, if the name is one. */
export function countryName(name: string): string | undefined {
  return countryOf.get(foldScript(name))
}

export const countryNames = () => [...countryOf.keys()]

/** `韩国电影` starts with a word (`韩国`), not with a surname: it is not a name. */
function startsWithWord(name: string): boolean {
  const tokens = tagPlain(name)
  const [first] = tokens
  if (first !== undefined && [...first.word].length >= 2 && [...first.word].length < [...name].length && !/^(nr|nrt|nrfg|x)$/.test(first.tag)) return true
  // `李克强访日`: a name followed by a verb is an event about the person, not a person.
  return tokens.slice(1).some((token) => /^(v|vn|vd|j)$/.test(token.tag) && [...token.word].length >= 2)
}
