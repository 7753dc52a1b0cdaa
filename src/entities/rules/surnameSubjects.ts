import {codePointIndex} from '../../core/codePoints.js'
import type {TokenLookup} from '../tokenLookup.js'
import {singleSurnames} from '../vocabulary/surnames.js'
import {stateAbbreviations} from '../vocabulary/states.js'
import type {Candidate} from './candidate.js'

/** A surname a state's one-character name is not (`韩`, `朝`, `美` start clauses as states). */
const surnames = new Set(singleSurnames.filter((surname) => !stateAbbreviations.includes(surname)))
/** Where a clause starts: the text's start, a line's, or after a stop, a comma or a colon. */
const clauseStart = /(?:^|[\n。，,；;：:！？!?」”])$/u
/** What follows the subject of a clause: a verb, an adverb (`又`), a preposition (`在`, `为`, `于`). */
const predicate = /^(v|vd|vn|d|p)$/

/**
 * `文又提倡…`, `崔希望…`: the press names a person the text has named in
 * full by their one-character surname as the subject of a clause. The
 * surname starts the clause, is a word of its own, and a verb, an adverb or
 * a preposition follows; it stands for the one person of the document with
 * that surname (`people`: the names found), never when two share it or when
 * it is a state's one-character name (`韩`).
 */
export function surnameSubjectCandidates(folded: string[], people: string[], words: TokenLookup): Candidate[] {
  const bySurname = new Map<string, Set<string>>()
  for (const name of people) {
    const first = [...name][0]!
    if (name.includes('·') || [...name].length < 2 || !surnames.has(first)) continue
    if (!bySurname.has(first)) bySurname.set(first, new Set())
    bySurname.get(first)!.add(name)
  }
  const text = folded.join('')
  const at = codePointIndex(text)
  const found: Candidate[] = []
  for (const [surname, names] of bySurname) {
    if (names.size !== 1) continue
    const [name] = names
    for (let index = text.indexOf(surname); index >= 0; index = text.indexOf(surname, index + 1)) {
      const start = at(index)
      const word = words.at(start)
      const next = words.at(start + 1)
      if (!clauseStart.test(text.slice(Math.max(0, index - 1), index)) || word?.start !== start || word.end !== start + 1 || !next || !predicate.test(next.tag)) continue
      found.push({start, end: start + 1, type: 'Person', name: name!, source: 'document'})
    }
  }
  return found
}
