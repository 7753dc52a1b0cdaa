import {describe, expect, it} from 'vitest'
import {stateConstitutionCandidates} from '../../src/entities/rules/stateConstitutions.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(stateConstitutionCandidates, text).map((candidate) => [candidate.surface, candidate.type, candidate.name])

describe('a state’s constitution is a document', () => {
  it.each([
    ['会议修改了越南社会主义共和国宪法', [['越南社会主义共和国宪法', 'Legislation', '越南社会主义共和国宪法']]],
    ['依照古巴社会主义宪法第五条', [['古巴社会主义宪法', 'Legislation', '古巴宪法']]], // the epithet left out of the name
    ['蒙古國憲法规定', [['蒙古国宪法', 'Legislation', '蒙古国宪法']]], // the state as written
    ['韩国宪法法院作出裁决', []], // the court, a body
    ['该国宪法没有规定', []] // no state named
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
