import type {BatchContext} from './batchContext.js'
import {hashOf} from './cache.js'
import {LinkTally, type TalliedLink} from './lexiconLinks.js'

/** Tallies of several shards as one, as a single run would have made it. */
export function mergeTallies(parts: TalliedLink[][]): TalliedLink[] {
  const tally = new LinkTally()
  for (const part of parts) for (const link of part) tally.addTallied(link)
  return tally.entries()
}

/**
 * The batch's lexicon, built in a worker (jieba loads there) and stored in
 * the cache; returns the hash of its entries, which the record step's cache
 * keys take. The same tally and code reuse the stored lexicon.
 */
export async function buildBatchLexicon(tally: TalliedLink[], context: BatchContext): Promise<string> {
  const key = hashOf(context.version, 'lexicon', JSON.stringify(tally))
  const known = await context.cache.readJson<{hash: string}>('lexicon-of', key, (value) => typeof value.hash === 'string')
  if (known) {
    const stored = await context.cache.readJson('lexicon', known.hash, Array.isArray)
    if (stored) return known.hash
  }
  const hash = await context.pool.run<string>({type: 'lexicon', tally, cacheDir: context.cache.dir})
  await context.cache.write('lexicon-of', key, JSON.stringify({hash}))
  return hash
}
