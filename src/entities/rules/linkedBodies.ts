import type {Lexicon} from '../buildLexicon.js'
import type {EntityMention} from '../entityTypes.js'
import {normalizeName} from '../identity.js'
import {countryName} from '../typeOfName.js'
import {isBareBody} from './bareBodies.js'

/** The name after a state's name at its start (`日本某某电视台` → `某某电视台`), when there is one. */
function afterState(name: string): string | undefined {
  const characters = [...name]
  for (let length = Math.min(11, characters.length - 3); length >= 2; length--) {
    if (countryName(characters.slice(0, length).join(''))) return characters.slice(length).join('')
  }
  return undefined
}

/**
 * A body a rule named with a name that the batch's links give a page of the
 * same type (`某国人民武力部`, the old name a link gives the page
 * `某国人民武装力量部`), or with its state before a page's title that names
 * no state (`日本某某电视台` of the page `某某电视台`), is that page's body:
 * one node whichever name a document uses. A bare organ (`外务省`) is any state's: never so.
 */
export function resolveLinkedBodies(mentions: EntityMention[], lexicon: Lexicon): void {
  for (const mention of mentions) {
    if ((mention.type !== 'GovernmentOrganization' && mention.type !== 'Organization') || mention.source === 'link') continue
    const rest = afterState(mention.name)
    const withoutState = rest && !isBareBody(rest) ? lexicon.get(normalizeName(rest)) : undefined
    const entry = lexicon.get(normalizeName(mention.name)) ?? (withoutState && !afterState(withoutState.name) ? withoutState : undefined)
    if (!entry || entry.name === mention.name || entry.type !== mention.type) continue
    mention.name = entry.name
    if (entry.sameAs) mention.sameAs = entry.sameAs
  }
}
