import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {bareBodyCandidates, isListGap, isStatelessMinistry, qualifyBareBodies} from '../../src/entities/rules/bareBodies.js'
import {type Candidate, emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {embassyCandidates} from '../../src/entities/rules/embassies.js'
import {headOfficeCandidates} from '../../src/entities/rules/headOffices.js'
import {namedBodyCandidates} from '../../src/entities/rules/namedBodies.js'
import {bodyChains, subBodiesAfter} from '../../src/entities/rules/subBodies.js'

// Made-up sentences for each family of body names, never the seeds' or the gold's.
function run(rule: (out: ReturnType<typeof emitter>) => void, text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  rule(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}

const surfaces = (found: Candidate[], text: string) => found.map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name, candidate.type])

describe('the gap of a list between a state and its body', () => {
  it.each([
    ['国务委员、', true],
    ['总理兼', true],
    ['总理大臣和', true],
    ['', true],
    ['宣布', false],
    ['总理、将', false],
    ['国务委员、第十二届', true], // the term of the next post names no other state
    ['部长、第3任', true],
    ['国务委员、第十二', false],
    ['第十二届会议上', false]
  ])('%s is a list gap: %s', (gap, expected) => {
    expect(isListGap([...gap])).toBe(expected)
  })

  it('fails at once on offices that are made of other offices (a repeated regex of alternatives backtracked exponentially)', () => {
    // 28 repeats took 13 s with the regex; the walk is linear.
    expect(isListGap([...`${'总理大臣'.repeat(2000)}的`])).toBe(false)
  })
})

describe('bare bodies: a body named without its state', () => {
  it.each([
    ['次日外交部发表声明', [['外交部', '外交部']]],
    ['他当时任国防部副部长', [['国防部', '国防部']]],
    ['他被提名担任法務部部長', [['法务部', '法务部']]], // a ministry of justice, folded
    ['两名国会议员提出议案', [['国会', '国会']]],
    ['外交部长会见了来宾', []],
    ['他前往美国会见总统', []],
    ['国情院院长出席', [['国情院', '国家情报院']]]
  ])('%s', (text, expected) => expect(run(bareBodyCandidates, text)).toEqual(expected))
})

