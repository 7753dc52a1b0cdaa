import type {VFile} from 'vfile'
import {toHttpIri} from './httpIri.js'

/** Turns a link target into an IRI for the record, or reports why it stays text only (undefined). */
export type IriChecker = (target: string) => string | undefined

/**
 * The IRI checker of one record: relative targets resolve against the
 * source's own URL (when it is an http(s) URL), and each dropped target is a
 * `link-not-iri` warning on the file, once per target.
 */
export function createIriChecker(file: VFile, sourceUrl: string | undefined): IriChecker {
  const base = sourceUrl === undefined ? undefined : toHttpIri(sourceUrl).iri
  const reported = new Set<string>()
  return (target) => {
    const result = toHttpIri(target, base)
    if (result.problem !== undefined && !reported.has(target)) {
      reported.add(target)
      file.message(result.problem, {ruleId: 'link-not-iri', source: 'jsonld'})
    }
    return result.iri
  }
}
