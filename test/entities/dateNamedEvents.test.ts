import {describe, expect, it} from 'vitest'
import {namedBy} from '../helpers/ruleFound.js'
import {dateNamedEvents} from '../../src/entities/rules/dateNamedEvents.js'

// Made-up sentences: events named by a date and a kind, and numbers that are no date.
const eventsIn = (text: string) => namedBy(dateNamedEvents, text)

describe('an event named by its date and its kind', () => {
  it.each([
    ['他参与了七二三军事政变', [['七二三军事政变', '七二三军事政变']]],
    ['史称双十一政变', [['双十一政变', '双十一政变']]],
    ['史称雙十一政變', [['双十一政变', '双十一政变']]], // traditional script, folded
    ['此后的4·19事件', [['4·19事件', '4·19事件']]],
    ['十月一日起义', []], // a date written with 月 and 日 is another pattern
    ['第三一事件', []], // a count
    ['13·40事件', []], // no month 13
    ['九九九事件', []] // no day 99 spelled so
  ])('%s', (text, expected) => expect(eventsIn(text)).toEqual(expected))
})
