import type {Lexicon} from '../buildLexicon.js'
import type {EntityMention} from '../entityTypes.js'
import {normalizeName} from '../identity.js'

/**
 * A body a rule named with a name that the batch's links give a page of the
 * same type (`某国人民武力部`, the old name a link gives the page
 * `某国人民武装力量部`) is that page's body: one node whichever name a document uses.
 */
export function resolveLinkedBodies(mentions: EntityMention[], lexicon: Lexicon): void {
  for (const mention of mentions) {
    if ((mention.type !== 'GovernmentOrganization' && mention.type !== 'Organization') || mention.source === 'link') continue
    const entry = lexicon.get(normalizeName(mention.name))
    if (!entry || entry.name === mention.name || entry.type !== mention.type) continue
    mention.name = entry.name
    if (entry.sameAs) mention.sameAs = entry.sameAs
  }
}
