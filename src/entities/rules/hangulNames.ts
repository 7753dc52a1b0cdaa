import {codePointIndex} from '../../core/codePoints.js'
import {scriptLabels} from '../vocabulary/scriptLabels.js'
import type {Candidate} from './candidate.js'

/**
 * A bracket right after a name, holding that name in Korean script, with or
 * without a label (`某某（朝鲜语：…）`, `《某报》（…）`); a form may follow
 * others in the bracket (`（汉字：…；朝鲜语：…）`). The Hangul run may hold
 * spaces and digits (`2018년 남북정상회담`).
 */
const hangulInBracket = new RegExp(`(?<=[（(](?:[^（()）]{0,24}?[；;，,、]\\s*)?(?:(?:${scriptLabels.korean.join('|')})[：:]\\s*)?)(?:\\d+\\s?)?\\p{Script=Hangul}(?:[\\p{Script=Hangul}\\d ]*\\p{Script=Hangul})?(?=\\s*[）)；;，,、])`, 'gu')
/** The longest Korean form taken for a name (`조선민주주의인민공화국` has 11 syllables). */
const maxLength = 16
/** What may stand between the name and its bracket: a closing quote or title mark. */
const closing = /[”"」』》]?\s*$/u

/**
 * The Korean-script form a text gives in brackets after a name (`某某（朝鲜语：…）`)
 * names what that name names: the same type and canonical name, whatever
 * the kind (a person, a body, an event). Without a name found right before
 * the bracket, the Hangul stays out: its reading is not evidence of a name.
 */
export function hangulNameCandidates(folded: string[], settled: Candidate[]): Candidate[] {
  const text = folded.join('')
  const at = codePointIndex(text)
  const endingAt = new Map<number, Candidate>()
  for (const candidate of settled) if (!endingAt.has(candidate.end)) endingAt.set(candidate.end, candidate)
  const found: Candidate[] = []
  for (const match of text.matchAll(hangulInBracket)) {
    const open = Math.max(text.lastIndexOf('（', match.index), text.lastIndexOf('(', match.index))
    const gap = closing.exec(text.slice(Math.max(0, open - 3), open))![0]
    const owner = endingAt.get(at(open - gap.length))
    // A name's form is short; a sentence in Korean is no name.
    if (!owner || [...match[0]].length > maxLength || match[0].split(' ').length > 3) continue
    const start = at(match.index)
    found.push({start, end: start + [...match[0]].length, type: owner.type, name: owner.name, source: 'document'})
  }
  return found
}
