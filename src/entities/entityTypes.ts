/** schema.org classes of the entities this project extracts. */
export type EntityType = 'Person' | 'Country' | 'City' | 'Place' | 'GovernmentOrganization' | 'Organization' | 'Event' | 'Legislation' | 'CreativeWork'

/** Where a mention's evidence came from, strongest first. */
export type MentionSource = 'link' | 'lexicon' | 'gazetteer' | 'rule' | 'document' | 'nlp'

/** One mention of an entity in the cleaned text (code points). */
export interface EntityMention {
  start: number
  end: number
  exact: string
  type: EntityType
  /** Canonical name (zh-Hans for Chinese entities). */
  name: string
  source: MentionSource
  /** Wikipedia URL when a link names this entity. */
  sameAs?: string
}

/** An entity of a document, with every surface form it was seen under. */
export interface Entity {
  id: string
  type: EntityType
  name: string
  alternateNames: string[]
  sameAs?: string
}

/** Coarse groups used to compare types (a `City` is a place). */
export function typeGroup(type: EntityType): 'PER' | 'LOC' | 'ORG' | 'EVENT' | 'WORK' {
  switch (type) {
    case 'Person':
      return 'PER'
    case 'Country':
    case 'City':
    case 'Place':
      return 'LOC'
    case 'GovernmentOrganization':
    case 'Organization':
      return 'ORG'
    case 'Event':
      return 'EVENT'
    default:
      return 'WORK'
  }
}
