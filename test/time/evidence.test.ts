import {describe, expect, it} from 'vitest'
import {dayFromDocument, dayFromHeading, dayFromParagraph, dayFromSection, dayFromSentence} from '../../src/time/evidence/dayEvidence.js'
import {relativeFromCoarseDate, relativeFromEventDays, relativeFromEventRange, relativeFromHeading, relativeFromParagraph, relativeFromPreviousParagraph, relativeFromSection} from '../../src/time/evidence/relativeEvidence.js'
import {anchorFromDocument, anchorFromHeading, anchorFromLaterInSentence, anchorFromParagraph, anchorFromSection, anchorFromSentence} from '../../src/time/evidence/yearEvidence.js'
import {sectionOver, storyBefore} from './story.js'

// Each evidence function alone: what it finds for the last expression of a made-up text,
// and that it finds nothing where its kind of evidence is missing.

describe('year evidence', () => {
  const cases = [
    ['anchorFromSentence', anchorFromSentence, '1998年访问甲国，并于5月回国。', 1998, '1998年。\n\n5月回国。'],
    ['anchorFromParagraph', anchorFromParagraph, '1998年访问甲国。5月回国。', 1998, '1998年访问甲国。\n\n5月回国。'],
    ['anchorFromDocument', anchorFromDocument, '2001年3月到任。\n\n2001年5月离任。\n\n1990年的照片。\n\n7月回国。', 2001, '7月回国。']
  ] as const
  it.each(cases)('%s finds the year where it looks, and nothing elsewhere', (_, evidence, text, year, without) => {
    const {story, last} = storyBefore(text)
    expect(evidence(story, last)?.year).toBe(year)
    const other = storyBefore(without)
    expect(evidence(other.story, other.last)).toBeUndefined()
  })

  it('anchorFromLaterInSentence takes a year stated later in the sentence only', () => {
    const {story} = storyBefore('5月，他在2002年的会议上发言。')
    expect(anchorFromLaterInSentence(story, 0)?.year).toBe(2002)
    const other = storyBefore('5月，他发言。2002年。')
    expect(anchorFromLaterInSentence(other.story, 0)).toBeUndefined()
  })

  it('anchorFromSentence skips a look back (`曾于`)', () => {
    const {story, last} = storyBefore('他曾于1970年留学，5月回国。')
    expect(anchorFromSentence(story, last)).toBeUndefined()
  })

  it('anchorFromHeading takes the year of the heading above', () => {
    const text = '2018年4月会谈\n\n双方于27日会面。4月28日离开。'
    const {story, last} = storyBefore(text, [sectionOver(text, '2018年4月会谈')])
    expect(anchorFromHeading(story, last)).toMatchObject({year: 2018, resolution: 'heading'})
  })

  it('anchorFromSection counts dated events before bare years', () => {
    const text = '背景\n\n1994年7月8日发病，1994年7月9日公布。他在1986年的照片。\n\n7月17日下葬。'
    const {story, last} = storyBefore(text, [sectionOver(text, '背景')])
    expect(anchorFromSection(story, last)).toMatchObject({year: 1994, resolution: 'section'})
  })
})

