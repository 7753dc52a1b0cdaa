/**
 * The pages of a MediaWiki XML export, one at a time, as the stream goes:
 * only the page being read is held in memory.
 */
import type {Readable} from 'node:stream'
import {SaxesParser} from 'saxes'

export interface DumpPage {
  title: string
  /** Namespace number (0: articles). */
  ns: number
  /** Title of the page a redirect points at. */
  redirect?: string
  /** The wikitext of the page's (last) revision. */
  text: string
}

type Field = 'title' | 'ns' | 'text'

/** Pages of the export, in order. Throws on malformed XML, with the line of the problem. */
export async function* readDumpPages(stream: Readable): AsyncGenerator<DumpPage> {
  const parser = new SaxesParser({position: true})
  const ready: DumpPage[] = []
  let page: {title: string; ns: string; redirect?: string; text: string} | undefined
  let field: Field | undefined
  let error: Error | undefined

  parser.on('opentag', (tag) => {
    if (tag.name === 'page') page = {title: '', ns: '0', text: ''}
    else if (page && (tag.name === 'title' || tag.name === 'ns' || tag.name === 'text')) {
      field = tag.name
      // A page may hold several revisions: the last one is the page.
      if (tag.name === 'text') page.text = ''
    } else if (page && tag.name === 'redirect') {
      const target = tag.attributes.title
      if (typeof target === 'string') page.redirect = target
    }
  })
  parser.on('text', (text) => {
    if (page && field) page[field] += text
  })
  parser.on('cdata', (text) => {
    if (page && field) page[field] += text
  })
  parser.on('closetag', (tag) => {
    if (tag.name === field) field = undefined
    else if (tag.name === 'page' && page) {
      ready.push({title: page.title.trim(), ns: Number(page.ns.trim() || '0'), ...(page.redirect ? {redirect: page.redirect} : {}), text: page.text})
      page = undefined
    }
  })
  parser.on('error', (cause) => {
    error ??= new Error(`The dump is not well-formed XML: ${cause.message}`)
  })

  const decoder = new TextDecoder('utf-8')
  for await (const chunk of stream) {
    parser.write(decoder.decode(chunk as Uint8Array, {stream: true}))
    if (error) throw error
    while (ready.length > 0) yield ready.shift()!
  }
  parser.write(decoder.decode())
  parser.close()
  if (error) throw error
  while (ready.length > 0) yield ready.shift()!
}
