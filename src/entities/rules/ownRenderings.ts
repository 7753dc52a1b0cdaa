import {foldScript} from '../../script/foldScript.js'
import type {Candidate} from './candidate.js'

/**
 * The other renderings a page's lead gives its own person (`某某，某地译作甲`,
 * `某某，又译为甲或乙`: `aliases.ts`), as written → the page's person. A
 * batch page titled `甲` does not make `甲` someone else on this page: the
 * page itself says who `甲` is.
 */
export function ownRenderings(aliases: Candidate[], folded: string[], pagePerson: string | undefined): Map<string, string> {
  const renderings = new Map<string, string>()
  if (!pagePerson) return renderings
  for (const alias of aliases) if (alias.name === pagePerson) renderings.set(folded.slice(alias.start, alias.end).join(''), pagePerson)
  return renderings
}

/** Every mention of a person written as one of the page's own renderings is the page's person, wherever it stands. */
export function nameOwnRenderings(mentions: Array<{exact: string; type: string; name: string}>, renderings: Map<string, string>): void {
  if (renderings.size === 0) return
  for (const mention of mentions) {
    const person = mention.type === 'Person' ? renderings.get(foldScript(mention.exact)) : undefined
    if (person) mention.name = person
  }
}
