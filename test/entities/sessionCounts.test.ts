import {describe, expect, it} from 'vitest'
import {countedSessionName} from '../../src/entities/rules/sessionCounts.js'

describe('a counted session keeps the count as written, but a state’s or a party’s congress', () => {
  it.each([
    ['第73届联合国大会', '第73届联合国大会'], // an international body's session: as zhwiki titles it
    ['第140届国际奥林匹克委员会全会', '第140届国际奥林匹克委员会全会'],
    ['第7届全国作家大会', '第7届全国作家大会'],
    ['第12届全国人大第3次会议', '第十二届全国人民代表大会第三次会议'], // a state's congress: Chinese numerals
    ['第8届最高人民会议第2次会议', '第八届最高人民会议第二次会议'],
    ['第 73 届联合国大会', '第73届联合国大会'] // spaces from layout are no part of it
  ])('%s → %s', (surface, name) => expect(countedSessionName(surface)).toBe(name))
})
