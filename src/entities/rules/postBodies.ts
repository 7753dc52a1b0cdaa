import {alternation, longestFirst} from '../../core/alternation.js'
import {isCommonWord} from '../jieba.js'
import {typeOfName} from '../typeOfName.js'
import {bareBodies, postBodies} from '../vocabulary/bodies.js'
import {officeWords} from '../vocabulary/offices.js'
import type {Emitter} from './candidate.js'
import {ministry} from './stateOrgans.js'

/** The post that ends a run of a résumé (`团长`, `客座研究员`). */
const postAtEnd = new RegExp(`(?:${alternation([...officeWords, ...postBodies.posts])})$`, 'u')
const heads = longestFirst(postBodies.heads)
/** `担任`, `兼任`, `1990年负责`: the verb of appointment before the body, the last in the run. */
const appointed = /^.*(?:担任|兼任|历任|出任|升任|调任|改任|现任|曾任|当选|选为|负责|任命为|任|兼)/u
/** `第2代某某部部长`: the unit of a count before the run is no part of the name. */
const countUnit = /^[代届任次年月日号]/u
/** A ministry's parts and the committees of a state are its government's (as `rules/headOffices.ts` types them). */
const government = /(司|局|室|处|部|委员会)$/u
const notInName = /[的了和与在是对将从被向为也都把让说称及等各该这那其第年月日]/u
const bare = new Set(bareBodies.map((body) => body.name))
const longestRun = 40

/**
 * Bodies named in a list of posts, before the post held in them
 * (`某某协议会议长`, `某某委员会计划团团长`, `担任某某研究所客座研究员`): a run
 * of letters that ends with a post, from its start or the last verb of
 * appointment in it, up to the first head of a body (`vocabulary/bodies.ts`)
 * after two letters at least; the rest is the post within the body. The body
 * starts a word; a body without its state (`外交部`) is left to
 * `rules/bareBodies.ts`, and a name with a particle, a date or an office
 * (`该局`, `副部长兼某某部`) is none.
 */
export function postBodyCandidates(out: Emitter): void {
  const {text, at, starts, push} = out
  for (const match of text.matchAll(/\p{Script=Han}{4,}/gu)) {
    // A post and the body before it are a few words: the end of a long run only (and a bounded scan).
    const from = Math.max(0, match[0].length - longestRun)
    const run = match[0].slice(from)
    const post = postAtEnd.exec(run)
    if (!post) continue
    const counted = from === 0 && /[0-9]/.test(text[match.index - 1] ?? '') && countUnit.test(run) ? 1 : 0
    const skipped = appointed.exec(run.slice(0, post.index))?.[0].length ?? counted
    const body = firstBody(run.slice(skipped, post.index))
    // `办公室`, `书记局`: a kind of body, not one (`某某秘书长兼办公室主任` is the same body's).
    // A ministry by its own name (`某某部`) is named by `rules/headOffices.ts` after its own offices, and takes a state there or
    // stays bare; a résumé's other posts (`次长`) give no state, and one batch would name it both ways.
    if (!body || notInName.test(body) || bare.has(body) || isCommonWord(body) || ministry.test(body)) continue
    const index = match.index + from + skipped
    if (!starts.has(at(index)) || startsWithName(out, at(index), at(index + body.length))) continue
    const typing = typeOfName(body)
    if (typing && typing.type !== 'Organization' && typing.type !== 'GovernmentOrganization') continue
    push(index, body, {type: typing?.type === 'GovernmentOrganization' || government.test(body) ? 'GovernmentOrganization' : 'Organization', name: typing?.name ?? body}, false)
  }
}

/** A name jieba reads as a person's or does not know, then a body or place it knows: `某某|某国某某局`. */
const nameTags = /^(nr|nrfg|nrt|x)$/u
const knownTags = /^(nt|nz|ns)$/u

/**
 * Whether a run starts with a name before a body of its own (`某甲|某国某某局`,
 * a lead whose comma after the page's person was lost): the body is the
 * second word's, which other rules read; the name is no part of it.
 */
function startsWithName(out: Emitter, start: number, end: number): boolean {
  const [first, second] = out.words.within(start, end)
  return first !== undefined && second !== undefined && first.start === start && nameTags.test(first.tag) && knownTags.test(second.tag) && second.end <= end && second.end - second.start >= 4
}

/** The words up to the first head of a body after two letters (`某某委员会` of `某某委员会计划团`). */
function firstBody(words: string): string | undefined {
  for (let end = 3; end <= words.length; end++) {
    const head = heads.find((word) => words.slice(0, end).endsWith(word) && end - word.length >= 2)
    if (head) return words.slice(0, end)
  }
  return undefined
}
