import {describe, expect, it} from 'vitest'
import {canonicalForm} from '../../src/entities/canonicalForms.js'
import {canonicalName} from '../../src/entities/identity.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
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
    ['蒙古总统警卫室', '蒙古总统警卫室']
  ])('%s → %s', (name, expected) => expect(canonicalName(name)).toBe(expected))
})

describe('a party’s organ named alone is the organ of the one party the document names', () => {
  const body = (name: string, type: Candidate['type'] = 'GovernmentOrganization', source: Candidate['source'] = 'rule'): Candidate => ({start: 0, end: 1, type, name, source})
  it('qualifies it with the one party', () => {
    const mentions = [body('蒙古人民党', 'Organization'), body('中央委员会'), body('国际部'), body('国际部', 'GovernmentOrganization', 'link')]
    qualifyPartyOrgans(mentions)
    expect(mentions.map((mention) => mention.name)).toEqual(['蒙古人民党', '蒙古人民党中央委员会', '蒙古人民党国际部', '国际部'])
  })
  it('finds the party at the head of another organ’s name', () => {
    const mentions = [body('蒙古人民党中央政治局'), body('中央委员会')]
    qualifyPartyOrgans(mentions)
    expect(mentions[1]!.name).toBe('蒙古人民党中央委员会')
  })
  it('leaves it bare with two parties', () => {
    const mentions = [body('蒙古人民党', 'Organization'), body('蒙古民主党', 'Organization'), body('中央委员会')]
    qualifyPartyOrgans(mentions)
    expect(mentions[2]!.name).toBe('中央委员会')
  })
})
