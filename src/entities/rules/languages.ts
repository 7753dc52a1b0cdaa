import {languageWords} from '../vocabulary/states.js'
import type {Candidate} from './candidate.js'

const language = new RegExp(`^(?:${languageWords.words.join('|')})`, 'u')

/**
 * `朝鲜语`, `西班牙语`: a state's name before the word for a language names
 * the language, not the state; such a mention is left out (the gold
 * guidelines have no type for languages).
 */
export function namesLanguage(candidate: Candidate, folded: string[]): boolean {
  return candidate.type === 'Country' && language.test(folded.slice(candidate.end, candidate.end + 2).join(''))
}

/** The candidates that are not languages. */
export function withoutLanguages(candidates: Candidate[], folded: string[]): Candidate[] {
  return candidates.filter((candidate) => !namesLanguage(candidate, folded))
}
