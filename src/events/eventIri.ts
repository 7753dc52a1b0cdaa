import {projectNamespace} from '../jsonld/context.js'

/** IRI of an event: its name and, when known, its first day (the same talks get the same IRI on every page). */
export function eventIri(name: string, startDate?: string): string {
  return `${projectNamespace}event/${encodeURIComponent(name)}${startDate ? `/${startDate}` : ''}`
}
