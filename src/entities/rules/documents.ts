import {tagPlain} from '../jieba.js'
import type {Emitter} from './candidate.js'
import {namePatterns} from './namePatterns.js'

/** A month and a day that name a document, with a middle dot or a full stop (`9·19`, `2.13`). */
const monthDay = /^[0-9]{1,2}[·.．][0-9]{1,2}$/u

/**
 * Documents named after a place or a date (`平壤联合声明`, `9·19共同声明`)
 * and numbered resolutions (`联合国安理会第2375号决议`).
 */
export function documentCandidates(out: Emitter): void {
  const {text, push} = out
  const {places} = namePatterns()
  for (const match of text.matchAll(/(共同声明|联合声明|共同宣言|宣言|共同文件|协定|条约)/gu)) {
    const end = match.index + match[0].length
    for (let length = 8; length >= 2; length--) {
      const stemStart = match.index - length
      if (stemStart < 0) continue
      const stem = text.slice(stemStart, match.index)
      const dated = monthDay.test(stem)
      if (!dated && !places.some((place) => stem.startsWith(place))) continue
      if (/[的了和与在是对将从被向为也都把让说称及、，。《》\s]/.test(stem) || !isNounPhrase(stem)) continue
      // `9.19共同声明` is `9·19共同声明`: the date written with a full stop.
      push(stemStart, text.slice(stemStart, end), {type: 'Legislation', name: dated ? text.slice(stemStart, end).replace(/[.．]/u, '·') : text.slice(stemStart, end)})
      break
    }
  }
  for (const match of text.matchAll(/(?:联合国)?(?:安理会)?(?:第\s?)?[0-9]{3,4}\s?号(?:制裁)?决议/gu)) {
    push(match.index, match[0], {type: 'Legislation', name: resolutionName(match[0])}, false)
  }
  resolutionLists(out)
}

/** `安理会2087号决议` → `联合国安理会第2087号决议`: one name whatever the text leaves out of it. */
export function resolutionName(text: string): string {
  return text
    .replace(/\s/g, '')
    .replace(/^安理会/, '联合国安理会')
    .replace(/(?<![第0-9])([0-9]{3,4}号)/, '第$1')
}

const item = '(?:第\\s?)?[0-9]{3,4}\\s?号(?:[（(][0-9]{4}年[)）])?'
/** `三个`, `这几项`, `等`: a count of the listed resolutions between the list and `决议`. */
const counted = '(?:等|这几|这些|[一二两三四五六七八九十几])?(?:个|项|份)?'
const list = new RegExp(`((?:联合国)?安理会)?(${item}(?:(?:、|和|及|与)${item})+)${counted}(?:制裁)?决议`, 'gu')

/**
 * `安理会1718号、1874号和2087号决议`, `第1号、第2号三个决议`: each number of
 * a list names its own resolution (the year in brackets is not part of it),
 * of the Security Council when the list says so.
 */
function resolutionLists(out: Emitter): void {
  for (const match of out.text.matchAll(list)) {
    const council = match[1] ? '联合国安理会' : ''
    const listStart = match.index + (match[1]?.length ?? 0)
    for (const number of match[2]!.matchAll(/(?:第\s?)?([0-9]{3,4})\s?号/gu)) {
      // The last number right before `决议` is named with it (`2087号决议`).
      const last = listStart + number.index + number[0].length === match.index + match[0].length - 2
      out.push(listStart + number.index, last ? `${number[0]}决议` : number[0], {type: 'Legislation', name: `${council}第${number[1]}号决议`}, false)
    }
  }
}

/** A document's name is made of names and nouns, with at most a verb just before its kind (`朝鲜停战协定`). */
export function isNounPhrase(stem: string): boolean {
  if (monthDay.test(stem)) return true
  const tokens = tagPlain(stem)
  return tokens.every((token, index) => !/^(p|c|d|u|uj|ul|r|l|a|ad|f)$/.test(token.tag) && (!/^v/.test(token.tag) || index === tokens.length - 1))
}
