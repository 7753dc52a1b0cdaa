import {staticNames} from '../staticNames.js'

let patterns: {places: string[]; prefix: string; bodies: RegExp; events: RegExp} | undefined

/** Patterns built from the names of states and cities: built once. */
export function namePatterns() {
  if (patterns) return patterns
  const places = [...staticNames.keys()].filter((name) => !['GovernmentOrganization', 'Event'].includes(staticNames.get(name)!.type)).sort((a, b) => b.length - a.length)
  const escaped = places.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const prefix = `(${escaped.join('|')})`
  const bodies = new RegExp(
    `(${[...escaped, '中共中央', '中共'].join('|')})([\\p{Script=Han}]{0,8}?)(外务省|外交部|国务院|国防部|统一部|财政部|司法部|国家情报院|情报院|中央情报局|宪法法院|法院|国会|议会|众议院|参议院|外交通商部|人民武力部|委员会|内阁|海警|政府|军队|军|部|省|局|院|署|厅|通讯社|新闻社|图片社|电视台|台网|银行|航空公司|公司|党|中心)`,
    'gu'
  )
  const events = new RegExp(`${prefix}?(?:朝美|美朝|朝韩|韩朝|首脑)?(峰会)|${prefix}(战争)|[A-Z][0-9]{1,2}峰会`, 'gu')
  patterns = {places, prefix, bodies, events}
  return patterns
}
