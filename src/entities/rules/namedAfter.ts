import {namedAfter} from '../vocabulary/namedAfter.js'
import {countryName} from '../typing/known.js'
import type {Candidate} from './candidate.js'

const language = new RegExp(`^(?:${namedAfter.language.join('|')})`, 'u')
const ofPerson = new RegExp(`^(?:${namedAfter.person.join('|')})`, 'u')
/** `某山1号`, `某星二号`: a number of a series of devices (rockets, satellites), whose name the place's starts. */
const numbered = /^[0-9一二三四五六七八九十]{1,3}号/u

/**
 * `朝鲜语`, `西班牙语`: a state's name before the word for a language names
 * the language, not the state; `某山1号运载火箭`: a place's name before a
 * number of a series names the device; `西海岸`: a sea's name before `岸`
 * names its coast, a common word; `某某家族`, `某某勋章`: a person's name
 * before a family or a medal (`vocabulary/namedAfter.ts`). None is a mention
 * of the state, the place, the sea or the person.
 */
export function namesSomethingElse(candidate: Candidate, folded: string[]): boolean {
  const after = folded.slice(candidate.end, candidate.end + 4).join('')
  if (candidate.type === 'Country') return language.test(after)
  if (candidate.type === 'Person') return ofPerson.test(after)
  if (candidate.type === 'Place' && candidate.name.endsWith('海') && after.startsWith('岸')) return true
  return (candidate.type === 'Place' || candidate.type === 'City') && numbered.test(after)
}

/**
 * The candidates that name what they are, not something named after them; a
 * state's sea before `岸` (`某国东海岸`) leaves the state's mention.
 */
export function withoutNamesOfOthers(candidates: Candidate[], folded: string[]): Candidate[] {
  return candidates.flatMap((candidate) => {
    if (!namesSomethingElse(candidate, folded)) return [candidate]
    const characters = [...candidate.name]
    for (let length = characters.length - 2; length >= 2; length--) {
      const state = countryName(characters.slice(0, length).join(''))
      if (candidate.type === 'Place' && state) return [{start: candidate.start, end: candidate.start + length, type: 'Country' as const, name: state, source: candidate.source}]
    }
    return []
  })
}
