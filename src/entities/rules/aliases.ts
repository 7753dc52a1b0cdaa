import {codePointIndex} from '../../core/codePoints.js'
import {firstAtLeast, lastEndingBy} from '../../core/sortedSearch.js'
import {aliasWords, renderingWords} from '../vocabulary/aliasWords.js'
import {surnameOf} from '../vocabulary/surnames.js'
import type {Candidate} from './candidate.js'

const otherName = aliasWords.otherName.join('|')
const nickname = aliasWords.nickname.join('|')
const introduced = aliasWords.introduced.join('|')
const praise = aliasWords.praise.join('|')
/**
 * `某某，又作甲、乙`, `某某（又名“甲”）`, `某某，又译为甲或乙`, `某某，某地译作甲`: words that give another
 * name of the person before them (after where that rendering is used), then the names.
 */
const listed = new RegExp(`(?:${renderingWords.regions.join('|')})?(${otherName})为?[：:]?((?:(?:[“"「][\\p{Script=Han}·]{2,8}[”"」]|[\\p{Script=Han}·]{2,8}?(?=[、，或和。；）)\\s]|$))(?:、|，|或|和)?){1,4})`, 'gu')
/** `被誉为“甲”`, `称某某为“甲”`: a nickname, always in quotes. */
const quotedNickname = new RegExp(`(?:${nickname})[“"「]([\\p{Script=Han}·]{2,8})[”"」]`, 'gu')
/** `某某……被誉为“甲”`: praise, in quotes, in a sentence that starts with the person. */
const praised = new RegExp(`(?:${praise})[“"「]([\\p{Script=Han}·]{2,8})[”"」]`, 'gu')
/** `姓名为“甲”的护照`: the name a document or a record carries, in quotes. */
const introducedName = new RegExp(`(?:${introduced})[“"「]([\\p{Script=Han}·]{2,6})[”"」]`, 'gu')
/** One name of a list, after the separator before it (`、`, `或`). */
const item = /(?<=^|[、，或和])(?:[“"「]([\p{Script=Han}·]{2,8})[”"」]|([\p{Script=Han}·]{2,8}?)(?=[、，或和。；）)\s]|$))/gu
/** How far a page's lead runs: its first sentence names what the page is about. */
const lead = 80

/**
 * Other names a text gives a person (`vocabulary/aliasWords.ts`): `某某，又作甲、乙`
 * and `某某（原名甲）` name the person right before them; a nickname
 * (`绰号“甲”`) the last person named before it in the sentence, else, in the
 * page's lead, the person the page is about; `称某某为“甲”` that very person;
 * praise (`被誉为“甲”`) the person a sentence starts with. An unquoted other name has the person's
 * surname (`白某，又作白甲`): a word after `又名` that is not a name stays out.
 * A name a record carries (`姓名为“甲”的护照`) is a person of that name.
 */
export function aliasCandidates(folded: string[], people: Candidate[], pagePerson: string | undefined): Candidate[] {
  const text = folded.join('')
  const at = codePointIndex(text)
  const found: Candidate[] = []
  // Per match, lookups rather than scans of the text or of all candidates (`people` is settled: in text order, disjoint).
  const sentenceStart = sentenceStarts(text)
  const persons = people.filter((candidate) => candidate.type === 'Person')
  const lastPersonBy = lastEndingBy(persons)
  const personEndingAt = new Map<number, Candidate>()
  for (const person of persons) if (!personEndingAt.has(person.end)) personEndingAt.set(person.end, person)
  // The person named last before it in the sentence; in the page's lead, the person the page is about.
  const subjectBefore = (offset: number) => {
    const person = lastPersonBy(at(offset))
    return (person && person.start >= at(sentenceStart(offset)) ? person.name : undefined) ?? (offset < lead ? pagePerson : undefined)
  }
  const push = (index: number, surface: string, name: string) => found.push({start: at(index), end: at(index + surface.length), type: 'Person', name, source: 'document'})
  for (const match of text.matchAll(listed)) {
    // The other names of the person named right before (`某某，又作…`, `某某（原名…）`): another thing's (a document's, a place's) are not a person's.
    const gap = /[，,（(\s]*$/u.exec(text.slice(Math.max(0, match.index - 3), match.index))![0]
    const subject = personEndingAt.get(at(match.index - gap.length))?.name
    if (!subject) continue
    const listStart = match.index + match[0].length - match[2]!.length
    for (const one of match[2]!.matchAll(item)) {
      const name = (one[1] ?? one[2])!
      const quoted = one[0] !== name
      // Unquoted, an other name shares the person's surname (its first character) or is a transliteration;
      // a rendering (`又译`) of a Korean name may differ in every syllable but the surname.
      const rendering = renderingWords.translated.test(match[1]!) && sameSurnameAndLength(name, subject)
      if (!quoted && !name.includes('·') && !rendering && !oneSyllableApart(name, subject)) break
      push(listStart + one.index + one[0].indexOf(name), name, subject)
    }
  }
  for (const match of text.matchAll(quotedNickname)) {
    // `称某某为“甲”`: the person is the one named right before `为`, nobody else.
    const named = match[0].startsWith('为') ? personEndingAt.get(at(match.index)) : undefined
    const subject = match[0].startsWith('为') ? named?.name : subjectBefore(match.index)
    if (subject) push(match.index + match[0].indexOf(match[1]!), match[1]!, subject)
  }
  for (const match of text.matchAll(praised)) {
    const start = at(sentenceStart(match.index))
    const first = people[firstAtLeast(people.length, (index) => people[index]!.start, start)]
    if (first && first.start > start + 1) continue
    if (first?.type === 'Person' && first.end <= at(match.index)) push(match.index + match[0].indexOf(match[1]!), match[1]!, first.name)
  }
  // A name a record carries is a person's when it is shaped like one (a family name first, or a transliteration): `名为“甲”的军演` is an exercise.
  for (const match of text.matchAll(introducedName)) if (personShaped(match[1]!)) push(match.index + match[0].indexOf(match[1]!), match[1]!, match[1]!)
  return found
}

/** The UTF-16 offset where the sentence holding an offset starts: after the last `。` or line break at or before it. */
function sentenceStarts(text: string): (offset: number) => number {
  const breaks: number[] = []
  for (let index = text.indexOf('。'); index !== -1; index = text.indexOf('。', index + 1)) breaks.push(index)
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) breaks.push(index)
  breaks.sort((a, b) => a - b)
  return (offset) => {
    const count = firstAtLeast(breaks.length, (index) => breaks[index]!, offset + 1)
    return count === 0 ? 0 : breaks[count - 1]! + 1
  }
}

/** A family name and one or two characters, or a transliterated name with `·`. */
export function personShaped(name: string): boolean {
  const length = [...name].length
  if (name.includes('·')) return true
  const surname = surnameOf(name)
  return surname !== undefined && length - [...surname].length >= 1 && length - [...surname].length <= 2
}

/** `白某甲` and `白某乙`: the same name written with another character for one syllable (a transliteration's variant). */
function oneSyllableApart(alias: string, name: string): boolean {
  const a = [...alias]
  const b = [...name]
  return a.length === b.length && a[0] === b[0] && a.filter((character, index) => character !== b[index]).length === 1
}

/** `金甲乙` and `金丙丁`: one surname, as many syllables (another rendering of a Korean name). */
function sameSurnameAndLength(alias: string, name: string): boolean {
  const surname = surnameOf(name)
  return surname !== undefined && alias.startsWith(surname) && [...alias].length === [...name].length
}
