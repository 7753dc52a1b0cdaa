/**
 * Makes a name safe to print on a terminal: control characters (ESC, newline,
 * C1 …) become visible escapes, so a file name cannot move the cursor, change
 * colours or forge a line of the report.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (character) => {
    if (character === '\n') return '\\n'
    if (character === '\r') return '\\r'
    if (character === '\t') return '\\t'
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
