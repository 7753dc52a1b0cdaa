import {describe, expect, it} from 'vitest'
import type {EntityMention} from '../../src/entities/entityTypes.js'
import {resolveShortNames} from '../../src/entities/personNames.js'
import {aliasCandidates} from '../../src/entities/rules/aliases.js'
import {type Candidate, emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {latinNameCandidates} from '../../src/entities/rules/latinNames.js'
import {listedPeople} from '../../src/entities/rules/personLists.js'
import {personCandidates} from '../../src/entities/rules/people.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {transliteratedNames, transliterationCandidates} from '../../src/entities/rules/transliterations.js'

// Made-up sentences for each family of people's names, never the seeds' or the gold's.
const person = (text: string, surface: string, name = surface): Candidate => {
  const start = [...text].length - [...text.split(surface).slice(1).join(surface)].length - [...surface].length
  return {start, end: start + [...surface].length, type: 'Person', name, source: 'rule'}
}
const found = (text: string, people: Candidate[] = []) => latinNameCandidates(foldedCharacters(text), people).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])

describe('people named in Latin letters in Chinese text', () => {
  it.each([
    ['发言人Anna Berg表示遗憾', [['Anna Berg', 'Anna Berg']]],
    [
      '嫌犯是Li Min Ho、Pak Chol Su及昵称为老张的O Song Il',
      [
        ['Li Min Ho', 'Li Min Ho'],
        ['Pak Chol Su', 'Pak Chol Su'],
        ['O Song Il', 'O Song Il']
      ]
    ],
    [
      '护照上的姓名为“Kim Dok”（金德），他',
      [
        ['Kim Dok', '金德'],
        ['金德', '金德']
      ]
    ],
    ['据Korean Central News Agency报道', []],
    ['该报援引New York Times的消息', []]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('a Latin name in brackets after a Chinese name is that person', () => {
    const text = '会见了安娜·贝格（Anna Berg）'
    expect(found(text, [person(text, '安娜·贝格')])).toEqual([['Anna Berg', '安娜·贝格']])
  })

  it.each([
    ['时任总理周恩来访问了河内', ['周恩来']], // jieba's dictionary tags this name as a time word
    ['部长下星期访问河内', []], // a time word after an office: no surname
    ['主席周一访问河内', []]
  ])('next to an office, a surname and two characters jieba tags as a time word: %s', (text, expected) => {
    expect(personCandidates(tagPlain(text)).map((candidate) => candidate.name)).toEqual(expected)
  })

  it.each([
    ['朝鲜驻华公使朴明皓在朝鲜', '朴明皓'],
    ['大使李明在会上发言', '李明'], // a particle right after: two characters
    ['大使郑英浩到医院探视', '郑英浩'] // jieba glued the verb to the name
  ])('a name jieba cuts after its second character keeps its third: %s', (text, name) => {
    expect(personCandidates(tagPlain(text)).map((candidate) => candidate.name)).toContain(name)
  })

  it('a transliterated name after an office leaves the office out', () => {
    expect(transliteratedNames('外交部发言人汉斯·穆勒表示').map((name) => name.text)).toEqual(['汉斯·穆勒'])
  })

  it.each([
    ['大使亚历山大·格鲁休科夫出席', ['亚历山大·格鲁休科夫']], // a given name jieba tags as a place; a last name it cuts into syllables
    ['代表维多利亚·休科娃发言', ['维多利亚·休科娃']],
    ['篮球明星丹尼斯·克罗曼来访', ['丹尼斯·克罗曼']], // the place-tagged given name is the whole first part
    ['代表谢尔盖·伊里奇夫称', ['谢尔盖·伊里奇夫']], // the last syllable glued to a verb of saying
    ['前往美国·纽约', []] // a place general knowledge holds is no given name
  ])('transliterated names jieba reads otherwise: %s', (text, expected) => {
    expect(transliteratedNames(text).map((name) => name.text)).toEqual(expected)
  })
})

describe('romanized Korean names and nicknames in Latin letters', () => {
  it.each([
    ['队员有Pak Chol-min和其他人', [['Pak Chol-min', 'Pak Chol-min']]],
    ['据Ri Song Il说', [['Ri Song Il', 'Ri Song Il']]],
    ['据Kim Il Sung University报道', []], // a body's name
    ['访问了Seoul Tower', []], // no Korean family name first
    ['据Moon Jae-in说', [['Moon Jae-in', 'Moon Jae-in']]],
    ['据Thae Yong-ho说', [['Thae Yong-ho', 'Thae Yong-ho']]],
    ['入住了Park Hotel', []], // `Hotel` is no Korean syllable
    ['途经Ha Noi机场', []], // nor is `Noi`
    ['标语写着Oh My', []]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('a nickname in quotes is part of the original-language name', () => {
    const text = '会见了杰克·史密斯（John "Jack" Smith）'
    expect(found(text, [person(text, '杰克·史密斯')])).toEqual([['John "Jack" Smith', '杰克·史密斯']])
  })

  it('a transliterated name with a nickname in quotes is one mention, named by the nickname and the surname', () => {
    const folded = foldedCharacters('约翰·亨利·“杰克”·史密斯出生于')
    const out = emitter(folded, tagPlain(folded.join('')))
    transliterationCandidates(out)
    expect(out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])).toContainEqual(['约翰·亨利·“杰克”·史密斯', '杰克·史密斯'])
  })
})

describe('a foreign name without dots right after an office', () => {
  it.each([
    ['总理纳卡斥责了他', ['纳卡']],
    ['秘书长加利表示', ['加利']], // a word jieba reads as a place, right after an office
    ['作为总统他会跨过这条线', []] // a pronoun, not a name
  ])('%s', (text, expected) => expect(personCandidates(tagPlain(text)).map((candidate) => candidate.name)).toEqual(expected))
})

describe('a foreign name jieba cuts in two after an office is one name', () => {
  const names = (text: string) => personCandidates(tagPlain(text)).map((candidate) => candidate.name)
  it.each([
    ['外长巴特尔韦勒表示', '巴特尔韦勒'],
    ['发言人罗德马克重申', '罗德马克'],
    ['大使安德鲁亚诺称', '安德鲁亚诺']
  ])('%s', (text, name) => expect(names(text)).toContain(name))

  it.each([
    ['外长韦斯特和韦勒会面', '韦斯特和韦勒'], // two names
    ['总理李克强马克说', '李克强马克'], // a Chinese name is not made of transliteration characters
    ['巴特尔韦勒表示', '巴特尔韦勒'] // no office before it
  ])('not %s', (text, name) => expect(names(text)).not.toContain(name))
})

describe('a surname and two characters jieba cuts in two after an office are one name', () => {
  const names = (text: string) => personCandidates(tagPlain(text)).map((candidate) => candidate.name)
  it.each([
    ['部长崔在圭宣布', '崔在圭'], // a word jieba does not know and the last character
    ['大使崔正男是', '崔正男'],
    ['秘书官李起南说', '李起南'] // an ROK presidential secretary's office
  ])('%s', (text, name) => expect(names(text)).toContain(name))

  it.each([
    ['国务卿赖斯在会上', '赖斯在'], // a name of its own and a particle
    ['部长李说明情况', '李说明'], // a verb after the surname
    ['委员长和平壤市民', '和平壤'] // a conjunction
  ])('not %s', (text, name) => expect(names(text)).not.toContain(name))
})

describe('words next to an office that are no names', () => {
  const names = (text: string) => personCandidates(tagPlain(text)).map((candidate) => candidate.name)
  it.each([
    ['他于1990年晋升大将', '晋升'], // a verb of promotion before a rank, though jieba tags it a name
    ['此后升任部长', '升任'],
    ['他是蒙古建国领导人', '建国'], // two characters jieba reads as a place, before an office
    ['她是某国總統之女', '之女'] // a particle starts no name
  ])('not %s', (text, word) => expect(names(text)).not.toContain(word))
})

describe('other names a text gives a person', () => {
  const people = (text: string, names: string[]): Candidate[] => names.map((name) => person(text, name))
  const aliases = (text: string, known: string[], page?: string) => aliasCandidates(foldedCharacters(text), people(text, known), page).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])
  it.each([
    [
      '白甲乙，又作白甲丙、白甲丁。',
      ['白甲乙'],
      undefined,
      [
        ['白甲丙', '白甲乙'],
        ['白甲丁', '白甲乙']
      ]
    ],
    ['白甲乙，又名某种说法。', ['白甲乙'], undefined, []], // not a name: no surname, no quotes
    ['父亲称王大同为“小老虎”。', ['王大同'], undefined, [['小老虎', '王大同']]],
    ['父亲称他为“小老虎”。', [], '王大同', []], // not the person right before `为`
    ['王大同的歌声被誉为“山中之声”。', ['王大同'], undefined, [['山中之声', '王大同']]],
    ['访问王大同的岛屿被誉为“东方明珠”。', ['王大同'], undefined, []], // the sentence is not about the person
    ['他持姓名为“赵某”的护照入境。', [], undefined, [['赵某', '赵某']]],
    ['一场名为“自由卫士”的演习开始。', [], undefined, []], // not shaped like a person's name
    [
      '金甲乙，又译为金甲丙或金丁乙，是某国官员。',
      ['金甲乙'],
      undefined,
      [
        ['金甲丙', '金甲乙'],
        ['金丁乙', '金甲乙']
      ]
    ], // `为` after the word, names joined by `或`
    ['朴甲乙，中国大陆译作朴丙丁，现任某职。', ['朴甲乙'], undefined, [['朴丙丁', '朴甲乙']]], // a rendering: every syllable but the surname may differ
    ['朴甲乙，又作朴丙丁。', ['朴甲乙'], undefined, []], // not a rendering: more than one syllable apart is another person
    ['白甲乙（原名“白大同”）的故乡。', ['白甲乙'], undefined, [['白大同', '白甲乙']]], // quoted, whatever follows the quote
    ['白甲乙，原名“白大同”的说法有误。', ['白甲乙'], undefined, [['白大同', '白甲乙']]]
  ])('%s', (text, known, page, expected) => expect(aliases(text, known, page)).toEqual(expected))

  it('in the lead, a nickname is the page’s person', () => {
    expect(aliases('绰号“小白”。', [], '白甲乙')).toEqual([['小白', '白甲乙']])
  })

  it.each([
    ['白甲乙签署的协定，又称白甲丙。', ['白甲乙']], // another thing's other name, not the person's
    ['白甲乙，又作白丙丁。', ['白甲乙']] // more than one syllable apart: another person
  ])('%s: no other name of the person', (text, known) => expect(aliases(text, known)).toEqual([]))
})

describe('people listed one per line before a colon', () => {
  const listed = (text: string, known: string[]) =>
    listedPeople(
      foldedCharacters(text),
      known.map((name) => person(text, name))
    ).map((candidate) => candidate.name)
  it('a list most of whose heads are people: the other heads shaped like names are people too', () => {
    expect(listed('王大同：某部次长\n李小明：某部部长\n赵东升：\n草原站：某地', ['王大同', '李小明'])).toEqual(['赵东升'])
  })
  it('a list of few people is no list of people', () => {
    expect(listed('王大同：某部次长\n草原站：某地\n东北站：某地\n赵东升：', ['王大同'])).toEqual([])
  })
})

describe('a short name takes the one full name it ends', () => {
  const mention = (name: string): EntityMention => ({start: 0, end: 1, exact: name, type: 'Person', name, source: 'rule'})
  it('after a dot or the hyphen of a double name', () => {
    const mentions = [mention('安东·安东-加文'), mention('加文')]
    resolveShortNames(mentions, new Map())
    expect(mentions[1]!.name).toBe('安东·安东-加文')
  })
})
