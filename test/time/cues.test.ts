import {describe, expect, it} from 'vitest'
import {countsAfterEnd, isAttributive, isDayOfNamedEvent, isMonthColumn, isPlanned, isYearly, restatesByApposition} from '../../src/time/cues.js'
import {scanChineseTimes} from '../../src/time/scanChineseTimes.js'
import {locateMentions} from '../../src/time/story.js'

/** Whether a cue holds for the expression whose words are `exact` in `text`. */
function cueOn(cue: (characters: string[], mention: ReturnType<typeof locateMentions>[number]) => boolean, text: string, exact: string): boolean {
  const characters = [...text]
  const mention = locateMentions(text, characters, scanChineseTimes(text)).find((candidate) => characters.slice(candidate.start, candidate.end).join('') === exact)
  if (!mention) throw new Error(`no expression “${exact}” in “${text}”`)
  return cue(characters, mention)
}

const table: Array<[name: string, cue: Parameters<typeof cueOn>[0], text: string, exact: string, holds: boolean]> = [
  ['isPlanned', isPlanned, '会议原定于6月12日举行', '6月12日', true],
  ['isPlanned', isPlanned, '会议计划在2019年召开', '2019年', true],
  ['isPlanned', isPlanned, '会议于6月12日举行', '6月12日', false],
  ['isPlanned', isPlanned, '双方同意在4个月后举行的运动会', '4个月后', true],
  ['isPlanned', isPlanned, '4个月后，双方会谈', '4个月后', false],
  ['isAttributive', isAttributive, '2000年的首脑会晤', '2000年', true],
  ['isAttributive', isAttributive, '共同申办2032年夏季奥运会', '2032年', true],
  ['isAttributive', isAttributive, '2018年朝鲜举行阅兵', '2018年', false],
  ['isAttributive', isAttributive, '自1992年9月会谈后首次', '1992年9月', true],
  ['isAttributive', isAttributive, '自1992年9月起', '1992年9月', false],
  ['isAttributive', isAttributive, '他早在1994年就到过', '1994年', true],
  ['isAttributive', isAttributive, '2000年6月的首脑会晤', '2000年6月', false],
  ['isYearly', isYearly, '定为每年10月3日', '10月3日', true],
  ['isYearly', isYearly, '定于10月3日', '10月3日', false],
  ['isDayOfNamedEvent', isDayOfNamedEvent, '提交申报书当日', '当日', true],
  ['isDayOfNamedEvent', isDayOfNamedEvent, '追悼大会当天', '当天', true],
  ['isDayOfNamedEvent', isDayOfNamedEvent, '某外长当天抵达', '当天', false],
  ['isDayOfNamedEvent', isDayOfNamedEvent, '并于当天完成', '当天', false],
  ['isDayOfNamedEvent', isDayOfNamedEvent, '称当日的试验', '当日', false],
  ['isMonthColumn', isMonthColumn, '月份\t1月\t2月\t3月', '2月', true],
  ['isMonthColumn', isMonthColumn, '1月和2月\t3月', '2月', false],
  ['countsAfterEnd', countsAfterEnd, '会谈结束后的第一天', '第一天', true],
  ['countsAfterEnd', countsAfterEnd, '会谈的第一天', '第一天', false],
  ['restatesByApposition', restatesByApposition, '6月15日，即访问结束后的第4天', '第4天', true],
  ['restatesByApposition', restatesByApposition, '6月15日，访问结束后的第4天', '第4天', false]
]

describe('cues around an expression', () => {
  it.each(table)('%s on “%s” (%s) is %s', (_, cue, text, exact, holds) => {
    expect(cueOn(cue, text, exact)).toBe(holds)
  })
})
