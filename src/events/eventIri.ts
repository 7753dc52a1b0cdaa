import {projectNamespace} from '../jsonld/context.js'
import type {MeetingEvent} from './eventTypes.js'

/**
 * The class of a kind for identity: a summit and talks on one day are one
 * meeting whatever a source calls them; a visit, a signing, a call are their
 * own events; sessions and rounds of a series are theirs.
 */
function identityClass(kind: MeetingEvent['kind']): string {
  return kind === 'summit' || kind === 'talks' ? 'meeting' : kind
}

/**
 * IRI of a meeting, minted from what identifies it, never from the page that
 * names it: its class and its first day (or the EDTF value the source gives).
 * The place is left out of the key: sources name it at different grains
 * (中国 / 北京, 板门店 / 和平之家), and two meetings of one class on one day
 * are not told by the sources (the duplicates query checks it). A planned or
 * called-off meeting has its own IRI (`…/planned/…`): it is not the one held.
 * Every record computes the same IRI from the same facts.
 */
export function meetingIri(event: Pick<MeetingEvent, 'kind' | 'status' | 'startDate' | 'date' | 'plannedDate'>): string | undefined {
  const day = event.startDate ?? event.plannedDate ?? event.date
  if (!day) return undefined
  const parts = [event.status === 'planned' || event.status === 'cancelled' ? 'planned' : '', identityClass(event.kind), day]
  return `${projectNamespace}event/${parts.filter(Boolean).map(encodeURIComponent).join('/')}`
}

/** IRI of a session or round of talks: its kind and first day (the same on every page and revision). */
export function eventIri(kind: 'session' | 'round', startDate: string | undefined, name: string): string {
  return startDate ? `${projectNamespace}event/${kind}/${startDate}` : `${projectNamespace}event/${kind}/${encodeURIComponent(name)}`
}
