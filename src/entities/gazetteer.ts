/**
 * General knowledge of names, not of any document, read from the data
 * modules of `vocabulary/` (each entry says where it comes from): states with
 * their other names, cities, places and bodies known by name. Everything else
 * comes from the documents' links and the rules.
 */
import {cities as cityEntries} from './vocabulary/cities.js'
import {knownEvents} from './vocabulary/events.js'
import {knownOrganizations} from './vocabulary/organizations.js'
import {knownPlaces, notNames as notNameEntries} from './vocabulary/places.js'
import {states} from './vocabulary/states.js'

/** Canonical short name → other names of the state. */
export const countries: Record<string, string[]> = Object.fromEntries(states.map((state) => [state.name, state.others]))

export const cities: string[] = cityEntries.map((city) => city.name)

export const places: string[] = knownPlaces.map((place) => place.name)

export const organizations: Record<string, 'Organization' | 'GovernmentOrganization'> = Object.fromEntries(knownOrganizations.map((body) => [body.name, body.type]))

/** Expansions of short organization names (`安理会` → `联合国安理会`). */
export const organizationAliases: Record<string, string> = Object.fromEntries(knownOrganizations.flatMap((body) => (body.fullName ? [[body.name, body.fullName]] : [])))

export const notNames: string[] = notNameEntries.map((entry) => entry.name)

/** Events known by name, every form → the canonical name (`韩战` → `朝鲜战争`). */
export const events: Record<string, string> = Object.fromEntries(knownEvents.flatMap((event) => [event.name, ...event.forms].map((form) => [form, event.name])))
