import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {inject} from 'vitest'

export const inputFolder = new URL('../../input/', import.meta.url)

export interface SeedRecord {
  stem: string
  /** The record's text as the CLI wrote it. */
  text: string
}

/**
 * The records of `input/` from the suite's one shared CLI run
 * (`test/globalSetup.ts`): the seeds are processed once per `npm test`.
 */
export function seedRecords(): SeedRecord[] {
  const folder = inject('seedsOutput')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonld') && name !== 'context.jsonld')
    .sort()
    .map((name) => ({stem: name.slice(0, -'.jsonld'.length), text: readFileSync(path.join(folder, name), 'utf8')}))
}

/** The JSON-LD record of a seed. */
export function recordOf(record: SeedRecord): {'@context': object; '@graph': Array<Record<string, any>>} {
  return JSON.parse(record.text)
}
