import type {EntityType} from './entityTypes.js'
import {cities, countries, events, organizationAliases, organizations, places} from './gazetteer.js'

export interface StaticName {
  type: EntityType
  name: string
}

/** Every name general knowledge holds (states and their other names, cities, places, events, bodies) → its entity. */
export const staticNames = new Map<string, StaticName>()
for (const [name, aliases] of Object.entries(countries)) {
  for (const surface of [name, ...aliases]) staticNames.set(surface, {type: 'Country', name})
}
for (const city of cities) staticNames.set(city, {type: 'City', name: city})
for (const place of places) staticNames.set(place, {type: 'Place', name: place})
for (const [form, name] of Object.entries(events)) staticNames.set(form, {type: 'Event', name})
for (const [name, type] of Object.entries(organizations)) staticNames.set(name, {type, name: organizationAliases[name] ?? name})

/** What general knowledge says a (folded) surface names, if anything. */
export function staticName(surface: string): StaticName | undefined {
  return staticNames.get(surface)
}
