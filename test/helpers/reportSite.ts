import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {readDataset} from '../../src/report/readDataset.js'
import {writeSite} from '../../src/report/writeSite.js'
import {root, runPipeline} from './runScript.js'

/** Sources run through the pipeline for the report tests: markup in a title and in text, and a failing binary. */
export const reportFixtures = ['test/fixtures/report-xss', 'test/fixtures/io-binary/input.png']

export interface ReportSite {
  folder: string
  data: string
  /** Stems of every record the site was built from. */
  stems: string[]
}

/**
 * The committed seed records (`output/`) plus the fixtures' records, with the
 * two manifests merged, built into a site in a temporary folder: no
 * `../shared` needed.
 */
export async function buildReportSite(): Promise<ReportSite> {
  const base = mkdtempSync(path.join(tmpdir(), 'report-site-'))
  const data = path.join(base, 'data')
  const fixtureData = path.join(base, 'fixture-data')
  const folder = path.join(base, 'site')
  mkdirSync(data)
  // The compiled CLI (`dist/`, built fresh by the test setup), as `npm run pipeline` runs it: the same code as the
  // sources, without tsx compiling every module again in the process and in each worker thread.
  const run = await runPipeline([...reportFixtures.flatMap((input) => ['-i', input]), '-o', fixtureData, '-c', '1'])
  if (run.code !== 1) throw new Error(`pipeline on the fixtures: exit ${run.code} (expected 1: the binary fails)\n${run.stderr}`)
  const seeds = path.join(root, 'output')
  const records = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.jsonld') && name !== 'context.jsonld')
  for (const name of records(seeds)) copyFileSync(path.join(seeds, name), path.join(data, name))
  for (const name of records(fixtureData)) copyFileSync(path.join(fixtureData, name), path.join(data, name))
  const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {files: unknown[]}
  const merged = {...manifest(seeds), files: [...manifest(seeds).files, ...manifest(fixtureData).files]}
  writeFileSync(path.join(data, 'manifest.json'), JSON.stringify(merged, null, 2))
  writeSite(readDataset(data), folder)
  const stems = [...records(data)].map((name) => name.replace(/\.jsonld$/, '')).sort()
  return {folder, data, stems}
}
