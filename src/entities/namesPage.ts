import {canonicalName, normalizeName} from './identity.js'
import {isCommonWord} from './jieba.js'
import {cleanTitle, countryName, type NameTyping, typeOfName} from './typeOfName.js'
import {isOffice} from './vocabulary/offices.js'

/** Administrative suffixes a place's short name leaves out (`平昌郡` → `平昌`, `釜山广域市` → `釜山`). */
const administrative = /(广域市|特别市|直辖市|特级市|自治县|市|郡|县|省|道)$/
/** Dates, months, years and numbers: never a name (`2018年`, `5月`, `1718号`). */
const dateOrNumber = /^(?:[0-9０-９]+(?:年|月|日|号|届|次)?)+$/

/** `朝中社` of `朝鲜中央通讯社`: same first and last character, the other characters in order. */
function isAbbreviation(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false
  let at = 0
  for (const character of long) if (character === short[at]) at++
  return at === short.length && !long.join('').includes(short.join(''))
}

/** Two names of one body of a state: the same first two characters and the same last (`人民武力部`, `人民武装力量部`). */
function renamedBody(one: string, other: string): boolean {
  const [a, b] = [[...one], [...other]]
  return a.length >= 3 && b.length >= 3 && a[0] === b[0] && a[1] === b[1] && a.at(-1) === b.at(-1)
}

/** The name after a state's name at the start of a title (`大韩民国国家情报院` → `大韩民国`, `国家情报院`). */
function splitState(title: string): {state: string; rest: string} | undefined {
  const characters = [...title]
  for (let length = Math.min(11, characters.length - 1); length >= 2; length--) {
    const state = countryName(characters.slice(0, length).join(''))
    if (state) return {state, rest: characters.slice(length).join('')}
  }
  return undefined
}

/**
 * Whether a link's anchor words name the linked page: its title or its
 * canonical name, a person's surname or first and last name (`克林顿`,
 * `克里斯托弗·希尔`, `小布什`), a place without its administrative suffix, an
 * abbreviation (`朝中社`), the state written another way (`韩国外交通商部` for
 * `大韩民国外交通商部`), or what follows the state when it is itself a name
 * (`国家情报院`, not `外交部` or `国会`). Dates, months, numbers, offices,
 * common words and fragments of the title are not names of the page.
 */
export function namesPage(anchor: string, title: string, typing: NameTyping): boolean {
  const surface = normalizeName(anchor)
  const page = normalizeName(cleanTitle(title))
  const characters = [...surface]
  if (characters.length < 2 || dateOrNumber.test(surface) || isOffice(surface)) return false
  if (surface === page || surface === typing.name || canonicalName(surface) === canonicalName(typing.name)) return true
  if (countryName(surface) !== undefined) return countryName(surface) === typing.name
  if (isCommonWord(surface)) return false
  if (typing.type === 'Person' && typing.name.includes('·')) {
    const parts = typing.name.split('·')
    const last = parts.at(-1)!
    // The given name alone where it is the usual short name (`甘达提` of `甘达提·素帕蒙空`): three characters at least.
    const first = parts[0]!
    return ([...last].length >= 2 && (surface === last || surface === `小${last}` || surface === `老${last}`)) || surface === `${first}·${last}` || (surface === first && [...first].length >= 3)
  }
  if (page.replace(administrative, '') === surface || surface.replace(administrative, '') === page) return true
  if (isAbbreviation(characters, [...page])) return true
  const split = splitState(page)
  if (split) {
    const own = splitState(surface)
    if (own && own.state === split.state && own.rest === split.rest) return true
    const body = typing.type === 'GovernmentOrganization' || typing.type === 'Organization'
    if (surface === split.rest && ((body && characters.length >= 4) || /[0-9]号/.test(surface))) return true
    // A state's body under another of its names (`某国人民武力部` of `某国人民武装力量部`, renamed): the same state,
    // a body's name of the page's type, with the same first words and the same head.
    if (body && own && own.state === split.state && renamedBody(own.rest, split.rest) && typeOfName(surface)?.type === typing.type) return true
  }
  // Numbered resolutions by their number: `第2270号决议` of `联合国安全理事会第2270号决议`.
  return /^第?[0-9]{3,4}号决议$/.test(surface) && page.endsWith(surface)
}
