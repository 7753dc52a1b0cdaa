import {tagPlain} from '../jieba.js'
import type {Emitter} from './candidate.js'
import {officeWords} from '../vocabulary/offices.js'
import {isTransliterated, transliterationFinals} from '../vocabulary/nameCharacters.js'
import {staticName} from '../staticNames.js'
import {isTransliteratedPerson} from '../typing/people.js'

/** Offices and bodies that may lead the first part of a name (`发言人`, `外交部发言人`). */
const officeAtStart = new RegExp(`^.*(${officeWords.join('|')})`)

/** A nickname in quotes between the given names and the surname (`某某·“某”·某某`). */
const nicknamed = /(?<![\p{Script=Han}A-Z])([\p{Script=Han}A-Z]+(?:·[\p{Script=Han}A-Z]+)*)·[“"「]([\p{Script=Han}A-Z]{1,8})[”"」]·([\p{Script=Han}A-Z]+(?:·[\p{Script=Han}A-Z]+)*)/gu

/**
 * Transliterated names with `·` (`唐纳德·J·特朗普`): the words next to the
 * dots that read as names. A nickname in quotes inside the name
 * (`迈克尔·理查德·“迈克”·某某`) is the first name people use: the whole is one
 * mention, named by the nickname and the surname (`迈克·某某`).
 */
export function transliterationCandidates(out: Emitter): void {
  // A part may join two names with a hyphen (`某某·某某-某某`). Both patterns start only where a run of letters starts: a match
  // never starts inside one, and trying every position of a long run without `·` backtracked over the rest of it (quadratic).
  for (const match of out.text.matchAll(/(?<![\p{Script=Han}A-Z])[\p{Script=Han}A-Z]+(?:·[\p{Script=Han}A-Z]+(?:-[\p{Script=Han}]+)?)+/gu)) {
    for (const name of transliteratedNames(match[0])) {
      // Places listed with `·` (`某某郡·某某郡`) are no person.
      if (isTransliteratedPerson(name.text) === false) continue
      out.push(match.index + name.offset, name.text, {type: 'Person', name: name.text}, false)
    }
  }
  for (const match of out.text.matchAll(nicknamed)) {
    const [whole, given, nickname, family] = match
    // The name without its nickname, trimmed as any other; the junction of the two halves must be inside it.
    const names = transliteratedNames(`${given}·${family}`)
    const name = names.find((one) => one.offset <= given!.length && one.offset + one.text.length > given!.length + 1)
    if (!name) continue
    const end = name.offset + name.text.length - given!.length - 1 // into `family`
    const surface = whole.slice(name.offset, whole.length - family!.length + end)
    const surname = name.text.split('·').at(-1)!
    out.push(match.index + name.offset, surface, {type: 'Person', name: `${nickname}·${surname}`}, false)
  }
}

/** A transliteration's last syllable and a verb of saying in one unknown word (`夫称`, `斯说`). */
const gluedFinal = new RegExp(`^([${transliterationFinals.characters}])[称说指]$`, 'u')

/** Words that end a name on its left: offices, particles. */
const beforeName = /^(n|v|vn|p|c|u|uj|ul|f|d|t|m|q|r|ns)$/

/**
 * The person's name in a run like `国务卿迈克·蓬佩奥随后访`: jieba's words next
 * to the dots that read as names (`迈克`, `蓬佩奥`), not the office before them
 * nor the verb after them.
 */
export function transliteratedNames(run: string): Array<{offset: number; text: string}> {
  const parts = run.split('·')
  // `詹姆斯·凯利与克里斯托弗·希尔`: a word like `与` between two dots ends one name and starts the next.
  for (let index = 1; index < parts.length - 1; index++) {
    const tokens = tagPlain(parts[index]!)
    const separator = tokens.findIndex((token) => /^(p|c|uj|v|x)$/.test(token.tag))
    if (separator > 0) {
      const cut =
        parts.slice(0, index).join('·').length +
        1 +
        tokens
          .slice(0, separator)
          .map((token) => token.word)
          .join('').length
      const restStart = cut + tokens[separator]!.word.length
      return [...transliteratedNames(run.slice(0, cut)), ...transliteratedNames(run.slice(restStart)).map((name) => ({...name, offset: name.offset + restStart}))]
    }
  }
  if (parts.length < 2) return []
  const first = tagPlain(parts[0]!)
  let left = ''
  for (let index = first.length - 1; index >= 0; index--) {
    const token = first[index]!
    // A given name jieba tags as a place (`亚历山大|·`) is the name's when general knowledge holds no place of that name: the whole first part.
    if (left === '' && token.tag === 'ns' && !staticName(token.word)) {
      left = token.word
      break
    }
    if (beforeName.test(token.tag) && [...token.word].length > 1) break
    if (beforeName.test(token.tag) && left !== '') break
    left = token.word + left
  }
  // `某某-某某表示`: the words before the hyphen are the name's; the end is read after it.
  const lastPart = parts[parts.length - 1]!
  const hyphen = lastPart.indexOf('-')
  const joined = hyphen > 0 ? `${lastPart.slice(0, hyphen)}-` : ''
  const lastTokens = tagPlain(lastPart.slice(joined.length))
  let right = ''
  for (const token of lastTokens) {
    // The last syllable glued to a verb of saying by jieba (`伊万诺|夫称`): it ends the name.
    const glued = right !== '' && token.tag === 'x' ? gluedFinal.exec(token.word) : null
    if (glued) {
      right += glued[1]
      break
    }
    // A last name jieba cut into syllables (`洛休|科夫`): a word it reads as a foreign name, all of transliteration letters, goes on with it.
    const syllables = right !== '' && /^(nrt|nr)$/.test(token.tag) && isTransliterated(token.word) && right === lastTokens[0]!.word && lastTokens[0]!.tag === 'x'
    if (right !== '' && !syllables && (beforeName.test(token.tag) || [...right].length >= 2)) break
    // An unknown word glued to a particle (`贡于`, `尹在`): the name stops before it.
    const particle = /[于在与和的了是对将就以到]/u.exec(token.word)
    if (particle && particle.index > 0 && token.tag === 'x') {
      right += token.word.slice(0, particle.index)
      break
    }
    right += token.word
  }
  // `发言人某某·某某`: an office glued to the name's first part by jieba is not part of it.
  const office = officeAtStart.exec(left)
  if (office && office[0].length < left.length) left = left.slice(office[0].length)
  if (left === '' || right === '') return []
  right = `${joined}${right}`
  return [{offset: parts[0]!.length - left.length, text: [left, ...parts.slice(1, -1), right].join('·')}]
}
