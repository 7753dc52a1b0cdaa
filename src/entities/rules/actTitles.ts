import {incidentActs} from '../vocabulary/events.js'

/** An act of an incident at the start of a title (`炮击某岛`): what follows is where it happened. */
const actFirst = new RegExp(`^(?:${incidentActs.words.join('|')})(?=\\p{Script=Han}{2})`, 'u')

/**
 * Whether a page's title is an act done to a place (`炮击某岛`, a redirect to
 * the incident's page): no name of the place, nor of a body, whatever its last
 * character suggests; the place it ends with is a mention of its own.
 */
export function isActOnPlace(title: string): boolean {
  return actFirst.test(title)
}
