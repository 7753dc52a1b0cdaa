import {languageWords} from '../vocabulary/states.js'
import type {Candidate} from './candidate.js'

const language = new RegExp(`^(?:${languageWords.words.join('|')})`, 'u')
/** `某山1号`, `某星二号`: a number of a series of devices (rockets, satellites), whose name the place's starts. */
const numbered = /^[0-9一二三四五六七八九十]{1,3}号/u

/**
 * `朝鲜语`, `西班牙语`: a state's name before the word for a language names
 * the language, not the state; `某山1号运载火箭`: a place's name before a
 * number of a series names the device. Neither is a mention of the state or
 * the place (the gold guidelines have no type for languages or devices).
 */
export function namesSomethingElse(candidate: Candidate, folded: string[]): boolean {
  const after = folded.slice(candidate.end, candidate.end + 4).join('')
  if (candidate.type === 'Country') return language.test(after)
  return (candidate.type === 'Place' || candidate.type === 'City') && numbered.test(after)
}

/** The candidates that name what they are, not something named after them. */
export function withoutNamesOfOthers(candidates: Candidate[], folded: string[]): Candidate[] {
  return candidates.filter((candidate) => !namesSomethingElse(candidate, folded))
}
