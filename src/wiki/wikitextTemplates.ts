/**
 * wtf_wikipedia, set up for Chinese Wikipedia: templates that carry text are
 * rendered as the zh wiki shows them (dates as `1955年4月7日`, flags as the
 * linked country name), and the ideographic full stop survives (wtf turns
 * `。` into `. ` before parsing; it is kept behind a placeholder instead).
 */
import wtf from 'wtf_wikipedia'

const fullStop = '\u3002'
const placeholder = '\ue000'

/** Positional and named arguments of a raw template call (`{{name|a|k=v}}`). */
export function templateArguments(raw: string): {positional: string[]; named: Record<string, string>} {
  const body = raw.replace(/^\{\{|\}\}$/g, '')
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of body) {
    if (char === '[' || char === '{') depth++
    if (char === ']' || char === '}') depth--
    if (char === '|' && depth === 0) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  const positional: string[] = []
  const named: Record<string, string> = {}
  for (const part of parts.slice(1)) {
    const pair = /^\s*([^=\s][^=]*?)\s*=([\s\S]*)$/.exec(part)
    if (pair) named[pair[1]!.toLowerCase()] = pair[2]!.trim()
    else positional.push(part.trim())
  }
  return {positional, named}
}

/** Country codes the flag templates take, as zh Wikipedia names the country. */
const countries: Record<string, string> = {
  PRC: '中华人民共和国',
  CHN: '中华人民共和国',
  DPRK: '朝鲜民主主义人民共和国',
  PRK: '朝鲜民主主义人民共和国',
  ROK: '大韩民国',
  KOR: '大韩民国',
  USA: '美国',
  US: '美国',
  RUS: '俄罗斯',
  JPN: '日本',
  USSR: '苏联',
  URS: '苏联',
  SUN: '苏联',
  ROC: '中华民国',
  TWN: '中华民国',
  UK: '英国',
  GBR: '英国',
  FRA: '法国',
  MNG: '蒙古国',
  VNM: '越南'
}

/** `{{flag|朝鲜}}`, `{{flagcountry|PRC}}` → the linked country name; the label `name=` wins. */
function flag(raw: string): string {
  const {positional, named} = templateArguments(raw)
  const code = positional[0] ?? ''
  const page = countries[code.toUpperCase()] ?? code
  if (page === '') return ''
  const label = named.name ?? page
  return label === page ? `[[${page}]]` : `[[${page}|${label}]]`
}

/** `{{birth date|1955|4|7}}` → `1955年4月7日` (as much of the date as given). */
function date(raw: string): string {
  const numbers = templateArguments(raw)
    .positional.filter((part) => /^\d{1,4}$/.test(part))
    .slice(0, 3)
    .map(Number)
  const [year, month, day] = numbers
  if (year === undefined) return ''
  return `${year}年${month === undefined ? '' : `${month}月`}${month !== undefined && day !== undefined ? `${day}日` : ''}`
}

/** `{{kor|k=북방한계선|hanja=北方限界線}}` → its Korean text; `{{link-ru|页面|Страница}}` → the zh page, linked. */
const korean = (raw: string): string => {
  const {named, positional} = templateArguments(raw)
  return named.k ?? named.hangul ?? positional[0] ?? ''
}
const foreignLink = (raw: string): string => {
  const page = templateArguments(raw).positional[0]
  return page ? `[[${page}]]` : ''
}

const dateTemplates = ['birth date', 'death date', 'start date', 'end date', 'birth date and age', 'death date and age', 'start date and age', 'end date and age', 'dts', 'date']
const flagTemplates = ['flag', 'flagcountry', 'flagu', 'flagcu', 'flag country']
const iconTemplates = ['flagicon', 'flagdeco', 'flag icon']
const footnoteTemplates = ['notetag', 'efn', 'efn-ua', 'refn', 'notetag-lr']
const linkTemplates = ['link-ru', 'link-en', 'link-ja', 'link-ko', 'link-de', 'link-fr', 'ilh', 'tsl']

let extended = false

function extend(): void {
  if (extended) return
  extended = true
  wtf.extend((_models: unknown, templates: Record<string, unknown>) => {
    for (const name of dateTemplates) templates[name] = date
    for (const name of flagTemplates) templates[name] = flag
    for (const name of iconTemplates) templates[name] = () => ''
    for (const name of footnoteTemplates) templates[name] = () => ''
    for (const name of linkTemplates) templates[name] = foreignLink
    templates.kor = korean
  })
}

/** Parses MediaWiki markup with the zh renderings above. */
export function parseWikitext(text: string): ReturnType<typeof wtf> {
  extend()
  return wtf(text.replaceAll(fullStop, placeholder))
}

/** Text that came out of `parseWikitext`, its full stops restored. */
export function restoreText(text: string): string {
  return text.replaceAll(placeholder, fullStop)
}
