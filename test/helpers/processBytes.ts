import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import {pipelines} from '../../pipelines/index.js'
import {stemOf} from '../../src/run/listSources.js'
import {processSources} from '../../src/run/processSource.js'

/** Runs files (paths or URLs) as one batch, from their bytes, as the CLI would. */
export async function processFiles(...files: Array<string | URL>): Promise<VFile[]> {
  return processSources(
    files.map((file) => {
      const name = decodeURIComponent(String(file).split('/').pop()!)
      return {sourceName: name, stem: stemOf(name), bytes: readFileSync(file)}
    }),
    pipelines
  )
}

/** A batch of one source given as bytes. */
export async function processBytes(sourceName: string, bytes: Uint8Array): Promise<VFile> {
  const [file] = await processSources([{sourceName, stem: stemOf(sourceName), bytes}], pipelines)
  return file!
}

export const fatalOf = (file: VFile) => file.messages.filter((message) => message.fatal).map((message) => ({ruleId: message.ruleId, reason: message.reason}))
