import {alternation} from '../../core/alternation.js'
import {states, stateInitials} from '../vocabulary/states.js'
import type {Emitter} from './candidate.js'

const fullNames = new Map<string, string>()
for (const state of states) for (const name of [state.name, ...state.others.filter((other) => !other.endsWith('方'))]) fullNames.set(name, state.name)
const stateWords = alternation(fullNames.keys())
const initials = Object.keys(stateInitials).join('')
const pattern = new RegExp(`(${stateWords}|[${initials}])?驻(${stateWords}|[${initials}])国?(大使馆|使馆|总领事馆|领事馆|代表处|代表团)`, 'gu')

const stateOf = (word: string) => fullNames.get(word) ?? stateInitials[word]

/**
 * A state's mission in another (`朝鲜驻马来西亚大使馆`, `朝驻马大使馆`,
 * `驻日本大使馆`): one government body, named with both states in full;
 * `使馆` is the embassy. Without the sending state the name is the text's.
 */
export function embassyCandidates(out: Emitter): void {
  for (const match of out.text.matchAll(pattern)) {
    const [, sender, host, kind] = match
    const hostName = stateOf(host!)
    if (!hostName) continue
    const senderName = sender ? stateOf(sender) : undefined
    const name = `${senderName ?? ''}驻${hostName}${kind === '使馆' ? '大使馆' : kind}`
    out.push(match.index, match[0], {type: 'GovernmentOrganization', name}, false)
  }
}
