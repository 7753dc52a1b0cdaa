import {describe, expect, it} from 'vitest'
import type {EntityMention} from '../../src/entities/entityTypes.js'
import {resolveShortBodies} from '../../src/entities/eventNames.js'
import {createSegmenter, tagPlain} from '../../src/entities/jieba.js'
import {bodyCandidates} from '../../src/entities/rules/bodies.js'
import {type Candidate, emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {namedBodyCandidates} from '../../src/entities/rules/namedBodies.js'
import {placeCandidates} from '../../src/entities/rules/places.js'
import {postBodyCandidates} from '../../src/entities/rules/postBodies.js'
import {quotedNameCandidates} from '../../src/entities/rules/quotedNames.js'
import {resolveUnitsAlone, shortBodyNames} from '../../src/entities/rules/shortBodies.js'
import {subBodiesAfter} from '../../src/entities/rules/subBodies.js'
import {teamCandidates} from '../../src/entities/rules/teams.js'

// Made-up sentences for each family of organizations, never the seeds' or the gold's.
function run(rule: (out: ReturnType<typeof emitter>) => void, text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  rule(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}
const body = (start: number, name: string, type: Candidate['type'] = 'Organization'): Candidate => ({start, end: start + [...name].length, type, name, source: 'rule'})

describe('a state’s government and authorities are the state', () => {
  it.each(['蒙古当局表示', '越南军方表示', '蒙古政府宣布', '援助非蒙古银行', '据蒙古执政党人士透露', '与蒙古驻军一道'])('%s', (text) => expect(run(bodyCandidates, text)).toEqual([]))
})

describe('a verb of meeting or visiting is no part of a body named after a city', () => {
  // A segmenter that knows the organ as one word, as a batch's does when its pages link it: jieba then tags `会见` a noun.
  const segmenter = createSegmenter(['中共中央政治局', '越南共产党中央政治局'])
  const found = (text: string) => {
    const folded = foldedCharacters(text)
    const out = emitter(folded, segmenter.tag(folded.join('')))
    bodyCandidates(out)
    return out.found.map((candidate) => folded.slice(candidate.start, candidate.end).join(''))
  }
  it.each([
    ['主席在平壤会见中共中央政治局常委', []],
    ['总理在平壤参观越南共产党中央政治局', []],
    ['平壤市人民委员会委员长出席', ['平壤市人民委员会']] // a body of the city itself is still one
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))
})

describe('a state’s cabinet and coast guard are bodies of it', () => {
  it.each([
    ['蒙古内阁首相出席', [['蒙古内阁', 'GovernmentOrganization']]],
    ['蒙古内阁总理出席', []], // `内阁总理` is an office
    ['遭越南海警警告', [['越南海警', 'GovernmentOrganization']]]
  ])('%s', (text, expected) => {
    const folded = foldedCharacters(text)
    const out = emitter(folded, tagPlain(folded.join('')))
    bodyCandidates(out)
    expect(out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.type])).toEqual(expected)
  })
})

describe('a state and a set phrase jieba knows that ends with a body’s head', () => {
  it.each([
    ['蒙古高等法院法官表示', [['蒙古高等法院', '蒙古高等法院']]],
    ['蒙古无核化陷入僵局', []] // a one-character head at the end of a phrase: not a body
  ])('%s', (text, expected) => expect(run(bodyCandidates, text)).toEqual(expected))
})

