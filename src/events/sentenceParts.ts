import type {Span} from './eventTypes.js'
import type {SentenceInput} from './readMeetingSentence.js'
import {accompanyCues, heldVerbs, placeBefore, withCues} from './vocabulary/cueWords.js'
import {pushAll} from '../core/collect.js'

type Mention = SentenceInput['mentions'][number]

const clauseBreak = /[，,；;：:]/u
const isPlace = (mention: Mention) => /^(Place|City|Country)$/.test(mention.type)
/** The words between a place and the one it lies in (`板门店南侧的和平之家`, `美国纽约`). */
const containerGap = /^(的|首都|[东南西北東][侧側部边邊]的?|一方的?|\s*)$/u
const zeroSubjectStart = new RegExp(`^(并|並|然后|然後|随后|隨後|其后|其後|同时|同時|期间|期間|曾|曾經|曾经|亦|也|又|再|${[...withCues, ...accompanyCues, ...placeBefore].filter((cue) => /\p{Script=Han}/u.test(cue)).join('|')})`, 'u')

/**
 * Where the clause that holds a verb ends, for the words after it. Chinese:
 * at a comma, a stop, or the enumeration comma `、` between predicates.
 * English commas also set off dates and places (`in Hanoi, Vietnam, from
 * February 27 to 28, 2019`): its clause ends at a stop, a semicolon, or a
 * comma before a new predicate (`, and`, `, but`, `, which`).
 */
export function clauseEndAfter(input: Pick<SentenceInput, 'text' | 'language'>, at: number): number {
  const pattern = input.language === 'en' ? /[.;:]\s|[.;]$|,\s+(?:and|but|which|while|where|who)\b/u : /[，,。；;：:、]/u
  const found = pattern.exec(input.text.slice(at))
  return found ? at + found.index : input.text.length
}

/** The clauses of a sentence (offsets), split at commas, semicolons and colons. */
function clausesOf(text: string): Span[] {
  const clauses: Span[] = []
  let start = 0
  for (let at = 0; at <= text.length; at++) {
    if (at === text.length || clauseBreak.test(text[at]!)) {
      clauses.push({start, end: at})
      start = at + 1
    }
  }
  return clauses
}

/** Whether a person mention is company or counterpart: a with- or accompany-cue stands before it in its clause. */
function isJoined(input: SentenceInput, mention: Mention, clause: Span): boolean {
  const before = input.text.slice(clause.start, mention.start)
  return [...withCues, ...accompanyCues].some((cue) => before.includes(cue))
}

function people(input: SentenceInput, span: Span): Mention[] {
  const inBrackets = (mention: Mention) => /[（(][^）)]*$/.test(input.text.slice(span.start, mention.start))
  return input.mentions.filter((mention) => mention.type === 'Person' && mention.start >= span.start && mention.end <= span.end && !inBrackets(mention) && !/^[的之]/.test(input.text.slice(mention.end)))
}

/**
 * The people a sentence makes take part in its meeting: the subject (of the
 * verb's clause, else of the clauses before it that it continues), the
 * counterparts after `与`/`with`, those `陪同` accompany, and the object of
 * the verb up to the clause's end. When no clause names a subject and the
 * sentence starts without one (`陪同…赴…`, `他…`), the subject is unsaid.
 */
export function attendeesOf(input: SentenceInput, verb: Span): {attendees: Array<{name: string; span: Span}>; subjectUnsaid: boolean} {
  const clauses = clausesOf(input.text)
  const index = clauses.findIndex((clause) => clause.start <= verb.start && verb.start <= clause.end)
  let found: Mention[] = []
  let subject = false
  for (let at = index; at >= 0 && !subject; at--) {
    const clause = clauses[at]!
    const end = at === index ? verb.start : clause.end
    const named = people(input, {start: clause.start, end})
    found = pushAll([...named], found)
    subject = named.some((mention) => !isJoined(input, mention, clause)) || /^\s*(他|她|他们|他們|two|the two|they)/i.test(input.text.slice(clause.start, end))
    if (at === index && !subject && input.language === 'en') subject = named.length > 0
    // A clause with a subject of its own (a state, a pronoun) ends the search.
    if (!subject && !zeroSubjectStart.test(stripTime(input, clause)) && at !== index) break
  }
  const clause = clauses[index]!
  pushAll(found, people(input, {start: verb.end, end: clause.end}))
  const first = stripTime(input, clauses[0]!) === '' ? clauses[1] : clauses[0]
  const subjectUnsaid = !subject && input.language === 'zh' && first !== undefined && (zeroSubjectStart.test(stripTime(input, first)) || /^(他|她)/.test(stripTime(input, first)))
  const attendees = new Map<string, Span>()
  for (const mention of found) if (!attendees.has(mention.name)) attendees.set(mention.name, {start: mention.start, end: mention.end})
  return {attendees: [...attendees].map(([name, span]) => ({name, span})), subjectUnsaid}
}

