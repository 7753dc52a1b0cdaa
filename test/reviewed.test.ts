import {describe, expect, it} from 'vitest'
import type {ReviewedEvent, ReviewedFacts} from './fixtures/reviewed/types.js'
import {recordOf, seedRecords} from './helpers/runSeeds.js'

/**
 * The facts a person checked against each seed's text (`test/fixtures/reviewed/<stem>.ts`, the
 * source's words quoted beside each fact), asserted against the record the CLI writes. Unlike a
 * byte copy of the output, a failure here means a checked fact was lost or changed.
 */
const records = new Map(seedRecords().map((record) => [record.stem, recordOf(record)]))
const stems = [...records.keys()]
const reviewed = new Map(await Promise.all(stems.map(async (stem) => [stem, (await import(`./fixtures/reviewed/${stem}.ts`)).default as ReviewedFacts] as const)))

/** What the record says of an event, in the terms of a reviewed fact. */
function describeEvent(event: Record<string, any>): ReviewedEvent {
  const roles: Array<Record<string, any>> = event.attendee ?? []
  return {
    kind: event['kpd:eventKind'],
    startDate: event.startDate,
    endDate: event.endDate,
    location: event.location?.name,
    name: event.name,
    heads: roles.filter((role) => role['@type'] === 'Role' && role.attendee).map((role) => [role.represents?.name, role.attendee.name]),
    attendees: roles.map((role) => (role['@type'] === 'Role' ? role.attendee?.name : role.name)).filter(Boolean)
  }
}

function matches(found: ReviewedEvent, expected: ReviewedEvent): boolean {
  const same = (key: 'kind' | 'startDate' | 'endDate' | 'location' | 'name') => expected[key] === undefined || expected[key] === found[key]
  return (
    same('kind') &&
    same('startDate') &&
    same('endDate') &&
    same('location') &&
    same('name') &&
    (expected.heads ?? []).every(([country, person]) => found.heads!.some(([c, p]) => c === country && p === person)) &&
    (expected.attendees ?? []).every((person) => found.attendees!.includes(person))
  )
}

describe('reviewed facts of the seeds', () => {
  it('has a reviewed file for every seed record', () => {
    expect(stems).toHaveLength(5)
    expect(stems.every((stem) => reviewed.has(stem))).toBe(true)
  })

  describe.each(stems)('%s', (stem) => {
    const graph = records.get(stem)!['@graph']
    const facts = reviewed.get(stem)!

    it('names and types the document as its source does', () => {
      const {'@type': type, name, url} = graph[0]!
      expect({type, name, ...(facts.document.url ? {url} : {})}).toEqual(facts.document)
    })

    it.each(facts.events.map((event) => [`${event.kind} ${event.startDate}${event.name ? ` ${event.name}` : ''}`, event] as const))('states the %s as checked', (_label, expected) => {
      const candidates = graph
        .filter((node) => node['@type'] === 'Event')
        .map(describeEvent)
        .filter((event) => event.kind === expected.kind && event.startDate === expected.startDate)
      expect(
        candidates.some((event) => matches(event, expected)),
        JSON.stringify(candidates)
      ).toBe(true)
    })

    it('types the key entities as checked', () => {
      const entities = graph.filter((node) => String(node['@id']).includes('/entity/') && node['@type'] !== 'Event').map((node) => [node.name, node['@type']])
      for (const entity of facts.entities) expect(entities, entity[0]).toContainEqual(entity)
    })
  })
})
