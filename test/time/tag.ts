import type {Section} from '../../src/core/types.js'
import {resolveTimes} from '../../src/time/resolveTimes.js'
import {scanChineseTimes} from '../../src/time/scanChineseTimes.js'

/** The tagger as a plain function on a text (no pipeline): `exact → value [mod]` per expression. */
export function tag(text: string, sections: Section[] = []): string[] {
  return resolveTimes(text, scanChineseTimes(text), sections).map((time) => `${time.exact} → ${time.value}${time.mod ? ` ${time.mod}` : ''}`)
}
