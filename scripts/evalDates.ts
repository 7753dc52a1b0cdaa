/**
 * Scores the time tagger against the hand-made gold (`test/gold/dates/`), and
 * chrono-node (its `zh` parser; `en` for English documents) on the same texts
 * in the same run, per document kind.
 *
 *   npm run eval:dates [-- --errors] [-- --json]
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import * as chrono from 'chrono-node'
import {pipelines} from '../pipelines/index.js'
import {addCounts, emptyCounts, type LabelledSpan, matchSpans, scores, type SpanCounts} from '../src/eval/scoreSpans.js'
import {stemOf} from '../src/run/listSources.js'
import {processSources} from '../src/run/processSource.js'

const {values: options} = parseArgs({options: {errors: {type: 'boolean'}, json: {type: 'boolean'}}})

interface GoldFile {
  document: string
  kind: string
  annotations: Array<{start: number; end: number; text: string; value: string; mod?: string}>
}

/** chrono fills missing parts from a reference date: a fixed one keeps the report repeatable. */
const chronoReference = new Date(Date.UTC(2026, 10, 24))

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

const sources = [...filesUnder('input'), ...filesUnder(path.join('..', 'shared', 'corpus'))]
const label = (value: string, mod?: string) => (mod ? `${value} ${mod}` : value)

function toCodePoints(text: string, index: number): number {
  return [...text.slice(0, index)].length
}

function chronoValue(components: chrono.ParsedComponents): string {
  const year = components.get('year')
  const month = components.isCertain('month') ? components.get('month') : undefined
  const day = components.isCertain('day') ? components.get('day') : undefined
  const pad = (value: number) => String(value).padStart(2, '0')
  if (month === undefined || month === null) return String(year)
  if (day === undefined || day === null) return `${year}-${pad(month)}`
  return `${year}-${pad(month)}-${pad(day)}`
}

function chronoSpans(text: string, english: boolean): LabelledSpan[] {
  const parser = english ? chrono.en : chrono.zh
  return parser.parse(text, chronoReference).map((result) => {
    const start = toCodePoints(text, result.index)
    const value = chronoValue(result.start) + (result.end ? `/${chronoValue(result.end)}` : '')
    return {start, end: start + [...result.text].length, label: value}
  })
}

const systems = ['ours', 'chrono'] as const
const totals: Record<string, Record<(typeof systems)[number], SpanCounts>> = {}
const errors: string[] = []
let stale = 0

for (const name of readdirSync('test/gold/dates').filter((file) => file.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join('test/gold/dates', name), 'utf8')) as GoldFile
  const source = sources.find((file) => stemOf(path.basename(file)) === gold.document)
  if (!source) throw new Error(`No source for gold document ${gold.document}`)
  const [file] = await processSources([{sourceName: path.basename(source), stem: gold.document, bytes: readFileSync(source)}], pipelines)
  if (!file) throw new Error(`Could not process ${source}`)
  const text = file.data.text ?? ''
  const characters = [...text]
  for (const annotation of gold.annotations) {
    if (characters.slice(annotation.start, annotation.end).join('') !== annotation.text) {
      stale++
      errors.push(`STALE ${gold.document} ${annotation.start}-${annotation.end} “${annotation.text}”`)
    }
  }
  const goldSpans = gold.annotations.map((annotation) => ({start: annotation.start, end: annotation.end, label: label(annotation.value, annotation.mod)}))
  const ours = (file.data.times ?? []).map((time) => ({start: time.start, end: time.end, label: label(time.value, time.mod)}))
  const peer = chronoSpans(text, file.data.meta?.language === 'en')
  for (const [system, predicted] of [['ours', ours], ['chrono', peer]] as const) {
    const {counts, pairs} = matchSpans(goldSpans, predicted)
    for (const kind of [gold.kind, 'all']) {
      totals[kind] ??= {ours: emptyCounts(), chrono: emptyCounts()}
      totals[kind]![system] = addCounts(totals[kind]![system], counts)
    }
    if (system === 'ours' && options.errors) {
      const pairedGold = new Set(pairs.map(([g]) => g))
      const pairedPredicted = new Set(pairs.map(([, p]) => p))
      const quote = (span: LabelledSpan) => characters.slice(span.start, span.end).join('')
      for (const [g, p] of pairs) {
        if (goldSpans[g]!.label !== predicted[p]!.label) errors.push(`VALUE ${gold.document} “${quote(goldSpans[g]!)}” gold ${goldSpans[g]!.label} ≠ ${predicted[p]!.label} (“${quote(predicted[p]!)}”)`)
      }
      for (const [g, span] of goldSpans.entries()) if (!pairedGold.has(g)) errors.push(`MISSED ${gold.document} ${span.start} “${quote(span)}” ${span.label}`)
      for (const [p, span] of predicted.entries()) if (!pairedPredicted.has(p)) errors.push(`SPURIOUS ${gold.document} ${span.start} “${quote(span)}” ${span.label}`)
    }
  }
}

const format = (value: number) => value.toFixed(3)
if (options.json) {
  process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(totals).map(([kind, bySystem]) => [kind, Object.fromEntries(systems.map((system) => [system, {...bySystem[system], ...scores(bySystem[system])}]))])), null, 2)}\n`)
} else {
  const lines = ['| kind | system | gold | predicted | span P | span R | span F1 | strict F1 | value P | value R | value F1 | value accuracy |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |']
  for (const kind of Object.keys(totals).sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    for (const system of systems) {
      const counts = totals[kind]![system]
      const s = scores(counts)
      lines.push(`| ${kind} | ${system === 'ours' ? 'this tagger' : 'chrono-node'} | ${counts.gold} | ${counts.predicted} | ${format(s.spanP)} | ${format(s.spanR)} | ${format(s.spanF1)} | ${format(s.strictF1)} | ${format(s.valueP)} | ${format(s.valueR)} | ${format(s.valueF1)} | ${format(s.valueAccuracy)} |`)
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}
if (options.errors || stale > 0) process.stderr.write(`${errors.join('\n')}\n`)
if (stale > 0) process.exitCode = 1
