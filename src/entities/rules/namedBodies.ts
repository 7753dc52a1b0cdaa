import {longestFirst} from '../../core/alternation.js'
import {byLastCharacter, firstEnding} from '../../core/byLastCharacter.js'
import type {Token} from '../jieba.js'
import {countryName, typeOfName} from '../typeOfName.js'
import {knownTyping} from '../typing/known.js'
import {bodyHeads, companyHeads, nationalStarts, placeHeads, stateItself} from '../vocabulary/bodies.js'
import {isOffice} from '../vocabulary/offices.js'
import {objectVerbs} from '../vocabulary/verbs.js'
import type {Candidate} from './candidate.js'

const bodyHeadWords = new Set(bodyHeads.map((entry) => entry.head))
const companies = new Set(companyHeads.words)
/** A state, city or place general knowledge holds, whatever tag jieba gives it (`首尔` as an adverb). */
const isKnownName = (word: string) => [...word].length >= 2 && knownTyping(word) !== undefined
const heads = longestFirst([...bodyHeadWords, ...placeHeads.map((entry) => entry.head)])
/** The heads a word can end with, longest first (asked of every word: a scan of all heads was a tenth of the entity step). */
const headsEnding = byLastCharacter(heads)
/** Words inside a body's name: nouns, names, the verbs of a purpose (`军备|控制`), places (`对外`) and set phrases (`祖国统一`). */
const inside = /^(n|nz|ns|nt|nr|nrt|nrfg|j|vn|ng|x|b|an|s|l)$/
/** Words a name can start with: a name of some kind, not a common noun. */
const proper = /^(nz|ns|nt|nr|nrt|nrfg|j|x)$/

/** `美国政府`, `朝鲜当局`: the state itself in these texts, not a body of it. */
const stateItselfAtEnd = new RegExp(`(${stateItself.words.join('|')})$`)
/** `这所`, `该`: an unknown word that starts with a determiner points at a body, it does not name one. */
const determiner = /^[这那该此其各某本每哪]/
/** An unknown word glued to a particle or verb (`某某到`) is not the start of a name. */
const glued = /[的了和与在是对将从被向为到于把让]/
/**
 * A verb of appointment or naming stands before a name, never inside it: jieba
 * reads `被选为` as a noun and glues `年任`, `今名`, `称该` into unknown words.
 */
const appointing = /^[被称]|[任名为]$/
/** A verb of meeting or visiting stands before the name met or visited, never inside it, though jieba may read it as a noun (`参观`). */
const meetingOrVisiting = new Set(objectVerbs.words)
/** A province, state, city or district by its suffix (`某某州`, `某某区`). */
const division = /^\p{Script=Han}{2,}[省州市县区郡道]$/u
/** `第二国际机场`: a count after a city or division is the city's place of some kind, not a name of its own. */
const ordinal = /^(第|[0-9一二三四五六七八九十])/u
/** `年秋`, `月初`: what jieba glues to a date's unit is no part of a name. */
const dateFragment = /^[年月日]/

/**
 * Bodies and places named by a name and a head noun (`普天堡电子乐团`, `伊林学院`,
 * `中国国际关系学会`, `某某国际机场`): the words before the head back to the first that is a
 * name; a state alone before the head (`美国大学`) is not a body's name.
 * And the words jieba itself knows as bodies (nt) that the name rules type
 * as one (`外交学院`).
 */
