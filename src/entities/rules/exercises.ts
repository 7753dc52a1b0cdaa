import type {Emitter} from './candidate.js'

/** A name in quotes (`“某某”`, `「某某」`). */
const quoted = /[“「"]([^“”「」"\n]{2,12})[”」"]/gu
/**
 * After it, up to `演习` or `军演`: other quoted names of the list
 * (`“甲”和“乙”联合演习`) and who holds it (`韩美联合`, `年度军事`).
 */
const exerciseAfter = /^(?:[和与、及][“「"][^“”「」"\n]{2,12}[”」"])*\p{Script=Han}{0,6}?(?:军演|演习)/u
/** What a quote before `演习` may be that is not the exercise's name: a word of the exercise itself. */
const notName = /^(联合|军事|演习|军演)$/u

/**
 * Military exercises by their names in quotes (`“某某”韩美联合演习`,
 * `“甲”和“乙”联合军演`): each quoted name before the exercise is an event,
 * named as written. A quote elsewhere (a slogan, a title) is none.
 */
export function exerciseCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(quoted)) {
    const name = match[1]!
    const end = match.index + match[0].length
    if (notName.test(name) || !exerciseAfter.test(text.slice(end, end + 60))) continue
    push(match.index + 1, name, {type: 'Event', name}, false)
  }
}