describe('the state of a bare body: what the document gives it, never a guess', () => {
  const body = (start: number, name: string): Candidate => ({start, end: start + [...name].length, type: 'GovernmentOrganization', name, source: 'rule'})
  const state = (start: number, name: string, length = 2): Candidate => ({start, end: start + length, type: 'Country', name, source: 'gazetteer'})
  it.each([
    ['the one state the document names the body with', [body(0, '蒙古外交部'), body(20, '外交部')], ['蒙古外交部', '蒙古外交部']],
    ['two states: no guess, the body is left out', [body(0, '蒙古外交部'), body(10, '泰国外交部'), body(20, '外交部')], ['蒙古外交部', '泰国外交部']],
    ['no state anywhere: left out', [body(5, '国防部')], []],
    ['a unit below the body takes the state too', [body(0, '蒙古外交部'), body(20, '外交部礼宾司')], ['蒙古外交部', '蒙古外交部礼宾司']],
    ['another body takes the one state of the document’s organs', [body(0, '蒙古外交部'), body(20, '国防部')], ['蒙古外交部', '蒙古国防部']],
    ['organs of two states: no guess', [body(0, '蒙古外交部'), body(10, '泰国国防部'), body(20, '国会')], ['蒙古外交部', '泰国国防部']],
    ['a mission takes the one sending state', [body(0, '泰国驻法国大使馆'), body(20, '驻英国大使馆')], ['泰国驻法国大使馆', '泰国驻英国大使馆']]
  ])('%s', (_case, mentions, expected) => {
    const unqualified = qualifyBareBodies(mentions, foldedCharacters('x'.repeat(40)))
    expect(mentions.filter((mention) => !unqualified.has(mention)).map((mention) => mention.name)).toEqual(expected)
  })

  it('a state heading a list of its offices and bodies in one sentence', () => {
    const text = '曾任蒙古国务委员、外交部部长'
    const mentions = [state(2, '蒙古'), body(9, '外交部')]
    expect(qualifyBareBodies(mentions, foldedCharacters(text)).size).toBe(0)
    expect(mentions[1]!.name).toBe('蒙古外交部')
  })

  it.each([
    ['a ministry by its own name', '草原开发部', 'GovernmentOrganization', '蒙古草原开发部'],
    ['a body named by a function of the state', '陆军本部', 'Organization', '蒙古陆军本部'],
    ['an office of the head of state', '总统警卫室', 'GovernmentOrganization', '蒙古总统警卫室'],
    ['a department typed as another kind of body is no state’s', '青年联盟宣传部', 'Organization', '青年联盟宣传部'],
    ['a body of no state’s function', '草原研究院', 'Organization', '草原研究院']
  ])('a state’s organ named without a state takes the document’s one state: %s', (_case, name, type, expected) => {
    const mentions = [body(0, '蒙古外交部'), {...body(20, name), type: type as Candidate['type']}]
    qualifyBareBodies(mentions, foldedCharacters('x'.repeat(40)))
    expect(mentions[1]!.name).toBe(expected)
  })

  it('a list of posts with their terms', () => {
    const text = '曾任蒙古国务委员、第五届国务院成员'
    const mentions = [state(2, '蒙古'), body(12, '国务院')]
    expect(qualifyBareBodies(mentions, foldedCharacters(text)).size).toBe(0)
    expect(mentions[1]!.name).toBe('蒙古国务院')
  })

  it('a state elsewhere in the sentence is not the body’s', () => {
    const text = '蒙古代表抵达后外交部表示'
    const mentions = [state(0, '蒙古'), body(7, '外交部')]
    expect([...qualifyBareBodies(mentions, foldedCharacters(text))]).toEqual([mentions[1]])
  })
})

describe('a ministry by its own name without the state its document gave it', () => {
  it.each([
    ['草原开发部', '蒙古草原开发部', true], // any state's ministry may be named so: no name of this one
    ['草原開發部', '蒙古草原开发部', true],
    ['草原开发部', '草原开发部', false],
    ['蒙古草原开发部', '蒙古草原开发部', false],
    ['国家开发部', '蒙古国家开发部', false], // a national body's own name
    ['开发部', '草原开发部', false] // the rest is no state
  ])('%s of %s: %s', (surface, name, expected) => expect(isStatelessMinistry(surface, name)).toBe(expected))
})

describe('missions of one state in another', () => {
  it.each([
    ['泰国驻蒙古大使馆发表声明', [['泰国驻蒙古大使馆', '泰国驻蒙古大使馆']]],
    ['韩驻越使馆官员', [['韩驻越使馆', '韩国驻越南大使馆']]],
    ['他曾任驻法国大使馆参赞', [['驻法国大使馆', '驻法国大使馆']]],
    ['前往驻地大使馆', []]
  ])('%s', (text, expected) => expect(run(embassyCandidates, text)).toEqual(expected))
})

describe('units below a body', () => {
  const body = (text: string, name: string): Candidate[] => [{start: 0, end: [...name].length, type: 'GovernmentOrganization', name, source: 'rule'}]
  it.each([
    ['外交部欧洲司副司长', ['外交部欧洲司']],
    ['外交部翻译室工作', ['外交部翻译室']],
    ['外交部积极处理此事', []],
    ['外交部对此表示', []],
    ['外交部秘书长兼办公室主任', []], // an office in between: the unit is another body's
    ['外交部对韩处处长出席', ['外交部对韩处']], // a desk for one state, its head glued to its office by jieba
    ['外交部欧洲和非洲局局长', ['外交部欧洲和非洲局']], // a department of two regions
    ['外交部对此处理得当', []]
  ])('%s', (text, expected) => {
    const folded = foldedCharacters(text)
    expect(subBodiesAfter(body(text, '外交部'), folded, tagPlain(text)).map((candidate) => candidate.name)).toEqual(expected)
  })
})

