import type {LocatedMention} from './story.js'

/**
 * Words around an expression that change what it says about the story's
 * time. Each is a family of phrasings, tested in `test/time/cues.test.ts`.
 */

const before = (characters: string[], mention: LocatedMention, width: number) => characters.slice(Math.max(0, mention.start - width), mention.start).join('')

/** `原定于6月12日`, `将于`, `计划在`: a planned date does not move the story's time. */
export function isPlanned(characters: string[], mention: LocatedMention): boolean {
  if (/(原定|定于|定於|将于|將於|会于|會於|会於|预定|預定|计划于|計劃於|计划在|計劃在)[ \u3000]?$/.test(before(characters, mention, 4))) return true
  // `同意在4個月後舉行的奧運會`: a step forward naming when something is to be held.
  return (mention.relative?.amount ?? 0) > 0 && /^(舉行|举行|召開|召开|進行|进行)的/.test(characters.slice(mention.end, mention.end + 3).join(''))
}

/**
 * `2000年的首腦會晤`: a year naming another event does not set the story's
 * year; nor does a look back (`曾於1970年`, `早在1994年`).
 */
export function isAttributive(characters: string[], mention: LocatedMention): boolean {
  if (mention.from.month === undefined && (characters[mention.end] === '的' || namesEvent(characters, mention))) return true
  return /(曾|曾经|曾經|早在|早於|早于)[於于在]?$/.test(before(characters, mention, 3)) || isSince(characters, mention)
}

const after = (characters: string[], mention: LocatedMention, width: number) => characters.slice(mention.end, mention.end + width).join('')

/**
 * `2032年夏季奧運會`, `2000年南北韓首腦會談`: a year right before the name of
 * an event names that event; it says nothing of when the story is.
 */
const eventName = /^[^，。；：、！？\n举舉行在于於与與和同宣签簽将將]{0,4}?(奥运|奧運|亚运|亞運|冬奥|冬奧|夏季|冬季|世界杯|世界盃|博览会|博覽會|首脑|首腦|峰会|峰會|会谈|會談|会晤|會晤|大选|大選|选举|選舉|运动会|運動會|锦标赛|錦標賽)/
function namesEvent(characters: string[], mention: LocatedMention): boolean {
  return eventName.test(after(characters, mention, 10))
}

/** `自1992年9月…後首次`: the date a span starts from, looked back at. */
function isSince(characters: string[], mention: LocatedMention): boolean {
  return /(自|自從|自从)$/.test(before(characters, mention, 2)) && /^[^，。；\n]{0,14}(後|后|以來|以来)/.test(after(characters, mention, 20))
}

/** `定为每年10月3日`: a day of every year, whose year no context may fill. */
export function isYearly(characters: string[], mention: LocatedMention): boolean {
  return /(每年|每逢|每一年)[ \u3000]?$/.test(before(characters, mention, 3))
}

/**
 * Words that name an event a same-day word can be the day of
 * (`提交申报书当日`, `事发当天`, `大会当天`): verbs of happening and nouns
 * of gatherings, as they end the words just before it.
 */
const eventCue =
  /(事发|事發|案发|案發|发生|發生|提交|签署|簽署|签字|簽字|抵达|抵達|到达|到達|出发|出發|启程|啟程|访问|訪問|开幕|開幕|闭幕|閉幕|举行|舉行|会议|會議|大会|大會|峰会|峰會|会谈|會談|会晤|會晤|典礼|典禮|仪式|儀式|选举|選舉|投票|就职|就職|遇刺|去世|逝世|出生|发射|發射|试验|試驗|爆炸|宣布|宣佈|公布|公佈)[^，。；：、！？\n]{0,6}$/

/** Whether a same-day word (`当日`) is the day of an event the words before it name. */
export function isDayOfNamedEvent(characters: string[], mention: LocatedMention): boolean {
  const preceding = before(characters, mention, 10)
  if (/[的之]$/.test(preceding)) return false
  return eventCue.test(preceding)
}

/** The line holding an expression, looked at no further than `reach` characters each way. */
function lineAround(characters: string[], mention: LocatedMention, reach = 400): string {
  let start = mention.start
  while (start > 0 && mention.start - start < reach && characters[start - 1] !== '\n') start--
  let end = mention.end
  while (end < characters.length && end - mention.end < reach && characters[end] !== '\n') end++
  return characters.slice(start, end).join('')
}

/** A month heading a table column (`1月⇥2月⇥3月…`, a climate table): a month of any year. */
export function isMonthColumn(characters: string[], mention: LocatedMention): boolean {
  if (mention.from.day !== undefined || mention.from.year !== undefined || mention.from.month === undefined) return false
  const cells = lineAround(characters, mention).split('\t')
  return cells.filter((cell) => /^\s*[0-9０-９]{1,2}\s*月\s*$/.test(cell)).length >= 3
}

/** `6月15日，即访问结束后的第4天`: a relative phrase after `即` restates the date before it. */
export function restatesByApposition(characters: string[], mention: LocatedMention): boolean {
  return /[，,、]\s*即[^，。；！？\n]{0,12}$/.test(before(characters, mention, 16))
}

/** `會談結束後的第一天`: an ordinal day counted after an event's end, not from its start. */
export function countsAfterEnd(characters: string[], mention: LocatedMention): boolean {
  return mention.relative?.ordinal === true && /(结束|結束|闭幕|閉幕)?(后|後|之后|之後|以后|以後)的$/.test(before(characters, mention, 6))
}
