import {firstAtLeast} from '../../core/sortedSearch.js'
import {countryName} from '../typing/known.js'
import {delegationLines} from '../vocabulary/bodies.js'
import {surnameOf} from '../vocabulary/surnames.js'
import type {Candidate} from './candidate.js'

const heads = delegationLines.heads.join('|')
const posts = delegationLines.posts.join('|')
/** `某某部长某某某`, `副总理兼某某部长官某某某`, `某某室长`: one member — a second post, the body, its head's post, the name. */
const member = new RegExp(`^((?:\\p{Script=Han}{2,5}兼)?)(\\p{Script=Han}{2,14}?(?:${heads}))(?:${posts})(\\p{Script=Han}{2,4})?$`, 'u')
/** Fewer lines than this are no list. */
const fewest = 3

/** A member's body, where it stands (code points), and the person after the post. */
interface Member {
  start: number
  end: number
  body: string
  person?: {start: number; end: number; name: string}
}

const length = (text: string) => [...text].length

/** The state a body's name starts with (`韩国统一部` → `韩国`), if any. */
function stateBefore(name: string): string | undefined {
  for (const size of [2, 3, 4, 5]) {
    const state = countryName(name.slice(0, size))
    if (state && name.length > size) return state
  }
  return undefined
}

const han = /\p{Script=Han}/u
/** Between two members: a line break, `、`, or `和`/`及` between two characters of a name (before the last). */
const between = (folded: string[], offset: number) => {
  const character = folded[offset]!
  return character === '\n' || character === '、' || ((character === '和' || character === '及') && han.test(folded[offset - 1] ?? '') && han.test(folded[offset + 1] ?? ''))
}
/** What ends a list: a sentence's end or a header's colon (`代表团成员：` heads the next). */
const listEnd = /[。：:﹕；;]/u

/**
 * The lists of the text, each the members it reads (one per line, or one
 * per item of a sentence's list): other items are skipped, a sentence's end
 * or a header ends a list.
 */
// The two rules read the same text's lists: read once per text.
const blocksOf = new WeakMap<string[], Member[][]>()
function blocks(folded: string[]): Member[][] {
  let found = blocksOf.get(folded)
  if (!found) blocksOf.set(folded, (found = readBlocks(folded)))
  return found
}

function readBlocks(folded: string[]): Member[][] {
  const found: Member[][] = []
  let block: Member[] = []
  let item = ''
  let itemStart = 0
  const close = (offset: number) => {
    const trimmed = item.trim()
    const match = member.exec(trimmed)
    if (match) {
      const start = itemStart + length(item) - length(item.trimStart()) + length(match[1]!)
      const end = start + length(match[2]!)
      const name = match[3]
      const person = name === undefined ? undefined : {start: start + length(trimmed) - length(match[1]!) - length(name), end: start + length(trimmed) - length(match[1]!), name}
      block.push({start, end, body: match[2]!, ...(person ? {person} : {})})
    }
    item = ''
    itemStart = offset + 1
  }
  folded.forEach((character, offset) => {
    if (listEnd.test(character)) {
      close(offset)
      if (block.length >= fewest) found.push(block)
      block = []
    } else if (between(folded, offset)) close(offset)
    else item += character
  })
  close(folded.length)
  if (block.length >= fewest) found.push(block)
  return found
}

/**
 * Bodies inside the posts of a delegation list, one member per line or per
 * item of a sentence's list (`某某部长某某某`, `某某室长`, `甲省长某某、乙省长某某和…`;
 * `vocabulary/bodies.ts` `delegationLines`), three members at least:
 * each body is a mention of its own, named with the state the list's other
 * bodies have — those the rules already named with a state
 * (`统一部` → `韩国统一部`) — when they all have the same one; a list with no
 * such body or with bodies of several states names none of its bare bodies.
 */
export function delegationBodies(folded: string[], settled: readonly Candidate[]): Candidate[] {
  const bodies: Candidate[] = []
  // Settled candidates neither overlap nor go back: sorted by start, so by end too. A list looks at its own
  // stretch of them only (a scan of all of them per list was quadratic in a long text of lists).
  const found = settled.filter((candidate) => candidate.type === 'GovernmentOrganization' || candidate.type === 'Organization')
  for (const block of blocks(folded)) {
    const [first, last] = [block[0]!.start, block.at(-1)!.end]
    const inList: Candidate[] = []
    for (let index = firstAtLeast(found.length, (at) => found[at]!.end, first + 1); index < found.length && found[index]!.start < last; index++) inList.push(found[index]!)
    // A member whose body the rules already read (or read longer: `某国某某部`) keeps that reading.
    const named = new Set<Member>()
    let body = 0
    for (const line of block) {
      while (body < inList.length && inList[body]!.end <= line.start) body++
      if (body < inList.length && inList[body]!.start < line.end) named.add(line)
    }
    // The state of the list's bodies the rules named with one (`统一部` → `韩国统一部`, `某国劳动党某某部`).
    const states = new Set(inList.flatMap((candidate) => stateBefore(candidate.name) ?? []))
    if (states.size !== 1) continue
    const [state] = states
    for (const line of block) {
      if (!named.has(line)) bodies.push({start: line.start, end: line.end, type: 'GovernmentOrganization', name: `${state}${line.body}`, source: 'rule'})
    }
  }
  return bodies
}

/**
 * The people of a delegation list (`某某部长王某某`): the name after each
 * member's post, when it starts with a known surname (`vocabulary/surnames.ts`)
 * — a list's shape says it is the member's name, whole, where jieba may cut a
 * Korean given name (`金某|某`).
 */
export function delegationMembers(folded: string[]): Candidate[] {
  return blocks(folded).flatMap((block) => block.flatMap(({person}) => (person && surnameOf(person.name) !== undefined ? [{start: person.start, end: person.end, type: 'Person' as const, name: person.name, source: 'rule' as const}] : [])))
}
