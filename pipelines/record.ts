import {unified} from 'unified'
import loadEnglish from '../src/english/englishNlp.js'
import type {Lexicon} from '../src/entities/buildLexicon.js'
import extractEntities from '../src/entities/extractEntities.js'
import extractEvents from '../src/events/extractEvents.js'
import compileJsonLd from '../src/jsonld/compileJsonLd.js'

/**
 * After every source of the batch is ingested: entities (with the lexicon of
 * the batch's links), meetings and the JSON-LD record.
 */
export function createRecordPipeline(lexicon: Lexicon) {
  return (
    unified()
      // compromise, for an English document only: the entity step reads it synchronously.
      .use(loadEnglish)
      .use(extractEntities, {lexicon})
      .use(extractEvents)
      .use(compileJsonLd)
  )
}
