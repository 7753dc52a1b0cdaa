import {foldScript} from '../../script/foldScript.js'
import type {EntityType} from '../entityTypes.js'
import {cities, countries, events, organizationAliases, organizations, places} from '../gazetteer.js'
import {bareBodies, bareBodyShortForms} from '../vocabulary/bodies.js'

/** A name's type and canonical name. */
export interface NameTyping {
  type: EntityType
  /** Canonical name (folded; countries by their short name, organizations by their full name). */
  name: string
}

const countryOf = new Map<string, string>()
for (const [name, aliases] of Object.entries(countries)) {
  countryOf.set(name, name)
  for (const alias of aliases) countryOf.set(alias, name)
}
export const citySet = new Set(cities)
const placeSet = new Set(places)
const bareBodyNames = new Set(bareBodies.map((body) => body.name))
/** What a place's short name leaves out (`平昌郡` is `平昌`, `釜山广域市` is `釜山`). */
const administrative = /(广域市|特别市|直辖市|市|郡)$/
/** What a region's name leaves out (`东北亚地区` is `东北亚`, as zhwiki titles it). */
const regionWord = /地区$/

/**
 * General knowledge (`vocabulary/`): states by any of their names, cities
 * (also with their administrative suffix), places (also with `地区`), known bodies, and bodies a
 * text names without their state (`外务省`: its state comes from the document).
 */
export function knownTyping(name: string): NameTyping | undefined {
  const country = countryOf.get(name)
  if (country) return {type: 'Country', name: country}
  if (citySet.has(name)) return {type: 'City', name}
  if (placeSet.has(name)) return {type: 'Place', name}
  const short = name.replace(administrative, '')
  if (short !== name && citySet.has(short)) return {type: 'City', name: short}
  const region = name.replace(regionWord, '')
  if (region !== name && placeSet.has(region)) return {type: 'Place', name: region}
  const event = events[name]
  if (event) return {type: 'Event', name: event}
  const known = organizations[name]
  if (known) return {type: known, name: organizationAliases[name] ?? name}
  if (bareBodyNames.has(name)) return {type: 'GovernmentOrganization', name: bareBodyShortForms[name] ?? name}
  return undefined
}

/** The canonical short name of a state, if the name is one. */
export function countryName(name: string): string | undefined {
  return countryOf.get(foldScript(name))
}

export const countryNames = () => [...countryOf.keys()]

/** Whether a name holds a state's or a city's name (`朝鲜战争`, `平壤宣言`). */
export function holdsPlaceName(name: string): boolean {
  return [...countryOf.keys()].some((key) => name.includes(key)) || [...citySet].some((key) => name.includes(key))
}
