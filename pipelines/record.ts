import {unified} from 'unified'
import type {Lexicon} from '../src/entities/buildLexicon.js'
import extractEntities from '../src/entities/extractEntities.js'
import compileJsonLd from '../src/jsonld/compileJsonLd.js'

/**
 * After every source of the batch is ingested: entities (with the lexicon of
 * the batch's links) and the JSON-LD record.
 */
export function createRecordPipeline(lexicon: Lexicon) {
  return unified()
    .use(extractEntities, {lexicon})
    .use(compileJsonLd)
}
