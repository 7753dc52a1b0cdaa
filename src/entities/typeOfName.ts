import {foldScript} from '../script/foldScript.js'
import type {EntityType} from './entityTypes.js'
import {cities, countries, organizationAliases, organizations, places} from './gazetteer.js'
import {isCommonWord, tagPlain} from './jieba.js'

/** Surnames of the Chinese, Korean and Japanese names these texts carry (one or two characters). */
export const surnames = new Set([...'金李朴崔郑文卢尹韩宋徐赵王习武傅张刘陈杨黄吴周胡江温戴唐蔡许林姜康洪柳俞申安高全孙马朱罗梁千潘白卞权任吕沈黎玄禹薮佐齐斋岸安倍河野邓毛钱孔曹彭贾方汪叶谢郭何田丁余董袁于苏蒋杜程魏范冯吴池奉'])

const countryOf = new Map<string, string>()
for (const [name, aliases] of Object.entries(countries)) {
  countryOf.set(name, name)
  for (const alias of aliases) countryOf.set(alias, name)
}
const citySet = new Set(cities)
const placeSet = new Set(places)

/** Roles are not entities: `韓國总统` names an office, not a person. */
const role = /(总统|主席|总书记|书记|委员长|领导人|最高领导人|部长|外长|外相|国务卿|大使|首相|总理|发言人|代表|司令|议长|院长|秘书长|顾问|特使|副相)$/
const legislation = /(宣言|联合声明|共同声明|声明|协定|协议|条约|决议|公报|共同文件|文件|议定书|备忘录)$/
const event = /(战争|会谈|会晤|峰会|首脑会议|高峰会|危机|革命|事件|奥运会|冬奥会|运动会|亚运会|大选|选举|之春|起义|运动)$/
/** Events whose two-character stem is already a name (`烛光革命`, `天安号事件`). */
const shortStemEvent = /^[\p{Script=Han}]{2}(革命|事件|战争|起义)$/u
const government = /(外务省|外交部|国务院|国防部|统一部|财政部|司法部|情报局|情报院|中央情报局|政府|军|部队|法院|议会|国会|众议院|参议院|委员会|部|省|局|院|署|厅|处|办公室)$/
const organization = /(党|社|通讯社|银行|公司|航空|基金|大学|学院|组织|联盟|集团|电视台|电台|日报|新闻|时报|周刊|机构|协会|中心|研究所|智库)$/
const city = /(市|特区)$/
const place = /(半岛|岛|山|江|河|湖|海|湾|峡|区|道|郡|县|州|里|馆|店|宫|阁|之家|大厦|广场|线|港|站|机场|宾馆|国宾馆|非军事区|边界)$/
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
  if (name.endsWith('市') && citySet.has(name.slice(0, -1))) return {type: 'City', name: name.slice(0, -1)}
  const known = organizations[name]
  if (known) return {type: known, name: organizationAliases[name] ?? name}
  if (role.test(name)) return undefined
  const stem = (suffix: RegExp) => name.replace(suffix, '')
  const hasProperStem = (suffix: RegExp) => {
    const rest = stem(suffix)
    return [...rest].length >= 3 || numeral.test(rest) || [...countryOf.keys()].some((key) => rest.includes(key)) || [...citySet].some((key) => rest.includes(key))
  }
  if (legislation.test(name)) return hasProperStem(legislation) ? {type: 'Legislation', name} : undefined
  if (event.test(name)) return hasProperStem(event) || shortStemEvent.test(name) ? {type: 'Event', name} : undefined
  if (/·/.test(name) && /^[\p{Script=Han}A-Za-z.·]+$/u.test(name)) return {type: 'Person', name}
  if (organization.test(name) && chars.length >= 3) return {type: 'Organization', name}
  // `黑龙江省`: a place name before 省 is a province; `外务省` is a ministry.
  if (name.endsWith('省')) {
    const stem = tagPlain(name.slice(0, -1))
    if (stem.length === 1 && stem[0]!.tag === 'ns') return {type: 'Place', name}
  }
  if (government.test(name) && chars.length >= 3) {
    const national = [...countryOf.keys()].some((key) => name.startsWith(key)) || /^(中央|国家|联合国|国际)/.test(name)
    return {type: national ? 'GovernmentOrganization' : 'Organization', name}
  }
  if (city.test(name) && chars.length >= 3) return {type: 'City', name}
  if (place.test(name) && chars.length >= 2) return {type: 'Place', name}
  if (/(民族|族|会|方)$/.test(name)) return undefined // peoples, sides, gatherings: not people
  const whole = tagPlain(name)
  if (whole.length === 1 && /^(nt|ns|j)$/.test(whole[0]!.tag)) return undefined // jieba knows it as a body, place or abbreviation
  if (chars.length >= 2 && chars.length <= 6 && surnames.has(chars[0]!) && /^\p{Script=Han}+$/u.test(name) && !isCommonWord(name) && !startsWithWord(name)) return {type: 'Person', name}
  return undefined
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
