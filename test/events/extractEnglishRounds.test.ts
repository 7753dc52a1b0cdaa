import {describe, expect, it} from 'vitest'
import {processText, readFixture} from '../helpers/process.js'

async function eventsOf(input: string) {
  const file = await processText('markdown', readFixture(input))
  return file.data.events!
}

describe('rounds of talks told in English', () => {
  it('reads a round held in phases: one session per date range, under a round from the first day to the last, with the IRIs a Chinese page gives them', async () => {
    const events = await eventsOf('events-english-rounds/input.md')
    const rows = events.filter((event) => event.kind === 'round' || event.kind === 'session')
    expect(rows.map((event) => [event.id.replace(/^.*\/event\//, ''), event.startDate, event.endDate, event.location?.name, event.superEvent?.replace(/^.*\/event\//, '') ?? null])).toEqual([
      ['round/2011-03-02', '2011-03-02', '2011-05-14', 'Grand Hall', null],
      ['session/2011-03-02', '2011-03-02', '2011-03-09', 'Grand Hall', 'round/2011-03-02'],
      ['session/2011-05-10', '2011-05-10', '2011-05-14', 'Grand Hall', 'round/2011-03-02']
    ])
  })

  it('gives the heads of the labelled phase their state from the line (English state names by the alias table), the name before the comma and the title after it', async () => {
    const file = await processText('markdown', readFixture('events-english-rounds/input.md'))
    const second = file.data.events!.find((event) => event.id.endsWith('/session/2011-05-10'))!
    expect(second.roles.map((role) => [role.country ?? null, role.countryFrom ?? null, role.person ?? null, role.description ?? null])).toEqual([
      ['日本', 'line', 'Taro Kimura', 'Director of the Lake Bureau'],
      ['俄罗斯', 'line', 'Ivan Petrov', 'Deputy Foreign Minister'],
      [null, null, 'Ann Lee', 'Special Envoy'],
      ['美国', 'line', 'Bo Park', 'Assistant Secretary of State']
    ])
    // `Observer:` names no state: none is invented, and the line is reported.
    expect(file.messages.filter((message) => message.ruleId === 'delegation-country-unknown').map((message) => message.line)).toEqual([17])
  })

  it('links each head read from its line to an annotation of the name, also where no mention covers it (`United States: Bo Park` is one place to the tagger)', async () => {
    const file = await processText('markdown', readFixture('events-english-rounds/input.md'))
    const nodes = JSON.parse(String(file.value))['@graph'] as Array<Record<string, any>>
    const annotations = new Map(nodes.filter((node) => node['@type'] === 'oa:Annotation').map((node) => [node['@id'], node]))
    const session = nodes.find((node) => String(node['@id']).endsWith('/session/2011-05-10'))!
    const heads = (session.attendee as Array<Record<string, any>>).filter((role) => role['@type'] === 'Role')
    expect(heads.map((role) => annotations.get(role['kpd:attendeeFrom'])?.['oa:hasTarget']?.['oa:hasSelector']?.find((selector: any) => selector['@type'] === 'oa:TextQuoteSelector')?.['oa:exact'])).toEqual([
      'Taro Kimura',
      'Ivan Petrov',
      'Ann Lee',
      'Bo Park'
    ])
  })
})
