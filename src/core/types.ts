import type {Entity, EntityMention} from '../entities/entityTypes.js'
import type {MeetingEvent} from '../events/eventTypes.js'

/**
 * Typed keys that travel on `file.data` between stages.
 * Each stage documents which keys it reads and writes.
 */

/**
 * What a source file is, detected from its content (never from its extension):
 * converted wiki Markdown, raw MediaWiki markup (a file or a page of a dump),
 * a news HTML fragment, a whole saved web page, text extracted from a PDF, a
 * PDF file, Markdown, plain text.
 */
export type SourceKind = 'wiki' | 'wikitext' | 'news' | 'webpage' | 'pdf' | 'pdf-file' | 'markdown' | 'text'

/** Metadata of the document node, filled by the ingest stages. */
export interface DocumentMeta {
  /** Title of the source (wiki header, news link, report heading, front matter). */
  title?: string
  /** Original URL of the source, when the source names one. */
  url?: string
  /** BCP 47 tag of the body (`zh-Hans`, `zh-Hant`, `en`). */
  language?: string
  /** ISO 8601 date or date-time the source states it was published. */
  datePublished?: string
  /** Categories of the page, without their `Category:` prefix. */
  keywords?: string[]
  /** External links of reference / external-link sections (not part of the text). */
  citations?: Array<{name: string; url: string}>
  /** Pages listed under “see also” (wiki page titles). */
  seeAlso?: Array<{name: string; url: string}>
  /** Images the source shows (news pages). */
  images?: string[]
  /** Who wrote it, as the source states (saved web pages). */
  author?: string
  /** Other titles of the page (titles of the dump's redirects to it). */
  alternateNames?: string[]
  /** Infobox fields naming dates, places or people (raw wikitext), in source order. */
  infobox?: InfoboxField[]
}

/** One infobox field kept as structured data (`kpd:infobox` on the document node). */
export interface InfoboxField {
  /** Infobox type (`treaty`, `bilateral relations`). */
  infobox: string
  /** Field name as the page writes it (`date_signed`). */
  field: string
  /** What the field names. */
  names: 'date' | 'place' | 'person'
  /** The field's text, templates rendered. */
  value: string
  /** Wiki pages the field links to (URLs). */
  links?: string[]
}

/** A link found in the source, re-anchored on the cleaned text. */
export interface LinkMention {
  /** Code-point offsets in `text` of the words that name the linked page. */
  start: number
  end: number
  /** `text.slice(start, end)` in code points. */
  exact: string
  /** The whole anchor text as the converter left it. */
  anchor: string
  /** Title of the linked page (`朝鲜半岛`), when it is a wiki page. */
  pageTitle?: string
  /** Absolute URL of the link target. */
  url: string
  /** How the mention relates to the anchor: the same words, trimmed to the part naming the page, or no part names it. */
  alignment: 'exact' | 'trimmed' | 'unaligned'
}

/** One block of the text (heading, paragraph, list item, table row), with where it came from. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'code'
  /** Code-point offsets in `text`. */
  start: number
  end: number
  /** Heading depth; list nesting depth for list items. */
  depth?: number
  /** Where the block stands in the source (for diagnostics). */
  position?: {start: {line: number; column: number}; end: {line: number; column: number}}
}

/** A section of the document, by its heading. */
export interface Section {
  name: string
  depth: number
  /** Code-point offsets in `text`: from the heading to the end of the section. */
  start: number
  end: number
  children: Section[]
}

declare module 'vfile' {
  interface DataMap {
    /** File name stem: the basis of the document's IRI and output file name. */
    stem: string
    /** Name of the source file as given in the batch (relative, never absolute). */
    sourceName: string
    kind: SourceKind
    /** Encoding the source was decoded from (`utf-8`, `utf-16le`, `gb18030`, `big5`, …). */
    encoding: string
    /** What read the source (`remark-parse`, `pdfjs-dist`, `wtf_wikipedia`, …), for the manifest. */
    parser: string
    /** SHA-256 of the source bytes, hex. */
    sha256: string
    meta: DocumentMeta
    /** The cleaned plain text (`schema:text`). */
    text: string
    links: LinkMention[]
    sections: Section[]
    /** The blocks of `text`, in order. */
    blocks: TextBlock[]
    /** Mentions of people, places, organizations, events and documents (see `extractEntities`). */
    entityMentions: EntityMention[]
    /** The entities those mentions name, one per canonical name. */
    entities: Entity[]
    /** Meetings, summits, trips and dated events (see `extractEvents`). */
    events: MeetingEvent[]
  }
}
