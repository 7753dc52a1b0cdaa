import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {inputFolder, seedRecords} from './helpers/runSeeds.js'

/**
 * The reviewed records of the seeds, byte for byte. Regenerate only on purpose
 * (`npm run golden:update`), then read every changed line against its source.
 */
const goldenFolder = new URL('./golden/', import.meta.url)
const files = seedRecords()

describe('golden records', () => {
  it('has one golden file per input and no other', () => {
    const inputs = readdirSync(inputFolder).filter((name) => !name.startsWith('.')).map((name) => name.replace(/\.[^.]+$/, ''))
    const golden = readdirSync(goldenFolder).filter((name) => name.endsWith('.jsonld')).map((name) => name.replace(/\.jsonld$/, ''))
    expect(golden.sort()).toEqual(inputs.sort())
  })

  it('has a record for every input (the shared run of the seeds succeeded for each)', () => {
    expect(files).toHaveLength(readdirSync(inputFolder).filter((name) => !name.startsWith('.')).length)
  })

  for (const file of files) {
    it(`${file.stem}.jsonld matches the reviewed record`, async () => {
      await expect(file.text).toMatchFileSnapshot(new URL(`${file.stem}.jsonld`, goldenFolder).pathname)
    })
  }
})
