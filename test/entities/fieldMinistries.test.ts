import {describe, expect, it} from 'vitest'
import {fieldMinistryCandidates, isFieldMinistry} from '../../src/entities/rules/fieldMinistries.js'
import {isStateOrgan} from '../../src/entities/rules/stateOrgans.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up lists of posts and résumés, never the seeds' or the gold's.
const run = (text: string) => ruleFound(fieldMinistryCandidates, text).map((candidate) => [candidate.surface, candidate.name, candidate.type])

describe('a state’s ministry named by its field', () => {
  it.each([
    [
      '各省：\n纺织工业省：某甲\n边疆林业省：某乙',
      [
        ['纺织工业省', '纺织工业省', 'GovernmentOrganization'],
        ['边疆林业省', '边疆林业省', 'GovernmentOrganization']
      ]
    ],
    [
      '代表团率農業省副相某某、文化省副相某某',
      [
        ['农业省', '农业省', 'GovernmentOrganization'],
        ['文化省', '文化省', 'GovernmentOrganization']
      ]
    ],
    ['1990年任远洋海运省第一副相', [['远洋海运省', '远洋海运省', 'GovernmentOrganization']]],
    [
      '乡村经营省：某某\n日用化学工业省：某某',
      [
        ['乡村经营省', '乡村经营省', 'GovernmentOrganization'],
        ['日用化学工业省', '日用化学工业省', 'GovernmentOrganization']
      ]
    ],
    ['四川省：某某', []], // a province is named after a place
    ['他访问了农业省的设施', []], // neither a list of posts nor a minister's title
    ['某地的农业省：某某', []] // a particle is no part of a name
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})

describe('a ministry by its field is a state organ without its state', () => {
  it.each([
    ['纺织工业省', true],
    ['高等教育省', true], // `等` of `高等` is no list's end
    ['四川省', false],
    ['纺织工业部', true] // a ministry by its own name, as before
  ])('%s → %s', (name, expected) => expect(isStateOrgan(name)).toBe(expected))

  it('is not a province by its suffix alone', () => expect(isFieldMinistry('海南省')).toBe(false))
})