describe('a body named by the office that heads it', () => {
  it.each([
    ['副总理兼农业开发部部长', [['农业开发部', '农业开发部', 'GovernmentOrganization']]],
    ['海关总署署长出席', [['海关总署', '海关总署', 'GovernmentOrganization']]],
    ['该部部长表示', []],
    ['各部部长出席', []],
    ['巴特尔：草原开发部次长', [['草原开发部', '草原开发部', 'GovernmentOrganization']]], // a vice-minister heads a ministry too
    ['苏和：畜水产部次长', [['畜水产部', '畜水产部', 'GovernmentOrganization']]], // a morpheme before a noun that ends with the body word
    [
      // a note of the body's later name between it and the office: both bodies are that office's
      '巴特尔：草原开发部（现国土开发部）部长',
      [
        ['国土开发部', '国土开发部', 'GovernmentOrganization'],
        ['草原开发部', '草原开发部', 'GovernmentOrganization']
      ]
    ],
    ['巴特尔：草原开发部（2001年撤销）部长', []], // a note of another kind: no name
    ['他在内部部长会议上', []]
  ])('%s', (text, expected) => expect(surfaces(headOfficeCandidates(tagPlain(text)), text)).toEqual(expected))
})

describe('bodies named by a name and a head noun', () => {
  it.each([
    ['她加入了牡丹江歌舞团', [['牡丹江歌舞团', 'Organization']]],
    ['毕业于伊斯坦布尔大学', [['伊斯坦布尔大学', 'Organization']]],
    ['他兼任中央财经工作领导小组组长', [['中央财经工作领导小组', 'GovernmentOrganization']]],
    ['美国大学的学生', []],
    ['据《蓝湾日报》报道', [['蓝湾日报', 'Organization']]],
    ['这所大学很有名', []],
    ['美国政府表示', []],
    // A verb of appointment or naming before the name is not part of it.
    ['2001年任东盟交流合作委员会主任', [['东盟交流合作委员会', 'Organization']]],
    ['其母校今名伊林外国语大学', [['伊林外国语大学', 'Organization']]],
    ['朝方称该委员会为', []]
  ])('%s', (text, expected) => expect(namedBodyCandidates(tagPlain(text)).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.type])).toEqual(expected))
})

describe('bodies written one after the other are one unit', () => {
  const body = (start: number, name: string, type: Candidate['type'] = 'Organization'): Candidate => ({start, end: start + [...name].length, type, name, source: 'rule'})
  it('joins bodies with nothing between them, typed as the last', () => {
    expect(bodyChains([body(0, '某某党'), body(3, '中央委员会', 'GovernmentOrganization')]).map((candidate) => [candidate.name, candidate.type])).toEqual([['某某党中央委员会', 'GovernmentOrganization']])
  })
  it('keeps bodies apart when anything stands between them', () => {
    expect(bodyChains([body(0, '某某党'), body(4, '中央委员会')])).toEqual([])
  })
})

describe('places named by a name and a head noun', () => {
  it.each([
    ['抵达伊斯坦布尔国际机场', [['伊斯坦布尔国际机场', 'Place']]],
    ['在温州路一带', [['温州路', 'Place']]],
    ['中国道路的选择', []],
    ['泰国大使宋某到曼谷中央医院探视', [['曼谷中央医院', 'Place']]]
  ])('%s', (text, expected) => expect(namedBodyCandidates(tagPlain(text)).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.type])).toEqual(expected))
})

