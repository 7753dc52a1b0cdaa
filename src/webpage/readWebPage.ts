/**
 * The main content of a whole saved web page (head, navigation, ads,
 * footers around it), found by Mozilla's Readability over a linkedom DOM,
 * with the page's metadata: title, byline, published date, canonical URL.
 */
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {SourceError} from '../core/SourceError.js'

export interface WebPage {
  title?: string
  byline?: string
  /** ISO 8601, as the page states it (`article:published_time`, JSON-LD `datePublished`), UTC when it has a time. */
  datePublished?: string
  /** Canonical URL (`<link rel=canonical>`, `og:url`), the base of relative links. */
  url?: string
  /** HTML of the main content. */
  content: string
}

/** Less main text than this (characters, spaces aside) is navigation, not an article. */
const minimumContent = 80

const metaContent = (document: Document, selector: string): string | undefined => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined

/** A date-time with a zone becomes UTC (`…Z`); a bare date stays as it is; anything else is not a date. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const text = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z')
}

/** `datePublished` of the page's JSON-LD (an object, an array or a `@graph`). */
function jsonLdDate(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '')
      const nodes = [data, ...(Array.isArray(data) ? data : []), ...((data as {'@graph'?: unknown[]})?.['@graph'] ?? [])]
      for (const node of nodes) {
        const value = (node as {datePublished?: unknown})?.datePublished
        if (typeof value === 'string') return value
      }
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return undefined
}

export function readWebPage(html: string): WebPage {
  const {document} = parseHTML(html)
  const stated = metaContent(document, 'meta[property="article:published_time"]') ?? jsonLdDate(document)
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(document, 'meta[property="og:url"]')
  // Readability changes the document: metadata first.
  const article = new Readability(document as unknown as Document, {charThreshold: 200}).parse()
  if (!article?.content || (article.textContent ?? '').replace(/\s+/g, '').length < minimumContent) {
    throw new SourceError('The web page has no main content that a reader view can find (only navigation, forms or scripts?)', 'webpage-no-content')
  }
  const page: WebPage = {content: article.content}
  const title = article.title?.trim()
  if (title) page.title = title
  const byline = article.byline?.trim()
  if (byline) page.byline = byline
  const datePublished = normalizeDate(stated ?? article.publishedTime ?? undefined)
  if (datePublished) page.datePublished = datePublished
  if (url) page.url = url
  return page
}
