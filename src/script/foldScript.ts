import {characterConverter} from './characterConverter.js'

/**
 * Traditional → simplified folding, one code point at a time.
 *
 * OpenCC converts phrases, which may change the length of a string; comparing
 * names and mapping offsets needs a fold that keeps every code point in place,
 * so each character is converted on its own and kept as is when its
 * conversion is not exactly one code point.
 */
const toSimplified = [characterConverter({from: 't', to: 'cn'}, 't2s'), characterConverter({from: 'tw', to: 'cn'}, 'tw2s'), characterConverter({from: 'hk', to: 'cn'}, 'hk2s')]
const toTraditional = characterConverter({from: 'cn', to: 't'}, 's2t')

const simplifiedOf = new Map<string, string>()
const traditionalOf = new Map<string, string>()

function convertCharacter(character: string, cache: Map<string, string>, converters: Array<(text: string) => string>): string {
  let folded = cache.get(character)
  if (folded === undefined) {
    folded = character
    for (const convert of converters) {
      const candidate = convert(character)
      if (candidate !== character && [...candidate].length === 1) {
        folded = candidate
        break
      }
    }
    cache.set(character, folded)
  }
  return folded
}

/** Fold a string to simplified characters; the result has the same code points count. */
export function foldScript(text: string): string {
  let result = ''
  for (const character of text) {
    result += character.charCodeAt(0) < 0x2e80 ? character : convertCharacter(character, simplifiedOf, toSimplified)
  }
  return result
}

/**
 * The script a Chinese text is written in: counts characters that exist only
 * in one script. Ties (or no Chinese at all) count as simplified.
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  let traditional = 0
  let simplified = 0
  for (const character of text) {
    if (character.charCodeAt(0) < 0x2e80) continue
    if (convertCharacter(character, simplifiedOf, toSimplified) !== character) traditional++
    else if (convertCharacter(character, traditionalOf, [toTraditional]) !== character) simplified++
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
}

/** A simplified word in traditional characters, one code point at a time (for vocabularies written once, in simplified). */
export function traditionalForm(text: string): string {
  let result = ''
  for (const character of text) result += character.charCodeAt(0) < 0x2e80 ? character : convertCharacter(character, traditionalOf, [toTraditional])
  return result
}
