import {byLastCharacter, endsWithAny} from '../../core/byLastCharacter.js'
import {isCommonWord, type Token} from '../jieba.js'
import {countryName, typeOfName} from '../typeOfName.js'
import {isSurname, surnameOf} from '../vocabulary/surnames.js'
import {isTransliterated} from '../vocabulary/nameCharacters.js'
import {appointmentVerbs} from '../vocabulary/verbs.js'
import {pushAll} from '../../core/collect.js'
import {type Candidate, titlePattern, titles} from './candidate.js'

const appointing = new Set(appointmentVerbs.words)
// Whether a word ends with an office is asked of every word: looked up by its last character, not by trying every office.
const titlesEnding = byLastCharacter(titles)

/** What may follow a name's end: nothing, a verb, a preposition, a conjunction, a particle, an adverb, or punctuation. */
const afterName = /^(v|vn|p|c|uj|ul|d)$/
const endsName = (after: Token | undefined) => after === undefined || afterName.test(after.tag) || /^[^\p{Script=Han}A-Za-z0-9]+$/u.test(after.word)

/**
 * People named by their office (`总统文在寅`, `金正恩委员长`, `国务卿迈克·蓬佩奥`)
 * and names jieba reads as personal names with a known surname. A bare
 * two-character name needs an office next to it: alone it is too often a word.
 */
export function personCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  const isNameToken = (token: Token | undefined, nextToTitle = false, titleBefore = false) =>
    token !== undefined &&
    // Next to an office, a place's tag or a time's (`周恩来` is a `t` in jieba's dictionary) on a surname and two characters is a name too,
    // and a place's tag on a word right after an office (`秘书长|加利`), not before one (`建国|领导人`).
    (/^(nr|nrt|nrfg|x)$/.test(token.tag) || (nextToTitle && (token.tag === 'ns' || token.tag === 't') && [...token.word].length === 3 && isSurname(token.word[0]!)) || (titleBefore && token.tag === 'ns')) &&
    // A verb of appointment before an office or a rank (`晋升|大将`) is no name, whatever jieba tags it.
    !appointing.has(token.word) &&
    /^[\p{Script=Han}·]{2,6}$/u.test(token.word) &&
    !countryName(token.word) &&
    !titles.includes(token.word) &&
    !/^[朝韩美中日俄苏南北]+$/.test(token.word) &&
    !/^[一二两三四五六七八九十几数多各每此这那该本对在与和从向为被把将前后他她它我你您咱之其]/.test(token.word)
  // Indexed: `entries()` made a pair per word.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    const titleBefore = Boolean(before && endsWithAny(titlesEnding, before.word))
    const nextToTitle = titleBefore || Boolean(after && titlePattern.test(after.word))
    if (!isNameToken(token, nextToTitle, titleBefore)) continue
    // An unknown word next to an office must at least start like a name, or stand right after the
    // office and before a verb or punctuation (`总理某某斥责`: a foreign name without dots).
    const officeBefore = before !== undefined && endsWithAny(titlesEnding, before.word)
    const endsThere = endsName(after)
    if (token.tag === 'x' && !surnameOf(token.word) && !(officeBefore && endsThere)) continue
    const chars = [...token.word]
    // Three characters from a known surname: the shape of most Chinese and Korean names.
    // …whose given name is not a common word (`段|时间`).
    const knownShape = chars.length === 3 && isSurname(chars[0]!) && /^(nr|nrfg|x)$/.test(token.tag) && !isCommonWord(chars.slice(1).join(''))
    if (nextToTitle || knownShape) {
      // An unknown word that glued a particle or verb to the name (`某某到`): the name is before it.
      const glued = token.tag === 'x' && chars.length >= 3 && notNameCharacter.test(chars.at(-1)!)
      const word = glued ? chars.slice(0, -1).join('') : token.word
      const typing = typeOfName(word)
      if (typing && typing.type !== 'Person') continue
      if (!typing && !nextToTitle) continue
      const third = glued ? undefined : thirdCharacter(tokens, index)
      const name = third ? `${word}${third}` : word
      found.push({start: token.start, end: token.end + (third ? 1 : glued ? -1 : 0), type: 'Person', name, source: 'nlp'})
    }
  }
  pushAll(found, splitForeignNames(tokens), splitSurnameNames(tokens))
  return found
}

