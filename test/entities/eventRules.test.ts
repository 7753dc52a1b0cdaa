import {describe, expect, it} from 'vitest'
import {canonicalForm} from '../../src/entities/canonicalForms.js'
import type {EntityMention} from '../../src/entities/entityTypes.js'
import {isSeriesName, resolveShortEvents} from '../../src/entities/eventNames.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {conflictCandidates} from '../../src/entities/rules/conflicts.js'
import {countedSummitCandidates, countedSummitName} from '../../src/entities/rules/countedSummits.js'
import {eventCandidates} from '../../src/entities/rules/events.js'
import {exerciseCandidates} from '../../src/entities/rules/exercises.js'
import {gameCandidates} from '../../src/entities/rules/games.js'
import {levelTalkCandidates} from '../../src/entities/rules/levelTalks.js'
import {chineseNumeral, numberedEventCandidates, sessionName} from '../../src/entities/rules/numberedEvents.js'
import {talkCandidates} from '../../src/entities/rules/talks.js'
import {knownTyping} from '../../src/entities/typing/known.js'
import {leadTyping} from '../../src/entities/typing/lead.js'

// Made-up sentences for each family of named events, never the seeds' or the gold's.
function run(rule: (out: ReturnType<typeof emitter>) => void, text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  rule(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('counted events of a series', () => {
  it.each([
    ['双方举行了第7次南北将军级会谈', [['第7次南北将军级会谈', '第7次南北将军级会谈']]],
    ['第二轮三方谈判在北京举行', [['第二轮三方谈判', '第二轮三方谈判']]],
    ['第十二次亲属团聚重聚：某年某月', [['第十二次亲属团聚重聚', '第十二次亲属团聚重聚']]], // the last head of the name
    ['第三次黄海海战爆发', [['第三次黄海海战', '第三次黄海海战']]],
    ['第5届全国农民大会闭幕', [['第5届全国农民大会', '第5届全国农民大会']]], // a body's session: the count as written (`rules/sessionCounts.ts`)
    ['第二次会谈没有结果', []], // any talks
    ['第四次首脑会谈', []], // who meets is not a name
    ['第三次朝越首脑会议', []], // `首脑会议` is any summit
    ['第十届人民议会', []], // a body's term
    ['第九届第三次人民大会闭幕', []], // a session of a term: the name would need both counts
    ['第二次朝越会谈后举行了宴会', [['第二次朝越会谈', '第二次朝越会谈']]]
  ])('%s', (text, expected) => expect(run((out) => numberedEventCandidates(out), text)).toEqual(expected))

  it('a round of a series the batch knows by name keeps its count: it is one round', () => {
    expect(run((out) => numberedEventCandidates(out, (name) => name === '三方谈判'), '第二轮三方谈判在北京举行')).toEqual([['第二轮三方谈判', '第二轮三方谈判']])
  })

  it('a counted summit of a series the batch knows by name keeps the series’ name: summits are named by their year', () => {
    expect(run((out) => numberedEventCandidates(out, (name) => name === '蒙越首脑会晤'), '第二次蒙越首脑会晤在乌兰巴托举行')).toEqual([])
  })

  it.each([
    ['九届人大三次会议通过', [['九届人大三次会议', '第九届全国人民代表大会第三次会议']]],
    ['中共十二大以后', [['中共十二大', '中国共产党第十二次全国代表大会']]]
  ])('congress sessions by their short forms: %s', (text, expected) => expect(run((out) => numberedEventCandidates(out), text)).toEqual(expected))

  it.each([
    ['第九届全国人大常委会第15次会议', '第九届全国人民代表大会常务委员会第十五次会议'],
    ['第3届某某党中央委员会第2次全体会议', '第三届某某党中央委员会第二次全体会议']
  ])('session names as zhwiki titles them: %s', (surface, name) => expect(sessionName(surface)).toBe(name))

  it.each([
    [7, '七'],
    [10, '十'],
    [15, '十五'],
    [27, '二十七'],
    [105, '一百零五'],
    [118, '一百一十八']
  ])('%i in Chinese numerals: %s', (value, numeral) => expect(chineseNumeral(value)).toBe(numeral))
})

describe('named talks', () => {
  it.each([
    ['南北将军级会谈在板门店举行', [['南北将军级会谈', '南北将军级会谈']]],
    ['北南红十字会谈', [['北南红十字会谈', '北南红十字会谈']]],
    ['四方会谈破裂', [['四方会谈', '四方会谈']]],
    ['蒙越外长会晤', []], // a pair of other states: a meeting a text describes
    ['南北会谈', []], // who meets is missing
    ['南北首脑会议', []], // `首脑会议` is any summit
    ['乌兰巴托会谈取得进展', [['乌兰巴托会谈', '乌兰巴托会谈']]],
    ['两国外长在乌兰巴托会晤', []], // where two people met: a verb
    ['工作组在蒙古乌兰巴托会谈', []],
    ['韩朝工作级军事会议在开城举行', [['韩朝工作级军事会议', '韩朝工作级军事会议']]], // two words of who meets
    ['南北红十字会会议闭幕', [['南北红十字会会议', '南北红十字会会议']]],
    ['南北军事工作会谈', [['南北军事工作会谈', '南北军事工作会谈']]],
    ['南北将军级军事会谈', [['南北将军级军事会谈', '南北将军级军事会谈']]],
    ['南北双方会谈', []] // `双方` is no level
  ])('%s', (text, expected) => expect(run(talkCandidates, text)).toEqual(expected))
})

describe('inter-Korean talk series written without the pair, in a text about the two Koreas’ talks', () => {
  const context = '南北部长级会谈结束后，'
  it.each([
    [`${context}双方举行将军级会谈。`, [['将军级会谈', '南北将军级会谈']]],
    [
      `${context}随后进行紅十字會會談和体育会谈。`,
      [
        ['红十字会会谈', '南北红十字会会谈'],
        ['体育会谈', '南北体育会谈']
      ]
    ],
    ['双方举行将军级会谈。', []], // no talks of the two Koreas named with their pair: anyone's talks
    [`${context}此前举行过朝美将军级会谈。`, []], // another pair's
    [`${context}共举行了13次将军级军事会谈。`, []], // a count of meetings, not the series' name
    [`${context}两国举行高级别会谈。`, []] // high-level talks alone are any states'
  ])('%s', (text, expected) => expect(run(levelTalkCandidates, text)).toEqual(expected))
})

describe('counted summits of a pair', () => {
  it.each([
    ['据报道，第二次韩朝首脑会谈在某地举行', [['第二次韩朝首脑会谈', '2007年朝韩首脑会晤']]], // the pair in the name, any order
    ['第4次南北首脑会晤之后', [['第4次南北首脑会晤', '2018年5月朝韩首脑会晤']]], // counted in digits
    ['美朝第一次峰会？不，第二次美朝峰会', [['第二次美朝峰会', '2019年朝美首脑会晤']]], // the pair without `首脑`
    ['朝韩首脑会晤多次举行，第三次首脑会谈时某某说', [['第三次首脑会谈', '2018年4月朝韩首脑会晤']]], // the one pair whose summits the text names
    ['2018年第二次首脑会晤以后，朝韩首脑会晤', [['2018年第二次首脑会晤', '2018年5月朝韩首脑会晤']]], // counted within a year
    ['第三次首脑会谈前后', []], // no pair anywhere in the text
    ['朝韩首脑会晤，朝美首脑会晤，第二次首脑会谈', []], // two pairs: which one is not said
    ['第九次朝韩首脑会谈', []], // a count the series does not reach
    ['第三次朝韩首脑会议', []], // `首脑会议` is any summit
    ['朝韩首脑会晤以后，第二次会谈', []], // `会谈` alone is any talks
    ['第二次中朝首脑会谈', []] // a series whose summits are not all named
  ])('%s', (text, expected) => expect(run(countedSummitCandidates, text)).toEqual(expected))

  it('names a summit by its count, overall or within a year', () => {
    expect([countedSummitName('朝韩', 1), countedSummitName('朝韩', 3, '2018'), countedSummitName('朝美', 3)]).toEqual(['2000年朝韩首脑会晤', '2018年9月朝韩首脑会晤', undefined])
  })

  it('is left to this rule by the rule of counted events', () => {
    expect(run((out) => numberedEventCandidates(out), '第二次韩朝首脑会谈在某地举行')).toEqual([])
  })
})

describe('crises and wars named after their place', () => {
  it.each([
    ['爆发了越核危机', [['越核危机', '越核危机']]],
    ['第二次台海危机期间', [['第二次台海危机', '第二次台海危机']]],
    ['东南亚金融危机', [['东南亚金融危机', '东南亚金融危机']]],
    ['政治危机加深', []],
    ['这场战争', []],
    ['第一次乌兰巴托战役', [['第一次乌兰巴托战役', '第一次乌兰巴托战役']]]
  ])('%s', (text, expected) => expect(run(conflictCandidates, text)).toEqual(expected))
})

describe('sessions named as zhwiki titles them', () => {
  // The longest candidate wins when they are settled: the shorter ones found with it do not matter here.
  it.each([
    ['劳动党第9届中央委员会第3次全体会议召开', ['劳动党第9届中央委员会第3次全体会议', '朝鲜劳动党第九届中央委员会第三次全体会议']], // a party's, with the party by its full name
    ['第九届第三次人民议会会议闭幕', ['第九届第三次人民议会会议', '第九届人民议会会议第三次会议']] // a term's session written before its body
  ])('%s', (text, expected) => expect(run(eventCandidates, text)).toContainEqual(expected))

  it.each(['某某党第9届中央委员会', '在野党举行第九届大会', '第九届第三次会议'])('no session of a party or a body: %s', (text) => expect(run(eventCandidates, text).filter(([, name]) => /党第|届.+会议第/.test(name!))).toEqual([]))
})

describe('incidents named by their place and what happened', () => {
  it.each([
    ['因金刚山枪击事件中断', [['金刚山枪击事件', '金刚山枪击事件']]], // a place the gazetteer knows
    ['仰光炮击事件之后', [['仰光炮击事件', '仰光炮击事件']]],
    ['这次枪击事件', []], // no place
    ['美国袭击事件', []], // a state is who acted, not where
    ['政治冲突事件', []] // a word, not a place
  ])('%s', (text, expected) => expect(run(eventCandidates, text).filter(([surface]) => surface!.endsWith('事件'))).toEqual(expected))
})

describe('military exercises by their quoted names', () => {
  it.each([
    ['双方终止“草原之鹰”联合军演', [['草原之鹰', '草原之鹰']]],
    [
      '参加蒙美“铁壁”和“雪豹”蒙美联合演习',
      [
        ['铁壁', '铁壁'],
        ['雪豹', '雪豹']
      ]
    ], // each name of the list
    ['因“2030年草原精神”军事演习推迟', [['2030年草原精神', '2030年草原精神']]],
    ['他说“和平万岁”，随后离开', []], // a quote, not an exercise's
    ['举行“联合”演习', []] // a word of the exercise itself
  ])('%s', (text, expected) => expect(run(exerciseCandidates, text)).toEqual(expected))
})

describe('ships’ incidents', () => {
  it.each([
    ['和光明舰事件', [['光明舰事件', '光明舰事件']]],
    ['发生光明号事件后', [['光明号事件', '光明号事件']]],
    ['这起事件', []]
  ])('%s', (text, expected) => expect(run(eventCandidates, text).filter(([surface]) => surface!.endsWith('事件'))).toEqual(expected))
})

describe('games by their short forms', () => {
  it.each([
    ['在2030年亚运期间', [['2030年亚运', '2030年亚洲运动会']]],
    ['长野冬奥会开幕', [['长野冬奥会', '1998年冬季奥林匹克运动会']]],
    [
      '2030年亚运会上，该届亚运成绩最好',
      [
        ['2030年亚运会', '2030年亚洲运动会'],
        ['亚运', '2030年亚洲运动会']
      ]
    ],
    ['奥运会期间', [['奥运会', '奥林匹克运动会']]], // no season, no year: the Olympics
    ['东亚运输公司', []],
    ['参加2030年世界羽毛球锦标赛', [['2030年世界羽毛球锦标赛', '2030年世界羽毛球锦标赛']]],
    ['雅典夏季奥运会闭幕', [['雅典夏季奥运会', '2004年夏季奥林匹克运动会']]], // a host before 2008
    ['第19届冬季奥运会上', [['第19届冬季奥运会', '2002年冬季奥林匹克运动会']]], // a count that says the year
    ['第十七届亚运会', [['第十七届亚运会', '2014年亚洲运动会']]],
    [
      '第二十届冬奥会后，奥运会',
      [
        ['第二十届冬奥会', '2006年冬季奥林匹克运动会'],
        ['奥运会', '2006年冬季奥林匹克运动会']
      ]
    ], // the one dated games of the text
    ['第30届奥运会', [['第30届奥运会', '奥林匹克运动会']]], // which season the count is of is not said
    ['第五届冬奥会', [['第五届冬奥会', '冬季奥林匹克运动会']]] // a count before the hosts known: the games as such
  ])('%s', (text, expected) => expect(run(gameCandidates, text)).toEqual(expected))

  it.each([
    ['2030年冬奥会', '2030年冬季奥林匹克运动会'], // a dated short form, a link's title too
    ['2030年亚运会', '2030年亚洲运动会'],
    ['2030年奥运会', '2030年奥运会'] // which season is not said
  ])('dated games by their full name: %s → %s', (name, expected) => expect(canonicalForm(name)).toBe(expected))
})

describe('events known by name', () => {
  it.each([
    ['韩战', '朝鲜战争'],
    ['二战', '第二次世界大战'],
    ['二次大战', '第二次世界大战'],
    ['冷战', '冷战']
  ])('%s → %s', (form, name) => expect(knownTyping(form)).toEqual({type: 'Event', name}))
})

describe('the page’s first sentence types its own title', () => {
  it.each([
    ['某某交流是一项由两国政府联合举办，为了促进往来的活动。', '某某交流', 'Event'],
    ['某某联盟（英语：Some Union）是一个区域性的组织。', '某某联盟', 'Organization'],
    ['某某是朝鲜的一位政治家，曾参与独立运动。', '某某', undefined], // a person's page
    ['另一个页面是一项活动。', '某某交流', undefined] // the lead is not about the title
  ])('%s', (text, title, type) => expect(leadTyping(text, title)).toBe(type))
})

describe('on a page about one event of a series, the series’ name found by a rule is that event', () => {
  const mention = (name: string, source: EntityMention['source'] = 'rule'): EntityMention => ({start: 0, end: 1, exact: name, type: 'Event', name, source})
  it('takes the title', () => {
    const mentions = [mention('某海危机'), mention('第二次某海危机')]
    resolveShortEvents(mentions, '第一次某海危机')
    expect(mentions.map((one) => one.name)).toEqual(['第一次某海危机', '第二次某海危机'])
  })
  it('keeps a linked series, and names on a page about something else', () => {
    const linked = [mention('某海危机', 'link')]
    resolveShortEvents(linked, '第一次某海危机')
    const elsewhere = [mention('某海危机')]
    resolveShortEvents(elsewhere, '某某人')
    expect([linked[0]!.name, elsewhere[0]!.name]).toEqual(['某海危机', '某海危机'])
  })
})

describe('a series’ name is not a name of one event of it', () => {
  it.each([
    ['某海危机', '第一次某海危机', true],
    ['某國會談', '2030年某国会谈', true],
    ['某海危机', '某海危机', false],
    ['第一次某海危机', '第一次某海危机', false]
  ])('%s of %s: %s', (surface, name, expected) => expect(isSeriesName(surface, name)).toBe(expected))
})

describe('the kind’s name of a body named after an occasion is not a name of it', () => {
  it.each([
    ['某某联队', '2030年某某运动会某某联队', true],
    ['某某联队', '某某联队', false]
  ])('%s of %s: %s', (surface, name, expected) => expect(isSeriesName(surface, name)).toBe(expected))
})

describe('summits of an international body, named after the body', () => {
  it.each([
    ['他出席了二十国集团峰会。', [['二十国集团峰会', '二十国集团峰会']]],
    ['2030年金砖五国领导人会晤在某城举行', [['2030年金砖五国领导人会晤', '2030年金砖国家领导人会晤']]], // a year before it; the body's full name
    ['在G20峰会期间', [['G20峰会', 'G20峰会']]], // a Latin acronym stays as written
    ['东盟外长会议发表声明', [['东盟外长会议', '东南亚国家联盟外长会议']]],
    ['二十国集团成员国表示', []] // the body alone is no summit
  ])('%s', (text, expected) => expect(run(eventCandidates, text)).toEqual(expected))
})

describe('an incident named by its place alone', () => {
  it.each([
    ['乌兰巴托事件造成三人死亡', [['乌兰巴托事件', '乌兰巴托事件']]], // a city the gazetteer knows, right before 事件
    ['他说这一事件很严重', []],
    ['某舰爆沉事件后', []] // a verb before 事件 is no place
  ])('%s', (text, expected) => expect(run(eventCandidates, text)).toEqual(expected))
})

describe('a revolution is named by a name before it', () => {
  it.each([
    ['人们至今纪念玫瑰革命', [['玫瑰革命', '玫瑰革命']]],
    ['保守派、反革命势力', []], // punctuation before it
    ['他们拒绝接受革命', []], // a verb before it
    ['推行三大革命', []] // a count before it
  ])('%s', (text, expected) => expect(run(eventCandidates, text).filter(([surface]) => surface!.endsWith('革命'))).toEqual(expected))
})
