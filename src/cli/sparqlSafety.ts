/**
 * What `npm run query` refuses: SPARQL Update (the data folder is read-only
 * to queries) and `SERVICE` (a query must never reach the network). The
 * keywords are looked for outside comments, strings and IRIs, and not as
 * variables or prefixed names (`?copy`, `schema:add` are fine).
 */
const REFUSED = ['INSERT', 'DELETE', 'DROP', 'LOAD', 'CLEAR', 'CREATE', 'ADD', 'MOVE', 'COPY', 'SERVICE']

// Strings (long and short), IRIs and comments, removed before looking for keywords.
const NOT_CODE = /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*/g
const KEYWORD = new RegExp(`(?<![?$:\\w])(${REFUSED.join('|')})(?![\\w:])`, 'i')

/** The refused keyword the query uses, if any. */
export function refusedKeyword(query: string): string | undefined {
  return KEYWORD.exec(query.replace(NOT_CODE, ' '))?.[1]?.toUpperCase()
}

/** CONSTRUCT and DESCRIBE give triples, not rows. */
export function givesTriples(query: string): boolean {
  return /(?<![?$:\w])(CONSTRUCT|DESCRIBE)(?![\w:])/i.test(query.replace(NOT_CODE, ' '))
}
