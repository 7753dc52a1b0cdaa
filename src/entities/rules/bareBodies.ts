import {lastEndingBy} from '../../core/sortedSearch.js'
import {normalizeName} from '../identity.js'
import {countryName} from '../typeOfName.js'
import {bareBodies, bareBodyShortForms, partyOrgans, stateOwnBodies, subBodyHeads} from '../vocabulary/bodies.js'
import {isOffice, officeWords} from '../vocabulary/offices.js'
import type {Candidate, Emitter} from './candidate.js'
import {sentenceStates, stateOfMention} from './sentenceStates.js'
import {isFieldMinistry} from './fieldMinistries.js'
import {listStates} from './listStates.js'
import {isStateOrgan, namedByStateFunction} from './stateOrgans.js'

const names = [...new Set([...bareBodies, ...stateOwnBodies].map((body) => body.name))].sort((a, b) => b.length - a.length)
const ownState = new Map(stateOwnBodies.map((body) => [body.name, body.state]))
const pattern = new RegExp(names.join('|'), 'gu')

/**
 * A body named without its state (`外交部`, `国会`): one mention when it is a
 * word of its own — it starts a word, and ends one or an office follows
 * (`外交部|部长`, `国会议员`); `外交部长` is an office, `美国会` is read as `美国`.
 * Its name waits for the state the document gives it (`qualifyBareBodies`).
 */
export function bareBodyCandidates(out: Emitter): void {
  const {text, at, starts, ends, words, found} = out
  for (const match of text.matchAll(pattern)) {
    const start = at(match.index)
    const end = at(match.index + match[0].length)
    if (!starts.has(start)) continue
    const next = words.at(end)
    const rest = next ? text.slice(match.index + match[0].length, match.index + match[0].length + (next.end - end)) : ''
    if ((!ends.has(end) && !isOffice(rest)) || headOfState.test(text.slice(match.index + match[0].length))) continue
    // `第三次内阁`: one of a state's cabinets by its count, not the body (`rules/personBodies.ts` names it after its premier).
    if (countedBefore.test(text.slice(Math.max(0, match.index - 5), match.index))) continue
    found.push({start, end, type: 'GovernmentOrganization', name: bareBodyShortForms[match[0]] ?? match[0], source: 'rule'})
  }
}

/** `内阁|总理大臣`: the title of one state's head of government, not a mention of its cabinet. */
const headOfState = /^总理大臣/u
/** The count of a body several times formed, just before it. */
const countedBefore = /第[0-9一二三四五六七八九十]{1,3}次$/u

const bareNames = [...new Set(names.map((name) => bareBodyShortForms[name] ?? name))].sort((a, b) => b.length - a.length)
/** The bare body a name starts with (`外交部苏欧司` → `外交部`). */
const bareStart = (name: string) => bareNames.find((body) => name.startsWith(body))
/** Between a state and a body of its own in a list: offices, other bodies, `、` (`中国国务委员、外交部部长`). */
const listGapWords = new Set([...officeWords, ...bareNames, '、', '兼', '和'])
const longestGapWord = Math.max(...[...listGapWords].map((word) => [...word].length))
/** A list's gap is a few offices long: a longer stretch of text is no list (and is never copied). */
const longestListGap = 100
/** The term of a post in a list (`某国国务委员、第十二届国务院…`): it names no other state. */
const termCount = /^第[0-9〇零一二三四五六七八九十百]{1,4}[届任]/u

/**
 * Whether the characters are a run of list words only (and terms of posts:
 * `第十二届`). A walk over the
 * positions the words reach, not a regex of alternatives repeated: words that
 * are also made of other words (`总理大臣` = `总理` + `大臣`) gave that regex
 * exponentially many ways to fail.
 */
export function isListGap(characters: string[]): boolean {
  const reached = new Uint8Array(characters.length + 1)
  reached[0] = 1
  for (let from = 0; from < characters.length; from++) {
    if (!reached[from]) continue
    const term = termCount.exec(characters.slice(from, from + 7).join(''))
    if (term) reached[from + [...term[0]].length] = 1
    let word = ''
    for (let length = 1; length <= longestGapWord && from + length <= characters.length; length++) {
      word += characters[from + length - 1]
      if (listGapWords.has(word)) reached[from + length] = 1
    }
  }
  return reached[characters.length] === 1
}

/**
 * The state of a bare body is the one the text gives it: a state heading a
 * list of its offices and bodies in the same sentence (`中国国务委员、外交部部长`),
 * else the one state that has a body of that name (`统一部`), else the one
 * state its sentence names before it (`sentenceStates`),
 * else the one state the document names that body with wherever it names it
 * in full (`中国外交部苏欧司 … 外交部`), else the one state whose organs
 * the document names (`中国外交部 … 国务院`) — never a guess among several.
 * A mission without its sender (`驻日本大使馆`) is sent by the one state that
 * sends the document's other missions, or that one state. Without such evidence the body is
 * no one body (`外交部` alone is any state's): it is returned, to be left out.
 */
