import {alternation} from '../../core/alternation.js'
import {broadcasterSuffixes} from '../vocabulary/media.js'
import type {Emitter} from './candidate.js'

/** `某某卫视`: two letters of a name before the suffix (`vocabulary/media.ts`). */
const broadcaster = new RegExp(`\\p{Script=Han}{2}(?:${alternation(broadcasterSuffixes.words)})`, 'gu')
/** A place, a determiner or a count is no broadcaster's name (`该卫视`, `各家卫视`). */
const notAName = /^(?:该|这|那|各|多家|两家|某|本|境外|海外|地方|省级)/u

/**
 * A broadcaster by its suffix (`某某卫视`): an organization named as the
 * text writes it, whose name starts a word of its own (`某城|某某卫视` is the
 * city and the broadcaster).
 */
export function broadcasterCandidates(out: Emitter): void {
  const {text, at, starts, found} = out
  for (const match of text.matchAll(broadcaster)) {
    const start = at(match.index)
    if (notAName.test(match[0]) || !starts.has(start)) continue
    found.push({start, end: at(match.index + match[0].length), type: 'Organization', name: match[0], source: 'rule'})
  }
}
