import {countryName, typeOfName} from '../typeOfName.js'
import {stateItself} from '../vocabulary/bodies.js'
import {objectVerbs} from '../vocabulary/verbs.js'
import type {Emitter} from './candidate.js'
import {isFieldMinistry} from './fieldMinistries.js'
import {namePatterns} from './namePatterns.js'
import {isPlaceName} from './placeNames.js'

/** Heads that after a state alone name a kind of body, not one (`某国公司`). */
const generalHeads = new Set(['公司', '党'])

/**
 * Bodies named after a state or city (`美国国务院`, `韩国统一部`,
 * `中共中央对外联络部`): the suffix starts a word of its own — the `署` of
 * `签署` is not an agency — or a known word runs from the name's start into
 * it (`中国国际航空|公司`).
 */
export function bodyCandidates(out: Emitter): void {
  const {text, at, words, ends, push} = out
  for (const match of text.matchAll(namePatterns().bodies)) {
    const middle = match[2]!
    if (/[的了和与在是对将从被向为也都把让说称及、，。]/.test(middle)) continue
    // `某某三家电视台`: a count of bodies after a name is a list, not a body's name.
    if (/[一二两三四五六七八九十几数多][间家个所座]/.test(middle)) continue
    // `非某国银行`: a negated name is a kind (any bank but that state's), not a body.
    if (/[非无反]/.test(text[match.index - 1] ?? '')) continue
    const suffixStart = at(match.index + match[1]!.length + middle.length)
    const token = words.at(suffixStart)
    const nameStart = at(match.index)
    const nameEnd = at(match.index + match[0].length)
    const fromStart = token !== undefined && token.start === nameStart && ends.has(nameEnd)
    // Or the suffix ends a noun of its own (`中央|行政部`), not a verb (`签署`); a set phrase jieba knows ends with a two-character suffix (`高等法院`), not `陷入僵局`.
    const lastWord = token !== undefined && token.end === nameEnd && token.start > nameStart && words.within(nameStart, nameEnd).every((word) => /^(n|nt|ns|nz|nr|j|x)$/.test(word.tag) || (word.tag === 'l' && [...match[3]!].length >= 2))
    // A verb of meeting or visiting jieba tags as a noun (`某城|会见|某党中央政治局`) ends what stands before the body.
    if (words.within(nameStart, nameEnd).some((word) => objectVerbs.words.includes(word.word))) continue
    if (!token || (token.start !== suffixStart && !fromStart && !lastWord)) continue
    // `平壤省`, `某国辽宁省`: a province is a place, not a ministry, unless its stem is a ministry's field (`某国铁道省`).
    const province = middle === '' || ((isPlaceName(middle) || typeOfName(`${middle}省`)?.type === 'Place') && !isFieldMinistry(`${middle}省`))
    if (match[3] === '省' && province) continue
    // `某国公司`, `某国党`: a state's companies or parties in general, no one body.
    if (middle === '' && generalHeads.has(match[3]!)) continue
    // `朝鲜政府`, `某国当局`, `某国军方`: the state itself in these texts; `某某政府` is a government of some time, not a body's name.
    const itself = stateItself.words.find((word) => match[0].endsWith(word))
    if (match[3] === '政府' || (itself && countryName(match[0].slice(0, -itself.length)))) continue
    push(match.index, match[0], typeOfName(match[0]) ?? {type: 'Organization', name: match[0]})
  }
}