export function qualifyBareBodies(mentions: Candidate[], folded: string[], pagePerson?: string): Set<Candidate> {
  const bodies = mentions.filter((mention) => mention.type === 'GovernmentOrganization')
  // Only what the rules named bare; a known body's own name (`国务院台湾事务办公室`) is whole.
  const bare = bodies.filter((mention) => mention.source === 'rule' && (bareStart(mention.name) || mention.name.startsWith('驻')))
  const lastState = lastEndingBy(mentions.filter((mention) => mention.type === 'Country'))
  const sentenceState = sentenceStates(mentions, folded, pagePerson)
  for (const mention of bare) {
    const body = bareStart(mention.name)
    if (!body) continue
    const state = lastState(mention.start)
    if (state && mention.start - state.end <= longestListGap && isListGap(folded.slice(state.end, mention.start))) mention.name = `${state.name}${mention.name}`
    // A body only one state has; else the one state its sentence names before it (`美国民主党赢得选举，在参议院…`).
    else {
      const own = ownState.get(body) ?? sentenceState(mention.start)
      if (own) mention.name = `${own}${mention.name}`
    }
  }
  const statesOf = new Map<string, Set<string>>()
  for (const mention of bodies) {
    for (const body of bareNames) {
      const at = mention.name.indexOf(body)
      const state = at > 0 ? countryName(mention.name.slice(0, at)) : undefined
      if (state) statesOf.set(body, (statesOf.get(body) ?? new Set()).add(state))
    }
  }
  const senders = new Set(
    bodies.flatMap((mention) => {
      const sender = /^(.+)驻/.exec(mention.name)?.[1]
      return sender && countryName(sender) ? [countryName(sender)!] : []
    })
  )
  // The states whose organs the document names in full (`中国外交部`, `中国驻美国大使馆`).
  const organStates = new Set([...senders, ...[...statesOf.values()].flatMap((states) => [...states])])
  const unqualified = new Set<Candidate>()
  for (const mention of bare) {
    const body = bareStart(mention.name)
    if (!body && !mention.name.startsWith('驻')) continue // the sentence gave it its state
    const own = mention.name.startsWith('驻') ? senders : statesOf.get(body!)
    // That body's one state; else the one state of all the organs the document names.
    const states = own?.size ? own : organStates
    if (states.size === 1) mention.name = `${[...states][0]!}${mention.name}`
    else unqualified.add(mention)
  }
  const listState = listStates(mentions, folded)
  // A state's organ the rules named without a state (`经济计划部` from `经济计划部部长`, `总统秘书室`) is
  // a name of its own: it stays, and takes a state on the same evidence when there is some.
  for (const mention of mentions) {
    if (mention.type !== 'GovernmentOrganization' && mention.type !== 'Organization') continue
    // Typed as another kind of body, a `某某部` is a party's or a school's department, no state's: only a state's function makes it one.
    if (mention.type === 'Organization' && !namedByStateFunction(mention.name)) continue
    if (mention.source !== 'rule' || !isStateOrgan(mention.name) || organsOfParties.has(mention.name) || bareStart(mention.name) || stateOfMention(mention)) continue
    // A ministry by its field (`铁道省`) is named alike in several states (the DPRK's, Japan's): only its sentence tells whose.
    // …else the one state its list of posts names its other bodies with (`某国甲委员会委员、乙委员会委员长`).
    const state = sentenceState(mention.start) ?? listState(mention.start) ?? (organStates.size === 1 && !isFieldMinistry(mention.name) ? [...organStates][0] : undefined)
    if (state) mention.name = `${state}${mention.name}`
    mention.type = 'GovernmentOrganization'
  }
  return unqualified
}

/** A party's organs (`国际部`) take their party (`qualifyPartyOrgans`), not a state. */
const organsOfParties = new Set(partyOrgans.words)

/** Whether a surface is a state's organ by its own name its document gave a state (`经济计划部` of `某国经济计划部`): any state's may bear it. */
export function isStatelessMinistry(surface: string, name: string): boolean {
  const folded = normalizeName(surface)
  return isStateOrgan(folded) && name !== folded && name.endsWith(folded) && countryName(name.slice(0, name.length - folded.length)) !== undefined
}

/** Whether a surface is a body without its state (`外交部`, `外交部亚洲司`, `驻某国大使馆`). */
export function isBareBody(surface: string): boolean {
  const folded = normalizeName(surface)
  const body = bareStart(folded)
  return folded === body || folded.startsWith('驻') || (body !== undefined && unitAfter.test(folded.slice(body.length)))
}

const unitAfter = new RegExp(`^[\\p{Script=Han}]{1,6}?(${subBodyHeads.heads.join('|')})$`, 'u')
