import {describe, expect, it} from 'vitest'
import {isStateOrgan, namedByStateFunction} from '../../src/entities/rules/stateOrgans.js'

// Made-up names of bodies, never the seeds' or the gold's.
describe('bodies only a state has, named without the state', () => {
  it.each([
    ['草原开发部', true, false], // a ministry by its own name
    ['总统礼宾室', true, true], // the head of state's office
    ['国家边防协调会议', true, true], // the nation's council
    ['海军本部', true, true], // an armed service's headquarters
    ['外交战略研究院', true, true], // the diplomacy's institute
    ['国家海洋科学院', true, true], // the nation's academy of sciences
    ['草原科学院', false, false], // an academy of no state function
    ['中央宣传部', false, false], // a national body by its own name
    ['草原研究院', false, false], // an institute of no state function
    ['总统', false, false], // an office, no body
    ['国家图书馆', false, false] // a head no state organ bears here
  ])('%s: organ %s, by function %s', (name, organ, byFunction) => {
    expect(isStateOrgan(name)).toBe(organ)
    expect(namedByStateFunction(name)).toBe(byFunction)
  })
})
