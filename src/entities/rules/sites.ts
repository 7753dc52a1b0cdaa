import {countries, notNames} from '../gazetteer.js'
import {tagPlain} from '../jieba.js'
import {namedRegionParts} from '../vocabulary/places.js'
import type {Emitter} from './candidate.js'

const regions = new RegExp(
  `(${Object.entries(countries)
    .flatMap(([name, aliases]) => [name, ...aliases])
    .join('|')})(${namedRegionParts.words.join('|')})(?!亚)`,
  'gu'
)

/**
 * Sites and regions named by their place (`宁边核设施`, `俄罗斯远东`),
 * numbered committees (`1718制裁委员会`), and the compounds that hold a name
 * without being one (`朝鲜族`, `南北朝鲜`), which take their place first.
 */
export function siteCandidates(out: Emitter): void {
  const {text, at, found, push} = out
  for (const match of text.matchAll(/([\p{Script=Han}]{2,3})(?:核设施|核试验场|导弹发射场)/gu)) {
    const stemTokens = tagPlain(match[1]!)
    if (/[的了某些这那该其各]/.test(match[1]!) || stemTokens.some((token) => /^(a|ad|an|b|r|m|q|z|v)$/.test(token.tag))) continue
    push(match.index, match[0], {type: 'Place', name: match[0]})
  }
  for (const match of text.matchAll(/[0-9]{3,4}制裁委员会/gu)) push(match.index, match[0], {type: 'Organization', name: match[0]}, false)
  for (const match of text.matchAll(regions)) push(match.index, match[0], {type: 'Place', name: match[0]}, false)
  for (const blocker of notNames) {
    for (const match of text.matchAll(new RegExp(blocker, 'gu'))) {
      const start = at(match.index)
      found.push({start, end: start + [...blocker].length, type: 'CreativeWork', name: '', source: 'rule'})
    }
  }
}
