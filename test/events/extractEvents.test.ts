import {describe, expect, it} from 'vitest'
import type {MeetingEvent} from '../../src/events/eventTypes.js'
import {processText, readFixture} from '../helpers/process.js'

async function eventsOf(kind: 'wiki' | 'news' | 'pdf', input: string) {
  const file = await processText(kind, readFixture(input))
  return {file, events: file.data.events!.filter((event) => event.kind !== 'series'), all: file.data.events!}
}

const heads = (event: MeetingEvent) => event.roles.map((role) => [role.country ?? null, role.person ?? null, role.description ?? null])

describe('meetings and delegations', () => {
  it('builds the hierarchy of rounds and phases, with dates from headings and the round’s venue inherited', async () => {
    const {events} = await eventsOf('wiki', 'events-delegations/input.md')
    expect(events.map((event) => [event.kind, event.name, event.startDate ?? null, event.endDate ?? null, event.location?.name ?? null])).toEqual([
      ['session', '第一轮三国会谈', '2010-03-01', '2010-03-03', '中国北京市钓鱼台国宾馆'],
      ['round', '第二轮三国会谈', '2010-09-13', '2010-09-19', '中国北京市钓鱼台国宾馆'],
      ['session', '第二轮三国会谈第一阶段', '2010-09-13', '2010-09-19', '中国北京市钓鱼台国宾馆']
    ])
    expect(events[2]!.superEvent).toBe(events[1]!.id)
  })

  it('puts the sessions under the series the page is about', async () => {
    const {all} = await eventsOf('wiki', 'events-delegations/input.md')
    const series = all.find((event) => event.kind === 'series')!
    expect(series.name).toBe('三国会谈')
    expect(all.filter((event) => event.superEvent === series.id).map((event) => event.name)).toEqual(['第一轮三国会谈', '第二轮三国会谈'])
  })

  it('takes each head’s state from the title, split by links or not, and keeps the title as stated', async () => {
    const {events} = await eventsOf('wiki', 'events-delegations/input.md')
    expect(heads(events[0]!)).toEqual([
      ['韩国', '千英宇', '韩国外交通商部次長'],
      ['朝鲜', '金桂冠', '朝鲜外务省副相'],
      ['美国', null, '美国助理国务卿']
    ])
  })

  it('learns the order of states from the lines whose titles name them, in this page’s own order', async () => {
    const {events} = await eventsOf('wiki', 'events-delegations/input.md')
    expect(heads(events[2]!).map(([country, person]) => [country, person])).toEqual([
      ['韩国', '千英宇'],
      ['美国', '金桂冠'],
      ['美国', '克里斯托弗·罗伯特·希尔']
    ])
    expect(events[2]!.roles.map((role) => role.countryFrom)).toEqual(['order', 'title', 'order'])
  })

  it('reports a missing name and a conflict between title and order, with line and column, and fills no name', async () => {
    const {file, events} = await eventsOf('wiki', 'events-delegations/input.md')
    const missing = file.messages.find((message) => message.ruleId === 'delegation-name-missing')!
    const lineOf = (needle: string) =>
      readFixture('events-delegations/input.md')
        .split('\n')
        .findIndex((line) => line.includes(needle)) + 1
    expect(missing.line).toBe(lineOf('：，美国助理国务卿'))
    expect(missing.column).toBeGreaterThan(0)
    expect(events[0]!.roles[2]!.person).toBeUndefined()
    const conflict = file.messages.find((message) => message.ruleId === 'delegation-country-conflict')!
    expect(conflict.reason).toContain('美国')
    expect(conflict.reason).toContain('朝鲜')
    expect(conflict.line).toBe(lineOf('金桂冠，美国国务院特使'))
  })

  it('reads each trip block as a visit with its day (also a relative one), place and the people met, not those only planned', async () => {
    const {events: all} = await eventsOf('news', 'events-trip/input.html')
    const events = all.filter((event) => event.kind === 'visit')
    expect(events.map((event) => [event.name, event.startDate, event.endDate, event.location?.name, event.counterparts])).toEqual([
      ['2019年6月：板门店', '2019-06-30', '2019-06-30', '板门店', ['唐纳德·特朗普']],
      ['2018年3月：北京', '2018-03-25', '2018-03-28', '北京', ['习近平']]
    ])
  })

  it('reads summits from the headings that name them: day, most specific place, attendees only as the dated sentence says, declaration signed', async () => {
    const {events} = await eventsOf('wiki', 'events-summits/input.md')
    // `韩朝双方…举行首脑会谈，…文在寅與…金正恩牽手越過邊界`: the meeting's subject is the two sides, and the next clause names the pair it stands for (a subject and a counterpart joined by 與).
    expect(events.map((event) => [event.kind, event.name, event.startDate, event.location?.name, event.location?.within, event.attendees, event.documents])).toEqual([
      ['summit', '2018年4月朝韩首脑会晤', '2018-04-27', '和平之家', ['板门店'], ['文在寅', '金正恩'], ['板门店宣言']],
      ['summit', '2018年5月朝韩首脑会晤', '2018-05-26', '统一阁', ['板门店'], [], []]
    ])
    expect(events[0]!.id).toBe('https://w3id.org/kpdd/event/meeting/2018-04-27')
    // A summit of the two Koreas by the name zhwiki titles it with, whichever form the heading writes (`南北首脑会谈`).
    expect(events[0]!.namedEntity).toBe(`https://w3id.org/kpdd/entity/${encodeURIComponent('2018年4月朝韩首脑会晤')}`)
  })

  it('merges the readings of one meeting and keeps a plan apart from what was held', async () => {
    const {all} = await eventsOf('news', 'events-trip/input.html')
    const planned = all.find((event) => event.status === 'planned')!
    expect([planned.kind, planned.startDate, planned.plannedDate, planned.id]).toEqual(['talks', undefined, '2019-06-29', 'https://w3id.org/kpdd/event/planned/meeting/2019-06-29'])
    expect(new Set(all.map((event) => event.id)).size).toBe(all.length)
  })

  it('makes each dated line of a chronology a dated statement about the people it names, not attended by them', async () => {
    const file = await processText('pdf', readFixture('time-chronology-year/input.txt'))
    for (const event of file.data.events!) expect(event.attendees).toEqual([])
    expect(file.data.events!.map((event) => [event.kind, event.startDate, event.name, event.about])).toEqual([
      ['dated', '2017-02-12', '朝鲜试验新型弹道导弹', []],
      ['dated', '2017-03-06', '朝鲜发射 4 枚弹道导弹', []],
      ['dated', '2017-04-05', '朝鲜试射中程弹道导弹', []],
      ['dated', '2017-05-10', '文在寅就任韩国总统', ['文在寅']],
      ['dated', '2018-01-01', '金正恩提出对话要求', ['金正恩']],
      ['dated', '2018-04-27', '举行第三次朝韩首脑会议', []]
    ])
  })
})
