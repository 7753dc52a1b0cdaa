import {codePointIndex} from '../../core/codePoints.js'
import {officeWords} from '../vocabulary/offices.js'
import {romanizedKoreanSurnames, romanizedKoreanSyllable} from '../vocabulary/romanizedSurnames.js'
import type {Candidate} from './candidate.js'

/** A name in Latin letters inside Chinese text: capitalised words, with the particles of names (`bin`, `van`) and a nickname in quotes (`John "Jack" Doe`). */
const latinName = /[A-Z][a-z]*(?:-[A-Z]?[a-z]+)?(?:\s(?:(?:bin|binti|van|von|de|der|da|al)\s)?(?:["“][A-Z][a-z]+["”]\s)?[A-Z][a-z]*(?:-[A-Z]?[a-z]+)?)+/gu
/** Words that make a Latin run the name of a thing, not of a person. */
const notPersonWord =
  /\b(Agency|News|University|College|School|Institute|Party|Committee|Council|Republic|Korea|Korean|Times|Post|Press|Center|Centre|Organization|Association|Union|Bank|Company|Corporation|Television|Broadcasting|Island|Peninsula|Sea|River|Summit|Declaration|Agreement|Treaty|Resolution|Talks|War|Nations|States|Kingdom|Ministry|Department|Office|Force|Army|Navy|Group|Foundation|Society|Hospital|Daily|Journal|Herald|Tribune|Review|Report|Dismantlement|Irreversible|Complete|The|Of|And)\b/
const office = new RegExp(`(${officeWords.join('|')})\\s*$`)
/** Words that introduce a person's name: `姓名为`, `名为`, `化名`, `昵称为…的`, a list of names after `是`. */
const naming = /(姓名为|名为|化名|昵称为[\p{Script=Han}]{0,6}的|是)[“"「]?\s*$/u
const between = /^\s*[、及和与]\s*$/u
/** `Kim Chol-su`, `Ri Su Il`: a Korean family name and one or two syllables of a given name. */
const koreanShape = new RegExp(`^(${romanizedKoreanSurnames.words.join('|')}) ([A-Z][a-z]{0,5}(?:-[a-z]{1,6}| [A-Z][a-z]{0,5})?)$`)
const koreanSyllable = new RegExp(`^${romanizedKoreanSyllable.pattern}$`)
/** A family name, then one or two syllables that are Korean ones (`Kim Chol-su`; not `Ha Noi`, `Park Hotel`). */
const isKoreanName = (surface: string) => {
  const given = koreanShape.exec(surface)?.[2]
  return given !== undefined && given.split(/[- ]/).every((part) => koreanSyllable.test(part.toLowerCase()))
}

/**
 * People named in Latin letters in Chinese text: after an office
 * (`发言人Jane Doe`), after the words that introduce a name, in a list of
 * such names, or by the shape of a romanized Korean name (`Kim Chol-su`); and the original-language form a text gives in brackets after
 * a person's Chinese name (`某某（John Doe）`, `（音译，Ri Chol）`), which names
 * that very person. A Latin name with a Chinese one in brackets after it
 * (`“Kim Chol”（金哲）`) names one person, by the Chinese name.
 */
export function latinNameCandidates(folded: string[], people: Candidate[]): Candidate[] {
  const text = folded.join('')
  // One code-point index per text: counting the code points before each match was quadratic.
  const at = codePointIndex(text)
  const runs = [...text.matchAll(latinName)].map((match) => ({start: at(match.index), end: at(match.index + match[0].length), surface: match[0]})).filter((run) => !notPersonWord.test(run.surface))
  // The first person ending at each offset (what a search of all of them per name found).
  const endingAt = new Map<number, Candidate>()
  for (const person of people) if (!endingAt.has(person.end)) endingAt.set(person.end, person)
  const found: Candidate[] = []
  for (const [index, run] of runs.entries()) {
    const before = folded.slice(Math.max(0, run.start - 12), run.start).join('')
    const bracketed = /[（(](?:音译[，,]\s*)?$/.exec(before)
    const owner = bracketed ? endingAt.get(run.start - bracketed[0].length) : undefined
    if (owner) {
      found.push({start: run.start, end: run.end, type: 'Person', name: owner.name, source: 'document'})
      continue
    }
    const listed = [runs[index - 1], runs[index + 1]].some((other) => other && between.test(folded.slice(Math.min(other.end, run.end), Math.max(other.start, run.start)).join('')))
    if (!office.test(before) && !naming.test(before) && !listed && !isKoreanName(run.surface)) continue
    // `“Kim Chol”（金哲）`: the Chinese name in brackets right after it is the same person.
    const after = /^[”"」]?[（(]([\p{Script=Han}]{2,4})[)）]/u.exec(folded.slice(run.end, run.end + 8).join(''))
    const name = after ? after[1]! : run.surface
    found.push({start: run.start, end: run.end, type: 'Person', name, source: 'rule'})
    if (after) {
      const start = run.end + after[0].indexOf(after[1]!)
      found.push({start, end: start + [...after[1]!].length, type: 'Person', name, source: 'rule'})
    }
  }
  return found
}

/**
 * Two Chinese forms with one original-language name in brackets
 * (`某蒂·艾莎（Siti A）… 某蒂·艾萨（Siti A）`) are one person: every mention
 * takes the name of the form the text gives first.
 */
export function sameOriginalName(mentions: Array<{start: number; end: number; exact: string; type: string; name: string}>): void {
  const firstName = new Map<string, string>()
  const renamed = new Map<string, string>()
  for (const mention of mentions) {
    if (mention.type !== 'Person' || !/^[A-Za-z][A-Za-z\s-]+$/.test(mention.exact) || mention.name === mention.exact) continue
    const first = firstName.get(mention.exact)
    if (first === undefined) firstName.set(mention.exact, mention.name)
    else if (first !== mention.name) renamed.set(mention.name, first)
  }
  for (const mention of mentions) if (mention.type === 'Person' && renamed.has(mention.name)) mention.name = renamed.get(mention.name)!
}
