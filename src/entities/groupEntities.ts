import type {Lexicon} from './buildLexicon.js'
import type {Entity, EntityMention, EntityType} from './entityTypes.js'
import {isSeriesName} from './eventNames.js'
import {entityIri, normalizeName} from './identity.js'
import {isBareBody, isStatelessMinistry} from './rules/bareBodies.js'
import {linkedToAnother} from './rules/pageRenderings.js'
import {isBodyKind} from './rules/kindsAlone.js'
import {pushTo} from '../core/collect.js'

/** The entities of a document: one per canonical name, typed by most mentions, with every other surface as an alternate name. */
export function groupEntities(mentions: EntityMention[], lexicon: Lexicon): Entity[] {
  const byName = new Map<string, EntityMention[]>()
  // Appended in place: copying the group per mention was quadratic in a name's mentions (a 2 MB text: minutes).
  for (const mention of mentions) pushTo(byName, mention.name, mention)
  const sameAsOf = new Map<string, string>()
  for (const entry of lexicon.values()) if (entry.sameAs && !sameAsOf.has(entry.name)) sameAsOf.set(entry.name, entry.sameAs)
  return [...byName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, group]) => {
      const counts = new Map<EntityType, number>()
      for (const mention of group) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1)
      const type = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
      const sameAs = group.find((mention) => mention.sameAs)?.sameAs ?? sameAsOf.get(name)
      const entity: Entity = {
        id: entityIri(name),
        type,
        name,
        // A body's bare form (`外交部`, `驻某国大使馆`, a ministry by its own name) is any state's, a series' name (`某某危机`)
        // any event's of it: the document gave them their state or count, they are not names of this one; nor are words the batch links to another
        // page, nor a kind of body (`常任委员会`).
        alternateNames: [...new Set(group.map((mention) => mention.exact))]
          .filter((surface) => surface !== name && !isBareBody(surface) && !isStatelessMinistry(surface, name) && !isSeriesName(surface, name) && !linkedToAnother(surface, name, lexicon) && !isBodyKind(normalizeName(surface)))
          .sort()
      }
      if (sameAs) entity.sameAs = sameAs
      return entity
    })
}
