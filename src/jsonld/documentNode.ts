import type {VFile} from 'vfile'
import type {InfoboxField, Section, SourceKind} from '../core/types.js'
import type {JsonObject} from './buildDocumentRecord.js'
import type {IriChecker} from './checkLinkIris.js'

const documentType: Record<SourceKind, string> = {
  wiki: 'Article',
  wikitext: 'Article',
  news: 'NewsArticle',
  webpage: 'Article',
  pdf: 'Report',
  'pdf-file': 'Report',
  markdown: 'Article',
  text: 'CreativeWork'
}

/**
 * The document node of a record: what the source says about itself (title,
 * byline, URL, language, publication date, keywords), its kind and file, its
 * text, sections, citations, related links, images and infobox fields. Every
 * IRI from the source goes through the record's IRI check.
 */
export function documentNode(file: VFile, id: string, iriOf: IriChecker): JsonObject {
  const data = file.data
  const meta = data.meta ?? {}
  const kind = data.kind ?? 'text'
  const isWebPage = kind === 'wiki' || kind === 'wikitext' || kind === 'news' || kind === 'webpage'
  const document: JsonObject = {'@id': id, '@type': documentType[kind]}
  if (meta.title !== undefined) document.name = meta.title
  if (meta.alternateNames?.length) document.alternateName = meta.alternateNames
  // The byline as stated (a literal: it may name a desk, an agency or several people).
  if (meta.author !== undefined) document.author = meta.author
  const url = meta.url === undefined ? undefined : iriOf(meta.url)
  if (url !== undefined) document.url = url
  if (meta.language !== undefined) document.inLanguage = meta.language
  // A whole timestamp is an xsd:dateTime (the context's type); a day alone is an xsd:date.
  if (meta.datePublished !== undefined) document.datePublished = /T/.test(meta.datePublished) ? meta.datePublished : {'@value': meta.datePublished, '@type': 'xsd:date'}
  if (meta.keywords?.length) document.keywords = meta.keywords
  document['kpd:sourceKind'] = kind
  document['kpd:sourceFile'] = data.sourceName
  document.text = data.text ?? ''
  const sections = (data.sections ?? []).map((section, index) => sectionNode(section, `${id}#section-${index + 1}`, isWebPage))
  if (sections.length > 0) document.hasPart = sections
  if (meta.citations?.length) {
    document.citation = meta.citations.map((citation) => {
      const citationUrl = iriOf(citation.url)
      return citationUrl === undefined ? {'@type': 'CreativeWork', name: citation.name} : {'@type': 'CreativeWork', name: citation.name, url: citationUrl}
    })
  }
  const related = (meta.seeAlso ?? []).map((page) => iriOf(page.url)).filter((iri) => iri !== undefined)
  if (related.length > 0) document.relatedLink = related
  const images = (meta.images ?? []).map(iriOf).filter((iri) => iri !== undefined)
  if (images.length > 0) document.image = images
  if (meta.infobox?.length) document['kpd:infobox'] = meta.infobox.map(infoboxNode)
  const entities = data.entities ?? []
  if (entities.length > 0) document.mentions = entities.map((entity) => entity.id)
  return document
}

/** An infobox field as structured data: which box, which field, what it names, its text and linked pages. */
function infoboxNode(field: InfoboxField): JsonObject {
  const node: JsonObject = {'@type': 'kpd:InfoboxField', 'kpd:infobox': field.infobox, 'kpd:field': field.field, 'kpd:names': field.names, 'kpd:value': field.value}
  if (field.links?.length) node['kpd:links'] = field.links
  return node
}

function sectionNode(section: Section, id: string, isWebPage: boolean): JsonObject {
  const node: JsonObject = {
    '@id': id,
    '@type': isWebPage ? 'WebPageElement' : 'CreativeWork',
    name: section.name,
    'kpd:headingLevel': section.depth,
    'kpd:start': section.start,
    'kpd:end': section.end
  }
  if (section.children.length > 0) {
    node.hasPart = section.children.map((child, index) => sectionNode(child, `${id}-${index + 1}`, isWebPage))
  }
  return node
}
