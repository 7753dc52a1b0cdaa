import type {EntityType} from '../entityTypes.js'
import {normalizeName} from '../identity.js'

/** How far into the text the lead's title may start (a stray mark or space before it). */
const slack = 2
/** The brackets right after the title, and what they hold (one clause's worth). */
const brackets = /^[（(]([^（()）\n]{2,120})[)）]/u
/**
 * One other name in the brackets: a word that gives it (`即`, `又称`, `某方面称之为`),
 * then the name, quoted or not (`即甲`, `韩国方面称之为“乙”`).
 */
const item = /^(?:即|亦即|又称|亦称|或称|简称|俗称|通称|\p{Script=Han}{0,6}?称之为|\p{Script=Han}{0,6}?方面称为)[：:]?[“"「]?([\p{Script=Han}0-9·]{2,20}?)[”"」]?$/u

/**
 * The other names of a page's subject in the brackets right after its title
 * in the lead (`某某事件（即甲事件，某国方面称之为“乙事件”、某国称之为“丙事件”）`):
 * each item a word that gives a name, then the name. A name counts when it
 * ends with the title's head (its last two characters: `事件`, `会谈`), so a
 * place or a date in the brackets is no name of it; a name the batch links to
 * a page of its own stays that page's. Not for people: their other names are
 * `rules/aliases.ts`'s. Surface → the subject.
 */
export function namesInLeadBrackets(folded: string[], title: {surface: string; type: EntityType; name: string} | undefined, linked: (surface: string) => string | undefined): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  if (!title || title.type === 'Person') return names
  const text = folded.join('')
  const start = text.slice(0, title.surface.length + slack).indexOf(title.surface)
  if (start < 0 || start > slack) return names
  const inside = brackets.exec(text.slice(start + title.surface.length))?.[1]
  if (!inside) return names
  const head = title.surface.slice(-2)
  for (const part of inside.split(/[，,、；;]/u)) {
    const name = item.exec(part.trim())?.[1]
    if (!name || !name.endsWith(head) || normalizeName(name) === title.name) continue
    const page = linked(name)
    if (page === undefined || page === title.name) names.set(name, {type: title.type, name: title.name})
  }
  return names
}
