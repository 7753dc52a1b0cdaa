import {describe, expect, it} from 'vitest'
import {bodyTyping, organizationTyping, placeTyping, siteTyping, suffixPlaceTyping} from '../../src/entities/typing/bodies.js'
import {knownTyping} from '../../src/entities/typing/known.js'
import {occasionTyping} from '../../src/entities/typing/occasions.js'
import {isPersonShape, isSurnameAndGivenName, isTransliteratedPerson} from '../../src/entities/typing/people.js'
import {isStateTopic, typeOfName} from '../../src/entities/typeOfName.js'

// One table per family of typing rules; made-up names, never the seeds'.
describe('general knowledge', () => {
  it.each([
    ['大韩民国', 'Country', '韩国'],
    ['卢森堡', 'Country', '卢森堡'], // every UN member state
    ['纽西兰', 'Country', '新西兰'], // …by its Taiwan name too (after script folding)
    ['辛巴威', 'Country', '津巴布韦'],
    ['中非', undefined, undefined], // a short name that is also China–Africa is left out
    ['光州广域市', 'City', '光州'],
    ['安理会', 'Organization', '联合国安理会'],
    ['国政院', 'GovernmentOrganization', '国家情报院'],
    ['最高人民会议常务委员会', 'GovernmentOrganization', '朝鲜最高人民会议常任委员会'], // a body by the name zhwiki titles it with
    ['东南亚地区', 'Place', '东南亚'], // a known region with `地区` is that region
    ['非洲', 'Place', '非洲'], // a continent
    ['伪满洲国', 'Country', '满洲国'], // a former state, as PRC histories write it
    ['阿联酋', 'Country', '阿拉伯联合酋长国'], // a state by its zhwiki title
    ['某某地区', undefined, undefined],
    ['某某山庄', undefined, undefined]
  ])('%s → %s %s', (name, type, canonical) => {
    const typing = knownTyping(name)
    expect([typing?.type, typing?.name]).toEqual([type, canonical])
  })
})

describe('documents and events by suffix', () => {
  it.each([
    ['乌兰巴托宣言', {type: 'Legislation', name: '乌兰巴托宣言'}],
    ['宣言', 'none'], // no stem that names one
    ['某某合作理事会会议', 'body'], // an unnumbered session is the body that meets
    ['第五次全体会议', {type: 'Event', name: '第五次全体会议'}],
    ['曼谷会谈', {type: 'Event', name: '曼谷会谈'}],
    ['绿叶革命', {type: 'Event', name: '绿叶革命'}],
    ['某某公司', undefined]
  ])('%s', (name, expected) => expect(occasionTyping(name)).toEqual(expected))
})

describe('bodies and places by suffix', () => {
  it.each([
    [bodyTyping, '蒙古海关总署', 'GovernmentOrganization'],
    [bodyTyping, '青山区教育局', 'Organization'],
    [bodyTyping, '非政府委员会', undefined],
    [organizationTyping, '绿松石航空公司', 'Organization'],
    [organizationTyping, '反对党', undefined],
    [placeTyping, '黑龙江省', 'Place'],
    [placeTyping, '外务省', undefined],
    [suffixPlaceTyping, '青松市', 'City'],
    [suffixPlaceTyping, '白石半岛', 'Place'],
    [suffixPlaceTyping, '高椭圆轨道', undefined], // `道` ends a common noun (`轨道`), no province
    [suffixPlaceTyping, '少儿频道', undefined],
    [suffixPlaceTyping, '京畿道', 'Place'] // a province's name is a word of its own
  ])('%o %s → %s', (rule, name, type) => expect(rule(name)?.type).toBe(type))
})

describe('people', () => {
  it.each([
    ['约翰·史密斯', true],
    ['约翰·C·史密斯号', false], // a ship
    ['首尔', undefined] // no dot: not this rule's
  ])('transliterated %s: %s', (name, expected) => expect(isTransliteratedPerson(name)).toBe(expected))
  it.each([
    ['李东海', true],
    ['赵青山', true],
    ['青鹿潭', false],
    ['黄花鱼', false]
  ])('surname-shaped %s: %s', (name, expected) => expect(isPersonShape(name)).toBe(expected))
  it.each([
    ['韩国电影', false],
    ['李某访日', false],
    // More frequent surnames (`vocabulary/surnames.ts`); an adverb that is also a surname elsewhere is not one here.
    ['乔冠东', true],
    ['柴成武', true],
    ['薛明远', true],
    ['曾经任', false]
  ])('surname and given name %s: %s', (name, expected) => expect(isSurnameAndGivenName(name)).toBe(expected))
})

