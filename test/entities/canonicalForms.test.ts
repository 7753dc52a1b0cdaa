import {describe, expect, it} from 'vitest'
import {canonicalForm} from '../../src/entities/canonicalForms.js'
import {canonicalName} from '../../src/entities/identity.js'
import {type Candidate, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {qualifyPartyOrgans} from '../../src/entities/rules/partyOrgans.js'

// Made-up names: one written form per event, document or body, whatever form a text uses.
describe('one name for the written forms of an event or a document', () => {
  it.each([
    ['2030年4月南北韩首脑会谈', '2030年4月朝韩首脑会晤'], // a pair's summit, as zhwiki titles it
    ['2030年美朝峰会', '2030年朝美首脑会晤'],
    ['美朝首脑峰会', '朝美首脑会晤'],
    ['乌兰巴托朝美峰会', '乌兰巴托峰会'], // a summit named after its venue
    ['南北高官会谈', '南北高级别会谈'],
    ['2030年蒙古总统大选', '2030年蒙古总统选举'],
    ['3111号决议', '联合国安理会第3111号决议'],
    ['联合国安全理事会第3111号决议', '联合国安理会第3111号决议'],
    ['1999制裁委员会', '联合国安理会1999制裁委员会'],
    ['乌兰巴托会谈', '乌兰巴托会谈'], // nothing to fold
    ['2030年会谈', '2030年会谈']
  ])('%s → %s', (name, expected) => expect(canonicalForm(name)).toBe(expected))
})

describe('a state’s dated nuclear test is named with the state’s short name', () => {
  it.each([
    ['2031年北韩核试验', '2031年朝鲜核试验'],
    ['2031年5月北朝鲜核试验', '2031年5月朝鲜核试验'],
    ['2031年东城核试验', '2031年东城核试验'] // not a state: as it is
  ])('%s → %s', (name, expected) => expect(canonicalForm(name)).toBe(expected))
})

// Made-up talks of the two Koreas: one name per series, as zhwiki titles them.
describe('the talks of the two Koreas below their leaders are named as their series', () => {
  it.each([
    ['韩朝部长级会议', '南北部长级会谈'], // the pair as `南北`, the meeting as `会谈`
    ['北南总理会晤', '南北总理会谈'],
    ['南北韩高层会谈', '南北高级别会谈'], // the level as zhwiki writes it
    ['朝韩红十字会会议', '南北红十字会谈'],
    ['韩朝工作级军事会议', '南北工作级军事会谈'], // two words of who meets
    ['北南将军级会议', '南北将军级军事会谈'], // a level alone written in full, as zhwiki's title
    ['韩朝将军级军事会谈', '南北将军级军事会谈'], // …and only once
    ['北南体育会议', '南北体育会谈'],
    ['五方谈判', '五方会谈'], // a count of parties
    ['朝韩首脑会谈', '朝韩首脑会晤'], // a summit keeps the summit's name
    ['五方会议', '五方会议'], // a meeting of five is a body's
    ['蒙越部长级会议', '蒙越部长级会议'], // another pair: a meeting a text describes
    ['韩朝会谈', '韩朝会谈'] // no level: not a series' name
  ])('%s → %s', (name, expected) => expect(canonicalForm(name)).toBe(expected))
})

describe('a body with a name of its own is named without its state', () => {
  it.each([
    ['蒙古扎门电信集团', '扎门电信集团'],
    ['蒙古外交部', '蒙古外交部'], // named by its function: the state stays
    ['蒙古人民党', '蒙古人民党'],
    ['蒙古和平统一委员会', '蒙古和平统一委员会'],
    ['蒙古陆军本部', '蒙古陆军本部'], // a function only a state has: the state stays
    ['蒙古亚太和平委员会', '蒙古亚太和平委员会'], // a committee is named by what it does, though jieba reads `亚太` as a name
    ['蒙古巴特尔协议会', '蒙古巴特尔协议会'],
    ['蒙古总统警卫室', '蒙古总统警卫室'],
    ['蒙古国外交部', '蒙古外交部'], // a state's other name before a body: its short name
    ['蒙古国立大学', '蒙古国立大学'], // …but a 国 that starts a word of its own stays (`蒙古|国立大学`)
    ['日本国会', '日本国会'],
    ['日本国际协力机构', '日本国际协力机构']
  ])('%s → %s', (name, expected) => expect(canonicalName(name)).toBe(expected))
})

describe('a party’s organ named alone is the organ of the party its sentence or document names', () => {
  // Made-up text: each mention stands where its name is written.
  const place = (text: string, names: Array<[string, Candidate['type'], Candidate['source']?]>) => {
    let from = 0
    return names.map(([name, type, source = 'rule']) => {
      const at = text.indexOf(name, from)
      from = at + name.length
      const start = [...text.slice(0, at)].length
      return {start, end: start + [...name].length, type, name, source} as Candidate
    })
  }
  const qualify = (text: string, names: Array<[string, Candidate['type'], Candidate['source']?]>) => {
    const mentions = place(text, names)
    const dropped = qualifyPartyOrgans(mentions, foldedCharacters(text))
    return mentions.map((mention) => (dropped.has(mention) ? `(${mention.name})` : mention.name))
  }
  it.each([
    // The one party of the document, alone or heading another organ's name; a linked name is its page's.
    [
      '蒙古人民党召开会议。中央委员会和国际部出席。国际部',
      [
        ['蒙古人民党', 'Organization'],
        ['中央委员会', 'GovernmentOrganization'],
        ['国际部', 'GovernmentOrganization'],
        ['国际部', 'GovernmentOrganization', 'link']
      ],
      ['蒙古人民党', '蒙古人民党中央委员会', '蒙古人民党国际部', '国际部']
    ],
    [
      '蒙古人民党中央政治局开会。中央委员会',
      [
        ['蒙古人民党中央政治局', 'GovernmentOrganization'],
        ['中央委员会', 'GovernmentOrganization']
      ],
      ['蒙古人民党中央政治局', '蒙古人民党中央委员会']
    ],
    // Two parties: the one its sentence names last before it.
    [
      '蒙古民主党代表访问。他当选蒙古人民党中央委员会委员。',
      [
        ['蒙古民主党', 'Organization'],
        ['蒙古人民党', 'Organization'],
        ['中央委员会', 'GovernmentOrganization']
      ],
      ['蒙古民主党', '蒙古人民党', '蒙古人民党中央委员会']
    ],
    // Two parties, none in its sentence: the one the lead names first, the page's subject's.
    [
      '巴特尔是蒙古人民党党员。\n他会见蒙古民主党代表。他后来进入中央委员会。',
      [
        ['蒙古人民党', 'Organization'],
        ['蒙古民主党', 'Organization'],
        ['中央委员会', 'GovernmentOrganization']
      ],
      ['蒙古人民党', '蒙古民主党', '蒙古人民党中央委员会']
    ],
    // Two parties, none in its sentence or its lead: no one body.
    [
      '蒙古人民党与蒙古民主党会谈。他后来进入中央委员会。',
      [
        ['蒙古人民党', 'Organization'],
        ['蒙古民主党', 'Organization'],
        ['中央委员会', 'GovernmentOrganization']
      ],
      ['蒙古人民党', '蒙古民主党', '(中央委员会)']
    ],
    // `党` before an organ stands for the party: the same evidence names it.
    [
      '蒙古人民党召开会议。党中央委员会出席。',
      [
        ['蒙古人民党', 'Organization'],
        ['党中央委员会', 'GovernmentOrganization']
      ],
      ['蒙古人民党', '蒙古人民党中央委员会']
    ],
    // No party anywhere in the document: no one body either (`中央委员会` is any party's).
    ['巴特尔是蒙古人民军元帅。他后来进入中央委员会。', [['中央委员会', 'GovernmentOrganization']], ['(中央委员会)']]
  ])('%s', (text, names, expected) => expect(qualify(text, names as Array<[string, Candidate['type'], Candidate['source']?]>)).toEqual(expected))
})

describe('a state whose short form starts its name', () => {
  it.each([
    ['沙特阿拉伯外交部', '沙特阿拉伯外交部'], // already written with the state's name: `沙特` is not replaced inside it
    ['沙特外交部', '沙特阿拉伯外交部'], // the short form before a body: the state's name
    ['沙特阿拉伯', '沙特阿拉伯']
  ])('%s → %s', (name, expected) => expect(canonicalName(name)).toBe(expected))
})

describe('a law keeps the state’s name as written', () => {
  it.each([
    ['蒙古国宪法', '蒙古国宪法'], // zhwiki titles a law with the state's full name
    ['蒙古国外交部', '蒙古外交部'] // a body: the short name
  ])('%s → %s', (name, expected) => expect(canonicalName(name)).toBe(expected))
})

describe('a place by the short name its page gives', () => {
  it.each([
    ['延边', '延边朝鲜族自治州'],
    ['延边州', '延边朝鲜族自治州']
  ])('%s → %s', (name, expected) => expect(canonicalName(name)).toBe(expected))
})
