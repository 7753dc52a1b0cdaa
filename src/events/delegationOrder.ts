import type {TextBlock} from '../core/types.js'
import type {DelegationRole, MeetingEvent, StatedPosition} from './eventTypes.js'
import type {Labelled} from './labelledLists.js'
import type {DocumentView} from './textTools.js'

export interface HeadList {
  event: MeetingEvent
  roles: DelegationRole[]
  items: TextBlock[]
  positions?: Labelled
}

/**
 * The order a page lists the states in, learned from the lines that state
 * their state (in their title or before a colon): position → the state most
 * lines at that position name.
 */
function learnOrder(lists: DelegationRole[][]): string[] {
  const votes: Array<Map<string, number>> = []
  for (const roles of lists) {
    for (const [index, role] of roles.entries()) {
      if (role.countryFrom !== 'title' && role.countryFrom !== 'line') continue
      votes[index] ??= new Map()
      votes[index]!.set(role.country!, (votes[index]!.get(role.country!) ?? 0) + 1)
    }
  }
  return votes.map((counts) => [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '')
}

/**
 * Each delegation line without a stated state takes the one the page keeps
 * at its position; a stated state that disagrees with the order is kept, with
 * a warning; stated positions take the state of their line's position.
 */
export function assignStates(view: DocumentView, headLists: HeadList[]): void {
  const order = learnOrder(headLists.map((list) => list.roles))
  for (const {event, roles, items, positions} of headLists) {
    for (const [index, role] of roles.entries()) {
      const expected = order[index]
      if (role.country && expected && role.country !== expected) {
        view.warn(`The line of a delegation head of ${event.name} names ${role.country}, but this page lists ${expected} at position ${index + 1}; kept ${role.country}`, items[index], 'delegation-country-conflict')
      } else if (!role.country && expected) {
        role.country = expected
        role.countryFrom = 'order'
      } else if (!role.country) {
        view.warn(`No state for the delegation head of ${event.name} at position ${index + 1}: the line names none and the page keeps no order`, items[index], 'delegation-country-unknown')
      }
      if (!role.person) {
        view.warn(`The line gives no name for the head of the ${role.country ?? 'unknown'} delegation to ${event.name}; the role has no attendee`, items[index], 'delegation-name-missing')
      }
    }
    if (positions) {
      event.positions = positions.items.map((item, index): StatedPosition => {
        const country = roles[index]?.country ?? order[index]
        return {...(country ? {country} : {}), text: view.textOf(item)}
      })
    }
  }
}