describe('bodies named by a name and a head', () => {
  const found = (text: string) => namedBodyCandidates(tagPlain(text)).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])
  it.each([
    ['他任蒙古扎门电信集团董事', [['蒙古扎门电信集团', '蒙古扎门电信集团']]],
    ['收购了德国酒店集团', []], // a state and a trade: a description
    ['送往东城区巴特尔医院', [['巴特尔医院', '巴特尔医院']]], // a division before a name of its own holds it
    ['住在东城区乌兰西路', [['乌兰西路', '乌兰西路']]],
    ['住在西城区妇产医院', [['西城区妇产医院', '西城区妇产医院']]], // …not before a common word: the division names it
    ['来到平壤高丽饭店', [['高丽饭店', '高丽饭店']]], // a city before a place's own name holds it
    ['夫人崔美镐参观元山妇产医院', [['元山妇产医院', '元山妇产医院']]], // a verb of visiting is no part of the name, whatever jieba tags it
    ['照片由巴特尔图片社提供', [['巴特尔图片社', '巴特尔图片社']]], // a photo agency
    ['蒙古新闻网报道', []], // a state and a trade: a description
    ['抵达吉隆坡第二国际机场', [['吉隆坡第二国际机场', '吉隆坡第二国际机场']]], // …not before a count: the city's place of some kind
    ['，釜山中央地方检察厅以违反', [['釜山中央地方检察厅', '釜山中央地方检察厅']]],
    ['蒙古对外文化联络委员会副委员长', [['蒙古对外文化联络委员会', '蒙古对外文化联络委员会']]],
    ['在越南文艺战线上', []]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('a body known by a short name starts the name with its full name', () => {
    expect(found('劳动党中央军事委员会')).toContainEqual(['劳动党中央军事委员会', '朝鲜劳动党中央军事委员会'])
  })
})

describe('departments below a body', () => {
  it.each([
    ['某某党宣传部副部长', ['某某党宣传部']],
    ['某某党副部长', []],
    ['某某党并入民族部', []], // a verb of restructuring: the other body, not a department
    ['某某党改组为建设部', []]
  ])('%s', (text, expected) => expect(subBodiesAfter([body(0, '某某党')], foldedCharacters(text), tagPlain(text)).map((candidate) => candidate.name)).toEqual(expected))
})

describe('short names of the bodies a document names in full', () => {
  const names = (candidates: Candidate[], text: string) => [...shortBodyNames(candidates, foldedCharacters(text)).entries()].map(([surface, typing]) => [surface, typing.name])
  it.each([
    ['蒙古人民革命党', [['人民革命党', '蒙古人民革命党']]],
    ['国际捕鲸委员会', [['捕鲸委员会', '国际捕鲸委员会']]],
    ['蒙古外交部', []], // any state has one
    ['蒙古国会', []]
  ])('%s', (name, expected) => expect(names([body(0, name)], name)).toEqual(expected))
})

describe('sports teams of states', () => {
  it.each([
    [
      '蒙古队和越南队打平',
      [
        ['蒙古队', '蒙古队'],
        ['越南队', '越南队']
      ]
    ],
    ['朝越联队获得铜牌', [['朝越联队', '朝越联队']]],
    ['蒙古队员表示', []] // a player
  ])('%s', (text, expected) => expect(run(teamCandidates, text)).toEqual(expected))
})

describe('on a page about a body, its short name found by a rule is that body', () => {
  const mention = (name: string, source: EntityMention['source'] = 'rule'): EntityMention => ({start: 0, end: 1, exact: name, type: 'Organization', name, source})
  it('takes the title, not for linked names', () => {
    const mentions = [mention('朝越联队'), mention('朝越联队', 'link')]
    resolveShortBodies(mentions, '2030年某某运动会朝越联队')
    expect(mentions.map((one) => one.name)).toEqual(['2030年某某运动会朝越联队', '朝越联队'])
  })
})