describe('a bare body takes the state its sentence gives it', () => {
  const body = (start: number, name: string): Candidate => ({start, end: start + [...name].length, type: 'GovernmentOrganization', name, source: 'rule'})
  const at = (text: string, surface: string, from = 0) => [...text].join('').indexOf(surface, from)
  const mention = (text: string, surface: string, type: Candidate['type'], name = surface, from = 0): Candidate => {
    const start = [...text.slice(0, at(text, surface, from))].length
    return {start, end: start + [...surface].length, type, name, source: 'rule'}
  }
  const qualified = (text: string, mentions: Candidate[], pagePerson?: string) => {
    const unqualified = qualifyBareBodies(mentions, foldedCharacters(text), pagePerson)
    return mentions.filter((candidate) => candidate.type === 'GovernmentOrganization' && !unqualified.has(candidate)).map((candidate) => candidate.name)
  }
  it.each([
    // A list of bodies: the state of the list's first item.
    [
      '泰国国防部、国会和内务部联合发表声明',
      [
        ['泰国国防部', 'GovernmentOrganization'],
        ['国会', 'rule'],
        ['内务部', 'rule']
      ],
      ['泰国国防部', '泰国国会', '泰国内务部']
    ],
    [
      '蒙古人民党中央委员会和政务院致电',
      [
        ['蒙古人民党中央委员会', 'Organization'],
        ['政务院', 'rule']
      ],
      ['蒙古政务院']
    ],
    // The sentence's subject, when the body stands in its place, office or list slot.
    [
      '蒙古民主党赢得选举，在众议院占据多数',
      [
        ['蒙古民主党', 'Organization'],
        ['众议院', 'rule']
      ],
      ['蒙古众议院']
    ],
    [
      '会上泰方团长、外交部副部长某某发言',
      [
        ['泰方', 'Country'],
        ['外交部', 'rule']
      ],
      ['泰国外交部']
    ],
    [
      '泰国首相随后又派前外交部次官赴会',
      [
        ['泰国', 'Country'],
        ['外交部', 'rule']
      ],
      ['泰国外交部']
    ]
  ] as const)('%s', (text, spec, expected) => {
    const mentions = spec.map(([surface, kind]) => (kind === 'rule' ? body([...text.slice(0, at(text, surface))].length, surface) : mention(text, surface, kind as Candidate['type'], kind === 'Country' ? '泰国' : surface)))
    expect(qualified(text, mentions)).toEqual(expected)
  })
  it.each([
    // A body that starts a clause is a subject of its own; a state after a preposition is a place or an object.
    [
      '泰国代表抵达后外交部表示欢迎',
      [
        ['泰国', 'Country'],
        ['外交部', 'rule']
      ]
    ],
    [
      '在泰国举行的会议上，外交部官员在国会发言',
      [
        ['泰国', 'Country'],
        ['外交部', 'rule'],
        ['国会', 'rule']
      ]
    ],
    [
      '驻泰国大使某某升任外交部副部长',
      [
        ['泰国', 'Country'],
        ['外交部', 'rule']
      ]
    ]
  ] as const)('no state: %s', (text, spec) => {
    const mentions = spec.map(([surface, kind]) => (kind === 'rule' ? body([...text.slice(0, at(text, surface))].length, surface) : mention(text, surface, kind as Candidate['type'], '泰国')))
    expect(qualified(text, mentions)).toEqual([])
  })
  it('on a page about a person, their career’s bodies are the state the lead names', () => {
    const text = '甲乙丙，蒙古外交官。1990年，调任外交部亚洲司。甲乙丙后升任外交部副部长。'
    const mentions = [
      mention(text, '甲乙丙', 'Person'),
      mention(text, '蒙古', 'Country'),
      body(at(text, '外交部亚洲司'), '外交部亚洲司'),
      mention(text, '甲乙丙', 'Person', '甲乙丙', at(text, '甲乙丙后')),
      body(at(text, '外交部副'), '外交部')
    ]
    expect(qualified(text, mentions, '甲乙丙')).toEqual(['蒙古外交部亚洲司', '蒙古外交部'])
  })
  it('on a page about another person, a sentence without a mention gives no state', () => {
    const text = '甲乙丙，蒙古外交官。1990年，调任外交部亚洲司。'
    const mentions = [mention(text, '甲乙丙', 'Person'), mention(text, '蒙古', 'Country'), body(at(text, '外交部亚洲司'), '外交部亚洲司')]
    expect(qualified(text, mentions)).toEqual([])
  })
  it.each([
    ['统一部部长出席', '韩国统一部'],
    ['财政经济部发表报告', '韩国财政经济部']
  ])('a body only one state has by that name: %s', (text, expected) => {
    const folded = foldedCharacters(text)
    const out = emitter(folded, tagPlain(folded.join('')))
    bareBodyCandidates(out)
    expect(qualified(text, out.found)).toEqual([expected])
  })
})

