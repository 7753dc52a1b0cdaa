import type {EntityType} from '../entityTypes.js'
import type {Candidate} from './candidate.js'

/** A chain of names joined by arrows after a punctuation mark, a space or a line's start: `，甲党→乙党→丙联合）`. */
const chain = /(?<=^|[\s，,、；（(：:])\p{Script=Han}{2,12}(?:→\p{Script=Han}{2,12})+(?=$|[\s，,、；）)。])/gmu
/** How a party's name ends: `某某党`, `某某联合` (a coalition that is a party, as Korean ones are named). */
const partyEnd = /(?:党|联合)$/u

/**
 * A politician's party through its mergers and renamings, written as a chain
 * of arrows (`甲党→乙党→丙联合`, a Korean résumé's party for one term): when
 * one link is a party the document names (`民主党`), the other links shaped
 * like a party's name are parties too, each named as written, wherever the
 * document writes them. A chain with no party known is anything's.
 */
export function partySuccessions(folded: string[], settled: Candidate[]): Map<string, {type: EntityType; name: string}> {
  const parties = new Set(settled.filter((mention) => mention.type === 'Organization' && mention.name.endsWith('党')).map((mention) => folded.slice(mention.start, mention.end).join('')))
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const match of folded.join('').matchAll(chain)) {
    const links = match[0].split('→')
    if (!links.some((link) => parties.has(link))) continue
    for (const link of links) if (!parties.has(link) && partyEnd.test(link)) names.set(link, {type: 'Organization', name: link})
  }
  return names
}
