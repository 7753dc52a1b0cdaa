import {describe, expect, it} from 'vitest'
import {canonicalName, entityIri, isDebris} from '../../src/entities/identity.js'
import {namesPage} from '../../src/entities/namesPage.js'
import {typeOfName} from '../../src/entities/typeOfName.js'
import {isGivenName} from '../../src/entities/vocabulary/nameCharacters.js'
import {isOffice} from '../../src/entities/vocabulary/offices.js'
import {surnameOf} from '../../src/entities/vocabulary/surnames.js'

// Cases are general families, not sentences of the seeds.
describe('which anchors name their page', () => {
  const person = {type: 'Person' as const, name: '乔治·赫伯特·布朗'}
  const body = {type: 'GovernmentOrganization' as const, name: '大韩民国海洋水产部'}
  it.each([
    ['乔治·赫伯特·布朗', '乔治·赫伯特·布朗', person, true],
    ['布朗', '乔治·赫伯特·布朗', person, true],
    ['乔治·布朗', '乔治·赫伯特·布朗', person, true],
    ['小布朗', '乔治·赫伯特·布朗', person, true],
    ['布', '乔治·赫伯特·布朗', person, false],
    ['总统', '2009年某国总统选举', {type: 'Event' as const, name: '2009年某国总统选举'}, false],
    ['2009年', '2009年某国总统选举', {type: 'Event' as const, name: '2009年某国总统选举'}, false],
    ['7月', '2009年7月某国会谈', {type: 'Event' as const, name: '2009年7月某国会谈'}, false],
    ['韩国海洋水产部', '大韩民国海洋水产部', body, true],
    ['海洋水产部', '大韩民国海洋水产部', body, true],
    ['外交部', '大韩民国外交部', {type: 'GovernmentOrganization' as const, name: '大韩民国外交部'}, false],
    ['大韩民国', '大韩民国海洋水产部', body, false],
    ['新华通社', '新华通讯社', {type: 'Organization' as const, name: '新华通讯社'}, true],
    ['光州', '光州广域市', {type: 'City' as const, name: '光州'}, true],
    ['第1695号决议', '联合国安全理事会第1695号决议', {type: 'Legislation' as const, name: '联合国安全理事会第1695号决议'}, true],
    // A state's body under another of its names (renamed): the same state, first words and head.
    ['韩国海洋渔业部', '大韩民国海洋水产部', body, true],
    ['韩国海关厅', '大韩民国海洋水产部', body, false], // another body of the state
    ['蒙古海洋渔业部', '大韩民国海洋水产部', body, false] // another state's
  ])('%s → %s: %s', (anchor, title, typing, expected) => {
    expect(namesPage(anchor, title, typing)).toBe(expected)
  })
})

describe('one canonical name per entity', () => {
  it.each([
    ['10•4宣言', '10·4宣言'],
    ['10・4宣言', '10·4宣言'],
    // zhwiki titles, the other forms from the title's lead or its language variants (`vocabulary/aliases.ts`).
    ['6•15共同宣言', '南北共同宣言'],
    ['歐巴馬', '贝拉克·奥巴马'],
    ['小布希', '乔治·沃克·布什'],
    ['格達費', '穆阿迈尔·卡扎菲'],
    ['梅克爾', '安格拉·默克尔'],
    ['天安號沉沒事件', '天安舰事件'],
    ['美朝框架协议', '朝美核框架协议'],
    ['西海', '黄海'],
    ['朝鲜问题六方会谈', '六方会谈'],
    ['统一部', '韩国统一部'], // a body only one state has by that name, a link's anchor too
    ['财政经济部', '韩国财政经济部'],
    ['约翰·F·凯利', '约翰·凯利'],
    ['中国国防部', '中华人民共和国国防部'], // a state's organs by its official name
    ['中国驻法国大使馆', '中华人民共和国驻法国大使馆'],
    ['中国共产党', '中国共产党'], // not an organ
    ['韩联社', '韩联社'],
    ['唐納·川普', '唐纳德·特朗普'],
    ['當勞·特朗普', '唐纳德·特朗普'],
    ['彭佩奧', '迈克·蓬佩奥'],
    ['海參崴', '符拉迪沃斯托克'],
    ['漢城', '首尔'],
    ['大韩民国国家情报院', '韩国国家情报院'],
    ['朝鲜民主主义人民共和国外务省', '朝鲜外务省']
  ])('%s → %s', (form, canonical) => {
    expect(canonicalName(form)).toBe(canonical)
  })

  it('gives English and Chinese names of one entity one IRI', () => {
    expect(entityIri('Donald Trump')).toBe(entityIri('唐纳德·特朗普'))
    expect(entityIri('North Korea')).toBe(entityIri('朝鲜'))
    expect(entityIri('Kim Kye-gwan')).toBe(entityIri('金桂冠'))
  })

  it.each(['File:Kim.jpg', '文件:金.jpg', 'Image:x.png'])('%s is converter debris', (name) => expect(isDebris(name)).toBe(true))
})

describe('types of names', () => {
  it.each([
    ['罗世杰', 'Person'], // surname + given name
    ['李东海', 'Person'], // a given name may end like a sea
    ['赵青山', 'Person'], // or a mountain
    ['青鹿潭', 'Place'], // a pond is a place
    ['金沙潭', 'Place'],
    ['马斯特', undefined], // ends like a transliteration
    ['黄花鱼', undefined], // a fish
    ['白皮书', undefined], // a kind of document
    ['张二人', undefined], // a group
    ['某国幕僚长', undefined], // an office
    ['非营利组织', undefined], // a category, not a body
    ['光州广域市', 'City'],
    ['约翰·C·某某号', undefined], // a ship
    ['中共中央统战部', 'GovernmentOrganization'],
    ['第三次全体会议', 'Event'],
    ['蒙古国政府', undefined], // the state itself
    ['泰国当局', undefined],
    ['泰国执政党', undefined], // a role at the time, no name
    ['泰国驻军', undefined],
    ['外务省', 'GovernmentOrganization'], // a bare body is still a body (its state comes from the document)
    ['国政院', 'GovernmentOrganization'],
    ['草原经济论坛', 'Organization'] // a forum with a name of its own is the body that holds it
  ])('%s → %s', (name, type) => {
    expect(typeOfName(name)?.type).toBe(type)
  })

  it.each([
    ['安倍晋三', '安倍'],
    ['欧阳修', '欧阳'],
    ['河边', undefined]
  ])('surname of %s is %s', (name, surname) => expect(surnameOf(name) === surname || (surname === undefined && surnameOf(name) !== '河')).toBe(true))
  it.each([
    ['正恩', true],
    ['尔特', false],
    ['二人', false],
    ['贤一郎', true]
  ])('given name %s: %s', (given, ok) => expect(isGivenName(given)).toBe(ok))
  it.each([
    ['总统', true],
    ['前总统', true],
    ['幕僚长', true],
    ['金正恩', false]
  ])('office %s: %s', (word, office) => expect(isOffice(word)).toBe(office))
})
