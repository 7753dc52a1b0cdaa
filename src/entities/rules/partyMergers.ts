import type {EntityType} from '../entityTypes.js'
import type {Candidate} from './candidate.js'

/** `…合并成为某某党`, `…合并为某某党`: the body a merger makes, up to the clause's end. */
const mergedInto = /合并(?:成为|为|成)(\p{Script=Han}{2,10}?党)(?=[，,。；、（(\s]|$)/gu
/** How far back the merging parties are read: the clause before `合并`. */
const reach = 40

/**
 * A party formed by a merger of parties (`甲党与乙党、丙党合并成为丁党`):
 * when the clause before `合并` names two parties the document knows, what
 * they merge into is a party too, named as written wherever the document
 * writes it (`退出丁党`). A merger of anything else (`两县合并为某某市`)
 * names no party.
 */
export function partyMergers(folded: string[], settled: Candidate[]): Map<string, {type: EntityType; name: string}> {
  const text = folded.join('')
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const match of text.matchAll(mergedInto)) {
    const at = [...text.slice(0, match.index)].length
    const clauseStart = Math.max(0, at - reach, ...[...'。；\n'].map((end) => folded.lastIndexOf(end, at - 1) + 1))
    const merging = settled.filter((mention) => mention.start >= clauseStart && mention.end <= at && mention.type === 'Organization' && mention.name.endsWith('党'))
    if (new Set(merging.map((mention) => mention.name)).size >= 2) names.set(match[1]!, {type: 'Organization', name: match[1]!})
  }
  return names
}
