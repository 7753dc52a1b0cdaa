import type {EntityType} from '../entityTypes.js'
import {normalizeName} from '../identity.js'
import {definingWords} from '../vocabulary/aliasWords.js'

const defining = [...definingWords.words, ...definingWords.common].join('|')
/** `，亦称美朝峰会`, `，常称「甲乙会」`, `（简称甲乙会）`: a defining word, then one name, quoted or not, up to the clause's end. */
const otherName = new RegExp(`^[，,（(]?(?:${defining})(?:为)?[:：]?[「“"]?([\\p{Script=Han}0-9·]{2,16}?)[」”"]?(?=[，,。；;）)]|$)`, 'u')
/** How far into the text the lead's title may start (a stray mark or space before it). */
const slack = 2

/** Where the page's lead writes its title: at the text's start (after a stray mark or space at most). */
function titleAt(text: string, surface: string): number {
  const index = text.slice(0, surface.length + slack).indexOf(surface)
  return index >= 0 && index <= slack ? index : -1
}

/**
 * The other names a page's lead gives its own subject without `《》`
 * (`2030年某城峰会，亦称甲乙峰会，简称甲乙会，是……`; `某某会谈，常称「甲乙会」`;
 * the `《》` forms are `rules/definedNames.ts`): the title, then a chain of
 * defining words each with one name (`vocabulary/aliasWords.ts`), each a
 * name of the subject wherever the text writes it. The chain must start
 * right after the title where the text starts: another sentence's `简称` is
 * about something else. A person's other names are `rules/aliases.ts`'s; a
 * name the batch links to a page of its own stays that page's. Surface →
 * the subject.
 */
export function namesInLead(folded: string[], title: {surface: string; type: EntityType; name: string} | undefined, linked: (surface: string) => string | undefined): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  if (!title || title.type === 'Person') return names
  const text = folded.join('')
  const start = titleAt(text, title.surface)
  if (start < 0) return names
  let rest = text.slice(start + title.surface.length)
  for (let match = otherName.exec(rest); match; match = otherName.exec(rest)) {
    const surface = match[1]!
    const page = linked(surface)
    if (normalizeName(surface) !== title.name && (page === undefined || page === title.name)) names.set(surface, {type: title.type, name: title.name})
    rest = rest.slice(match[0].length).replace(/^[」”"]/u, '')
  }
  return names
}
