import type {SourceKind} from '../src/core/types.js'
import {createMarkdownPipeline} from './markdown.js'
import {createNewsPipeline} from './news.js'
import {createPdfPipeline} from './pdf.js'
import {createTextPipeline} from './text.js'
import {createWikiPipeline} from './wiki.js'

type Pipeline = {process: (file: import('vfile').VFile) => Promise<import('vfile').VFile>}

const factories: Record<SourceKind, () => Pipeline> = {
  wiki: createWikiPipeline,
  news: createNewsPipeline,
  pdf: createPdfPipeline,
  markdown: createMarkdownPipeline,
  text: createTextPipeline
}

const cache = new Map<SourceKind, Pipeline>()

/** The (frozen, reusable) pipeline for a kind of source. */
export function pipelineFor(kind: SourceKind): Pipeline {
  let pipeline = cache.get(kind)
  if (!pipeline) {
    pipeline = factories[kind]()
    cache.set(kind, pipeline)
  }
  return pipeline
}
