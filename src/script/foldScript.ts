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

// Each character's fold, by code point: the text is walked by index, with no string made per character
// (`for…of` makes one for every CJK character, and a concatenation per character was most of the fold's time).
const simplifiedOf = new Map<number, number>()
const traditionalOf = new Map<number, number>()

/** The code point `code` folds to with `converters` (the first that gives one other code point), or `code` itself. */
function convertCode(code: number, cache: Map<number, number>, converters: Array<(text: string) => string>): number {
  let folded = cache.get(code)
  if (folded === undefined) {
    folded = code
    const character = String.fromCodePoint(code)
    for (const convert of converters) {
      const candidate = convert(character)
      if (candidate !== character && [...candidate].length === 1) {
        folded = candidate.codePointAt(0)!
        break
      }
    }
    cache.set(code, folded)
  }
  return folded
}

/** The code point at `index` and its length in UTF-16 units (a lone surrogate is one code point of its own, as `for…of` has it). */
const codeAt = (text: string, index: number) => text.codePointAt(index)!
const unitsOf = (code: number) => (code > 0xffff ? 2 : 1)

/** Fold a string to simplified characters; the result has the same code points count. */
export function foldScript(text: string): string {
  let result = ''
  // Start of the stretch of characters that fold to themselves, copied as one slice.
  let kept = 0
  for (let index = 0; index < text.length;) {
    const unit = text.charCodeAt(index)
    if (unit < 0x2e80) {
      index++
      continue
    }
    const code = codeAt(text, index)
    const folded = convertCode(code, simplifiedOf, toSimplified)
    const next = index + unitsOf(code)
    if (folded !== code) {
      result += text.slice(kept, index) + String.fromCodePoint(folded)
      kept = next
    }
    index = next
  }
  return kept === 0 ? text : result + text.slice(kept)
}

/**
 * The script a Chinese text is written in: counts characters that exist only
 * in one script. Ties (or no Chinese at all) count as simplified.
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  let traditional = 0
  let simplified = 0
  for (let index = 0; index < text.length;) {
    if (text.charCodeAt(index) < 0x2e80) {
      index++
      continue
    }
    const code = codeAt(text, index)
    index += unitsOf(code)
    if (convertCode(code, simplifiedOf, toSimplified) !== code) traditional++
    else if (convertCode(code, traditionalOf, [toTraditional]) !== code) simplified++
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
}

/** A simplified word in traditional characters, one code point at a time (for vocabularies written once, in simplified). */
export function traditionalForm(text: string): string {
  let result = ''
  for (const character of text) result += character.charCodeAt(0) < 0x2e80 ? character : String.fromCodePoint(convertCode(character.codePointAt(0)!, traditionalOf, [toTraditional]))
  return result
}
