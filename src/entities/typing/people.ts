import {isCommonWord, tagPlain} from '../jieba.js'
import {endsLikeGivenName, isGivenName} from '../vocabulary/nameCharacters.js'
import {surnameOf} from '../vocabulary/surnames.js'
import {place} from './bodies.js'

/** Ships and craft: `约翰·C·史坦尼斯号` is not a person. */
const craft = /(号|舰|艇|航空母舰)$/

/** A part of a `·` list that is a county's or a province's (`某某郡`), or starts where a division word ended (`郡·某某`). */
const division = /^[郡县道省市]|[郡县道省市]$/u

/**
 * Transliterated names with `·` (`唐纳德·J·特朗普`), but not ships named
 * after people, nor counties listed with `·` (`某某郡·某某郡`): a part
 * with a division word. (A first part jieba reads as a place is no evidence:
 * `阿兰` is one, and a given name.)
 */
export function isTransliteratedPerson(name: string): boolean | undefined {
  if (!/·/.test(name) || !/^[\p{Script=Han}A-Za-z.·]+$/u.test(name)) return undefined
  const parts = name.split('·')
  if (parts.some((part) => division.test(part))) return false
  return !craft.test(name)
}

/**
 * `崔龙海`: a known surname, then one or two characters, read by jieba as one
 * personal name (nr) — whatever the last character looks like (`海`, `山`).
 */
export function isPersonShape(name: string): boolean {
  const chars = [...name]
  const surname = surnameOf(name)
  if (!surname || chars.length < 3 || chars.length > 4 || !/^\p{Script=Han}+$/u.test(name) || !isGivenName(name.slice(surname.length))) return false
  // A strong place ending (`白鹿潭`) is a place; a given-name ending (`海`, `山`) is not.
  if (place.test(name) && !endsLikeGivenName(name)) return false
  const tokens = tagPlain(name)
  const readAsName = (token: {tag: string} | undefined) => token !== undefined && /^(nr|nrfg|nrt)$/.test(token.tag)
  return (tokens.length === 1 && readAsName(tokens[0])) || (tokens[0]?.word === surname && readAsName(tokens[0]))
}

/** The last chance: a known surname and a given name, not a word nor a phrase that starts with one. */
export function isSurnameAndGivenName(name: string): boolean {
  const surname = surnameOf(name)
  return Boolean(surname) && /^\p{Script=Han}+$/u.test(name) && isGivenName(name.slice(surname!.length)) && !isCommonWord(name) && !startsWithWord(name)
}

/** `韩国电影` starts with a word (`韩国`), not with a surname: it is not a name. */
function startsWithWord(name: string): boolean {
  const tokens = tagPlain(name)
  const [first] = tokens
  if (first !== undefined && [...first.word].length >= 2 && [...first.word].length < [...name].length && !/^(nr|nrt|nrfg|x)$/.test(first.tag)) return true
  // `李克强访日`: a name followed by a verb is an event about the person, not a person.
  return tokens.slice(1).some((token) => /^(v|vn|vd|j)$/.test(token.tag) && [...token.word].length >= 2)
}
