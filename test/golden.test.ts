import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {succeeded} from '../src/run/processSource.js'
import {inputFolder, processInputs} from './helpers/runSeeds.js'

/**
 * The reviewed records of the seeds, byte for byte. Regenerate only on purpose
 * (`npm run golden:update`), then read every changed line against its source.
 */
const goldenFolder = new URL('./golden/', import.meta.url)
const files = await processInputs()

describe('golden records', () => {
  it('has one golden file per input and no other', () => {
    const inputs = readdirSync(inputFolder).filter((name) => !name.startsWith('.')).map((name) => name.replace(/\.[^.]+$/, ''))
    const golden = readdirSync(goldenFolder).filter((name) => name.endsWith('.jsonld')).map((name) => name.replace(/\.jsonld$/, ''))
    expect(golden.sort()).toEqual(inputs.sort())
  })

  for (const file of files) {
    it(`${file.data.stem}.jsonld matches the reviewed record`, async () => {
      expect(succeeded(file)).toBe(true)
      await expect(String(file.value)).toMatchFileSnapshot(new URL(`${file.data.stem}.jsonld`, goldenFolder).pathname)
    })
  }
})