/** What the rest of a given name is read as: a name, a noun, a word jieba does not know; not a verb (`部长李|说明`). */
const givenPart = /^(nr|nrt|nrfg|ns|nz|n|ng|x)$/
/** Words a name's first part is not: a conjunction, a preposition, a particle, a pronoun (`委员长和|平壤`). */
const notNameStart = /^(c|p|u|uj|ul|r|d|m|q)$/

/**
 * A name of a surname and two characters that jieba cuts in two after an
 * office (`部长朴在|圭宣布`, `大使玄|鹤峰接受`): one name when the two words
 * hold its three characters exactly, a verb, a particle or punctuation
 * follows, and the given name is no verb (`部长李|说明`) nor a name and a
 * particle (`国务卿某某|在`).
 */
function splitSurnameNames(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 1; index + 1 < tokens.length; index++) {
    const [before, first, second, after] = [tokens[index - 1]!, tokens[index]!, tokens[index + 1]!, tokens[index + 2]]
    const name = `${first.word}${second.word}`
    if (!endsWithAny(titlesEnding, before.word) || [...name].length !== 3 || !/^\p{Script=Han}{3}$/u.test(name) || !isSurname(name[0]!)) continue
    // The first word is the surname alone or a word jieba does not know (`朴在`), not a name of its own (`国务卿某某|在`).
    if (notNameStart.test(first.tag) || (first.word.length > 1 && first.tag !== 'x') || !givenPart.test(second.tag) || notNameCharacter.test(name[2]!)) continue
    if (isCommonWord(name) || (typeOfName(name) && typeOfName(name)!.type !== 'Person')) continue
    if (!endsName(after)) continue
    found.push({start: first.start, end: second.end, type: 'Person', name, source: 'nlp'})
  }
  return found
}

const nameTag = /^(nr|nrt|nrfg|x)$/

/**
 * A foreign name jieba cuts in two after an office (`外长某某|某某谴责`,
 * `发言人某某|某某重申`): two name-like words made of transliteration
 * characters alone (`vocabulary/nameCharacters.ts`), the second of two or
 * three, then a verb or punctuation, are one name as written.
 */
function splitForeignNames(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 1; index + 1 < tokens.length; index++) {
    const [before, first, second, after] = [tokens[index - 1]!, tokens[index]!, tokens[index + 1]!, tokens[index + 2]]
    if (!endsWithAny(titlesEnding, before.word) || !nameTag.test(first.tag) || !nameTag.test(second.tag)) continue
    if (!isTransliterated(first.word) || !isTransliterated(second.word) || [...first.word].length < 2 || ![2, 3].includes([...second.word].length)) continue
    if (!endsName(after)) continue
    found.push({start: first.start, end: second.end, type: 'Person', name: `${first.word}${second.word}`, source: 'nlp'})
  }
  return found
}

/** What cannot be the last character of a name: particles, verbs of speech, numerals of a count. */
const notNameCharacter = /[的了和与在是对将就以到向被把说称也都等及或而并又]/

/**
 * `朴明|皓|在`: jieba cuts a three-character Korean or Chinese name after
 * its second character when it does not know it; a single character left
 * before a particle or a word of its own is the name's last.
 */
function thirdCharacter(tokens: Token[], index: number): string | undefined {
  const token = tokens[index]!
  const next = tokens[index + 1]
  const after = tokens[index + 2]
  if ([...token.word].length !== 2 || !isSurname([...token.word][0]!) || !next || [...next.word].length !== 1) return undefined
  if (!/^\p{Script=Han}$/u.test(next.word) || notNameCharacter.test(next.word) || !/^(nz|m|ng|n|x|nr|a|vg|ag)$/.test(next.tag)) return undefined
  return after === undefined || /^(p|u|uj|ul|c|v|x|d)$/.test(after.tag) ? next.word : undefined
}
