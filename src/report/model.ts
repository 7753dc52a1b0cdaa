/** What the report reads from a pipeline output folder, in the shapes its pages need. */

export type AnnotationKind = 'time' | 'mention' | 'link'

/** An `oa:Annotation` of a document's text (offsets in code points, end exclusive). */
export interface TextAnnotation {
  /** The IRI's fragment (`time-718-723`): also the element id on the document page. */
  fragment: string
  kind: AnnotationKind
  start: number
  end: number
  exact: string
  /** EDTF value, entity IRI or link target. */
  value: string
  mod?: string
  resolution?: string
  evidence?: string
  alignment?: string
}

export interface NamedRef {
  iri?: string
  name: string
}

/** A head of delegation: `schema:Role` on an event. */
export interface DelegationRow {
  roleName?: string
  person?: NamedRef
  country?: NamedRef
  /** The title as the source states it. */
  title?: string
  countryFrom?: string
}

/** A `schema:Event` with a `kpd:eventKind`, as one document states it. */
export interface EventView {
  iri: string
  stem: string
  name: string
  kind: string
  description?: string
  startDate?: string
  endDate?: string
  /** EDTF, when the source gives less than a day. */
  date?: string
  location?: {name: string; within: string[]}
  superEvent?: string
  subEvents: string[]
  people: NamedRef[]
  roles: DelegationRow[]
  counterparts: NamedRef[]
  signedDocuments: NamedRef[]
  outcomes: string[]
}

/** An entity node, merged across every record that names it. */
export interface EntityView {
  iri: string
  types: string[]
  name: string
  alternateNames: string[]
  sameAs: string[]
}

export interface DocumentView {
  stem: string
  iri: string
  recordFile: string
  type: string
  name: string
  url?: string
  language?: string
  kind?: string
  sourceFile?: string
  datePublished?: string
  text: string
  annotations: TextAnnotation[]
  events: EventView[]
  /** IRIs of the entity nodes of this record. */
  entityIris: string[]
}

export interface ManifestIssue {
  line?: number
  column?: number
  message: string
  ruleId?: string
  source?: string
}

export interface ManifestEntry {
  file: string
  record?: string
  kind?: string
  encoding?: string
  status: string
  warnings: ManifestIssue[]
  errors: ManifestIssue[]
}

export interface Dataset {
  documents: DocumentView[]
  entities: Map<string, EntityView>
  manifest: ManifestEntry[]
}
