import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/**
 * `../shared/corpus/` beside the repository: CI and the team's machines have
 * it; a clone elsewhere does not, and the tests that read it say they skipped.
 */
export const corpusFolder = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
export const hasCorpus = existsSync(corpusFolder)
