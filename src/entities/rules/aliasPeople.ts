import {codePointIndex} from '../../core/codePoints.js'
import type {TokenLookup} from '../tokenLookup.js'
import {typeOfName} from '../typeOfName.js'
import {aliases} from '../vocabulary/aliases.js'
import type {Candidate} from './candidate.js'

/** Written forms of people in the alias table (Chinese forms of two characters or more) → the person. */
let forms: Map<string, string> | undefined
function personForms(): Map<string, string> {
  forms ??= new Map(
    aliases.filter((entry) => typeOfName(entry.canonical)?.type === 'Person').flatMap((entry) => [entry.canonical, ...entry.forms].filter((form) => /^[\p{Script=Han}·]{2,}$/u.test(form)).map((form) => [form, entry.canonical] as const))
  )
  return forms
}

/**
 * People by a written form the alias table gives them with its source
 * (`vocabulary/aliases.ts`: a regional transliteration, `川普` of
 * `唐纳德·特朗普`), wherever the text writes it as a word: jieba's words
 * at its edges start and end with it, or are words jieba does not know
 * (`问川普`, `川普会`). Inside a word jieba knows (a place's `加利福尼亚`) it is none.
 * The evidence is the alias table, general knowledge kept as data: `gazetteer`.
 */
export function aliasPeopleCandidates(folded: string[], words: TokenLookup): Candidate[] {
  const text = folded.join('')
  const at = codePointIndex(text)
  const found: Candidate[] = []
  for (const [form, name] of personForms()) {
    for (let index = text.indexOf(form); index >= 0; index = text.indexOf(form, index + form.length)) {
      const start = at(index)
      const end = at(index + form.length)
      const [first, last] = [words.at(start), words.at(end - 1)]
      if ((first?.start !== start && first?.tag !== 'x') || (last?.end !== end && last?.tag !== 'x')) continue
      found.push({start, end, type: 'Person', name, source: 'gazetteer'})
    }
  }
  return found
}
