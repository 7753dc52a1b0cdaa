import {describe, expect, it} from 'vitest'
import type {MeetingEvent} from '../../src/events/eventTypes.js'
import {meetingIri} from '../../src/events/eventIri.js'
import {mergeEvents} from '../../src/events/mergeEvents.js'

/** An invented reading of a meeting: kind, days, attendees, place. */
function reading(kind: MeetingEvent['kind'], startDate: string, endDate: string, attendees: string[], place?: string, start = 0): MeetingEvent {
  const event: MeetingEvent = {
    id: '',
    kind,
    name: `${kind} ${startDate}`,
    startDate,
    endDate,
    attendees,
    roles: [],
    positions: [],
    outcomes: [],
    documents: [],
    ...(place ? {location: {name: place, within: []}} : {}),
    dateSpan: {start, end: start + 2},
    evidence: [{start, end: start + 10}],
    start
  }
  event.id = meetingIri(event)!
  return event
}

type Row = [string, MeetingEvent[], Array<[string, string, string]>]

const rows: Row[] = [
  [
    'a day inside a summit, the same people: one meeting over all days',
    [reading('summit', '1990-03-01', '1990-03-03', ['甲', '乙'], '罗城'), reading('talks', '1990-03-02', '1990-03-02', ['乙', '丙'], undefined, 50)],
    [['meeting/1990-03-01', '1990-03-01', '1990-03-03']]
  ],
  [
    'overlapping days at one place: one meeting from the first day to the last',
    [reading('talks', '1991-05-02', '1991-05-04', [], '开城'), reading('summit', '1991-05-01', '1991-05-02', [], '开城', 40)],
    [['meeting/1991-05-01', '1991-05-01', '1991-05-04']]
  ],
  [
    'overlapping days, no one and no place shared: two meetings',
    [reading('summit', '1992-01-01', '1992-01-03', ['甲'], '罗城'), reading('talks', '1992-01-02', '1992-01-02', ['丁'], '开城', 30)],
    [
      ['meeting/1992-01-01', '1992-01-01', '1992-01-03'],
      ['meeting/1992-01-02', '1992-01-02', '1992-01-02']
    ]
  ],
  [
    'the next day, the same people: two meetings (no days shared)',
    [reading('summit', '1993-02-01', '1993-02-01', ['甲', '乙']), reading('summit', '1993-02-02', '1993-02-02', ['甲', '乙'], undefined, 30)],
    [
      ['meeting/1993-02-01', '1993-02-01', '1993-02-01'],
      ['meeting/1993-02-02', '1993-02-02', '1993-02-02']
    ]
  ],
  [
    'a visit on the days of a summit stays a visit',
    [reading('summit', '1994-04-01', '1994-04-02', ['甲']), reading('visit', '1994-04-01', '1994-04-02', ['甲'], undefined, 30)],
    [
      ['meeting/1994-04-01', '1994-04-01', '1994-04-02'],
      ['visit/1994-04-01', '1994-04-01', '1994-04-02']
    ]
  ]
]

describe('readings of a meeting over several days', () => {
  it.each(rows)('%s', (_name, readings, expected) => {
    const merged = mergeEvents(readings).sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(merged.map((event) => [event.id.replace(/^.*\/event\//, ''), event.startDate, event.endDate])).toEqual(expected)
  })

  it('keeps the evidence of every reading and the date words only of the reading that spans all the days', () => {
    const [merged] = mergeEvents([reading('talks', '1995-06-02', '1995-06-02', ['乙'], undefined, 70), reading('summit', '1995-06-01', '1995-06-03', ['乙'], undefined, 5)])
    expect(merged!.evidence).toEqual([
      {start: 70, end: 80},
      {start: 5, end: 15}
    ])
    expect(merged!.dateSpan).toEqual({start: 5, end: 7})
  })
})
