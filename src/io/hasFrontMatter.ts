/**
 * Whether a text opens with front matter (YAML `---` or TOML `+++`, closed by
 * `---`, `+++` or `...`), looking at one line at a time. The regular
 * expression this replaces let a line such as `-:` match two of its
 * alternatives, so `---` followed by thirty of them took minutes
 * (exponential backtracking); this scan is linear in the text.
 */
const OPENING_FENCE = /^(?:---|\+\+\+)$/
const CLOSING_FENCE = /^(?:---|\+\+\+|\.\.\.)[ \t]*$/
// What a front-matter line looks like: `key: value`, `key = value`, an indented or list line, a comment, or blank.
const FRONT_MATTER_LINE = /^(?:[\w-]+[ \t]*[:=].*|[ \t#-].*|)$/

export function hasFrontMatter(text: string): boolean {
  let lineEnd = text.indexOf('\n')
  if (lineEnd === -1 || !OPENING_FENCE.test(text.slice(0, lineEnd))) return false
  while (lineEnd !== -1) {
    const lineStart = lineEnd + 1
    lineEnd = text.indexOf('\n', lineStart)
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
    if (CLOSING_FENCE.test(line)) return true
    if (lineEnd === -1 || !FRONT_MATTER_LINE.test(line)) return false
  }
  return false
}
