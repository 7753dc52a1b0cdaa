import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Pipelines} from '../../src/run/processSource.js'
import {ingestTask, lexiconTask, prepareRecordTask, recordTask, type RecordTask} from '../../src/run/workerTasks.js'

/** Pipelines that only mark the file's language at ingest and remember which files the record steps saw. */
function recordingPipelines() {
  const seen: {prepared: VFile[]; recorded: VFile[]} = {prepared: [], recorded: []}
  const pipelines: Pipelines = {
    async ingest(_kind, file) {
      file.data.text = String(file.value)
      file.data.meta = {language: String(file.value).startsWith('The') ? 'en' : 'zh'} as never
    },
    async prepareRecord(_lexicon, file) {
      seen.prepared.push(file)
    },
    async record(_lexicon, file) {
      seen.recorded.push(file)
      file.value = '{}'
    }
  }
  return {pipelines, seen}
}

async function recordTaskOf(text: string, pipelines: Pipelines): Promise<RecordTask> {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'kpd-tasks-'))
  await ingestTask({type: 'ingest', sourceName: 'a.md', stem: 'a', bytes: new TextEncoder().encode(text), cacheDir, key: 'ingest-a'}, pipelines)
  const lexiconHash = await lexiconTask({type: 'lexicon', tally: [], cacheDir})
  return {type: 'record', ingestKey: 'ingest-a', lexiconHash, cacheDir, key: 'record-a', recordPath: path.join(cacheDir, 'a.jsonld')}
}

describe('worker tasks: preparing a record', () => {
  it('hands the record step the file it prepared for, with what ingest found (its language)', async () => {
    const {pipelines, seen} = recordingPipelines()
    const task = await recordTaskOf('The talks resumed in Beijing.', pipelines)
    await prepareRecordTask(task, pipelines)
    await recordTask(task, pipelines)
    expect(seen.prepared).toHaveLength(1)
    expect(seen.recorded[0]).toBe(seen.prepared[0])
    expect(seen.prepared[0]!.data.meta?.language).toBe('en')
  })

  it('reads the file again for a record task that was not prepared', async () => {
    const {pipelines, seen} = recordingPipelines()
    const task = await recordTaskOf('会谈在北京恢复。', pipelines)
    await recordTask(task, pipelines)
    expect(seen.prepared).toHaveLength(0)
    expect(seen.recorded[0]!.data.text).toBe('会谈在北京恢复。')
  })
})
