/**
 * Infobox fields that name dates, places or people, kept as structured data
 * (`meta.infobox` → `kpd:infobox` on the document node). What a field names
 * is told by its name, as the infobox templates spell them (English field
 * names on zh Wikipedia too); other fields (images, widths, codes) are left out.
 */
import type {InfoboxField} from '../core/types.js'
import {linkUrl, type WtfLink} from './wikitextPhrasing.js'
import {restoreText} from './wikitextTemplates.js'

const kinds: Array<[InfoboxField['names'], RegExp]> = [
  ['date', /date|time|year|born|died|established|founded|dissolved|日期|时间|時間|年份|出生|逝世|成立/i],
  // Treaty parties and signatories are states.
  ['place', /location|place|venue|country|countries|city|capital|parties|signatories|headquarters|地点|地點|位置|国家|國家|首都|总部|總部/i],
  ['person', /leader|president|chairman|premier|minister|signer|negotiator|mediator|participant|spouse|parent|successor|predecessor|people|person|人物|领导|領導|签署人|簽署人/i]
]

/** What a field names, from its name; undefined when it names none of the three. */
export function fieldKind(field: string): InfoboxField['names'] | undefined {
  if (/image|caption|width|map|flag|logo|alt$|url|website|code|_ref$/i.test(field)) return undefined
  return kinds.find(([, pattern]) => pattern.test(field))?.[0]
}

interface WtfInfobox {
  type: () => string
  json: () => object
}

export function infoboxFields(infoboxes: WtfInfobox[]): InfoboxField[] {
  const fields: InfoboxField[] = []
  for (const infobox of infoboxes) {
    const type = infobox.type()
    for (const [field, raw] of Object.entries(infobox.json() as Record<string, {text?: string; links?: WtfLink[]}>)) {
      const names = fieldKind(field)
      const value = restoreText(raw.text ?? '')
        .replace(/\s*\n+\s*/g, '、')
        .replace(/\s+/g, ' ')
        .replace(/^、|、$/g, '')
        .trim()
      if (!names || value === '' || value === 'undefined') continue
      const links = [...new Set((raw.links ?? []).map(linkUrl).filter((url): url is string => url !== undefined))]
      fields.push({infobox: type, field, names, value, ...(links.length > 0 ? {links} : {})})
    }
  }
  return fields
}
