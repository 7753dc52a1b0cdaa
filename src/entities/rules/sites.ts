import {countries, notNames} from '../gazetteer.js'
import {countryName} from '../typing/known.js'
import {isPlaceName} from './placeNames.js'
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
  const {text, at, starts, found, push} = out
  // The place before the site: three characters or two, starting a word (`拆除|宁边核设施`, not `除宁边`).
  for (const match of text.matchAll(/核设施|核试验场|导弹发射场/gu)) {
    for (const length of [3, 2]) {
      const stem = text.slice(Math.max(0, match.index - length), match.index)
      if (!/^[\p{Script=Han}]{2,3}$/u.test(stem) || !starts.has(at(match.index - length))) continue
      // A place below a state (`某地核设施`); a state's (`某国核设施`) or a kind's (`弹道导弹发射场`) is a description.
      if (!isPlaceName(stem) || countryName(stem)) continue
      push(match.index - length, `${stem}${match[0]}`, {type: 'Place', name: `${stem}${match[0]}`})
      break
    }
  }
  for (const match of text.matchAll(/[0-9]{3,4}制裁委员会/gu)) push(match.index, match[0], {type: 'Organization', name: match[0]}, false)
  for (const match of text.matchAll(regions)) push(match.index, match[0], {type: 'Place', name: match[0]}, false)
  for (const blocker of notNames) {
    for (const match of text.matchAll(new RegExp(blocker, 'gu'))) {
      // A people's `人民`, `人权` (`朝鲜人民军`, `朝鲜人权问题`) is the state's: its name stands.
      if (blocker.endsWith('人') && /[民权]/u.test(text[match.index + blocker.length] ?? '')) continue
      const start = at(match.index)
      found.push({start, end: start + [...blocker].length, type: 'CreativeWork', name: '', source: 'rule'})
    }
  }
}
