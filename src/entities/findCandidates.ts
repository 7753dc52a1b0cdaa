import {foldScript} from '../script/foldScript.js'
import {dot} from './identity.js'
import type {EntityType, MentionSource} from './entityTypes.js'
import {countries, notNames} from './gazetteer.js'
import {staticNames} from './staticNames.js'
import {isCommonWord, tagPlain} from './jieba.js'
import type {Token} from './jieba.js'
import type {Lexicon} from './buildLexicon.js'
import {countryName, typeOfName} from './typeOfName.js'
import {officeWords} from './vocabulary/offices.js'
import {isSurname, surnameOf} from './vocabulary/surnames.js'

/** A possible mention; overlapping candidates are settled later (longest, then strongest). */
export interface Candidate {
  start: number
  end: number
  type: EntityType
  name: string
  source: MentionSource
  sameAs?: string
}

/** Offices and ranks that stand next to a person's name (`vocabulary/offices.ts`). */
export const titles = officeWords
const titlePattern = new RegExp(`^(${titles.join('|')})`)

/** A name never ends with a particle or a verb: such an end comes from a misaligned anchor. */
export const malformedEnd = /(的|了|和|与|及|在|于|是|举行|第|之|并|将|就|从|对|被|向|为|也|都|把|让|说|称)$/

/**
 * Longest dictionary matches on the folded text: the batch lexicon (names of
 * linked pages) and general knowledge (states, cities, known bodies). A match
 * glued to Latin letters or digits is part of something else.
 */
export function dictionaryCandidates(folded: string[], lexicon: Lexicon, documentNames: Map<string, {type: EntityType; name: string}>): Candidate[] {
  const found: Candidate[] = []
  const longest = 24
  for (let start = 0; start < folded.length; start++) {
    // Grow the surface one character at a time and keep the longest known one.
    let surface = folded[start]!
    let best: {end: number; surface: string} | undefined
    for (let end = start + 2; end <= Math.min(folded.length, start + longest); end++) {
      surface += folded[end - 1]!
      if (lexicon.has(surface) || documentNames.has(surface) || staticNames.has(surface)) best = {end, surface}
    }
    if (!best) continue
    const {end} = best
    const entry = lexicon.get(best.surface)
    const local = documentNames.get(best.surface)
    const general = staticNames.get(best.surface)
    // A Latin or numeric name glued to more letters or digits is part of something else.
    if ((/[A-Za-z0-9]/.test(folded[start]!) && /[A-Za-z0-9]/.test(folded[start - 1] ?? '')) || (/[A-Za-z0-9]/.test(folded[end - 1]!) && /[A-Za-z0-9]/.test(folded[end] ?? ''))) continue
    if (entry) found.push({start, end, type: entry.type, name: entry.name, source: 'lexicon', ...(entry.sameAs ? {sameAs: entry.sameAs} : {})})
    else if (local) found.push({start, end, type: local.type, name: local.name, source: 'document'})
    else if (general) found.push({start, end, type: general.type, name: general.name, source: 'gazetteer'})
  }
  return found
}

/** Works in 《》: their type by their name; newspapers are organizations. */
export function bracketedWorks(folded: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  for (const match of text.matchAll(/《([^《》\n]{2,40})》/g)) {
    const inner = match[1]!
    if ([...inner].length <= 2 && isCommonWord(inner)) continue // `《协议》`: a common noun, not a title
    const start = [...text.slice(0, match.index)].length + 1
    const end = start + [...inner].length
    const typing = typeOfName(inner)
    const type: EntityType = /(报|新闻|日报|时报|周刊|杂志)$/.test(inner) ? 'Organization' : typing?.type === 'Legislation' ? 'Legislation' : 'CreativeWork'
    found.push({start, end, type, name: inner, source: 'rule'})
  }
  return found
}

/**
 * Names built by rule: transliterated names with `·` (`唐纳德·J·特朗普`),
 * organizations and events named after a state or city (`美国国务院`,
 * `韩国统一部`, `新加坡峰会`), documents named after a place or date
 * (`平壤联合声明`, `9·19共同声明`).
 */
