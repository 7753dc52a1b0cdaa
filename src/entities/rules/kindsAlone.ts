import type {EntityType} from '../entityTypes.js'
import {bodyKinds} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

/** Kinds of bodies that an organ's full name ends with (`某某会议常任委员会`), longest first. */
const kinds = [...bodyKinds.words].sort((a, b) => b.length - a.length)

/**
 * A kind of body written alone (`常任委员会`) is the one body of that kind the
 * document names in full (`某某会议常任委员会` … `常任委员会`), as a short
 * name is (`rules/shortBodies.ts`); with two such bodies, or none, it is
 * no name (a page titled with the kind names none: `vocabulary/bodies.ts`
 * `bodyKinds`). Surface → the body.
 */
export function kindsAlone(candidates: Candidate[]): Map<string, {type: EntityType; name: string}> {
  const fullNames = new Map<string, Set<string>>()
  const types = new Map<string, EntityType>()
  for (const candidate of candidates) {
    if (candidate.type !== 'Organization' && candidate.type !== 'GovernmentOrganization') continue
    const kind = kinds.find((word) => candidate.name.endsWith(word) && [...candidate.name].length - [...word].length >= 2)
    if (!kind || kind === '委员会') continue
    fullNames.set(kind, (fullNames.get(kind) ?? new Set()).add(candidate.name))
    types.set(candidate.name, candidate.type)
  }
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const [kind, full] of fullNames) {
    if (full.size !== 1) continue
    const [name] = full
    names.set(kind, {type: types.get(name!)!, name: name!})
  }
  return names
}

/** Whether a surface is a kind of body (`常任委员会`): no alternate name of the body a document gave it, any such body's. */
export function isBodyKind(surface: string): boolean {
  return kinds.includes(surface)
}
