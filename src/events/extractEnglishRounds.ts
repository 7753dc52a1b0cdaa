import type {TextBlock} from '../core/types.js'
import {readRole} from './delegationLine.js'
import {assignStates, type HeadList} from './delegationOrder.js'
import {eventIri} from './eventIri.js'
import type {MeetingEvent} from './eventTypes.js'
import {sentenceInput, sentencesIn} from './extractProseMeetings.js'
import {placeOf} from './sentenceParts.js'
import {datesOf, type DocumentView} from './textTools.js'
import {englishOrdinals} from './vocabulary/englishOrdinals.js'

const ordinal = `(${englishOrdinals.join('|')}|\\d+(?:st|nd|rd|th))`
/** `The fourth round of the Six-Party Talks was held …`: a round named by its ordinal and series, said to be held. */
const roundSentence = new RegExp(`\\b(${ordinal} round of (?:the )?[^,.]+?) (?:was|were) held\\b`, 'iu')
/** `Heads of delegation in the second phase:` — the label of a list of heads, maybe of one phase. */
const headsLabel = new RegExp(`^heads? of (?:the )?delegations?(?: (?:in|at|to) the ${ordinal} (?:phase|session))?\\s*:$`, 'iu')

const position = (word: string) => (/^\d/.test(word) ? Number.parseInt(word, 10) : englishOrdinals.indexOf(word.toLowerCase()) + 1)

/**
 * Rounds of talks told in English: a sentence that says the n-th round of a
 * series was held, with the days of each phase (`in two phases: from … to …,
 * and from … to …`) — one session per date range, under a round from the
 * first day to the last (one range: the session alone); its place as the
 * sentence says it. A `Heads of delegation in the second phase:` line labels
 * the list after it: each `State: Name, Title` line a head of that phase.
 * IRIs are those of the Chinese pages' rounds and sessions (kind and first
 * day), so the two merge.
 */
export function extractEnglishRounds(view: DocumentView): MeetingEvent[] {
  if (view.language !== 'en') return []
  const events: MeetingEvent[] = []
  let sessions: MeetingEvent[] = []
  const headLists: HeadList[] = []
  const base = (kind: 'round' | 'session', name: string, span: {start: number; end: number}): MeetingEvent => ({
    id: '',
    kind,
    name,
    attendees: [],
    roles: [],
    positions: [],
    outcomes: [],
    documents: [],
    evidence: [span],
    start: span.start
  })
  for (const [index, block] of view.blocks.entries()) {
    if (block.kind === 'paragraph') {
      const label = headsLabel.exec(view.textOf(block).trim())
      if (label && sessions.length > 0) {
        const session = label[1] ? sessions[position(label[1]) - 1] : sessions.length === 1 ? sessions[0] : undefined
        if (session) {
          const items = listAfter(view, index)
          session.roles = items.map((item) => readRole(view, item, 'head of delegation'))
          headLists.push({event: session, roles: session.roles, items})
          session.evidence.push({start: block.start, end: block.end})
        }
        continue
      }
      for (const sentence of sentencesIn(view, block)) {
        const read = readRound(view, sentence, base)
        if (!read) continue
        events.push(...read)
        sessions = read.filter((event) => event.kind === 'session')
      }
    }
  }
  // A line without its state: the page's order, else a warning (as for the Chinese lists).
  assignStates(view, headLists)
  return events
}

/** The list items right after a block. */
function listAfter(view: DocumentView, index: number): TextBlock[] {
  const items: TextBlock[] = []
  for (const block of view.blocks.slice(index + 1)) {
    if (block.kind !== 'listItem') break
    items.push(block)
  }
  return items
}

function readRound(view: DocumentView, sentence: {start: number; end: number}, base: (kind: 'round' | 'session', name: string, span: {start: number; end: number}) => MeetingEvent): MeetingEvent[] | undefined {
  const text = view.textOf(sentence)
  const match = roundSentence.exec(text)
  if (!match) return undefined
  const input = sentenceInput(view, sentence)
  const ranges = input.times.filter((time) => /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(time.value) || /^\d{4}-\d{2}-\d{2}$/.test(time.value))
  if (ranges.length === 0) return undefined
  const name = match[1]!.replace(/^the /i, '')
  const heldAt = match.index + match[0].length - 'held'.length
  const place = placeOf(input, {start: heldAt, end: heldAt + 'held'.length})
  const at = (span: {start: number; end: number}) => ({start: span.start + sentence.start, end: span.end + sentence.start})
  const location = place ? {name: place.mention.name, within: place.within, span: at(place.mention)} : undefined
  const sessions = ranges.map((time, index) => {
    const session = base('session', ranges.length > 1 ? `${name}, ${englishOrdinals[index] ?? index + 1} phase` : name, sentence)
    Object.assign(session, datesOf(time.value), {dateSpan: at(time)}, location ? {location} : {})
    session.id = eventIri('session', session.startDate, session.name)
    return session
  })
  if (sessions.length === 1) return sessions
  const round = base('round', name, sentence)
  Object.assign(round, {startDate: sessions[0]!.startDate, endDate: sessions.at(-1)!.endDate}, location ? {location} : {})
  round.id = eventIri('round', round.startDate, round.name)
  for (const session of sessions) session.superEvent = round.id
  return [round, ...sessions]
}
