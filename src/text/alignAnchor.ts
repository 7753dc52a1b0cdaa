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

/**
 * The part of a link's anchor that names the linked page.
 *
 * The wiki converter shifted many anchors so that they swallow the words after
 * the name (`[朝鲜半岛的](…/朝鲜半岛)`, `[卢武铉步行穿過](…/卢武铉)`). The mention is
 * the longest start (or, failing that, end) of the anchor that occurs in the
 * title, compared after folding traditional to simplified characters. A
 * single character is too weak to count unless it is the whole title.
 */
export function alignAnchor(anchor: string, title: string): AnchorAlignment {
  const anchorChars = [...foldScript(anchor)]
  const target = foldScript(withoutDisambiguation(title)).toLowerCase()
  const targetLength = [...target].length
  const minimum = Math.min(2, targetLength)
  const folded = anchorChars.join('').toLowerCase()

  if (folded === target || target.includes(folded)) {
    return {offset: 0, length: anchorChars.length, alignment: 'exact'}
  }

  let prefix = 0
  for (let k = anchorChars.length - 1; k >= minimum; k--) {
    if (target.includes(anchorChars.slice(0, k).join('').toLowerCase())) {
      prefix = k
      break
    }
  }
  let suffix = 0
  for (let k = anchorChars.length - 1; k >= minimum; k--) {
    if (target.includes(anchorChars.slice(anchorChars.length - k).join('').toLowerCase())) {
      suffix = k
      break
    }
  }
  if (prefix > 0 && prefix >= suffix) return {offset: 0, length: prefix, alignment: 'trimmed'}
  if (suffix > 0) return {offset: anchorChars.length - suffix, length: suffix, alignment: 'trimmed'}
  return {offset: 0, length: anchorChars.length, alignment: 'unaligned'}
}
