import {foldScript} from '../script/foldScript.js'

export interface AnchorAlignment {
  /** Code-point offset of the mention inside the anchor. */
  offset: number
  /** Code-point length of the mention. */
  length: number
  alignment: 'exact' | 'trimmed' | 'unaligned'
}

/** Page titles carry a disambiguation in parentheses that anchors never repeat. */
function withoutDisambiguation(title: string): string {
  return title.replace(/\s*[(（][^()（）]*[)）]\s*$/, '') || title
}

/** Whether `part` can be read in `whole` in order, skipping characters (`中国外交部` in `中华人民共和国外交部`). */
function isSubsequence(part: string[], whole: string[]): boolean {
  let index = 0
  for (const character of whole) {
    if (character === part[index]) index++
    if (index === part.length) return true
  }
  return part.length === 0
}

function longestCommonSubsequence(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const current = [0]
    for (const [j, y] of b.entries()) current.push(x === y ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!))
    previous = current
  }
  return previous[b.length]!
}

/**
 * The part of a link's anchor that names the linked page.
 *
 * The wiki converter shifted many anchors so that they swallow the words
 * after the name (`[朝鲜半岛的](…/朝鲜半岛)`, `[卢武铉步行穿過](…/卢武铉)`). Compared
 * after folding traditional to simplified characters:
 * - an anchor that is the title, part of it, or the title but for a character
 *   or two (`美朝框架协议` for `朝美框架协议`) is kept whole;
 * - otherwise the mention is the longest start of the anchor that reads in the
 *   title in order, so short forms count (`朝鮮` for `朝鮮民主主義人民共和國`,
 *   `中国外交部` for `中华人民共和国外交部`); one character is too weak unless it
 *   is the whole title;
 * - an anchor whose start does not name the page is `unaligned`.
 */
export function alignAnchor(anchor: string, title: string): AnchorAlignment {
  const anchorChars = [...foldScript(anchor).toLowerCase()]
  const titleChars = [...foldScript(withoutDisambiguation(title)).toLowerCase()]
  const whole = {offset: 0, length: anchorChars.length}

  if (titleChars.join('').includes(anchorChars.join(''))) return {...whole, alignment: 'exact'}

  let prefix = 0
  for (let length = anchorChars.length; length >= Math.min(2, titleChars.length); length--) {
    if (isSubsequence(anchorChars.slice(0, length), titleChars)) {
      prefix = length
      break
    }
  }
  if (prefix === anchorChars.length) return {...whole, alignment: 'exact'}
  // The whole title, then words the converter swallowed.
  if (prefix === titleChars.length) return {offset: 0, length: prefix, alignment: 'trimmed'}
  const common = longestCommonSubsequence(anchorChars, titleChars)
  const closeInLength = Math.abs(anchorChars.length - titleChars.length) <= 2
  if (closeInLength && common >= 0.8 * anchorChars.length && common >= 0.8 * titleChars.length) {
    return {...whole, alignment: 'exact'}
  }
  if (prefix > 0) return {offset: 0, length: prefix, alignment: 'trimmed'}
  return {...whole, alignment: 'unaligned'}
}
