/**
 * Scores entity extraction against the hand-made gold (`test/gold/entities/<split>/`:
 * `dev` was tuned on; `test` is a first-look split) per type group, with a
 * jieba-POS-only baseline (nr → person, ns → place, nt → organization) on the
 * same texts in the same run. The seeds and the whole corpus are processed as
 * one batch, as a user runs them: the lexicon depends on every document.
 *
 *   npm run eval:entities [-- --errors] [-- --json]
 */
import {parseArgs} from 'node:util'
import {type EntityType, typeGroup} from '../src/entities/entityTypes.js'
import {tagPlain} from '../src/entities/jieba.js'
import {addCounts, emptyCounts, type LabelledSpan, matchSpans, scores, type SpanCounts} from '../src/eval/scoreSpans.js'
import {goldFiles, goldSplits, processEvaluationBatch} from './evalBatch.js'

const {values: options} = parseArgs({options: {errors: {type: 'boolean'}, json: {type: 'boolean'}}})

interface GoldFile {
  document: string
  kind: string
  annotations: Array<{start: number; end: number; text: string; type: EntityType; name: string}>
}

const groups = ['PER', 'LOC', 'ORG', 'EVENT', 'WORK'] as const
const baselineGroup: Record<string, (typeof groups)[number]> = {nr: 'PER', nrfg: 'PER', nrt: 'PER', ns: 'LOC', nt: 'ORG'}

const batch = await processEvaluationBatch()

type System = 'ours' | 'jieba'
/** Split → type group (and `all`) → system → counts. */
const totals: Record<string, Record<string, Record<System, SpanCounts>>> = {}
const nameAgreement: Record<string, {matched: number; same: number}> = {}
const errors: string[] = []

for (const split of goldSplits('test/gold/entities')) {
  const bySplit: Record<string, Record<System, SpanCounts>> = (totals[split.name] = {})
  const agreement = (nameAgreement[split.name] = {matched: 0, same: 0})
  for (const gold of goldFiles<GoldFile>(split)) {
    const file = batch.get(gold.document)
    if (!file) throw new Error(`No input for gold document ${gold.document}`)
    const text = [...(file.data.text ?? '')]
    for (const annotation of gold.annotations) {
      if (text.slice(annotation.start, annotation.end).join('') !== annotation.text) throw new Error(`Stale gold: ${gold.document} ${annotation.start} “${annotation.text}”`)
    }
    const ours = (file.data.entityMentions ?? []).map((mention) => ({...mention, group: typeGroup(mention.type)}))
    const baseline = tagPlain(text.join('')).flatMap((token) => (baselineGroup[token.tag] ? [{start: token.start, end: token.end, group: baselineGroup[token.tag]!}] : []))
    const goldSpans = gold.annotations.map((annotation) => ({...annotation, group: typeGroup(annotation.type)}))
    const where = `${split.name} ${gold.document}`

    for (const group of groups) {
      const goldOf = goldSpans.filter((span) => span.group === group).map((span): LabelledSpan => ({start: span.start, end: span.end, label: group}))
      for (const [system, predicted] of [
        ['ours', ours],
        ['jieba', baseline]
      ] as const) {
        const spans = predicted.filter((span) => span.group === group).map((span): LabelledSpan => ({start: span.start, end: span.end, label: group}))
        const {counts, pairs} = matchSpans(goldOf, spans)
        for (const key of [group, 'all']) {
          bySplit[key] ??= {ours: emptyCounts(), jieba: emptyCounts()}
          bySplit[key]![system] = addCounts(bySplit[key]![system], counts)
        }
        if (system === 'ours' && options.errors) {
          const quote = (span: LabelledSpan) => text.slice(span.start, span.end).join('')
          const pairedGold = new Set(pairs.map(([g]) => g))
          const pairedPredicted = new Set(pairs.map(([, p]) => p))
          for (const [g, span] of goldOf.entries()) if (!pairedGold.has(g)) errors.push(`MISSED ${group} ${where} ${span.start} “${quote(span)}”`)
          for (const [p, span] of spans.entries()) if (!pairedPredicted.has(p)) errors.push(`SPURIOUS ${group} ${where} ${span.start} “${quote(span)}”`)
        }
      }
    }
    // Canonical names, on the mentions found with the right group.
    for (const annotation of goldSpans) {
      const found = ours.find((mention) => mention.group === annotation.group && mention.start < annotation.end && annotation.start < mention.end)
      if (!found) continue
      agreement.matched++
      if (found.name === annotation.name) agreement.same++
      else if (options.errors) errors.push(`NAME ${where} “${annotation.text}” gold ${annotation.name} ≠ ${found.name}`)
    }
  }
}

const format = (value: number) => value.toFixed(3)
const withScores = (counts: SpanCounts) => ({...counts, ...scores(counts)})
const accuracy = (split: string) => nameAgreement[split]!.same / Math.max(1, nameAgreement[split]!.matched)
if (options.json) {
  const report = Object.fromEntries(
    Object.entries(totals).map(([split, byGroup]) => [
      split,
      {...Object.fromEntries(Object.entries(byGroup).map(([group, bySystem]) => [group, {ours: withScores(bySystem.ours), jieba: withScores(bySystem.jieba)}])), nameAccuracy: accuracy(split)}
    ])
  )
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} else {
  const lines = ['| split | type | system | gold | predicted | P | R | F1 | strict F1 |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |']
  for (const [split, byGroup] of Object.entries(totals)) {
    for (const group of [...groups, 'all']) {
      for (const system of ['ours', 'jieba'] as const) {
        const counts = byGroup[group]![system]
        const s = scores(counts)
        const f1 = system === 'ours' ? `**${format(s.spanF1)}**` : format(s.spanF1)
        lines.push(`| ${split} | ${group} | ${system === 'ours' ? 'this pipeline' : 'jieba POS'} | ${counts.gold} | ${counts.predicted} | ${format(s.spanP)} | ${format(s.spanR)} | ${f1} | ${format(s.strictF1)} |`)
      }
    }
  }
  lines.push('', ...Object.keys(totals).map((split) => `${split}: canonical names right on ${nameAgreement[split]!.same} of ${nameAgreement[split]!.matched} found mentions (${format(accuracy(split))}).`))
  process.stdout.write(`${lines.join('\n')}\n`)
}
if (options.errors) process.stderr.write(`${errors.join('\n')}\n`)
