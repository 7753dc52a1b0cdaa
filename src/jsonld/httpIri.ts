/**
 * Link targets as the sources give them → IRIs that every RDF store accepts.
 * Only http(s) links become IRIs: `javascript:`, `data:`, `mailto:` and the
 * converter's `File:` gallery debris are not pages a reader can follow, and a
 * relative link (`notes/r3.md`, `#section`, `page.html`) is resolved against
 * the source's own URL or, without one, kept as text only. Characters the
 * N-Quads IRIREF production forbids (space, `<>"{}|^\``, `\\`, controls) are
 * percent-encoded, so a store never rejects the dataset.
 */
export type IriResult = {iri: string; problem?: undefined} | {iri?: undefined; problem: string}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
// eslint-disable-next-line no-control-regex
const NOT_IN_IRIREF = /[\u0000-\u0020<>"{}|^`\\]/g

const percentEncode = (text: string) => text.replace(NOT_IN_IRIREF, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text)

/** Whether a base URL can resolve relative links (an absolute http(s) URL). */
function usableBase(base: string | undefined): URL | undefined {
  if (base === undefined || !/^https?:\/\//i.test(base)) return undefined
  try {
    return new URL(percentEncode(base))
  } catch {
    return undefined
  }
}

export function toHttpIri(target: string, base?: string): IriResult {
  const value = target.trim()
  if (value === '') return {problem: 'The link has an empty target'}
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return {problem: `The link target “${shorten(value)}” is a ${scheme}: link, not an http(s) page; it is kept as text only`}
  }
  if (scheme === undefined) {
    const resolvedAgainst = usableBase(base)
    if (resolvedAgainst === undefined) return {problem: `The link target “${shorten(value)}” is relative and the source states no URL to resolve it against; it is kept as text only`}
    try {
      return {iri: percentEncode(new URL(percentEncode(value), resolvedAgainst).href)}
    } catch {
      return {problem: `The link target “${shorten(value)}” cannot be resolved against ${shorten(resolvedAgainst.href)}; it is kept as text only`}
    }
  }
  const iri = percentEncode(value)
  try {
    if (new URL(iri).host === '') throw new Error('no host')
  } catch {
    return {problem: `The link target “${shorten(value)}” is not a valid http(s) URL; it is kept as text only`}
  }
  return {iri}
}
