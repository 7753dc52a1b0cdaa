import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {broadcasterCandidates} from '../../src/entities/rules/broadcasters.js'
import {emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'

// Made-up sentences, never the seeds' or the gold's.
function run(text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  broadcasterCandidates(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name, candidate.type])
}

describe('a broadcaster by its suffix', () => {
  it.each([
    ['据草原卫视报道', [['草原卫视', '草原卫视', 'Organization']]],
    ['香港星河衛視的節目', [['星河卫视', '星河卫视', 'Organization']]], // a city before it is a mention of its own
    ['该卫视报道', []], // a determiner
    ['各家卫视转播', []],
    ['卫视频道', []] // no name before the suffix
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
