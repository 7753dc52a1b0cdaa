/**
 * The raw wikitext pages of ../shared/corpus/wikitext/ against their Markdown
 * twins in ../shared/corpus/zhwiki/ (other revisions): each pair is run as a
 * batch of two, and the entities of the blocks whose text is the same in
 * both are compared. Prints counts and every difference.
 *
 *   npx tsx scripts/compareWikitext.ts
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {pipelines} from '../pipelines/index.js'
import {compareTwins} from '../src/eval/compareTwins.js'
import {processSources} from '../src/run/processSource.js'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
const out: string[] = []
for (const name of readdirSync(`${corpus}wikitext`).sort()) {
  const title = name.replace(/ \(wikitext\)\.wikitext$/, '')
  const twin = `${corpus}zhwiki/${title}.md`
  if (!existsSync(twin)) {
    out.push(`${title}: no Markdown twin`)
    continue
  }
  const [raw, markdown] = await processSources(
    [
      {sourceName: name, stem: 'wikitext', bytes: readFileSync(`${corpus}wikitext/${name}`)},
      {sourceName: `${title}.md`, stem: 'markdown', bytes: readFileSync(twin)}
    ],
    pipelines
  )
  const comparison = compareTwins(raw!, markdown!)
  out.push(
    `${title}: ${comparison.sameBlocks} of ${comparison.blocks} wikitext sentences word for word in the Markdown; ` +
      `${comparison.sameMentions} entity mentions the same, ${comparison.onlyFirst.length} only from the wikitext, ${comparison.onlySecond.length} only from the Markdown`
  )
  for (const mention of comparison.onlyFirst) out.push(`  only wikitext: ${mention}`)
  for (const mention of comparison.onlySecond) out.push(`  only Markdown: ${mention}`)
  out.push(
    `  links: ${raw!.data.links?.length ?? 0} vs ${markdown!.data.links?.length ?? 0}; citations: ${raw!.data.meta?.citations?.length ?? 0} vs ${markdown!.data.meta?.citations?.length ?? 0}; ` +
      `entities: ${raw!.data.entities?.length ?? 0} vs ${markdown!.data.entities?.length ?? 0}; dates: ${raw!.data.times?.length ?? 0} vs ${markdown!.data.times?.length ?? 0}; infobox fields: ${raw!.data.meta?.infobox?.length ?? 0}`
  )
}
process.stdout.write(`${out.join('\n')}\n`)
