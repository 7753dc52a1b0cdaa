/** A head of delegation (schema.org Role pattern). */
export interface DelegationRole {
  roleName: string
  /** Canonical name of the person, when the source gives one. */
  person?: string
  /** Canonical short name of the state the person represents. */
  country?: string
  /** The title as the source states it for that meeting. */
  description?: string
  /** How the country was found: stated in the title, or by the list's order. */
  countryFrom?: 'title' | 'order'
  /** Offsets of the line in `text`. */
  start: number
  end: number
}

/** A country's stated position at a meeting. */
export interface StatedPosition {
  country?: string
  text: string
}

/** A meeting, summit, trip or dated event, as the document states it. */
export interface MeetingEvent {
  id: string
  kind: 'series' | 'round' | 'session' | 'summit' | 'trip' | 'dated'
  name: string
  /** The heading or line the event comes from, as stated. */
  description?: string
  startDate?: string
  endDate?: string
  location?: {name: string; within: string[]}
  /** IRI of the enclosing event. */
  superEvent?: string
  /** Canonical names of the people who took part (directly, not as delegation heads). */
  attendees: string[]
  roles: DelegationRole[]
  positions: StatedPosition[]
  outcomes: string[]
  /** Canonical names of the documents signed or adopted. */
  documents: string[]
  /** People met, for a trip: the attendees other than the traveller. */
  counterparts?: string[]
  /** The EDTF value of the event's date, when it is not a whole day. */
  date?: string
  /** Offset of the event's heading or line in `text` (for order). */
  start: number
}
