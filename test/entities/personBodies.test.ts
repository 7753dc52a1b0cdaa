import {describe, expect, it} from 'vitest'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {bodiesAfterPeople} from '../../src/entities/rules/personBodies.js'

// Made-up texts, never the seeds' or the gold's.
const person = (text: string, surface: string, name = surface): Candidate => {
  const start = [...text.slice(0, text.indexOf(surface))].length
  return {start, end: start + [...surface].length, type: 'Person', name, source: 'rule'}
}
const found = (text: string, people: Candidate[]) => bodiesAfterPeople(people, [...text]).map((body) => [[...text].slice(body.start, body.end).join(''), body.name, body.type])

describe('a body named after a person is the longest span', () => {
  it.each([
    ['他是巴特尔治丧委员会的委员', [person('他是巴特尔治丧委员会的委员', '巴特尔')], [['巴特尔治丧委员会', '巴特尔治丧委员会', 'Organization']]],
    ['第二次巴特尔内阁成员如下', [person('第二次巴特尔内阁成员如下', '巴特尔')], [['第二次巴特尔内阁', '第二次巴特尔内阁', 'GovernmentOrganization']]],
    ['第3次苏赫内阁', [person('第3次苏赫内阁', '苏赫', '苏赫巴托')], [['第3次苏赫内阁', '第3次苏赫巴托内阁', 'GovernmentOrganization']]], // named with the person's full name
    ['毕业于巴特尔高级党校', [person('毕业于巴特尔高级党校', '巴特尔')], [['巴特尔高级党校', '巴特尔高级党校', 'Organization']]],
    ['加入巴特尔社会主义青年同盟', [person('加入巴特尔社会主义青年同盟', '巴特尔')], [['巴特尔社会主义青年同盟', '巴特尔社会主义青年同盟', 'Organization']]],
    ['巴特尔国家治丧委员会名单', [person('巴特尔国家治丧委员会名单', '巴特尔')], [['巴特尔国家治丧委员会', '巴特尔国家治丧委员会', 'Organization']]], // the longest head
    ['巴特尔委员会', [person('巴特尔委员会', '巴特尔')], []], // not a head named after a person
    ['第三次内阁', [], []] // no person: left to the other rules
  ])('%s', (text, people, expected) => expect(found(text, people)).toEqual(expected))
})
