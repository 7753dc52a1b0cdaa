import {describe, expect, it} from 'vitest'
import {leadNamesOfficeHolder} from '../../src/entities/typing/officeLeads.js'

// Made-up leads, never the seeds' or the gold's.
describe('a title is a person’s name when its lead names the office it holds', () => {
  it.each([
    ['玄明海，，朝鲜人民军大将。曾任军团长。', '玄明海', true], // an empty bracket left by a dropped native spelling
    ['金东山（1950年—），朝鲜外务相。', '金东山', true],
    ['朴春江是一位朝鲜政治家。', '朴春江', true],
    ['金海湾是韩国南部的一处海湾。', '金海湾', false], // no office: a place
    ['白头山，朝鲜与中国边境的山峰。', '白头山', false], // no office in the first sentence
    ['朝鲜人民军元帅。玄明海', '玄明海', false], // the lead must start with the title
    ['联合国秘书长办公室，负责秘书长事务。', '联合国秘书长办公室', false] // not a surname and given name
  ])('%s', (text, title, expected) => expect(leadNamesOfficeHolder(text, title)).toBe(expected))
})
