import {describe, expect, it} from 'vitest'
import type {EntityMention, EntityType} from '../../src/entities/entityTypes.js'
import {ownNamesOfBodies} from '../../src/entities/rules/ownNames.js'

// Made-up bodies of made-up texts, never the seeds' or the gold's.
const body = (exact: string, name = exact, type: EntityType = 'Organization'): EntityMention => ({start: 0, end: [...exact].length, exact, type, name, source: 'rule'})
const named = (mentions: EntityMention[]) => {
  ownNamesOfBodies(mentions)
  return mentions.map((mention) => mention.name)
}

describe('a body written after its state or city and alone is named by its own name', () => {
  it.each([
    ['a bank after its city', [body('乌兰巴托草原银行'), body('草原银行')], ['草原银行', '草原银行']],
    ['an ensemble after its state', [body('蒙古银河歌舞团'), body('银河歌舞团')], ['银河歌舞团', '银河歌舞团']],
    ['a television after its state, in another script', [body('泰國星光電視台', '泰国星光电视台'), body('星光电视台')], ['星光电视台', '星光电视台']],
    ['never written alone: the name stays', [body('蒙古银河歌舞团')], ['蒙古银河歌舞团']],
    ['a party alone is any state’s', [body('蒙古民主党'), body('民主党')], ['蒙古民主党', '民主党']],
    ['a national body alone is the state’s', [body('蒙古中央电视台'), body('中央电视台')], ['蒙古中央电视台', '中央电视台']],
    ['the head alone is no name', [body('蒙古银行'), body('银行')], ['蒙古银行', '银行']],
    ['what the document named the bare form is not its own name', [body('蒙古银河歌舞团'), body('银河歌舞团', '蒙古银河歌舞团')], ['蒙古银河歌舞团', '蒙古银河歌舞团']]
  ])('%s', (_case, mentions, expected) => expect(named(mentions)).toEqual(expected))
})
