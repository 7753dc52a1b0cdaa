import type {EntityType} from '../entityTypes.js'
import type {Candidate} from './candidate.js'

/** A party named by two words of two characters and `党`: `民主自由党`, `统合进步党`. */
const twoWordParty = /^(\p{Script=Han})\p{Script=Han}(\p{Script=Han})\p{Script=Han}党$/u

/**
 * The short name Chinese and Korean make of a party by the first character
 * of each of its two words (`民主|自由|党` → `民自党`, `统合|进步|党` →
 * `统进党`): it names the party the document writes in full. A party named
 * otherwise (`朝鲜劳动党` after a state, `新民主共和党` of three words) has no
 * such short name here; a short name a link gives another page stays that
 * page's (a link's evidence is stronger).
 */
export function partyShortNames(bodies: Candidate[]): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const body of bodies) {
    if (body.type !== 'Organization') continue
    const words = twoWordParty.exec(body.name)
    if (words) names.set(`${words[1]}${words[2]}党`, {type: 'Organization', name: body.name})
  }
  return names
}