/** A clause's words without its time expressions and leading spaces. */
function stripTime(input: SentenceInput, clause: Span): string {
  let text = input.text.slice(clause.start, clause.end)
  for (const time of [...input.times].filter((time) => time.start >= clause.start && time.end <= clause.end).sort((a, b) => b.start - a.start)) {
    text = text.slice(0, time.start - clause.start) + text.slice(time.end - clause.start)
  }
  return text.replace(/^[\s，,]*(On|In)?\s*/u, '').replace(/^(于|於)?(上午|下午|晚上|早上)?/u, '')
}

/**
 * The place of the meeting: the most specific place a coverb introduces
 * (`在`, `于`, `赴`, `at`, `in`) or a held-verb follows (`平壤举行`) — before the
 * verb, or right after it for a visit or an English verb — with the places it
 * is stated to lie in (`板门店南侧的和平之家`: 和平之家 in 板门店).
 */
export function placeOf(input: SentenceInput, verb: Span): {mention: Mention; within: string[]} | undefined {
  const places = input.mentions.filter(isPlace).sort((a, b) => a.start - b.start)
  const cueBefore = (mention: Mention) => placeBefore.some((cue) => new RegExp(`${cue}(了|\\s+the)?\\s*$`, 'u').test(input.text.slice(Math.max(0, mention.start - cue.length - 5), mention.start)))
  const chained = (mention: Mention): boolean => {
    const previous = places.filter((other) => other.end <= mention.start).at(-1)
    return previous !== undefined && containerGap.test(input.text.slice(previous.end, mention.start)) && (cueBefore(previous) || chained(previous))
  }
  // `平壤举行会谈`: a place right before a held-verb whose object is this meeting (not `美国举行军事演习`, another event).
  const heldAfter = (mention: Mention) =>
    heldVerbs.some((held) => {
      const at = input.text.slice(mention.end, mention.end + 3).indexOf(held)
      if (at === -1) return false
      const rest = input.text.slice(mention.end + at + held.length)
      return rest.length === 0 || /^[了\s]*([，,。；;]|$)/u.test(rest) || (verb.start >= mention.end && verb.start - (mention.end + at + held.length) <= 8 && !clauseBreak.test(input.text.slice(mention.end, verb.start)))
    })
  const venues = places.filter((mention) => cueBefore(mention) || chained(mention) || heldAfter(mention))
  const clauseEnd = input.language === 'en' ? clauseEndAfter(input, verb.end) : (clausesOf(input.text).find((clause) => clause.start <= verb.end && verb.end <= clause.end)?.end ?? input.text.length)
  const after = venues.filter((mention) => mention.start >= verb.end && mention.end <= clauseEnd)
  const before = venues.filter((mention) => mention.end <= verb.start)
  // After the verb (a visit's destination), the most specific of the chain that starts there.
  let next = after[0]
  while (input.language === 'zh' && next) {
    const following = places.find((other) => other.start >= next!.end)
    if (!following || !containerGap.test(input.text.slice(next.end, following.start))) break
    next = following
  }
  const chosen = input.language === 'en' ? (after[0] ?? before.at(-1)) : (before.at(-1) ?? next)
  if (!chosen) return undefined
  const within: string[] = []
  if (input.language === 'en') {
    for (const next of places.filter((other) => other.start >= chosen.end)) {
      const previousEnd = within.length === 0 ? chosen.end : places.find((other) => other.name === within.at(-1))!.end
      if (!/^(\s+(on|in)\s+(the\s+)?|,\s*)$/i.test(input.text.slice(previousEnd, next.start))) break
      within.push(next.name)
    }
  } else {
    let current = chosen
    for (const previous of places.filter((other) => other.end <= chosen.start).reverse()) {
      if (!containerGap.test(input.text.slice(previous.end, current.start))) break
      within.push(previous.name)
      current = previous
    }
  }
  return {mention: chosen, within: [...new Set(within.filter((name) => name !== chosen.name))]}
}
