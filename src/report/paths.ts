import {createHash} from 'node:crypto'

/**
 * Where each page lives in the site. Names are ASCII and stable: a hash of the
 * IRI for entities and meetings (names can hold `/` or anything else), the
 * record's stem for documents (made filename-safe).
 */

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12)
}

/** A stem as a file name: unchanged when already safe, else cleaned and suffixed to stay unique. */
export function safeStem(stem: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(stem)) return stem
  return `${stem.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)}-${shortHash(stem).slice(0, 8)}`
}

export const sitePaths = {
  index: 'index.html',
  timeline: 'timeline.html',
  entities: 'entities.html',
  css: 'assets/site.css',
  script: 'assets/site.js',
  document: (stem: string) => `documents/${safeStem(stem)}.html`,
  entity: (iri: string) => `entities/${shortHash(iri)}.html`,
  meeting: (key: string, startDate?: string) => `meetings/${startDate ? `${startDate}-` : ''}${shortHash(key)}.html`
}

/** The way from a page at `from` (a site path) back to the site's root. */
export function rootOf(from: string): string {
  const depth = from.split('/').length - 1
  return depth === 0 ? '' : '../'.repeat(depth)
}
