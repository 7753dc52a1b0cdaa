import type {EntityMention} from '../entityTypes.js'
import {normalizeName} from '../identity.js'
import {typeOfName} from '../typeOfName.js'
import {nationalStarts, ownNameHeads} from '../vocabulary/bodies.js'

const ownNameEnd = new RegExp(`(${ownNameHeads.words.join('|')})$`, 'u')
/** The rest starts with a national body's word (`中央电视台` of `某国中央电视台`): a name by function, the state's. */
const nationalStart = new RegExp(`^(${nationalStarts.words.join('|')})`, 'u')

/** The state or city a body's surface starts with, and the rest (`某国|某某银行`), when there is one. */
function afterQualifier(surface: string): string | undefined {
  const characters = [...surface]
  for (let length = 2; length <= 4 && length <= characters.length - 3; length++) {
    const typing = typeOfName(characters.slice(0, length).join(''))
    if (typing?.type === 'Country' || typing?.type === 'City') return characters.slice(length).join('')
  }
  return undefined
}

/**
 * A body written after its state or city (`某城某某银行`, `某国某某电视台`)
 * that the same text also names alone by a name of its own (`某某银行`) is
 * named so: the state or city before it says where it is, the name is the one
 * written alone (zhwiki titles such bodies without it). Only bodies whose head
 * bears a name of their own (`vocabulary/bodies.ts` `ownNameHeads`); a party,
 * a ministry or a national body (`民主党`, `外交部`, `中央电视台`) written alone
 * is any state's, and its full form keeps the state. In place.
 */
export function ownNamesOfBodies(mentions: EntityMention[]): void {
  const isBody = (mention: EntityMention) => mention.type === 'Organization' || mention.type === 'GovernmentOrganization'
  const namedAlone = new Set(mentions.filter(isBody).map((mention) => mention.name))
  for (const mention of mentions) {
    if (!isBody(mention)) continue
    const rest = afterQualifier(normalizeName(mention.exact))
    if (!rest || !ownNameEnd.test(rest) || nationalStart.test(rest) || ownNameEnd.exec(rest)![0] === rest) continue
    if (namedAlone.has(rest) && mention.name !== rest) mention.name = rest
  }
}