describe('a ministry named by its own name takes a state on the same evidence, and stays without one', () => {
  const ministry = (start: number, name: string): Candidate => ({start, end: start + [...name].length, type: 'GovernmentOrganization', name, source: 'rule'})
  it.each([
    ['泰国首相任命他为农业开发部部长', [{start: 0, end: 2, type: 'Country', name: '泰国', source: 'gazetteer'} as Candidate, ministry(8, '农业开发部')], ['泰国农业开发部']],
    ['他随后出任农业开发部部长', [ministry(5, '农业开发部')], ['农业开发部']],
    ['泰国首相任命他为国际部部长', [{start: 0, end: 2, type: 'Country', name: '泰国', source: 'gazetteer'} as Candidate, ministry(8, '国际部')], ['国际部']] // a party's organ
  ])('%s', (text, mentions, expected) => {
    const unqualified = qualifyBareBodies(mentions, foldedCharacters(text))
    expect(mentions.filter((mention) => mention.type === 'GovernmentOrganization' && !unqualified.has(mention)).map((mention) => mention.name)).toEqual(expected)
  })
})

describe('an army’s commands and divisions are units below it', () => {
  const army: Candidate[] = [{start: 0, end: 3, type: 'GovernmentOrganization', name: '草原军', source: 'lexicon'}]
  it.each([
    ['草原军最高司令部发言人', ['草原军最高司令部']], // the longest head, not the `司` in it
    ['草原军第五师团参谋长', ['草原军第五师团']]
  ])('%s', (text, expected) => expect(subBodiesAfter(army, foldedCharacters(text), tagPlain(text)).map((candidate) => candidate.name)).toEqual(expected))
})

describe('a site’s part after its place is one place with it', () => {
  const place = (name: string): Candidate[] => [{start: 0, end: [...name].length, type: 'Place', name, source: 'link'}]
  it.each([
    ['草原宾馆', '草原宾馆芳苑举行', [['草原宾馆芳苑', 'Place']]],
    ['乌兰里', '乌兰里引擎试验场被拆除', [['乌兰里引擎试验场', 'Place']]],
    ['乌兰里', '乌兰里原子能研究中心的反应堆', [['乌兰里原子能研究中心', 'Place']]],
    ['乌兰站', '乌兰站距离试验场十公里', []], // a relation between two places
    ['乌兰郡', '乌兰郡导弹发射场', []], // a region holds sites: a description
    ['乌兰里', '乌兰里研究所', []] // not a site's part
  ])('%s: %s', (name, text, expected) => expect(subBodiesAfter(place(name), foldedCharacters(text), tagPlain(text)).map((candidate) => [candidate.name, candidate.type])).toEqual(expected))
})

describe('a seat of government is a place; a unit below it a body', () => {
  it('青瓦台秘书室', () => {
    const text = '青瓦台秘书室发表声明'
    const seat: Candidate = {start: 0, end: 3, type: 'Place', name: '青瓦台', source: 'gazetteer'}
    expect(subBodiesAfter([seat], foldedCharacters(text), tagPlain(text)).map((candidate) => [candidate.name, candidate.type])).toEqual([['青瓦台秘书室', 'GovernmentOrganization']])
  })
})
