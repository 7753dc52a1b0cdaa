/**
 * Scores entity extraction against the hand-made gold (`test/gold/entities/`)
 * per type group, and a jieba-POS-only baseline (nr → person, ns → place,
 * nt → organization) on the same texts in the same run. The seeds are
 * processed as one batch, as the CLI does.
 *
 *   npm run eval:entities [-- --errors] [-- --json]
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {pipelines} from '../pipelines/index.js'
import {type EntityType, typeGroup} from '../src/entities/entityTypes.js'
import {tagPlain} from '../src/entities/jieba.js'
import {addCounts, emptyCounts, type LabelledSpan, matchSpans, scores, type SpanCounts} from '../src/eval/scoreSpans.js'
import {stemOf} from '../src/run/listSources.js'
import {processSources} from '../src/run/processSource.js'

const {values: options} = parseArgs({options: {errors: {type: 'boolean'}, json: {type: 'boolean'}}})

interface GoldFile {
  document: string
  kind: string
  annotations: Array<{start: number; end: number; text: string; type: EntityType; name: string}>
}

const groups = ['PER', 'LOC', 'ORG', 'EVENT', 'WORK'] as const
const baselineGroup: Record<string, (typeof groups)[number]> = {nr: 'PER', nrfg: 'PER', nrt: 'PER', ns: 'LOC', nt: 'ORG'}

const names = readdirSync('input').filter((name) => !name.startsWith('.')).sort()
const files = await processSources(names.map((name) => ({sourceName: name, stem: stemOf(name), bytes: readFileSync(path.join('input', name))})), pipelines)

type System = 'ours' | 'jieba'
const totals: Record<string, Record<System, SpanCounts>> = {}
const nameAgreement = {matched: 0, same: 0}
const errors: string[] = []

for (const goldName of readdirSync('test/gold/entities').filter((file) => file.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join('test/gold/entities', goldName), 'utf8')) as GoldFile
  const file = files.find((candidate) => candidate.data.stem === gold.document)
  if (!file) throw new Error(`No input for gold document ${gold.document}`)
  const text = [...(file.data.text ?? '')]
  for (const annotation of gold.annotations) {
    if (text.slice(annotation.start, annotation.end).join('') !== annotation.text) throw new Error(`Stale gold: ${gold.document} ${annotation.start} “${annotation.text}”`)
  }
  const ours = (file.data.entityMentions ?? []).map((mention) => ({...mention, group: typeGroup(mention.type)}))
  const baseline = tagPlain(text.join('')).flatMap((token) => (baselineGroup[token.tag] ? [{start: token.start, end: token.end, group: baselineGroup[token.tag]!}] : []))
  const goldSpans = gold.annotations.map((annotation) => ({...annotation, group: typeGroup(annotation.type)}))

  for (const group of groups) {
    const goldOf = goldSpans.filter((span) => span.group === group).map((span): LabelledSpan => ({start: span.start, end: span.end, label: group}))
    for (const [system, predicted] of [['ours', ours], ['jieba', baseline]] as const) {
      const spans = predicted.filter((span) => span.group === group).map((span): LabelledSpan => ({start: span.start, end: span.end, label: group}))
      const {counts, pairs} = matchSpans(goldOf, spans)
      for (const key of [group, 'all']) {
        totals[key] ??= {ours: emptyCounts(), jieba: emptyCounts()}
        totals[key]![system] = addCounts(totals[key]![system], counts)
      }
      if (system === 'ours' && options.errors) {
        const quote = (span: LabelledSpan) => text.slice(span.start, span.end).join('')
        const pairedGold = new Set(pairs.map(([g]) => g))
        const pairedPredicted = new Set(pairs.map(([, p]) => p))
        for (const [g, span] of goldOf.entries()) if (!pairedGold.has(g)) errors.push(`MISSED ${group} ${gold.document} ${span.start} “${quote(span)}”`)
        for (const [p, span] of spans.entries()) if (!pairedPredicted.has(p)) errors.push(`SPURIOUS ${group} ${gold.document} ${span.start} “${quote(span)}”`)
      }
    }
  }
  // Canonical names, on the mentions found with the right group.
  for (const annotation of goldSpans) {
    const found = ours.find((mention) => mention.group === annotation.group && mention.start < annotation.end && annotation.start < mention.end)
    if (!found) continue
    nameAgreement.matched++
    if (found.name === annotation.name) nameAgreement.same++
    else if (options.errors) errors.push(`NAME ${gold.document} “${annotation.text}” gold ${annotation.name} ≠ ${found.name}`)
  }
}

const format = (value: number) => value.toFixed(3)
if (options.json) {
  process.stdout.write(`${JSON.stringify({...Object.fromEntries(Object.entries(totals).map(([group, bySystem]) => [group, {ours: {...bySystem.ours, ...scores(bySystem.ours)}, jieba: {...bySystem.jieba, ...scores(bySystem.jieba)}}])), nameAccuracy: nameAgreement.same / Math.max(1, nameAgreement.matched)}, null, 2)}\n`)
} else {
  const lines = ['| type | system | gold | predicted | P | R | F1 | strict F1 |', '| --- | --- | --- | --- | --- | --- | --- | --- |']
  for (const group of [...groups, 'all']) {
    for (const system of ['ours', 'jieba'] as const) {
      const counts = totals[group]![system]
      const s = scores(counts)
      lines.push(`| ${group} | ${system === 'ours' ? 'this pipeline' : 'jieba POS'} | ${counts.gold} | ${counts.predicted} | ${format(s.spanP)} | ${format(s.spanR)} | ${format(s.spanF1)} | ${format(s.strictF1)} |`)
    }
  }
  lines.push('', `Canonical names right on ${nameAgreement.same} of ${nameAgreement.matched} found mentions (${format(nameAgreement.same / Math.max(1, nameAgreement.matched))}).`)
  process.stdout.write(`${lines.join('\n')}\n`)
}
if (options.errors) process.stderr.write(`${errors.join('\n')}\n`)
