import {tagPlain} from '../../src/entities/jieba.js'
import {type Candidate, type Emitter, emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'

/**
 * What one pattern rule finds in a made-up sentence, each candidate with the
 * surface it spans in the folded text: the tables of `test/entities/` read it.
 */
export function ruleFound(rule: (out: Emitter) => void, text: string): Array<Candidate & {surface: string}> {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  rule(out)
  return out.found.map((candidate) => ({...candidate, surface: folded.slice(candidate.start, candidate.end).join('')}))
}

/** What a rule over the folded text alone finds in a made-up sentence: each candidate's surface and canonical name. */
export function namedBy(rule: (folded: string[]) => Candidate[], text: string): Array<[string, string]> {
  const folded = foldedCharacters(text)
  return rule(folded).map((found) => [folded.slice(found.start, found.end).join(''), found.name])
}
