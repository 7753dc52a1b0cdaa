import {describe, expect, it} from 'vitest'
import {namedBy} from '../helpers/ruleFound.js'
import {bareUnits} from '../../src/entities/rules/bareUnits.js'

// Made-up résumé lines: units by number that show they are units, without their army.
const unitsIn = (text: string) => namedBy(bareUnits, text)

describe('a unit by its number with its arm or below another, written alone', () => {
  it.each([
    ['后任参谋、第7步兵師师长', [['第7步兵师', '第7步兵师']]], // folded, named as written
    ['调到第40警备营任营长', [['第40警备营', '第40警备营']]],
    ['任第6师第12联队长', [['第6师第12联队', '第6师第12联队']]],
    ['第七军军长', []], // one kind alone: numberedUnitsAlone's
    ['（某某旅）第2营第3连', []], // after a bracket: another unit's links
    ['某某司令部第2空降旅', []], // after a body: that body's
    ['第三团体', []] // no unit
  ])('%s', (text, expected) => expect(unitsIn(text)).toEqual(expected))
})
