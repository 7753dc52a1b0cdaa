import type {MeetingKind} from './vocabulary/meetingWords.js'

/** Code-point offsets of words in the document's `text`. */
export interface Span {
  start: number
  end: number
}

/** A head of delegation (schema.org Role pattern). */
export interface DelegationRole {
  roleName: string
  /** Canonical name of the person, when the source gives one. */
  person?: string
  /** Canonical short name of the state the person represents. */
  country?: string
  /** The title as the source states it for that meeting. */
  description?: string
  /** How the country was found: stated in the title, before a colon on the line (`韩国：…`), or by the list's order. */
  countryFrom?: 'title' | 'line' | 'order'
  /** Offsets of the line in `text`. */
  start: number
  end: number
  /** Offsets of the person's name in the line, when a mention gives it. */
  personSpan?: Span
}

/** A country's stated position at a meeting. */
export interface StatedPosition {
  country?: string
  text: string
}

/** A person taking part, with the words that say so. */
export interface Attendance {
  name: string
  /** The words naming the person (a mention), or the sentence when the subject is left unsaid (the page's person). */
  span: Span
  from: 'mention' | 'page'
}

/** A meeting, summit, visit or dated statement, as the document states it. */
export interface MeetingEvent {
  id: string
  kind: 'series' | 'round' | 'session' | 'dated' | MeetingKind
  /** Held (default), or only planned, or called off. */
  status?: 'held' | 'planned' | 'cancelled'
  name: string
  /** Other names this document gives the same meeting. */
  alternateNames?: string[]
  /** IRI of the entity the page names the event by (its title or a heading). */
  namedEntity?: string
  /** The heading or line the event comes from, as stated. */
  description?: string
  startDate?: string
  endDate?: string
  /** For a planned or cancelled meeting, the day it was planned for (EDTF). */
  plannedDate?: string
  location?: {name: string; within: string[]; span?: Span}
  /** IRI of the enclosing event. */
  superEvent?: string
  /** Canonical names of the people who took part (directly, not as delegation heads). */
  attendees: string[]
  /** The words each attendee comes from. */
  attendance?: Attendance[]
  /** People a dated statement is about (not attendees). */
  about?: string[]
  roles: DelegationRole[]
  positions: StatedPosition[]
  outcomes: string[]
  /** Canonical names of the documents signed or adopted. */
  documents: string[]
  /** People met, for a visit: the attendees other than the traveller. */
  counterparts?: string[]
  /** The EDTF value of the event's date, when it is not a whole day. */
  date?: string
  /** The time expression the date comes from. */
  dateSpan?: Span
  /** The heading, sentence or line the event comes from. */
  evidence: Span[]
  /** Offset of the event's heading or line in `text` (for order). */
  start: number
}
