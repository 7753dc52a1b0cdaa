import type {VFile} from 'vfile'
import type {Lexicon} from '../src/entities/buildLexicon.js'
import type {SourceKind} from '../src/core/types.js'
import type {Pipelines} from '../src/run/processSource.js'
import {createMarkdownPipeline} from './markdown.js'
import {createNewsPipeline} from './news.js'
import {createPdfPipeline} from './pdf.js'
import {createPdfFilePipeline} from './pdfFile.js'
import {createRecordPipeline} from './record.js'
import {createTextPipeline} from './text.js'
import {createWebPagePipeline} from './webpage.js'
import {createWikiPipeline} from './wiki.js'
import {createWikitextPipeline} from './wikitext.js'

const factories: Record<SourceKind, () => {parse: (file: VFile) => unknown; run: (tree: never, file: VFile) => Promise<unknown>}> = {
  wiki: createWikiPipeline,
  wikitext: createWikitextPipeline,
  news: createNewsPipeline,
  webpage: createWebPagePipeline,
  pdf: createPdfPipeline,
  'pdf-file': createPdfFilePipeline,
  markdown: createMarkdownPipeline,
  text: createTextPipeline
} as never

const ingestCache = new Map<SourceKind, ReturnType<(typeof factories)[SourceKind]>>()

/** The pipelines of the product: one ingest processor per kind of source, then the record processor. */
export const pipelines: Pipelines = {
  async ingest(kind, file) {
    let processor = ingestCache.get(kind)
    if (!processor) {
      processor = factories[kind]()
      ingestCache.set(kind, processor)
    }
    await processor.run(processor.parse(file) as never, file)
  },
  async record(lexicon: Lexicon, file) {
    const processor = createRecordPipeline(lexicon)
    const tree = {type: 'root' as const, children: []}
    await processor.run(tree, file)
    file.value = processor.stringify(tree, file)
  }
}
