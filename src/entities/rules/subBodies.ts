import {alternation} from '../../core/alternation.js'
import type {Token} from '../jieba.js'
import {type TokenLookup, tokenLookup} from '../tokenLookup.js'
import {subBodyHeads} from '../vocabulary/bodies.js'
import {isOffice, officeWords} from '../vocabulary/offices.js'
import {restructuringVerbs} from '../vocabulary/verbs.js'
import {stateAbbreviations} from '../vocabulary/states.js'
import {seatNames, siteParts} from '../vocabulary/places.js'
import type {Candidate} from './candidate.js'

const heads = alternation(subBodyHeads.heads)
const unit = new RegExp(`^([\\p{Script=Han}0-9]{1,6}?)(${heads})`, 'u')
/** A site's part after its place (`某某国宾馆某某苑`, `某地引擎试验场`). */
const part = new RegExp(`^([\\p{Script=Han}]{1,6}?)(${alternation(siteParts.heads)})`, 'u')
const seats = new Set(seatNames)
/** A region (`某某郡`, `某某道`) holds sites: `某某郡弹道导弹发射场` is a description, not a part's name. */
const region = /[郡县市道州省区]$/u
/** Where a site is from a place (`某某站距离试验场`): a relation, not the name of a part. */
const relation = /^(距离|离|附近|周边|周围|一带|以北|以南|以东|以西)/u
const functionWords = /[的了和与在是对将从被向为也都把让说称及等各该这那其兼]/
/** A verb of restructuring after a body (`某部并入某部`): what follows is another body, not a unit of it. */
const restructured = new RegExp(`^(?:${alternation(restructuringVerbs.words)})`, 'u')
/** An office between a body and a unit ends the body (`某委员会秘书长兼办公室主任`): the unit is another body's. */
const officeInside = new RegExp(officeWords.join('|'))

/**
 * A unit below a body is one mention with it, the longest
 * (`外交部亚洲司`, `外务省礼宾局`, `四川大学外语系`): the unit's head ends a
 * word of its own (`苏欧司|科员`, not `积极处|理`), or starts a word jieba
 * does not know (`局于`). A seat of government's unit is a government body
 * (`青瓦台秘书室`); a site's part is a place (`某某国宾馆某某苑`, `vocabulary/places.ts`).
 */
export function subBodiesAfter(mentions: Candidate[], folded: string[], tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  const words = tokenLookup(tokens)
  for (const mention of mentions) {
    const seat = mention.type === 'Place' && seats.has(mention.name)
    const site = mention.type === 'Place' && !seat && !region.test(mention.name)
    if (mention.type !== 'GovernmentOrganization' && mention.type !== 'Organization' && !seat && !site) continue
    const after = folded.slice(mention.end, mention.end + 12).join('')
    const match = (site ? part : unit).exec(after)
    if (!match || (functionWords.test(match[1]!) && !isDesk(match[1]!, words, mention.end)) || officeInside.test(match[1]!) || restructured.test(match[1]!) || (site && relation.test(match[1]!))) continue
    // `某某党|行政部`: a department is named by two characters at least (`副部` is half an office).
    if (match[2] === '部' && [...match[1]!].length < 2) continue
    const end = mention.end + [...match[0]].length
    const headStart = end - [...match[2]!].length
    // The word holding the unit's last character.
    const token = words.at(end - 1)
    // …or the unit's head glued by jieba to its own office (`某某局|局长` read as `局局长`).
    const gluedOffice = token !== undefined && token.start === headStart && isOffice(token.word.slice(match[2]!.length))
    if (!token || (token.end !== end && !(token.tag === 'x' && token.start === headStart) && !gluedOffice)) continue
    found.push({start: mention.start, end, type: seat ? 'GovernmentOrganization' : mention.type, name: `${mention.name}${match[0]}`, source: 'rule'})
  }
  return found
}

/** `对|韩`: the desk of a department for one state (`某国务院对韩处`), a state's one-character name after `对`. */
const stateDesk = new RegExp(`^对[${stateAbbreviations.join('')}]$`, 'u')

/**
 * A department named by what it deals with, which a particle may join: one
 * state (`对韩处`) or two regions (`亚洲和大洋洲局`, both words jieba reads as
 * places). `start` is where the unit's name starts.
 */
function isDesk(stem: string, words: TokenLookup, start: number): boolean {
  if (stateDesk.test(stem)) return true
  const joined = /^(\p{Script=Han}{2,3})和(\p{Script=Han}{2,3})$/u.exec(stem)
  if (!joined) return false
  const first = words.at(start)
  const second = words.at(start + [...joined[1]!].length + 1)
  return first?.tag === 'ns' && first.word === joined[1] && second?.tag === 'ns' && second.word === joined[2]
}

/**
 * Bodies written one after the other with nothing between name one unit, the
 * last (`某某党|中央委员会`): one mention, named by the whole, typed as the last.
 */
export function bodyChains(mentions: Candidate[]): Candidate[] {
  const isBody = (mention: Candidate | undefined) => mention !== undefined && (mention.type === 'GovernmentOrganization' || mention.type === 'Organization')
  const found: Candidate[] = []
  for (let index = 0; index < mentions.length; index++) {
    let last = index
    while (isBody(mentions[index]) && isBody(mentions[last + 1]) && mentions[last + 1]!.start === mentions[last]!.end) last++
    if (last === index) continue
    const chain = mentions.slice(index, last + 1)
    found.push({start: chain[0]!.start, end: chain.at(-1)!.end, type: chain.at(-1)!.type, name: chain.map((mention) => mention.name).join(''), source: 'rule'})
    index = last
  }
  return found
}
