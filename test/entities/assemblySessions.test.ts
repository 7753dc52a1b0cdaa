import {describe, expect, it} from 'vitest'
import {assemblySessionCandidates} from '../../src/entities/rules/assemblySessions.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(assemblySessionCandidates, text).map((candidate) => [candidate.surface, candidate.name])

describe('a legislature’s counted session with its state or with the body first', () => {
  it.each([
    ['他在朝鲜第十四届最高人民会议第二次会议上当选', [['朝鲜第十四届最高人民会议第二次会议', '第十四届最高人民会议第二次会议']]],
    ['第8届北韩最高人民会议第4次会议通过了预算', [['第8届北韩最高人民会议第4次会议', '第八届最高人民会议第四次会议']]],
    ['在朝鲜最高人民会议第11届3次会议上', [['朝鲜最高人民会议第11届3次会议', '第十一届最高人民会议第三次会议']]],
    ['最高人民会议十三届二次会议召开', [['最高人民会议十三届二次会议', '第十三届最高人民会议第二次会议']]],
    ['中國全國人大第十二屆第三次會議閉幕', [['中国全国人大第十二届第三次会议', '第十二届全国人民代表大会第三次会议']]],
    ['最高人民会议第五次会议', []], // no term: which session is not said
    ['该国议会第二届第一次会议', []] // a body the vocabulary does not count
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
