import {meetingLevels, seriesHeads} from '../vocabulary/events.js'
import type {Emitter} from './candidate.js'
import {isCountedSummit} from './countedSummits.js'
import {countedSessionName} from './sessionCounts.js'

const heads = [...seriesHeads.words].sort((a, b) => b.length - a.length)
const levels = new Set(meetingLevels.words)
/** `第3次`, `第二轮`, `第5届`: the count that makes one event of a series. */
const counted = /第\s?(?:[0-9]{1,3}|[一二两三四五六七八九十百零〇]{1,4})\s?(次|轮|届|回)/gu
const countBefore = /第\s?(?:[0-9]{1,3}|[一二两三四五六七八九十百零〇]{1,4})\s?[次轮届回]$/u
/** Words that end a name: particles, verbs of speech, determiners, another count, punctuation. */
const notInName = /[^\p{Script=Han}]|[的了和与在是对从被向为于也都把让说称及等各该这那其第次轮届后前时]/u
/** Heads of the sessions of a congress or a body: named as zhwiki titles them. */
const sessions = /^(会议|全会|大会)$/
/** `八届人大一次会议`: a congress and its session without `第`. */
const congressSession = /(?<![第0-9一二三四五六七八九十])([一二三四五六七八九十]{1,3})届(全国)?人大(常委会)?第?([0-9]{1,2}|[一二三四五六七八九十]{1,3})次(?:全体)?会议/gu
/** `中共十五大`: the party's numbered national congress. */
const partyCongress = /中共([一二三四五六七八九十]{1,3})大/gu

/**
 * Events of a series, counted (`第3次某某会谈`, `第二轮某某谈判`,
 * `第二次某某海战`): the count makes one event of the series a name, up to
 * the last head of a series within ten characters that ends a word, with no
 * particle, verb or punctuation before it. The name between count and head
 * has two characters at least and is more than who meets (`第二次会谈`,
 * `第三次首脑会谈` are any talks); `第十届某某会议` is a body's term, not an
 * event; `首脑会议` is any summit. A counted round keeps its count even when
 * the batch knows the series (`第四轮某某会谈` is one round, as zhwiki titles
 * rounds), but a counted summit of a known series (`known`: `某某首脑会晤`
 * linked) keeps the series' name: summits are named by their year.
 * Congress sessions by their short forms (`八届人大一次会议`, `中共十五大`)
 * take the full name (`sessionName`).
 */
export function numberedEventCandidates(out: Emitter, known: (name: string) => boolean = () => false): void {
  const {text, at, ends, push} = out
  for (const match of text.matchAll(counted)) {
    // `第十二届第五次某某会议`: a count after another count is a session of a term, which a name would need both for.
    if (countBefore.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
    const after = match.index + match[0].length
    let best: {surface: string; head: string} | undefined
    for (let length = 3; length <= 12 && after + length <= text.length; length++) {
      const rest = text.slice(after, after + length)
      const head = heads.find((word) => rest.endsWith(word))
      if (!head) continue
      const stem = rest.slice(0, -head.length)
      if (notInName.test(stem)) break
      if ([...stem].length < 2) continue
      if (levels.has(stem) || (match[1] === '届' && head === '会议') || (stem.endsWith('首脑') && head === '会议')) continue
      if (ends.has(at(after + length))) best = {surface: text.slice(match.index, after + length), head}
    }
    // A counted summit is named by its year, as zhwiki titles summits (`2000年朝韩首脑会晤`): a known series of summits keeps its name.
    // A counted summit of a series whose summits have their names is named by `rules/countedSummits.ts`.
    if (!best || isCountedSummit(best.surface) || (best.surface.includes('首脑') && known(best.surface.slice(match[0].length)))) continue
    push(match.index, best.surface, {type: 'Event', name: sessions.test(best.head) ? countedSessionName(best.surface) : best.surface.replace(/\s/g, '')}, false)
  }
  for (const match of text.matchAll(congressSession)) {
    const [surface, term, , standing, session] = match
    const body = standing ? '全国人民代表大会常务委员会' : '全国人民代表大会'
    push(match.index, surface, {type: 'Event', name: sessionName(`第${term}届${body}第${session}次会议`)}, false)
  }
  for (const match of text.matchAll(partyCongress)) push(match.index, match[0], {type: 'Event', name: `中国共产党第${match[1]}次全国代表大会`}, false)
}

/**
 * The name of a numbered session as zhwiki titles it: counts in Chinese
 * numerals, the short names of the congress spelled out
 * (`第十届全国人大常委会第27次会议` → `第十届全国人民代表大会常务委员会第二十七次会议`).
 */
export function sessionName(surface: string): string {
  return surface
    .replace(/\s/g, '')
    .replace(/第([0-9]{1,3})(?=[次届轮回])/g, (_, digits: string) => `第${chineseNumeral(Number(digits))}`)
    .replace(/(全国)?人大常委会/g, '全国人民代表大会常务委员会')
    .replace(/(全国)?人大(?!常)/g, '全国人民代表大会')
}

const digits = [...'零一二三四五六七八九']

/** 1–999 in Chinese numerals as counts are written (`十`, `十二`, `二十七`, `一百零五`). */
export function chineseNumeral(value: number): string {
  if (value < 10) return digits[value]!
  if (value < 20) return `十${value % 10 ? digits[value % 10] : ''}`
  if (value < 100) return `${digits[Math.floor(value / 10)]}十${value % 10 ? digits[value % 10] : ''}`
  const rest = value % 100
  return `${digits[Math.floor(value / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${digits[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest)}`
}
