import {describe, expect, it} from 'vitest'
import {codePointIndex} from '../../src/core/codePoints.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {acronymsAfter} from '../../src/entities/rules/acronyms.js'
import {bodyCandidates} from '../../src/entities/rules/bodies.js'
import {emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {documentCandidates} from '../../src/entities/rules/documents.js'
import {eventCandidates} from '../../src/entities/rules/events.js'
import {siteCandidates} from '../../src/entities/rules/sites.js'
import {transliteratedNames, transliterationCandidates} from '../../src/entities/rules/transliterations.js'
import {vietnameseNameCandidates} from '../../src/entities/rules/vietnameseNames.js'
import {bracketedWorks} from '../../src/entities/rules/works.js'

// Each family with its own made-up sentences, never the seeds'.
function run(rule: (out: ReturnType<typeof emitter>) => void, text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  rule(out)
  return out.found.filter((candidate) => candidate.name !== '').map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.type])
}

describe('rule families', () => {
  it.each([
    ['日本防卫省官员昨天表示', ['日本防卫省', 'GovernmentOrganization']],
    ['蒙古外交部发表声明', ['蒙古外交部', 'GovernmentOrganization']],
    ['双方签署了文件', undefined],
    ['由NHK两家电视台转播', undefined] // a count of bodies: a list, not a name
  ])('bodies: %s', (text, expected) => {
    const found = run(bodyCandidates, text)
    if (expected) expect(found).toContainEqual(expected)
    else expect(found).toEqual([])
  })

  it.each([
    ['两国领导人出席了乌兰巴托峰会', ['乌兰巴托峰会', 'Event']],
    ['他回顾了1999年南北首脑会谈的成果', ['1999年南北首脑会谈', 'Event']],
    ['所谓绿叶革命并未发生', ['绿叶革命', 'Event']],
    ['该党十二届三中全会决定', ['十二届三中全会', 'Event']],
    ['在第五次代表大会上', ['第五次代表大会', 'Event']],
    ['第9届人民议会第二次会议闭幕', ['第9届人民议会第二次会议', 'Event']]
  ])('events: %s', (text, expected) => expect(run(eventCandidates, text)).toContainEqual(expected))

  it.each([
    ['双方发表了河内联合声明', ['河内联合声明', 'Legislation']],
    ['重申3·12共同宣言的精神', ['3·12共同宣言', 'Legislation']],
    ['安理会通过第1234号决议', ['第1234号决议', 'Legislation']]
  ])('documents: %s', (text, expected) => expect(run(documentCandidates, text)).toContainEqual(expected))

  it.each([
    ['重申3.12共同宣言的精神', '3·12共同宣言'],
    ['落实4．27共同文件', '4·27共同文件']
  ])('a document dated with a full stop is named with the middle dot: %s', (text, name) => {
    const folded = foldedCharacters(text)
    const out = emitter(folded, tagPlain(folded.join('')))
    documentCandidates(out)
    expect(out.found.map((candidate) => candidate.name)).toContain(name)
  })

  it.each([
    [
      '安理会第1234号和第1240号决议',
      [
        ['第1234号', '联合国安理会第1234号决议'],
        ['第1240号决议', '联合国安理会第1240号决议']
      ]
    ],
    [
      '违反了安理会1111号（2001年）、1222号（2002年）决议',
      [
        ['1111号', '联合国安理会第1111号决议'],
        ['1222号', '联合国安理会第1222号决议']
      ]
    ],
    [
      '违反了1111号、1222号决议',
      [
        ['1111号', '第1111号决议'],
        ['1222号决议', '第1222号决议']
      ]
    ],
    [
      '通过了第1111号、第1222号两个决议', // a count between the list and `决议`
      [
        ['第1111号', '第1111号决议'],
        ['第1222号', '第1222号决议']
      ]
    ],
    [
      '先后通过第1111号和第1222号这几项制裁决议',
      [
        ['第1111号', '第1111号决议'],
        ['第1222号', '第1222号决议']
      ]
    ]
  ])('each number of a list of resolutions: %s', (text, expected) => {
    const folded = foldedCharacters(text)
    const out = emitter(folded, tagPlain(folded.join('')))
    documentCandidates(out)
    for (const item of expected) expect(out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])).toContainEqual(item)
  })

  it.each(['第1111号、第1222号两个文件', '1111号、1222号条约'])('a list of numbers not of resolutions: %s', (text) => {
    const folded = foldedCharacters(text)
    const out = emitter(folded, tagPlain(folded.join('')))
    documentCandidates(out)
    expect(out.found).toEqual([])
  })

  it.each([
    ['警方逮捕了阮氏兰，并', [['阮氏兰', 'Person']]],
    ['黎氏春表示不知情', [['黎氏春', 'Person']]],
    ['陈氏家族的祠堂', []],
    ['法院判处范氏梅三年', [['范氏梅', 'Person']]]
  ])('Vietnamese women’s names: %s', (text, expected) => expect(run(vietnameseNameCandidates, text)).toEqual(expected))

  it.each([
    ['据报道，元山核设施已关闭', ['元山核设施', 'Place']],
    ['投资集中在中国东北', ['中国东北', 'Place']],
    ['拆除了乌兰核设施', ['乌兰核设施', 'Place']] // the place starts a word: not `除乌兰`
  ])('sites and regions: %s', (text, expected) => expect(run(siteCandidates, text)).toContainEqual(expected))

  it.each(['关闭蒙古核设施', '某某弹道导弹发射场'])('no site without a place below a state: %s', (text) => expect(run(siteCandidates, text).filter(([, type]) => type === 'Place')).toEqual([]))

  // A compass part of a state is the state and a direction, not a region with a name.
  it.each(['暴雨袭击了法国南部', '地震发生在越南北部', '寒潮影响日本东北亚航线'])('no region: %s', (text) => expect(run(siteCandidates, text).filter(([, type]) => type === 'Place')).toEqual([]))

  it('transliterations: the name next to the dots, not the office before nor the verb after', () => {
    expect(transliteratedNames('国务卿约翰·克里随后')).toEqual([{offset: 3, text: '约翰·克里'}])
    expect(run(transliterationCandidates, '会见了安娜•施密特。')).toEqual([['安娜·施密特', 'Person']])
  })

  it('works in 《》: newspapers are organizations, common nouns are not works', () => {
    const found = (text: string) => bracketedWorks(foldedCharacters(text)).map((candidate) => [candidate.name, candidate.type])
    expect(found('据《东方日报》报道')).toEqual([['东方日报', 'Organization']])
    expect(found('签署《协议》')).toEqual([])
    expect(found('会议发表了《主席声明》和《宣言》')).toEqual([]) // kinds of documents, no names
  })

  it('acronyms in brackets name what they follow', () => {
    const folded = foldedCharacters('东盟地区论坛（ARF）')
    expect(acronymsAfter([{start: 0, end: 6, type: 'Organization', name: '东盟地区论坛', source: 'rule'}], folded)).toEqual([{start: 7, end: 10, type: 'Organization', name: '东盟地区论坛', source: 'document'}])
  })

  it('code-point index: astral characters count once', () => {
    const at = codePointIndex('a𠀀b中')
    expect([at(0), at(1), at(3), at(4), at(5)]).toEqual([0, 1, 2, 3, 4])
  })
})

describe('titles in 《》 that the words around them make a news outlet', () => {
  it.each([
    ['蒙古《草原周报》称', 'Organization'], // by its name
    ['日本《远东观察》杂志刊文', 'Organization'],
    ['据《北方评论》报道', 'Organization'],
    ['和《晨光经济》等蒙古媒体', 'Organization'],
    ['她演唱了《草原的月夜》', 'CreativeWork']
  ])('%s → %s', (text, type) => expect(bracketedWorks(foldedCharacters(text)).map((candidate) => candidate.type)).toEqual([type]))
})
