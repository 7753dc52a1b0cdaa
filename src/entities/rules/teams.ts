import {countryName} from '../typeOfName.js'
import {countryNames} from '../typing/known.js'
import {stateAbbreviations} from '../vocabulary/states.js'
import {teamHeads} from '../vocabulary/bodies.js'
import type {Emitter} from './candidate.js'

const states = [...countryNames()].filter((name) => !name.endsWith('方')).sort((a, b) => b.length - a.length)
const pairs = stateAbbreviations.flatMap((first) => stateAbbreviations.filter((second) => second !== first).map((second) => `${first}${second}`))
const team = new RegExp(`(${[...states, ...pairs].join('|')})(${teamHeads.words.join('|')})`, 'gu')

/**
 * A state's team (`某国队`, `某国国家队`) and the joint team of two
 * (`朝韩联队`): an organization, named with the state's short name. It is a
 * word of its own: `某国队员` is a player.
 */
export function teamCandidates(out: Emitter): void {
  const {text, at, starts, ends, push} = out
  for (const match of text.matchAll(team)) {
    const [surface, side, head] = match
    if (!starts.has(at(match.index)) || !ends.has(at(match.index + surface.length))) continue
    push(match.index, surface, {type: 'Organization', name: `${countryName(side!) ?? side}${head}`}, false)
  }
}