export function patternCandidates(folded: string[], tokens: Token[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  // Rule-built names must start and end where jieba's words do: `朝鲜半岛紧张局` ends inside `局势`.
  const starts = new Set(tokens.map((token) => token.start))
  const ends = new Set(tokens.map((token) => token.end))
  const push = (index: number, surface: string, typing: {type: EntityType; name: string} | undefined, aligned = true) => {
    if (!typing || malformedEnd.test(surface)) return
    const start = [...text.slice(0, index)].length
    const end = start + [...surface].length
    if (aligned && (!starts.has(start) || !ends.has(end))) return
    found.push({start, end, type: typing.type, name: typing.name, source: 'rule'})
  }
  for (const match of text.matchAll(/[\p{Script=Han}A-Z]+(?:·[\p{Script=Han}A-Z]+)+/gu)) {
    for (const name of transliteratedNames(match[0])) push(match.index + name.offset, name.text, {type: 'Person', name: name.text}, false)
  }
  const {places, prefix, bodies, events} = namePatterns()
  const tokenAt = (offset: number) => tokens.find((token) => token.start <= offset && offset < token.end)
  for (const match of text.matchAll(bodies)) {
    const middle = match[2]!
    if (/[的了和与在是对将从被向为也都把让说称及、，。]/.test(middle)) continue
    // The suffix starts a word of its own: the `署` of `签署` is not an agency.
    const suffixStart = [...text.slice(0, match.index + match[1]!.length + middle.length)].length
    const token = tokenAt(suffixStart)
    const nameStart = [...text.slice(0, match.index)].length
    const nameEnd = nameStart + [...match[0]].length
    // A known word that runs from the name's start into the suffix (`中国国际航空|公司`) is part of the name.
    const fromStart = token !== undefined && token.start === nameStart && ends.has(nameEnd)
    if (!token || (token.start !== suffixStart && !fromStart)) continue
    if (match[3] === '省' && middle === '') continue // 平壤省 is not a ministry; provinces are places
    if (match[3] === '政府') continue // `朝鲜政府` is the state itself in these texts
    push(match.index, match[0], typeOfName(match[0]) ?? {type: 'Organization', name: match[0]})
  }
  for (const match of text.matchAll(events)) {
    if (match[0].endsWith('峰会') && !match[1] && !/^[A-Z]/.test(match[0])) continue
    push(match.index, match[0], {type: 'Event', name: match[0]}, false)
  }
  // Summits named by their date (`2007年南北首脑会谈`, `2018年4月南北首脑会谈`) and dated elections.
  for (const match of text.matchAll(/[0-9]{4}\s?年(?:[0-9]{1,2}\s?月)?(?:朝韩|韩朝|南北|南北韩|朝美|美朝)?(?:首脑)?(?:历史性)?(?:会谈|会晤|峰会|高峰会)|[0-9]{4}\s?年\s?(?:[\p{Script=Han}]{2,3})?(?:总统)?(?:大选|选举)/gu)) {
    push(match.index, match[0], {type: 'Event', name: match[0].replace(/\s/g, '')}, false)
  }
  // Documents named after a place or a date: `平壤联合声明`, `9·19共同声明`; numbered resolutions.
  for (const match of text.matchAll(/(共同声明|联合声明|共同宣言|宣言|共同文件|协定|条约)/gu)) {
    const end = match.index + match[0].length
    for (let length = 8; length >= 2; length--) {
      const stemStart = match.index - length
      if (stemStart < 0) continue
      const stem = text.slice(stemStart, match.index)
      if (!/^([0-9]{1,2}·[0-9]{1,2})$/.test(stem) && !places.some((place) => stem.startsWith(place))) continue
      if (/[的了和与在是对将从被向为也都把让说称及、，。《》\s]/.test(stem) || !isNounPhrase(stem)) continue
      push(stemStart, text.slice(stemStart, end), {type: 'Legislation', name: text.slice(stemStart, end)})
      break
    }
  }
  for (const match of text.matchAll(/(?:联合国)?(?:安理会)?(?:第\s?)?[0-9]{3,4}\s?号(?:制裁)?决议/gu)) {
    push(match.index, match[0], {type: 'Legislation', name: match[0].replace(/\s/g, '')}, false)
  }
  // Nuclear and missile sites named by their place: `宁边核设施`.
  for (const match of text.matchAll(/([\p{Script=Han}]{2,3})(?:核设施|核试验场|导弹发射场)/gu)) {
    const stemTokens = tagPlain(match[1]!)
    if (/[的了某些这那该其各]/.test(match[1]!) || stemTokens.some((token) => /^(a|ad|an|b|r|m|q|z|v)$/.test(token.tag))) continue
    push(match.index, match[0], {type: 'Place', name: match[0]})
  }
  for (const match of text.matchAll(/[0-9]{3,4}制裁委员会/gu)) push(match.index, match[0], {type: 'Organization', name: match[0]}, false)
  // Regions of a state: `俄罗斯远东`, `中国东北`.
  for (const match of text.matchAll(new RegExp(`(${Object.entries(countries).flatMap(([name, aliases]) => [name, ...aliases]).join('|')})(远东|东北|西北|东南|西南|北部|南部|东部|西部)`, 'gu'))) {
    push(match.index, match[0], {type: 'Place', name: match[0]}, false)
  }
  // Named movements and incidents: `烛光革命`, `天安号事件`.
  for (const match of text.matchAll(/革命|事件/gu)) {
    const suffixEnd = match.index + match[0].length
    const stem = match[0] === '革命' ? text.slice(match.index - 2, match.index) : /[\p{Script=Han}0-9]{1,4}号$/u.exec(text.slice(Math.max(0, match.index - 5), match.index))?.[0]
    if (!stem || [...stem].length < 2 || /[的了在和与这那该此其各某]/.test(stem)) continue
    push(match.index - stem.length, text.slice(match.index - stem.length, suffixEnd), {type: 'Event', name: text.slice(match.index - stem.length, suffixEnd)})
  }
  // Compounds that hold a name without being one take their place first.
  for (const blocker of notNames) {
    for (const match of text.matchAll(new RegExp(blocker, 'gu'))) {
      const start = [...text.slice(0, match.index)].length
      found.push({start, end: start + [...blocker].length, type: 'CreativeWork', name: '', source: 'rule'})
    }
  }
  return found
}

let patterns: {places: string[]; prefix: string; bodies: RegExp; events: RegExp} | undefined

/** Patterns built from the names of states and cities: built once. */
function namePatterns() {
  if (patterns) return patterns
  const places = [...staticNames.keys()].filter((name) => staticNames.get(name)!.type !== 'GovernmentOrganization').sort((a, b) => b.length - a.length)
  const escaped = places.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const prefix = `(${escaped.join('|')})`
  const bodies = new RegExp(`(${[...escaped, '中共中央', '中共'].join('|')})([\\p{Script=Han}]{0,8}?)(外务省|外交部|国务院|国防部|统一部|财政部|司法部|国家情报院|情报院|中央情报局|宪法法院|法院|国会|议会|众议院|参议院|外交通商部|人民武力部|委员会|政府|军队|军|部|省|局|院|署|厅|通讯社|新闻社|图片社|电视台|银行|航空公司|公司|党|中心)`, 'gu')
  const events = new RegExp(`${prefix}?(?:朝美|美朝|朝韩|韩朝|首脑)?(峰会)|(?:[0-9]{4}\\s?年\\s?)?(?:平昌|北京|东京|汉城|首尔)?(冬奥会|冬季奥运会|夏季奥运会|奥运会)|${prefix}(战争)|[A-Z][0-9]{1,2}峰会`, 'gu')
  patterns = {places, prefix, bodies, events}
  return patterns
}

/**
 * People named by their office (`总统文在寅`, `金正恩委员长`, `国务卿迈克·蓬佩奥`)
 * and names jieba reads as personal names with a known surname. A bare
 * two-character name needs an office next to it: alone it is too often a word.
 */
export function personCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  const isNameToken = (token: Token | undefined, nextToTitle = false) =>
    token !== undefined && (/^(nr|nrt|nrfg|x)$/.test(token.tag) || (nextToTitle && token.tag === 'ns')) &&
    /^[\p{Script=Han}·]{2,6}$/u.test(token.word) && !countryName(token.word) && !titles.includes(token.word) &&
    !/^[朝韩美中日俄苏南北]+$/.test(token.word) && !/^[一二两三四五六七八九十几数多各每此这那该本对在与和从向为被把将前后]/.test(token.word)
  for (const [index, token] of tokens.entries()) {
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    const nextToTitle = Boolean((before && titles.some((title) => before.word.endsWith(title))) || (after && titlePattern.test(after.word)))
    if (!isNameToken(token, nextToTitle)) continue
    // An unknown word next to an office must at least start like a name.
    if (token.tag === 'x' && !surnameOf(token.word)) continue
    const chars = [...token.word]
    // Three characters from a known surname: the shape of most Chinese and Korean names.
    const knownShape = chars.length === 3 && isSurname(chars[0]!) && /^(nr|nrfg|x)$/.test(token.tag)
    if (nextToTitle || knownShape) {
      const typing = typeOfName(token.word)
      if (typing && typing.type !== 'Person') continue
      if (!typing && !nextToTitle) continue
      found.push({start: token.start, end: token.end, type: 'Person', name: token.word, source: 'nlp'})
    }
  }
  return found
}

