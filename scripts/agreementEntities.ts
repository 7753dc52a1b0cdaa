/**
 * Agreement between two people annotating the same pages by hand: the second
 * annotation (`test/gold/agreement/entities-<split>-second/`) scored against
 * the split's gold exactly as the pipeline is scored (overlapping spans of the
 * same type group; canonical names on the paired mentions). It tells how far
 * the guidelines leave room: a system cannot be held to more than people agree on.
 *
 *   npm run eval:agreement
 */
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {type EntityType, typeGroup} from '../src/entities/entityTypes.js'
import {addCounts, emptyCounts, type LabelledSpan, matchSpans, scores, type SpanCounts} from '../src/eval/scoreSpans.js'
import {goldFiles} from './evalBatch.js'

interface GoldFile {
  document: string
  annotations: Array<{start: number; end: number; text: string; type: EntityType; name: string}>
}

const groups = ['PER', 'LOC', 'ORG', 'EVENT', 'WORK'] as const
const root = path.resolve(import.meta.dirname, '..')
const agreementFolder = path.join(root, 'test/gold/agreement')
const lines = ['| split | type | first | second | P | R | F1 |', '| --- | --- | --- | --- | --- | --- | --- |']
const format = (value: number) => value.toFixed(3)

for (const folder of readdirSync(agreementFolder).filter((name) => /^entities-.+-second$/.test(name))) {
  const split = folder.replace(/^entities-|-second$/g, '')
  const firstByDocument = new Map(goldFiles<GoldFile>({name: split, folder: path.join(root, 'test/gold/entities', split)}).map((file) => [file.document, file]))
  const totals = new Map<string, SpanCounts>()
  let paired = 0
  let sameName = 0
  for (const second of goldFiles<GoldFile>({name: folder, folder: path.join(agreementFolder, folder)})) {
    const first = firstByDocument.get(second.document)
    if (!first) throw new Error(`${folder}: ${second.document} is not in the ${split} split`)
    const spansOf = (file: GoldFile, group: string) => file.annotations.filter((a) => typeGroup(a.type) === group).map((a): LabelledSpan => ({start: a.start, end: a.end, label: group}))
    for (const group of groups) {
      const {counts} = matchSpans(spansOf(first, group), spansOf(second, group))
      for (const key of [group, 'all']) totals.set(key, addCounts(totals.get(key) ?? emptyCounts(), counts))
    }
    // Canonical names on the mentions both found with the same type group (as the eval pairs them).
    for (const annotation of first.annotations) {
      const other = second.annotations.find((a) => typeGroup(a.type) === typeGroup(annotation.type) && a.start < annotation.end && annotation.start < a.end)
      if (!other) continue
      paired++
      if (other.name === annotation.name) sameName++
    }
  }
  for (const group of [...groups, 'all']) {
    const counts = totals.get(group) ?? emptyCounts()
    const s = scores(counts)
    lines.push(`| ${split} | ${group} | ${counts.gold} | ${counts.predicted} | ${format(s.spanP)} | ${format(s.spanR)} | **${format(s.spanF1)}** |`)
  }
  lines.push('', `${split}: the same canonical name on ${sameName} of ${paired} paired mentions (${format(sameName / Math.max(1, paired))}).`)
}
process.stdout.write(`${lines.join('\n')}\n`)
