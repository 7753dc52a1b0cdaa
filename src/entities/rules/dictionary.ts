import type {EntityType} from '../entityTypes.js'
import type {Lexicon} from '../buildLexicon.js'
import {staticNames} from '../staticNames.js'
import type {Candidate} from './candidate.js'
import {prefixesOfKeys, properPrefixes} from '../namePrefixes.js'

/**
 * Longest dictionary matches on the folded text: the batch lexicon (names of
 * linked pages) and general knowledge (states, cities, known bodies). A match
 * glued to Latin letters or digits is part of something else.
 */
export function dictionaryCandidates(folded: string[], lexicon: Lexicon, documentNames: Map<string, {type: EntityType; name: string}>): Candidate[] {
  const found: Candidate[] = []
  const longest = 24
  // A surface no name goes on from ends the growth: the lexicon's and general knowledge's prefixes are kept per map.
  const lexiconPrefixes = prefixesOfKeys(lexicon)
  const staticPrefixes = prefixesOfKeys(staticNames)
  const documentPrefixes = properPrefixes(documentNames.keys())
  for (let start = 0; start < folded.length; start++) {
    // Grow the surface one character at a time and keep the longest known one.
    let surface = folded[start]!
    let best: {end: number; surface: string} | undefined
    for (let end = start + 2; end <= Math.min(folded.length, start + longest); end++) {
      if (!lexiconPrefixes.has(surface) && !staticPrefixes.has(surface) && !documentPrefixes.has(surface)) break
      surface += folded[end - 1]!
      if (lexicon.has(surface) || documentNames.has(surface) || staticNames.has(surface)) best = {end, surface}
    }
    if (!best) continue
    const {end} = best
    const entry = lexicon.get(best.surface)
    const local = documentNames.get(best.surface)
    const general = staticNames.get(best.surface)
    // A Latin or numeric name glued to more letters or digits is part of something else.
    if ((/[A-Za-z0-9]/.test(folded[start]!) && /[A-Za-z0-9]/.test(folded[start - 1] ?? '')) || (/[A-Za-z0-9]/.test(folded[end - 1]!) && /[A-Za-z0-9]/.test(folded[end] ?? ''))) continue
    if (entry) found.push({start, end, type: entry.type, name: entry.name, source: 'lexicon', ...(entry.sameAs ? {sameAs: entry.sameAs} : {})})
    else if (local) found.push({start, end, type: local.type, name: local.name, source: 'document'})
    else if (general) found.push({start, end, type: general.type, name: general.name, source: 'gazetteer'})
  }
  return found
}
