import {describe, expect, it} from 'vitest'
import {landmarkCandidates} from '../../src/entities/rules/landmarks.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(landmarkCandidates, text).map((candidate) => [candidate.surface, candidate.type, candidate.name])

describe('a named building or site is a place', () => {
  it.each([
    ['遗体安葬在开城革命烈士陵园', [['开城革命烈士陵园', 'Place', '开城革命烈士陵园']]],
    ['他被葬于國立大邱顯忠院', [['国立大邱显忠院', 'Place', '国立大邱显忠院']]], // the qualifier belongs to the name
    ['大会在三一五文化会馆举行', [['三一五文化会馆', 'Place', '三一五文化会馆']]], // named after a date
    ['他被关押在奉天监狱', [['奉天监狱', 'Place', '奉天监狱']]], // a prison is a building
    ['美国军营里一片寂静', []], // a state's: any camp there
    ['这座游乐场很大', []] // no name before the kind
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