/** Places jieba reads as place names that the suffix rules type (`金刚山`, `丰溪里`, `关岛`). */
export function placeCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (const token of tokens) {
    if (token.tag !== 'ns' || [...token.word].length < 2) continue
    const typing = typeOfName(token.word)
    if (typing && (typing.type === 'Place' || typing.type === 'City' || typing.type === 'Country')) {
      found.push({start: token.start, end: token.end, type: typing.type, name: typing.name, source: 'nlp'})
    }
  }
  return found
}

/** Folded characters of a text: one per code point, so offsets carry over. */
export function foldedCharacters(text: string): string[] {
  return [...foldScript(text)].map((character) => (dot.test(character) ? '·' : character))
}

/** `联合安全区（JSA）`: an acronym in brackets right after a name is another name of it. */
export function acronymsAfter(mentions: Candidate[], folded: string[]): Candidate[] {
  const found: Candidate[] = []
  for (const mention of mentions) {
    const match = /^[（(]([A-Z]{2,6})[)）]/.exec(folded.slice(mention.end, mention.end + 10).join(''))
    if (!match) continue
    const start = mention.end + 1
    found.push({start, end: start + match[1]!.length, type: mention.type, name: mention.name, source: 'document'})
  }
  return found
}

/** A document's name is made of names and nouns, with at most a verb just before its kind (`朝鲜停战协定`). */
function isNounPhrase(stem: string): boolean {
  if (/^[0-9]{1,2}·[0-9]{1,2}$/.test(stem)) return true
  const tokens = tagPlain(stem)
  return tokens.every((token, index) => !/^(p|c|d|u|uj|ul|r|l|a|ad|f)$/.test(token.tag) && (!/^v/.test(token.tag) || index === tokens.length - 1))
}

