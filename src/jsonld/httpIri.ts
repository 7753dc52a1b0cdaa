/**
 * A link target as an http(s) IRI, or undefined when it is not one. Characters
 * RFC 3987 forbids in an IRI (space, `<>"{}|\^` and the backtick) are
 * percent-encoded, so a stray `|` left by a template never breaks a dataset.
 */
export function httpIri(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  return parsed.href.replace(/[\s<>"{}|\\^`]/gu, (character) => encodeURIComponent(character))
}
