import {describe, expect, it} from 'vitest'
import {schoolCandidates} from '../../src/entities/rules/schools.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(schoolCandidates, text).map((candidate) => [candidate.surface, candidate.type, candidate.name])

describe('a school named after its town is an organization', () => {
  it.each([
    ['他七岁进入开城第三小学读书', [['开城第三小学', 'Organization', '开城第三小学']]],
    ['毕业于北京第二十中学', [['北京第二十中学', 'Organization', '北京第二十中学']]],
    ['曾在大連商業學校学习', [['大连商业学校', 'Organization', '大连商业学校']]], // folded, named as written
    ['1930年 釜山第三高等学校 毕业', [['釜山第三高等学校', 'Organization', '釜山第三高等学校']]], // a Korean school's level
    ['1925年，京城高等普通學校進学', [['京城高等普通学校', 'Organization', '京城高等普通学校']]], // before 1938
    ['在美国小学任教', []], // a state: any school there
    ['他的小学同学', []] // no town before it
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