export function namedBodyCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  // Indexed: `entries()` made a pair per word.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // Four characters at least: a three-character nt is as often a kind of office (`联络处`).
    const knownHead = firstEnding(headsEnding, token.word)
    if (token.tag === 'nt' && [...token.word].length >= 4 && !stateItselfAtEnd.test(token.word) && !(knownHead && countryName(token.word.slice(0, -knownHead.length)))) {
      const typing = typeOfName(token.word)
      if (typing && (typing.type === 'Organization' || typing.type === 'GovernmentOrganization')) found.push({start: token.start, end: token.end, type: typing.type, name: typing.name, source: 'nlp'})
    }
    // The head ends this word and starts at a word's start (`领导小组|办公室`, `协调|小组`, `管弦乐团`).
    const headAt = headStart(tokens, index)
    if (!headAt) continue
    const {head, at} = headAt
    let first = at
    // Back over words of the name; punctuation (`《`, `，`), which jieba also tags x, ends it.
    // An office (`大使`) or a word glued to a particle (`某某到`) ends it too.
    const partOfName = (word: Token) =>
      (inside.test(word.tag) || isKnownName(word.word)) &&
      /^[\p{Script=Han}A-Za-z0-9·]+$/u.test(word.word) &&
      !isOffice(word.word) &&
      !(word.tag === 'x' && glued.test(word.word.slice(-1))) &&
      !appointing.test(word.word) &&
      !meetingOrVisiting.has(word.word) &&
      !(word.tag === 'x' && dateFragment.test(word.word))
    const starts = (word: Token) => (proper.test(word.tag) && !(word.tag === 'x' && determiner.test(word.word))) || nationalStarts.words.includes(word.word) || isKnownName(word.word)
    // A division before a name of its own holds the body or place (`某某州|某某法庭`, `某某区|某某路`), and so does a city
    // a place's own name follows (`某城|某某大酒店`, not `某城|中央医院`; a body after a city is often named with it: `某城中央地方检察厅`).
    const place = !bodyHeadWords.has(head)
    const holds = (word: Token, next: Token) => next !== token && !ordinal.test(next.word) && ((division.test(word.word) && starts(next)) || (place && knownTyping(word.word)?.type === 'City' && proper.test(next.tag)))
    while (first > 0 && partOfName(tokens[first - 1]!) && !holds(tokens[first - 1]!, tokens[first]!) && token.end - tokens[first - 1]!.start <= 18) first--
    while (first < at && !starts(tokens[first]!)) first++
    if (!starts(tokens[first]!) || (tokens[first]!.tag === 'x' && glued.test(tokens[first]!.word.slice(-1)))) continue
    const surface = tokens
      .slice(first, index + 1)
      .map((word) => word.word)
      .join('')
    const stem = surface.slice(0, -head.length)
    // A body known by a short name starts it (`劳动党…`): the name starts with its full name.
    const owner = knownTyping(tokens[first]!.word)
    const name = owner && (owner.type === 'Organization' || owner.type === 'GovernmentOrganization') ? `${owner.name}${surface.slice(tokens[first]!.word.length)}` : surface
    if ([...stem].length < 2 || countryName(stem) || /[0-9A-Za-z]/.test(stem)) continue
    if (!bodyHeadWords.has(head)) {
      found.push({start: tokens[first]!.start, end: token.end, type: 'Place', name, source: 'rule'})
      continue
    }
    // A company is named by a name of its own after its state: `某国酒店集团` is a description.
    if (companies.has(head) && !tokens.slice(first, index + 1).some((word) => /^(nr|nrt|nrfg|nz|ns|x|j|eng)$/.test(word.tag) && !countryName(word.word) && !companies.has(word.word))) continue
    const typing = typeOfName(name)
    const national = nationalStarts.words.includes(tokens[first]!.word) || /小组$/.test(head)
    const type = typing?.type === 'GovernmentOrganization' || national ? 'GovernmentOrganization' : 'Organization'
    found.push({start: tokens[first]!.start, end: token.end, type, name, source: 'rule'})
  }
  return found
}

/** The head noun that ends at this word, and the word it starts in (`领导小组|办公室`, `轻音乐|团`: in `轻音乐`). */
function headStart(tokens: Token[], index: number): {head: string; at: number} | undefined {
  // Every tail ends with this word: when no head ends like it, no tail is built (most words).
  const word = tokens[index]!.word
  if (word !== '' && headsEnding(word).length === 0) return undefined
  let tail = ''
  for (let at = index; at >= Math.max(0, index - 2); at--) {
    tail = tokens[at]!.word + tail
    const head = headsEnding(tail).find((word) => tail.endsWith(word) && tail.length - word.length < tokens[at]!.word.length)
    // A one-character head is a word of its own (`温州|路`) or ends a place word (`西路`), not `道路`.
    if (head && ([...head].length > 1 || tokens[index]!.word === head || tokens[index]!.tag === 'ns')) return {head, at}
  }
  return undefined
}
