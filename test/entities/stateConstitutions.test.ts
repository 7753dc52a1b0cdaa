import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {stateConstitutionCandidates} from '../../src/entities/rules/stateConstitutions.js'

// Made-up sentences, never the seeds' or the gold's.
function run(text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  stateConstitutionCandidates(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.type, candidate.name])
}

describe('a state’s constitution is a document', () => {
  it.each([
    ['会议修改了越南社会主义共和国宪法', [['越南社会主义共和国宪法', 'Legislation', '越南社会主义共和国宪法']]],
    ['依照古巴社会主义宪法第五条', [['古巴社会主义宪法', 'Legislation', '古巴宪法']]], // the epithet left out of the name
    ['蒙古國憲法规定', [['蒙古国宪法', 'Legislation', '蒙古国宪法']]], // the state as written
    ['韩国宪法法院作出裁决', []], // the court, a body
    ['该国宪法没有规定', []] // no state named
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
