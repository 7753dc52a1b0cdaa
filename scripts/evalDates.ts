/**
 * Scores the time tagger against the hand-made gold (`test/gold/dates/<split>/`:
 * `dev` was tuned on; `test` is a first-look split), in a batch of the seeds and
 * the whole corpus, and
 * chrono-node (its `zh` parser; `en` for English documents) on the same texts
 * in the same run, per document kind.
 *
 *   npm run eval:dates [-- --errors] [-- --json]
 */
import {parseArgs} from 'node:util'
import * as chrono from 'chrono-node'
import {addCounts, emptyCounts, type LabelledSpan, matchSpans, scores, type SpanCounts} from '../src/eval/scoreSpans.js'
import {goldFiles, goldSplits, processEvaluationBatch} from './evalBatch.js'

const {values: options} = parseArgs({options: {errors: {type: 'boolean'}, json: {type: 'boolean'}}})

interface GoldFile {
  document: string
  kind: string
  annotations: Array<{start: number; end: number; text: string; value: string; mod?: string}>
}

/** chrono fills missing parts from a reference date: a fixed one keeps the report repeatable. */
const chronoReference = new Date(Date.UTC(2026, 10, 24))

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
/** Split → document kind (and `all`) → system → counts. */
const totals: Record<string, Record<string, Record<(typeof systems)[number], SpanCounts>>> = {}
const errors: string[] = []
let stale = 0
const batch = await processEvaluationBatch()

for (const split of goldSplits('test/gold/dates')) {
  const bySplit: Record<string, Record<(typeof systems)[number], SpanCounts>> = (totals[split.name] = {})
  for (const gold of goldFiles<GoldFile>(split)) {
    const file = batch.get(gold.document)
    if (!file) throw new Error(`No source for gold document ${gold.document}`)
    const text = file.data.text ?? ''
    const characters = [...text]
    for (const annotation of gold.annotations) {
      if (characters.slice(annotation.start, annotation.end).join('') !== annotation.text) {
        stale++
        errors.push(`STALE ${split.name} ${gold.document} ${annotation.start}-${annotation.end} “${annotation.text}”`)
      }
    }
    const goldSpans = gold.annotations.map((annotation) => ({start: annotation.start, end: annotation.end, label: label(annotation.value, annotation.mod)}))
    const ours = (file.data.times ?? []).map((time) => ({start: time.start, end: time.end, label: label(time.value, time.mod)}))
    const peer = chronoSpans(text, file.data.meta?.language === 'en')
    for (const [system, predicted] of [
      ['ours', ours],
      ['chrono', peer]
    ] as const) {
      const {counts, pairs} = matchSpans(goldSpans, predicted)
      for (const kind of [gold.kind, 'all']) {
        bySplit[kind] ??= {ours: emptyCounts(), chrono: emptyCounts()}
        bySplit[kind]![system] = addCounts(bySplit[kind]![system], counts)
      }
      if (system === 'ours' && options.errors) {
        const where = `${split.name} ${gold.document}`
        const pairedGold = new Set(pairs.map(([g]) => g))
        const pairedPredicted = new Set(pairs.map(([, p]) => p))
        const quote = (span: LabelledSpan) => characters.slice(span.start, span.end).join('')
        for (const [g, p] of pairs) {
          if (goldSpans[g]!.label !== predicted[p]!.label) errors.push(`VALUE ${where} “${quote(goldSpans[g]!)}” gold ${goldSpans[g]!.label} ≠ ${predicted[p]!.label} (“${quote(predicted[p]!)}”)`)
        }
        for (const [g, span] of goldSpans.entries()) if (!pairedGold.has(g)) errors.push(`MISSED ${where} ${span.start} “${quote(span)}” ${span.label}`)
        for (const [p, span] of predicted.entries()) if (!pairedPredicted.has(p)) errors.push(`SPURIOUS ${where} ${span.start} “${quote(span)}” ${span.label}`)
      }
    }
  }
}

const format = (value: number) => value.toFixed(3)
const withScores = (counts: SpanCounts) => ({...counts, ...scores(counts)})
if (options.json) {
  const report = Object.fromEntries(
    Object.entries(totals).map(([split, byKind]) => [split, Object.fromEntries(Object.entries(byKind).map(([kind, bySystem]) => [kind, {ours: withScores(bySystem.ours), chrono: withScores(bySystem.chrono)}]))])
  )
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} else {
  const lines = ['| split | kind | system | gold | predicted | span F1 | strict span F1 | value P | value R | value F1 |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |']
  for (const [split, byKind] of Object.entries(totals)) {
    for (const kind of Object.keys(byKind).sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
      for (const system of systems) {
        const counts = byKind[kind]![system]
        const s = scores(counts)
        const name = system === 'ours' ? 'this tagger' : 'chrono-node'
        lines.push(
          `| ${split} | ${kind} | ${name} | ${counts.gold} | ${counts.predicted} | ${format(s.spanF1)} | ${format(s.strictF1)} | ${format(s.valueP)} | ${format(s.valueR)} | ${system === 'ours' ? `**${format(s.valueF1)}**` : format(s.valueF1)} |`
        )
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}
if (options.errors || stale > 0) process.stderr.write(`${errors.join('\n')}\n`)
if (stale > 0) process.exitCode = 1