describe('day evidence', () => {
  const cases = [
    ['dayFromSentence', dayFromSentence, '3月4日抵达，6日离开。', '3月4日', '3月4日抵达。6日离开。'],
    ['dayFromParagraph', dayFromParagraph, '3月4日抵达。6日离开。', '3月4日', '3月4日抵达。\n\n6日离开。'],
    ['dayFromSection', dayFromSection, '3月4日抵达。\n\n6日离开。', '3月4日', '他抵达。\n\n6日离开。']
  ] as const
  it.each(cases)('%s finds the month where it looks, and nothing elsewhere', (_, evidence, text, anchor, without) => {
    const {story, last, exact} = storyBefore(text)
    expect(exact(evidence(story, last)?.anchor)).toBe(anchor)
    const other = storyBefore(without)
    expect(evidence(other.story, other.last)).toBeUndefined()
  })

  it('dayFromHeading takes the month of the heading', () => {
    const text = '2018年3月：北京\n\n他于26日抵达。'
    const {story, last, exact} = storyBefore(text, [sectionOver(text, '2018年3月：北京')])
    expect(exact(dayFromHeading(story, last)?.anchor)).toBe('2018年3月')
  })

  it('dayFromDocument takes the month the story is told in', () => {
    const text = '2000年6月13日抵达。2000年6月14日会谈。1999年3月曾访问。\n\n媒体\n\n原定12日直播。'
    const {story, last, exact} = storyBefore(text, [sectionOver(text, '媒体')])
    expect(dayFromSection(story, last)).toBeUndefined()
    expect(exact(dayFromDocument(story, last)?.anchor)).toBe('2000年6月14日')
  })

  it('dayFromParagraph skips a planned date', () => {
    const {story, last} = storyBefore('会议原定于6月12日举行。15日宣布取消。')
    expect(dayFromParagraph(story, last)).toBeUndefined()
  })
})

describe('relative evidence', () => {
  const day = {amount: 1, unit: 'day'} as const
  it('relativeFromParagraph takes a day of the paragraph, not a planned one', () => {
    const {story, last, exact} = storyBefore('2000年6月13日抵达，原定于6月20日离开。次日会谈。')
    expect(exact(relativeFromParagraph(story, last, day))).toBe('2000年6月13日')
  })
  it('relativeFromEventDays counts ordinal days from the event’s range', () => {
    const {story, last, exact} = storyBefore('会谈于2007年10月2日至4日举行。\n\n第二天，双方签约。')
    expect(exact(relativeFromEventDays(story, last, {amount: 1, unit: 'day', ordinal: true}))).toBe('2007年10月2日至4日')
    expect(relativeFromEventDays(story, last, day)).toBeUndefined()
  })
  it('relativeFromEventRange takes the latest range the text states, not a week it derived', () => {
    const {story, last, exact} = storyBefore('会谈于2018年9月18日至20日举行。\n\n2018年9月27日，支持率比上周上升。会谈的第三天。')
    expect(exact(relativeFromEventRange(story, last, {amount: 2, unit: 'day', ordinal: true}))).toBe('2018年9月18日至20日')
    expect(relativeFromEventRange(story, last, {amount: 2, unit: 'day'})).toBeUndefined()
  })
  it('relativeFromPreviousParagraph looks one paragraph back only', () => {
    const {story, last, exact} = storyBefore('2001年5月2日抵达。\n\n次日离开。')
    expect(exact(relativeFromPreviousParagraph(story, last, day))).toBe('2001年5月2日')
    const far = storyBefore('2001年5月2日抵达。\n\n他很忙。\n\n次日离开。')
    expect(relativeFromPreviousParagraph(far.story, far.last, day)).toBeUndefined()
  })
  it('relativeFromHeading takes the day a heading names', () => {
    const text = '2018年9月19日\n\n他很忙。\n\n次日离开。'
    const {story, last, exact} = storyBefore(text, [sectionOver(text, '2018年9月19日')])
    expect(exact(relativeFromHeading(story, last, day))).toBe('2018年9月19日')
  })
  it('relativeFromSection gives same-day words the section’s latest day', () => {
    const {story, last, exact} = storyBefore('2001年5月2日抵达。\n\n他很忙。\n\n外长当天离开。')
    expect(exact(relativeFromSection(story, last, {amount: 0, unit: 'day'}))).toBe('2001年5月2日')
    expect(relativeFromSection(story, last, day)).toBeUndefined()
  })
  it('relativeFromCoarseDate falls back on a coarser date of the paragraph', () => {
    const {story, last, exact} = storyBefore('2018年6月，双方会谈。次日签约。')
    expect(exact(relativeFromCoarseDate(story, last, day))).toBe('2018年6月')
  })
})
