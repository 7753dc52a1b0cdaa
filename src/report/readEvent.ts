import {asArray, isObject, namedRef, text, texts, type JsonObject} from './jsonValues.js'
import type {DelegationRow, EventView, NamedRef} from './model.js'

function refs(value: JsonObject[string] | undefined): NamedRef[] {
  return asArray(value)
    .map((item) => namedRef(item))
    .filter((item): item is NamedRef => item !== undefined)
}

function readRole(node: JsonObject): DelegationRow {
  const row: DelegationRow = {}
  const roleName = text(node['roleName'])
  if (roleName) row.roleName = roleName
  const person = namedRef(asArray(node['attendee'])[0])
  if (person) row.person = person
  const country = namedRef(asArray(node['represents'])[0])
  if (country) row.country = country
  const title = text(node['description'])
  if (title) row.title = title
  const countryFrom = text(node['kpd:countryFrom'])
  if (countryFrom) row.countryFrom = countryFrom
  return row
}

/** Reads a meeting (`Event` with `kpd:eventKind`) of the record `stem`. */
export function readEvent(node: JsonObject, stem: string): EventView {
  const iri = text(node['@id']) ?? ''
  const attendees = asArray(node['attendee']).filter(isObject)
  const isRole = (item: JsonObject) => texts(item['@type']).includes('Role')
  const event: EventView = {
    iri,
    stem,
    name: text(node['name']) ?? iri,
    kind: text(node['kpd:eventKind']) ?? 'event',
    subEvents: texts(node['subEvent']),
    people: attendees
      .filter((item) => !isRole(item))
      .map((item) => namedRef(item))
      .filter((item): item is NamedRef => !!item),
    roles: attendees.filter(isRole).map(readRole),
    counterparts: refs(node['kpd:counterpart']),
    signedDocuments: refs(node['kpd:signedDocument']),
    outcomes: texts(node['kpd:outcome'])
  }
  const optional = {
    description: text(node['description']),
    startDate: text(node['startDate']),
    endDate: text(node['endDate']),
    date: text(node['kpd:date']),
    superEvent: text(asArray(node['superEvent'])[0])
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (event as unknown as Record<string, string>)[key] = value
  }
  const location = asArray(node['location']).find(isObject)
  if (location) {
    event.location = {
      name: text(location['name']) ?? '',
      within: refs(location['containedInPlace']).map((place) => place.name)
    }
  }
  return event
}
