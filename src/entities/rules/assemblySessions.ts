import {alternation} from '../../core/alternation.js'
import {states} from '../vocabulary/states.js'
import type {Emitter} from './candidate.js'
import {chineseNumeral} from './numberedEvents.js'

/**
 * Legislatures whose sessions are counted by term and sitting: zhwiki titles
 * them `第十二届最高人民会议第五次会议`, `第十三届全国人民代表大会第一次会议`.
 */
const legislatures = ['最高人民会议', '全国人民代表大会', '全国人大']
const stateNames = alternation(states.flatMap((state) => [state.name, ...state.others]).filter((name) => !name.endsWith('方')))
const count = '[0-9]{1,3}|[一二三四五六七八九十]{1,3}'
const body = alternation(legislatures)

/** `朝鲜第十二届某某会议第五次会议`, `第12届朝鲜某某会议第三次会议`: the state before the term or before the body. */
const termFirst = new RegExp(`(?:${stateNames})?第(${count})届(?:${stateNames})?(${body})第(${count})次会议`, 'gu')
/** `朝鲜某某会议第9届1次会议`, `某某会议十一届一次会议`: the body first, then its term and sitting. */
const bodyFirst = new RegExp(`(?:${stateNames})?(${body})第?(${count})届第?(${count})次会议`, 'gu')

/** A count as zhwiki's titles write it: in Chinese numerals (`12` → `十二`). */
function numeral(value: string): string {
  return /^[0-9]+$/.test(value) ? chineseNumeral(Number(value)) : value
}

/** The session's zhwiki-style name: the term, the body (its full name), the sitting. */
function sessionTitle(term: string, legislature: string, sitting: string): string {
  const fullBody = legislature === '全国人大' ? '全国人民代表大会' : legislature
  return `第${numeral(term)}届${fullBody}第${numeral(sitting)}次会议`
}

/**
 * A legislature's counted session written with its state (`朝鲜第十二届某某会议第五次会议`)
 * or with the body before its term (`某某会议第12届7次会议`) is one event,
 * the state and the order left out of its name: the state is the body's own,
 * and zhwiki titles every session `第N届<body>第N次会议`.
 */
export function assemblySessionCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(termFirst)) {
    const [surface, term, legislature, sitting] = match
    push(match.index, surface, {type: 'Event', name: sessionTitle(term!, legislature!, sitting!)}, false)
  }
  for (const match of text.matchAll(bodyFirst)) {
    const [surface, legislature, term, sitting] = match
    push(match.index, surface, {type: 'Event', name: sessionTitle(term!, legislature!, sitting!)}, false)
  }
}
