import {describe, expect, it} from 'vitest'
import {groupMeetings} from '../../src/report/groupMeetings.js'
import type {EventView} from '../../src/report/model.js'

const person = (name: string) => ({iri: `https://w3id.org/kpdd/entity/${encodeURIComponent(name)}`, name})
const event = (partial: Partial<EventView> & Pick<EventView, 'iri' | 'stem'>): EventView => ({
  name: partial.iri,
  kind: 'summit',
  subEvents: [],
  people: [],
  roles: [],
  counterparts: [],
  signedDocuments: [],
  outcomes: [],
  ...partial
})

describe('meetings across sources', () => {
  it('is one meeting for the same IRI in two sources', () => {
    const meetings = groupMeetings([event({iri: 'e:talks/2005-09-13', stem: 'a', startDate: '2005-09-13'}), event({iri: 'e:talks/2005-09-13', stem: 'b', startDate: '2005-09-13'})])
    expect(meetings).toHaveLength(1)
    expect(meetings[0]!.events.map((e) => e.stem)).toEqual(['a', 'b'])
  })

  it('is one meeting for the same start day with a person in common', () => {
    const meetings = groupMeetings([
      event({iri: 'e:summit', stem: 'a', startDate: '2018-04-27', people: [person('文在寅'), person('金正恩')]}),
      event({iri: 'd:trip', stem: 'b', kind: 'trip', startDate: '2018-04-27', people: [person('金正恩')]})
    ])
    expect(meetings).toHaveLength(1)
    expect(meetings[0]!.name).toBe('e:summit')
    expect(meetings[0]!.people.map((p) => p.name)).toEqual(['文在寅', '金正恩'])
  })

  it('keeps apart the same day without people in common, and different days', () => {
    const meetings = groupMeetings([
      event({iri: 'e:1', stem: 'a', startDate: '2018-04-27', people: [person('文在寅')]}),
      event({iri: 'e:2', stem: 'b', startDate: '2018-04-27', people: [person('特朗普')]}),
      event({iri: 'e:3', stem: 'b', startDate: '2018-05-26', people: [person('文在寅')]}),
      event({iri: 'e:4', stem: 'b', startDate: '2018-04-27'})
    ])
    expect(meetings).toHaveLength(4)
  })

  it('puts containers, chronology lines and undated events off the timeline, sorted by first day', () => {
    const meetings = groupMeetings([
      event({iri: 'e:round', stem: 'a', kind: 'round', startDate: '2005-07-26', subEvents: ['e:phase']}),
      event({iri: 'e:phase', stem: 'a', kind: 'session', startDate: '2005-07-26'}),
      event({iri: 'e:month', stem: 'a', kind: 'dated', date: '2004-06'}),
      event({iri: 'e:none', stem: 'a', kind: 'dated'})
    ])
    expect(meetings.map((m) => [m.key, m.start, m.onTimeline])).toEqual([
      ['e:month', '2004-06', false],
      ['e:phase', '2005-07-26', true],
      ['e:round', '2005-07-26', false],
      ['e:none', undefined, false]
    ])
  })
})