describe('a state or a pair and a kind of event that recurs name the kind, not one occasion', () => {
  it.each([
    ['蒙古核试验', 'none'],
    ['越美联合军事演习', 'none'], // a pair, and modifiers that name no occasion
    ['蒙古总统选举', 'none'],
    ['英法大选', 'none'],
    ['1990年蒙古总统选举', {type: 'Event', name: '1990年蒙古总统选举'}], // a year makes one occasion
    ['第二次蒙古核试验', {type: 'Event', name: '第二次蒙古核试验'}], // …and so does a count
    ['金色草原演习', {type: 'Event', name: '金色草原演习'}], // an exercise with a name of its own
    ['蒙古人民大会选举', {type: 'Event', name: '蒙古人民大会选举'}] // a body's election is more than the state's kind
  ])('%s', (name, expected) => expect(occasionTyping(name)).toEqual(expected))
})

describe('a state and a direction or a field is not a name of its own', () => {
  it.each(['法国南部', '越南北方地区', '俄罗斯西部', '蒙古东南部'])('%s: a compass part of the state', (name) => expect(typeOfName(name)).toBeUndefined())
  it.each([
    ['法国外交', true],
    ['蒙古经济', true],
    ['新加坡总统府', false], // a building
    ['越南社会主义共和国', false]
  ])('%s: a topic %s', (name, expected) => expect(isStateTopic(name)).toBe(expected))
})

describe('a form the alias table knows is its canonical name, typed as that is', () => {
  it.each([
    ['川普', 'Person', '唐纳德·特朗普'],
    ['汉城', 'City', '汉城'] // general knowledge first: a city by its own name
  ])('%s → %s %s', (form, type, name) => expect(typeOfName(form)).toEqual({type, name}))
})

describe('a kind’s head alone is no name', () => {
  it.each(['通讯社', '委员会', '协定'])('%s', (name) => expect(typeOfName(name)).toBeUndefined())
})

describe('launch and test sites, camps are places, not bodies', () => {
  it.each([
    ['南浦卫星发射中心', {type: 'Place', name: '南浦卫星发射中心'}],
    ['元山导弹发射场', {type: 'Place', name: '元山导弹发射场'}],
    ['北岭强制收容所', {type: 'Place', name: '北岭强制收容所'}],
    ['发射场', undefined], // the kind alone
    ['航天中心', undefined],
    ['乌兰巴托儿童医院', {type: 'Place', name: '乌兰巴托儿童医院'}], // a hospital is a building, before a body's `…院` reads it
    ['医院', undefined]
  ])('%s', (name, expected) => expect(siteTyping(name)).toEqual(expected))

  it('through the order of evidence too', () => {
    expect(typeOfName('南浦卫星发射中心')?.type).toBe('Place')
    expect(typeOfName('草原妇幼医院')?.type).toBe('Place')
  })
})

describe('wars and battles after their place are events', () => {
  it.each([
    ['摩尔多瓦内战', 'Event'], // a state's civil war
    ['第三次开城海战', 'Event'], // a counted battle
    ['内战', undefined] // the kind alone
  ])('%s', (name, type) => expect(typeOfName(name)?.type).toBe(type))
})

describe('a topic between states by their short names is no name', () => {
  it.each([
    ['韩日关系', undefined],
    ['中朝贸易', undefined],
    ['美朝俄关系', undefined],
    ['韩明哲', 'Person'] // a surname that is also a state's short name, then a given name
  ])('%s → %s', (name, type) => expect(typeOfName(name)?.type).toBe(type))
})

describe('places listed with a middle dot are no transliterated person', () => {
  it.each([
    ['白河郡·青石郡', false],
    ['郡·青石', false], // starts where a county's name ended
    ['约翰·史密斯', true],
    ['阿兰·史密斯', true] // a first part jieba reads as a place is still a given name
  ])('%s → %s', (name, expected) => expect(isTransliteratedPerson(name)).toBe(expected))
})