describe('bodies named in a list of posts, before the post held in them', () => {
  it.each([
    ['1990年负责草原开发企划团团长。', [['草原开发企划团', '草原开发企划团']]], // after the verb of appointment
    ['其后任草原民族统一协议会议长', [['草原民族统一协议会', '草原民族统一协议会']]],
    ['曾担任乌兰研究所客座研究员', [['乌兰研究所', '乌兰研究所']]], // a post only résumés name
    ['巴特尔：草原合作委员会计划团团长', [['草原合作委员会', '草原合作委员会']]], // the first head: the rest is the post within it
    [
      '历任外事局亚洲处处长、草原司参赞',
      [
        ['外事局', '外事局'],
        ['草原司', '草原司']
      ]
    ],
    ['第3代草原开发局局长', [['草原开发局', '草原开发局']]], // the unit of a count is no part of it
    ['其后被任命为总统礼宾室首席秘书官', [['总统礼宾室', '总统礼宾室']]], // after `任命为`
    ['2001年兼任国家边防协调会议事务处长', [['国家边防协调会议', '国家边防协调会议']]], // a council before its post
    ['巴特尔：草原开发部次长', []], // a ministry by its own name: `rules/headOffices.ts`
    ['秘书长兼办公室主任', []], // a kind of body, not one
    ['外交部副部长', []], // a body without its state: `rules/bareBodies.ts`
    ['代表团团长', []], // a delegation is no body
    ['该局局长表示', []], // a determiner
    ['草原开发部部长的讲话', []] // the post does not end the run
  ])('%s', (text, expected) => expect(run(postBodyCandidates, text)).toEqual(expected))

  it('leaves out a name before a body the batch knows (a lead whose comma was lost)', () => {
    const segmenter = createSegmenter(['草原人民党中央政治局'])
    const found = (text: string) => {
      const folded = foldedCharacters(text)
      const out = emitter(folded, segmenter.tag(folded.join('')))
      postBodyCandidates(out)
      return out.found.map((candidate) => folded.slice(candidate.start, candidate.end).join(''))
    }
    expect(found('巴特尔草原人民党中央政治局候补委员')).toEqual([])
    expect(found('曾任草原人民党中央政治局候补委员')).toEqual(['草原人民党中央政治局'])
  })

  it('types a ministry’s parts as government bodies', () => {
    const folded = foldedCharacters('历任草原司参赞')
    const out = emitter(folded, tagPlain(folded.join('')))
    postBodyCandidates(out)
    expect(out.found.map((candidate) => candidate.type)).toEqual(['GovernmentOrganization'])
  })
})

describe('a city and a place’s own name jieba reads as one word are two mentions', () => {
  const places = (text: string) => placeCandidates(tagPlain(text)).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.type])
  it.each([
    [
      '会议在北京钓鱼台国宾馆开幕',
      [
        ['北京', 'City'],
        ['钓鱼台国宾馆', 'Place']
      ]
    ],
    ['上海浦东国际机场', []] // a body's word, not a place's: left to the body rules
  ])('%s', (text, expected) => expect(places(text)).toEqual(expected))
})

describe('a body’s name in quotes', () => {
  it.each([
    ['促成「蒙越经济合作促进委员会」的成立', [['蒙越经济合作促进委员会', '蒙越经济合作促进委员会']]],
    ['调查机构“草原民意研究所”公布', [['草原民意研究所', '草原民意研究所']]],
    ['称之为“民族和解的委员会”', []], // a phrase
    ['高呼“草原万岁”', []], // no head of a body
    ['要求“外国撤军”', []] // a one-letter head ends phrases too
  ])('%s', (text, expected) => expect(run(quotedNameCandidates, text)).toEqual(expected))
})

describe('a unit named alone is the one unit of that name the document names in full', () => {
  const mention = (exact: string, name = exact, type: EntityMention['type'] = 'GovernmentOrganization'): EntityMention => ({start: 0, end: [...exact].length, exact, type, name, source: 'rule'})
  const named = (mentions: EntityMention[]) => {
    resolveUnitsAlone(mentions)
    return mentions.map((one) => one.name)
  }
  it.each([
    ['after the full name', [mention('蒙古外交部草原事务司'), mention('草原事务司')], ['蒙古外交部草原事务司', '蒙古外交部草原事务司']],
    ['two states’ units of that name: no guess', [mention('蒙古外交部草原事务司'), mention('泰国外交部草原事务司'), mention('草原事务司')], ['蒙古外交部草原事务司', '泰国外交部草原事务司', '草原事务司']],
    ['a unit of two characters is too short to tell', [mention('蒙古外交部欧司'), mention('欧司')], ['蒙古外交部欧司', '欧司']]
  ])('%s', (_case, mentions, expected) => expect(named(mentions)).toEqual(expected))
})

describe('a state’s province or its companies in general are no body named after the state', () => {
  it.each([
    ['生于蒙古河北省', []], // a province, a place of its own
    ['允许泰国公司投资', []], // companies in general
    ['蒙古党和政府', []],
    ['蒙古铁道省副相', [['蒙古铁道省', '蒙古铁道省']]], // a ministry by its field stays one
    ['泰国航空公司宣布', [['泰国航空公司', '泰国航空公司']]]
  ])('%s', (text, expected) => expect(run(bodyCandidates, text)).toEqual(expected))
})
