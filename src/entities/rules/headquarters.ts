import {alternation} from '../../core/alternation.js'
import {cities} from '../vocabulary/cities.js'
import {knownOrganizations} from '../vocabulary/organizations.js'
import type {Emitter} from './candidate.js'

const bodyName = new Map(knownOrganizations.map((body) => [body.name, body.fullName ?? body.name]))
/** `某组织总部`, `某组织某城总部`, `某党总部大楼`: a known body, the city it sits in or none, its headquarters. */
const headquarters = new RegExp(`(${alternation(bodyName.keys())})(?:${alternation(cities.map((city) => city.name))})?总部(大楼)?(?![位设在于])`, 'gu')

/**
 * A known body's headquarters (`某组织总部`, `某组织纽约总部`, `某党总部大楼`)
 * is a place, the building where people meet and go, not the body: named
 * by the body's full name and `总部`, the city left out (the body has one
 * headquarters), `大楼` kept where the text writes it. `某组织总部位于某地`
 * says where the body sits: the body itself is meant there.
 */
export function headquartersCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(headquarters)) {
    const [surface, body, building = ''] = match
    push(match.index, surface, {type: 'Place', name: `${bodyName.get(body!)}总部${building}`}, false)
  }
}
