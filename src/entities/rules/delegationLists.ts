import {countryName} from '../typing/known.js'
import {delegationLines} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

const heads = delegationLines.heads.join('|')
const posts = delegationLines.posts.join('|')
/** `某某部长某某某`, `副总理兼某某部长官某某某`, `某某室长`: one member per line — a second post, the body, its head's post, the name. */
const member = new RegExp(`^((?:\\p{Script=Han}{2,5}兼)?)(\\p{Script=Han}{2,14}?(?:${heads}))(?:${posts})(?:[\\p{Script=Han}·]{2,5})?$`, 'u')
/** Fewer lines than this are no list. */
const fewest = 3

/** A member line's body, where it stands (code points). */
interface Member {
  start: number
  end: number
  body: string
}

const length = (text: string) => [...text].length

/** Blocks of member lines (blank lines inside; any other line ends a block: `代表团成员：` heads the next). */
function blocks(folded: string[]): Member[][] {
  const found: Member[][] = []
  let block: Member[] = []
  let offset = 0
  for (const line of folded.join('').split('\n')) {
    const indent = length(line) - length(line.trimStart())
    const match = member.exec(line.trim())
    if (match) {
      const start = offset + indent + length(match[1]!)
      block.push({start, end: start + length(match[2]!), body: match[2]!})
    } else if (line.trim() !== '') {
      if (block.length >= fewest) found.push(block)
      block = []
    }
    offset += length(line) + 1
  }
  if (block.length >= fewest) found.push(block)
  return found
}

/**
 * Bodies inside the posts of a delegation list, one member per line
 * (`某某部长某某某`, `某某室长`; `vocabulary/bodies.ts` `delegationLines`):
 * each body is a mention of its own, named with the state the list's other
 * bodies have — those the rules already named with a state
 * (`统一部` → `韩国统一部`) — when they all have the same one; a list with no
 * such body or with bodies of several states names none of its bare bodies.
 */
export function delegationBodies(folded: string[], found: readonly Candidate[]): Candidate[] {
  const bodies: Candidate[] = []
  const isBody = (candidate: Candidate) => candidate.type === 'GovernmentOrganization' || candidate.type === 'Organization'
  for (const block of blocks(folded)) {
    const states = new Set<string>()
    const named = new Set<Member>()
    for (const line of block) {
      const body = found.find((candidate) => isBody(candidate) && candidate.start === line.start && candidate.end === line.end)
      const state = body?.name.endsWith(line.body) ? countryName(body.name.slice(0, body.name.length - line.body.length)) : undefined
      if (body) named.add(line)
      if (state) states.add(state)
    }
    if (states.size !== 1) continue
    const [state] = states
    for (const line of block) {
      if (!named.has(line)) bodies.push({start: line.start, end: line.end, type: 'GovernmentOrganization', name: `${state}${line.body}`, source: 'rule'})
    }
  }
  return bodies
}
