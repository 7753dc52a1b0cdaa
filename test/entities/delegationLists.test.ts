import {describe, expect, it} from 'vitest'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {delegationBodies, delegationMembers} from '../../src/entities/rules/delegationLists.js'

// Made-up delegation lists of made-up people, never the seeds' or the gold's.
const bodiesOf = (text: string, named: Record<string, string>) => {
  const characters = [...text]
  // The bodies the rules already found, by their surface (first occurrence).
  const found: Candidate[] = Object.entries(named).map(([surface, name]) => {
    const start = [...text.slice(0, text.indexOf(surface))].length
    return {start, end: start + [...surface].length, type: 'GovernmentOrganization', name, source: 'rule'}
  })
  return delegationBodies(foldedCharacters(text), found).map((candidate) => [characters.slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('bodies inside the posts of a delegation list', () => {
  const list = '名单如下：\n\n海事部长王甲乙\n\n统一部长李丙丁\n\n总统礼宾室长\n\n副总理兼财务部长官赵戊己\n'
  it('names every other body with the state of the list’s named bodies', () =>
    expect(bodiesOf(list, {统一部: '韩国统一部'})).toEqual([
      ['海事部', '韩国海事部'],
      ['总统礼宾室', '韩国总统礼宾室'],
      ['财务部', '韩国财务部']
    ]))
  it('names none without a named body with a state', () => expect(bodiesOf(list, {})).toEqual([]))
  it('names none when the named bodies have several states', () => expect(bodiesOf(list.replace('总统礼宾室长', '外务省长'), {统一部: '韩国统一部', 外务省: '朝鲜外务省'})).toEqual([]))
  it('reads a post that repeats the body’s head (室室长)', () => expect(bodiesOf('名单：\n安保室室长王甲乙\n统一部长李丙丁\n海事部长赵戊己\n', {统一部: '韩国统一部'}).map(([surface]) => surface)).toEqual(['安保室', '海事部']))
  it('needs three member lines: a header line ends a block', () => expect(bodiesOf('代表团成员：\n海事部长王甲乙\n统一部长李丙丁\n代表团成员：\n财务部长赵戊己\n', {统一部: '韩国统一部'})).toEqual([]))
  it('reads the items of a sentence’s list, 、 and 和 between them, with the state of a body named in it', () =>
    expect(bodiesOf('代表分别为某国劳动党组织部副部长王甲乙、渔业省长李丙丁、矿业省长赵戊己和林业省长孙庚辛。', {某国劳动党组织部: '朝鲜劳动党组织部'})).toEqual([
      ['渔业省', '朝鲜渔业省'],
      ['矿业省', '朝鲜矿业省'],
      ['林业省', '朝鲜林业省']
    ]))
  it('reads a post the body’s head starts (统一部部长) without doubling the head', () =>
    expect(bodiesOf('名单：\n统一部部长王甲乙\n海事部部长李丙丁\n财务部长赵戊己\n', {统一部: '韩国统一部'}).map(([surface]) => surface)).toEqual(['海事部', '财务部']))
  it('reads no line of prose as a member', () => expect(bodiesOf('海事部长王甲乙昨日表示将访问。\n统一部长李丙丁\n财务部长赵戊己\n', {统一部: '韩国统一部'})).toEqual([]))
})

describe('the people of a delegation list', () => {
  const members = (text: string) => delegationMembers(foldedCharacters(text)).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])
  it('reads the name after each member’s post, whole, when it starts with a known surname', () =>
    expect(members('名单：\n海事部长王甲乙\n统一部长李丙丁\n总统礼宾室长\n财务部长官甲乙丙\n')).toEqual([
      ['王甲乙', '王甲乙'],
      ['李丙丁', '李丙丁']
    ]))
  it('reads none outside a list of three members', () => expect(members('名单：\n海事部长王甲乙\n统一部长李丙丁\n')).toEqual([]))
})
