import {typeOfName} from '../typeOfName.js'
import type {Candidate} from './candidate.js'

/** What a body passes, in general: `决议` alone after its name (no number, no name of its own). */
const general = /^(.{2,12}?)(?:的)?(?:各项|相关|有关|历次)?(?:决议|决议案)$/u

/**
 * `某某理事会决议` with no number and no name is a body's resolutions in
 * general, a category — even where the batch links it to a page about them —
 * not one document: the mention is the body (`某某理事会`), named as the
 * names of bodies are (`typeOfName`). A numbered or named resolution
 * (`某某理事会第1号决议`) is a document and is left alone.
 */
export function bodiesOfGeneralResolutions(candidates: readonly Candidate[], folded: string[]): {general: Set<Candidate>; bodies: Candidate[]} {
  const found = new Set<Candidate>()
  const bodies: Candidate[] = []
  for (const candidate of candidates) {
    if (candidate.type !== 'Legislation') continue
    const surface = folded.slice(candidate.start, candidate.end).join('')
    const body = general.exec(surface)?.[1]
    const typing = body ? typeOfName(body) : undefined
    if (!body || !typing || (typing.type !== 'Organization' && typing.type !== 'GovernmentOrganization')) continue
    found.add(candidate)
    bodies.push({start: candidate.start, end: candidate.start + [...body].length, type: typing.type, name: typing.name, source: 'rule'})
  }
  return {general: found, bodies}
}
