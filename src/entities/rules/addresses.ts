import type {Candidate} from './candidate.js'
import {typeOfName} from '../typeOfName.js'

/** A division's suffix at the end of a name (`某某县`). */
const divisionEnd = /(?:省|市|县|区|镇|乡|村|郡|道|里|洞|邑)$/u
/**
 * One unit of an address: a short name and a division's suffix (`某某县`, `某江镇`, `某某村`;
 * zhwiki 行政区划 of China, Korea and Japan: 省, 市, 县, 区, 郡, 道, 里, 洞, 邑; 中华人民共和国乡级行政区: 镇, 乡; 村).
 */
const unit = /^[\p{Script=Han}]{1,4}?(?:省|市|县|区|镇|乡|村|郡|道|里|洞|邑)/u
/** Words that never stand inside a division's name: particles, verbs, counts. */
const notAName = /[的了在和与是对将从被向为也都把让说称及或一二三四五六七八九十几各每该本]/u
/** An address runs a few units long (`某省某县某镇某村`). */
const longestChain = 4

/**
 * An address names each of its divisions (`某某省某某县振某镇西某村`): after a
 * place or city found with a division's suffix, each unit that follows at once
 * with a division's suffix is a place (or a city) too, up to a few units.
 * `mentions` are sorted by start.
 */
export function addressUnits(mentions: Candidate[], folded: string[]): Candidate[] {
  const found: Candidate[] = []
  const starts = new Set(mentions.map((mention) => mention.start))
  for (const mention of mentions) {
    if ((mention.type !== 'Place' && mention.type !== 'City') || !divisionEnd.test(folded.slice(mention.start, mention.end).join(''))) continue
    let at = mention.end
    for (let count = 0; count < longestChain && !starts.has(at); count++) {
      const match = unit.exec(folded.slice(at, at + 6).join(''))
      if (!match || notAName.test(match[0].slice(0, -1))) break
      // Towns, townships and villages are places only inside an address: `镇` ends given names too (`某光镇`).
      const typing = /[镇乡村]$/u.test(match[0]) ? {type: 'Place' as const, name: match[0]} : typeOfName(match[0])
      if (!typing || (typing.type !== 'Place' && typing.type !== 'City')) break
      const end = at + [...match[0]].length
      found.push({start: at, end, type: typing.type, name: typing.name, source: 'rule'})
      at = end
    }
  }
  return found
}
