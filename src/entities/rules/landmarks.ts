import {alternation} from '../../core/alternation.js'
import {countryName} from '../typing/known.js'
import {landmarkKinds} from '../vocabulary/landmarks.js'
import type {Emitter} from './candidate.js'
import {isPlaceName} from './placeNames.js'

const landmark = new RegExp(alternation(landmarkKinds.kinds), 'gu')
const qualifier = new RegExp(`(?:${alternation(landmarkKinds.qualifiers)})$`, 'u')
/** A determiner that starts a description (`这座`, `该处`), never a name: jieba reads some as unknown words. */
const determiner = /^[这那该此其各某每本一]/u
/** A count that names a site after a date (`四二五`, `八一`). */
const dateName = /^[一二三四五六七八九十〇零]{2,4}$/u

/**
 * A named building or site (`某地烈士陵园`, `某地人民游乐场`, `国立某地显忠院`,
 * `某某空军基地`; `vocabulary/landmarks.ts`) is a place: its name before the
 * kind is a place's (the gazetteer's, or one word jieba reads as a name),
 * a person's or a date's, starting a word and not a state's (`某国军营` is
 * any camp there). Named as written.
 */
export function landmarkCandidates(out: Emitter): void {
  const {text, at, starts, push} = out
  for (const match of text.matchAll(landmark)) {
    for (const length of [4, 3, 2]) {
      const stem = text.slice(Math.max(0, match.index - length), match.index)
      if (!/^\p{Script=Han}{2,4}$/u.test(stem) || determiner.test(stem) || !starts.has(at(match.index - length)) || countryName(stem)) continue
      const word = out.words.at(at(match.index - length))
      const named = word !== undefined && word.end === at(match.index) && /^(ns|nr|nrt|nrfg|nz)$/.test(word.tag)
      if (!isPlaceName(stem) && !named && !dateName.test(stem)) continue
      const before = qualifier.exec(text.slice(Math.max(0, match.index - length - 2), match.index - length))?.[0] ?? ''
      const surface = `${before}${stem}${match[0]}`
      push(match.index - length - before.length, surface, {type: 'Place', name: surface}, false)
      break
    }
  }
}