/** Words that end a name on its left: offices, particles. */
const beforeName = /^(n|v|vn|p|c|u|uj|ul|f|d|t|m|q|r|ns)$/

/**
 * The person's name in a run like `国务卿迈克·蓬佩奥随后访`: jieba's words next
 * to the dots that read as names (`迈克`, `蓬佩奥`), not the office before them
 * nor the verb after them.
 */
export function transliteratedNames(run: string): Array<{offset: number; text: string}> {
  const parts = run.split('·')
  // `詹姆斯·凯利与克里斯托弗·希尔`: a word like `与` between two dots ends one name and starts the next.
  for (let index = 1; index < parts.length - 1; index++) {
    const tokens = tagPlain(parts[index]!)
    const separator = tokens.findIndex((token) => /^(p|c|uj|v|x)$/.test(token.tag))
    if (separator > 0) {
      const cut = parts.slice(0, index).join('·').length + 1 + tokens.slice(0, separator).map((token) => token.word).join('').length
      const restStart = cut + tokens[separator]!.word.length
      return [
        ...transliteratedNames(run.slice(0, cut)),
        ...transliteratedNames(run.slice(restStart)).map((name) => ({...name, offset: name.offset + restStart}))
      ]
    }
  }
  if (parts.length < 2) return []
  const first = tagPlain(parts[0]!)
  let left = ''
  for (let index = first.length - 1; index >= 0; index--) {
    const token = first[index]!
    if (beforeName.test(token.tag) && [...token.word].length > 1) break
    if (beforeName.test(token.tag) && left !== '') break
    left = token.word + left
  }
  const lastTokens = tagPlain(parts[parts.length - 1]!)
  let right = ''
  for (const token of lastTokens) {
    if (right !== '' && (beforeName.test(token.tag) || [...right].length >= 2)) break
    // An unknown word glued to a particle (`贡于`, `尹在`): the name stops before it.
    const particle = /[于在与和的了是对将就]/u.exec(token.word)
    if (particle && particle.index > 0 && token.tag === 'x') {
      right += token.word.slice(0, particle.index)
      break
    }
    right += token.word
  }
  if (left === '' || right === '') return []
  return [{offset: parts[0]!.length - left.length, text: [left, ...parts.slice(1, -1), right].join('·')}]
}
