/**
 * A wtf_wikipedia sentence (its text, its links, its bold terms) as mdast
 * phrasing content: each link becomes a `link` node pointing at its wiki page
 * (or external URL), found in the text in order; bold terms become `strong`.
 */
import type {PhrasingContent} from 'mdast'
import {pageUrl} from './pageOfLink.js'
import {restoreText} from './wikitextTemplates.js'
import {pushAll} from '../core/collect.js'

export interface WtfLink {
  text?: string
  page?: string
  type?: string
  site?: string
  anchor?: string
}

export interface WtfSentence {
  text?: string
  links?: WtfLink[]
  formatting?: {bold?: string[]}
}

const wikiBase = 'https://zh.wikipedia.org/wiki/'

/** URL a wtf link points at; undefined for links wtf could not resolve. */
export function linkUrl(link: WtfLink): string | undefined {
  if (link.type === 'external') return link.site
  if (!link.page || link.page === 'undefined') return undefined
  return pageUrl(wikiBase, restoreText(link.page))
}

interface Mark {
  start: number
  end: number
  node: (text: string) => PhrasingContent
}

/** Spaces next to Chinese characters or full-width punctuation (left where a reference was cut out) are not text. */
const spaceByCjk = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) +| +(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu
const clean = (text: string): string => restoreText(text).replace(spaceByCjk, '')

export function sentencePhrasing(sentence: WtfSentence, boldFirst: boolean): PhrasingContent[] {
  const text = clean(sentence.text ?? '')
  const marks: Mark[] = []
  let cursor = 0
  for (const link of sentence.links ?? []) {
    const url = linkUrl(link)
    const label = clean(link.text ?? link.page ?? '')
    if (!url || label === '') continue
    const start = text.indexOf(label, cursor)
    if (start < 0) continue
    cursor = start + label.length
    marks.push({start, end: cursor, node: (value) => ({type: 'link', url, children: [{type: 'text', value}]})})
  }
  // Only the lead's first bold term matters (the page's title); other bold is emphasis.
  const bold = boldFirst ? clean(sentence.formatting?.bold?.[0] ?? '') : ''
  const boldStart = bold === '' ? -1 : text.indexOf(bold)
  if (boldStart >= 0 && !marks.some((mark) => mark.start < boldStart + bold.length && boldStart < mark.end)) {
    marks.push({start: boldStart, end: boldStart + bold.length, node: (value) => ({type: 'strong', children: [{type: 'text', value}]})})
  }
  marks.sort((a, b) => a.start - b.start)
  const children: PhrasingContent[] = []
  let at = 0
  for (const mark of marks) {
    if (mark.start < at) continue
    if (mark.start > at) children.push({type: 'text', value: text.slice(at, mark.start)})
    children.push(mark.node(text.slice(mark.start, mark.end)))
    at = mark.end
  }
  if (at < text.length) children.push({type: 'text', value: text.slice(at)})
  return children
}

/** Sentences of one paragraph, joined as the page shows them (a space only after Latin punctuation). */
export function paragraphPhrasing(sentences: WtfSentence[], boldFirst: boolean): PhrasingContent[] {
  const children: PhrasingContent[] = []
  // The title is the first bold term of the lead, in whichever sentence it stands.
  const bolded = boldFirst ? sentences.findIndex((sentence) => (sentence.formatting?.bold?.length ?? 0) > 0) : -1
  sentences.forEach((sentence, index) => {
    const phrasing = sentencePhrasing(sentence, index === bolded)
    if (phrasing.length === 0) return
    if (children.length > 0 && /[.!?]$/.test(restoreText(sentences[index - 1]?.text ?? ''))) children.push({type: 'text', value: ' '})
    pushAll(children, phrasing)
  })
  return children
}
