import {detectScript} from './foldScript.js'

const han = /\p{Script=Han}/u
const latinLetter = /\p{Script=Latin}/u

/**
 * BCP 47 tag of a body of text: Chinese (with its script) when Han characters
 * are at least a fifth of the letters, English when Latin letters dominate.
 * The corpus holds only Chinese and English; other scripts give `und`.
 */
export function detectLanguage(text: string): string {
  let hanCount = 0
  let latinCount = 0
  for (const character of text) {
    if (han.test(character)) hanCount++
    else if (latinLetter.test(character)) latinCount++
  }
  if (hanCount === 0 && latinCount === 0) return 'und'
  if (hanCount * 5 >= latinCount) return detectScript(text)
  return 'en'
}
