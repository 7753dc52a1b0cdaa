import {alternation} from '../../core/alternation.js'
import {championshipHeads, gameHosts, games} from '../vocabulary/events.js'
import type {Emitter} from './candidate.js'
import {parseNumeral} from '../../time/chineseNumber.js'

const formOf = new Map(games.flatMap((game) => game.forms.map((form) => [form, game.name] as const)))
const forms = alternation(formOf.keys())
const hosts = alternation(gameHosts.map((entry) => entry.host))
/** `2018年亚运`, `平昌冬奥会`, `第23届冬奥会`, `奥运会`: a year, a count or a host, then the games by any of their names. */
const pattern = new RegExp(`(?:([0-9]{4})\\s?年\\s?)?(?:第\\s?([0-9]{1,2}|[一二三四五六七八九十]{1,4})\\s?届)?(${hosts})?(${forms})`, 'gu')
/** `2018年世界某某锦标赛`: a year, the championship's name, its head. */
const championship = new RegExp(`[0-9]{4}\\s?年([\\p{Script=Han}]{2,10}?)(${championshipHeads.words.join('|')})`, 'gu')
const notInName = /[的了和与在是对将从被向为也都把让说称及等各该这那其]/

/** The Olympic Games by a name that does not say which season (`奥运会`): the one season the document names. */
const anySeason = new Set(['奥林匹克运动会', '奥运会', '奥运'])

/**
 * Multi-sport games by their short forms (`亚运`, `冬奥`, `2020年东京奥运`),
 * named as zhwiki titles them (`2018年亚洲运动会`): the year the text gives,
 * else the year its host held them or its count stands for (`第23届冬奥会`:
 * `vocabulary/events.ts`), else the one
 * games of that kind the document names with a year; games the document
 * never dates are the games as such (`亚洲运动会`). Championships and fairs
 * by their year (`2018年世界某某锦标赛`).
 */
export function gameCandidates(out: Emitter): void {
  const {text, at, starts, ends, push} = out
  // The games are words of their own: not the `亚运` of `东亚|运输`.
  const words = [...text.matchAll(pattern)].filter((match) => starts.has(at(match.index)) && ends.has(at(match.index + match[0].length)))
  const matches = words.map((match) => {
    const [, year, count, host, form] = match
    const game = formOf.get(form!)!
    const hosted = host ? gameHosts.find((entry) => entry.host === host && (entry.game === game || anySeason.has(form!))) : undefined
    // A count names one games of a kind that says its season (`第23届冬奥会`); the Olympics without one may be either.
    const counted = count && !anySeason.has(form!) ? gameHosts.find((entry) => entry.game === game && entry.edition === parseNumeral(count)) : undefined
    const dated = year ?? (hosted ?? counted)?.year.toString()
    return {match, form: form!, game: hosted?.game ?? game, dated}
  })
  const datedNames = matches.flatMap(({game, dated}) => (dated ? [{game, name: `${dated}年${game}`}] : []))
  // The dated games fitting an undated one depend only on its kind and whether it names a season: found once per pair, not per match.
  const fittingOf = new Map<string, string[]>()
  const fittingFor = (game: string, form: string) => {
    const key = `${game}\n${anySeason.has(form)}`
    let fitting = fittingOf.get(key)
    if (!fitting) fittingOf.set(key, (fitting = [...new Set(datedNames.filter((entry) => entry.game === game || (anySeason.has(form) && /^(夏季|冬季)奥林匹克运动会$/.test(entry.game))).map((entry) => entry.name))]))
    return fitting
  }
  for (const {match, form, game, dated} of matches) {
    let name = dated ? `${dated}年${game}` : undefined
    if (!name) {
      const fitting = fittingFor(game, form)
      // Several: the games as such; the Olympics without a season stay the Olympics.
      name = fitting.length === 1 ? fitting[0]! : anySeason.has(form) ? '奥林匹克运动会' : game
    }
    push(match.index, match[0], {type: 'Event', name}, false)
  }
  // Championships and fairs named by their year; the games above are longer where both match.
  for (const match of text.matchAll(championship)) {
    if (notInName.test(match[1]!) || !ends.has(at(match.index + match[0].length))) continue
    push(match.index, match[0], {type: 'Event', name: match[0].replace(/\s/g, '')}, false)
  }
}
