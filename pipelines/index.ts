import type {VFile} from 'vfile'
import type {Lexicon} from '../src/entities/buildLexicon.js'
import {preloadJieba} from '../src/entities/jieba.js'
import type {SourceKind} from '../src/core/types.js'
import type {Pipelines} from '../src/run/processSource.js'
import {createMarkdownPipeline} from './markdown.js'
import {createNewsPipeline} from './news.js'
import {createPdfPipeline} from './pdf.js'
import {createRecordPipeline} from './record.js'
import {createTextPipeline} from './text.js'
import {createWikiPipeline} from './wiki.js'

type Ingest = {parse: (file: VFile) => unknown; run: (tree: never, file: VFile) => Promise<unknown>}

// The readers of PDF files, raw wikitext and whole web pages (pdfjs-dist,
// wtf_wikipedia, Readability + linkedom) are loaded on first use: a run
// without such files does not pay for them at start-up.
const factories: Record<SourceKind, () => Promise<Ingest>> = {
  wiki: async () => createWikiPipeline() as never,
  wikitext: async () => (await import('./wikitext.js')).createWikitextPipeline() as never,
  news: async () => createNewsPipeline() as never,
  webpage: async () => (await import('./webpage.js')).createWebPagePipeline() as never,
  pdf: async () => createPdfPipeline() as never,
  'pdf-file': async () => (await import('./pdfFile.js')).createPdfFilePipeline() as never,
  markdown: async () => createMarkdownPipeline() as never,
  text: async () => createTextPipeline() as never
}

const recordCache = new WeakMap<Lexicon, ReturnType<typeof createRecordPipeline>>()
const ingestCache = new Map<SourceKind, Promise<Ingest>>()

function recordProcessor(lexicon: Lexicon): ReturnType<typeof createRecordPipeline> {
  let processor = recordCache.get(lexicon)
  if (!processor) {
    processor = createRecordPipeline(lexicon)
    recordCache.set(lexicon, processor)
  }
  return processor
}

/** The pipelines of the product: one ingest processor per kind of source, then the record processor. */
export const pipelines: Pipelines = {
  async ingest(kind, file) {
    let pending = ingestCache.get(kind)
    if (!pending) {
      pending = factories[kind]()
      ingestCache.set(kind, pending)
      // A reader that failed to load is tried again by the next file, not cached as a failure.
      pending.catch(() => ingestCache.delete(kind))
    }
    const processor = await pending
    await processor.run(processor.parse(file) as never, file)
  },
  async prepareRecord(lexicon: Lexicon, file: VFile) {
    // Freezing runs the attachers, which make the entity step's segmenter (jieba with the lexicon's names).
    const processor = recordProcessor(lexicon).freeze()
    // Only a Chinese text is segmented: an English one never waits for jieba's dictionaries.
    if (file.data.meta?.language === 'en') return
    processor.data('entitySegmenter')?.load()
    preloadJieba()
  },
  async record(lexicon: Lexicon, file) {
    const processor = recordProcessor(lexicon)
    const tree = {type: 'root' as const, children: []}
    await processor.run(tree, file)
    file.value = processor.stringify(tree, file)
  }
}
