import {placeBefore} from './placeNames.js'
import type {Emitter} from './candidate.js'

/**
 * What a school is called after the place it stands in: a count (`第一中学`),
 * its kind (`人民学校`, `商业学校`), the level (`小学`, `中学`, `高中`, `女高`, `幼儿园`),
 * and the levels Korean schools are named by, in Chinese pages as in Korean
 * (`初等学校`, `中学校`, `高等学校`; before 1938 `普通学校`, `高等普通学校`).
 */
const school = /(?:第[一二三四五六七八九十0-9]{1,3})?(?:人民|商业|工业|女子|师范|模范)?(?:幼儿园|小学|高等普通学校|普通学校|初等学校|高等学校|中学校|中学|高中|女高|学校|高级中学|初级中学)/gu

/**
 * A school named after its town (`某山幼儿园`, `某城第一中学`, `某州女高`)
 * is an organization, the town inside its name no place of its own: the
 * town is one the gazetteer knows or one jieba reads as a place name (2–4
 * characters, starting a word), not a state (`某国小学` is any school there).
 * Named as written.
 */
export function schoolCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(school)) {
    const town = placeBefore(out, match.index)
    if (town) push(match.index - town.length, `${town}${match[0]}`, {type: 'Organization', name: `${town}${match[0]}`}, false)
  }
}
