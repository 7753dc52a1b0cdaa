import {describe, expect, it} from 'vitest'
import {readMeetingSentence, type SentenceInput} from '../../src/events/readMeetingSentence.js'

/**
 * Invented sentences (not from the seeds or the corpus), each with the names
 * and times an earlier stage would find: `[text, people, places, times]`.
 */
function input(text: string, people: string[], places: string[], times: Array<[string, string]>, language: 'zh' | 'en' = 'zh'): SentenceInput {
  const at = (word: string) => {
    const start = text.indexOf(word)
    if (start === -1) throw new Error(`${word} not in ${text}`)
    return {start, end: start + word.length}
  }
  return {
    text,
    language,
    mentions: [...people.map((name) => ({...at(name), type: 'Person' as const, name})), ...places.map((name) => ({...at(name), type: (/国|國|Korea|Vietnam/.test(name) ? 'Country' : 'Place') as 'Country' | 'Place', name}))],
    times: times.map(([words, value]) => ({...at(words), value}))
  }
}

type Row = [string, SentenceInput, {kind: string; status: string; date: string; place?: string | null; within?: string[]; attendees: string[]; unsaid?: boolean} | undefined]

const rows: Row[] = [
  [
    'subject and counterpart, place after 在',
    input('1999年3月2日，张三与李四在日内瓦举行会谈。', ['张三', '李四'], ['日内瓦'], [['1999年3月2日', '1999-03-02']]),
    {kind: 'talks', status: 'held', date: '1999-03-02', place: '日内瓦', attendees: ['张三', '李四']}
  ],
  [
    'unsaid subject, company and counterpart, place after 赴',
    input('5月7至8日，陪同王五赴大阪与赵六举行首脑会谈。', ['王五', '赵六'], ['大阪'], [['5月7至8日', '2001-05-07/2001-05-08']]),
    {kind: 'visit', status: 'held', date: '2001-05-07/2001-05-08', place: '大阪', attendees: ['王五', '赵六'], unsaid: true}
  ],
  [
    'one day: the meeting itself',
    input('5月7日，陪同王五赴大阪与赵六举行首脑会谈。', ['王五', '赵六'], ['大阪'], [['5月7日', '2001-05-07']]),
    {kind: 'summit', status: 'held', date: '2001-05-07', place: '大阪', attendees: ['王五', '赵六'], unsaid: true}
  ],
  [
    'place stated inside another',
    input('2003年4月9日，甲方代表孙七与周八在开城南侧的友谊馆会晤。', ['孙七', '周八'], ['开城', '友谊馆'], [['2003年4月9日', '2003-04-09']]),
    {kind: 'talks', status: 'held', date: '2003-04-09', place: '友谊馆', within: ['开城'], attendees: ['孙七', '周八']}
  ],
  [
    '于某地举行',
    input('2004年6月1日，两国外长吴九、郑十于汉堡举行磋商。', ['吴九', '郑十'], ['汉堡'], [['2004年6月1日', '2004-06-01']]),
    {kind: 'talks', status: 'held', date: '2004-06-01', place: '汉堡', within: [], attendees: ['吴九', '郑十']}
  ],
  [
    'the subject of an earlier clause, the object of the verb',
    input('2005年7月3日至5日，外长冯一访问了日本，并会见了首相陈二。', ['冯一', '陈二'], ['日本'], [['2005年7月3日至5日', '2005-07-03/2005-07-05']]),
    {kind: 'visit', status: 'held', date: '2005-07-03/2005-07-05', place: '日本', attendees: ['冯一', '陈二']}
  ],
  [
    'planned after the verb',
    input(
      '2006年1月1日，峰会将于2006年3月3日在罗城举行。',
      [],
      ['罗城'],
      [
        ['2006年1月1日', '2006-01-01'],
        ['2006年3月3日', '2006-03-03']
      ]
    ),
    {kind: 'summit', status: 'planned', date: '2006-03-03', place: '罗城', attendees: []}
  ],
  ['a person whose meeting is named is no predicate', input('2006年1月2日，白宫称张三与李四的会面会持续一日。', ['张三', '李四'], [], [['2006年1月2日', '2006-01-02']]), undefined],
  [
    'an invitation is a plan',
    input('2006年1月3日，张三发推邀李四到开城会面。', ['张三', '李四'], ['开城'], [['2006年1月3日', '2006-01-03']]),
    {kind: 'talks', status: 'planned', date: '2006-01-03', place: '开城', attendees: ['张三', '李四']}
  ],
  [
    'a capital stated in its state',
    input('2006年2月3日，张三访问越国首都河城。', ['张三'], ['越国', '河城'], [['2006年2月3日', '2006-02-03']]),
    {kind: 'visit', status: 'held', date: '2006-02-03', place: '河城', within: ['越国'], attendees: ['张三']}
  ],
  ['a visit', input('2006年2月2日，褚三访问韩国。', ['褚三'], ['韩国'], [['2006年2月2日', '2006-02-02']]), {kind: 'visit', status: 'held', date: '2006-02-02', place: '韩国', attendees: ['褚三']}],
  ['a signing', input('2007年9月9日，卫四与蒋五在柏林签署协定。', ['卫四', '蒋五'], ['柏林'], [['2007年9月9日', '2007-09-09']]), {kind: 'signing', status: 'held', date: '2007-09-09', place: '柏林', attendees: ['卫四', '蒋五']}],
  ['a call', input('2008年1月5日，沈六与韩七通电话。', ['沈六', '韩七'], [], [['2008年1月5日', '2008-01-05']]), {kind: 'call', status: 'held', date: '2008-01-05', attendees: ['沈六', '韩七']}],
  ['planned: 原定', input('杨八原定于2009年5月10日访问平城。', ['杨八'], ['平城'], [['2009年5月10日', '2009-05-10']]), {kind: 'visit', status: 'planned', date: '2009-05-10', place: '平城', attendees: ['杨八']}],
  [
    'planned: 将于, the time nearest the verb',
    input(
      '2010年1月2日，两国宣布将于2010年3月在罗城举行首脑会谈。',
      [],
      ['罗城'],
      [
        ['2010年1月2日', '2010-01-02'],
        ['2010年3月', '2010-03']
      ]
    ),
    {kind: 'summit', status: 'planned', date: '2010-03', place: '罗城', attendees: []}
  ],
  ['cancelled', input('2011年8月1日，朱九取消了与秦十的会谈。', ['朱九', '秦十'], [], [['2011年8月1日', '2011-08-01']]), undefined],
  ['cancelled meeting as predicate', input('2011年8月1日，朱九与秦十的会晤被取消。', ['朱九', '秦十'], [], [['2011年8月1日', '2011-08-01']]), undefined],
  ['a noun of another clause is no meeting', input('2012年3月3日，许一在会谈中表示反对。', ['许一'], [], [['2012年3月3日', '2012-03-03']]), undefined],
  ['a purpose is no meeting', input('2012年4月4日，为筹备首脑会谈，两国官员在开城会面。', [], ['开城'], [['2012年4月4日', '2012-04-04']]), {kind: 'talks', status: 'held', date: '2012-04-04', place: '开城', attendees: []}],
  ['no time, no meeting', input('何二曾会见吕三。', ['何二', '吕三'], [], []), undefined],
  [
    'a person only recalled is no attendee',
    input('2013年5月5日，施四在施五的故居与张六会面。', ['施四', '施五', '张六'], [], [['2013年5月5日', '2013-05-05']]),
    {kind: 'talks', status: 'held', date: '2013-05-05', attendees: ['施四', '张六']}
  ],
  [
    'English: met at a place inside others',
    input('On May 5, 2014, Ann Lee and Bo Park met at the Grand Hall on Lake island in Veldt.', ['Ann Lee', 'Bo Park'], ['Grand Hall', 'Lake island', 'Veldt'], [['May 5, 2014', '2014-05-05']], 'en'),
    {kind: 'talks', status: 'held', date: '2014-05-05', place: 'Grand Hall', within: ['Lake island', 'Veldt'], attendees: ['Ann Lee', 'Bo Park']}
  ],
  [
    'English: held talks with',
    input('On June 1, 2015, Cy Kang held talks with Di Moon in Orvale.', ['Cy Kang', 'Di Moon'], ['Orvale'], [['June 1, 2015', '2015-06-01']], 'en'),
    {kind: 'talks', status: 'held', date: '2015-06-01', place: 'Orvale', attendees: ['Cy Kang', 'Di Moon']}
  ],
  ['an announcement dates the statement, not the meeting', input('2019年2月1日，冯甲发表声明，称与沈戊在汉城会晤。', ['冯甲', '沈戊'], ['汉城'], [['2019年2月1日', '2019-02-01']]), undefined],
  ['a report of a meeting dates the report', input('当天，电台通过广播告知听众褚乙正与卫丙举行会谈。', ['褚乙', '卫丙'], [], [['当天', '2019-02-02']]), undefined],
  [
    'a statement reports a meeting dated after it',
    input('外交部宣布，蒋丁于2019年2月3日在汉城与沈戊会晤。', ['蒋丁', '沈戊'], ['汉城'], [['2019年2月3日', '2019-02-03']]),
    {kind: 'talks', status: 'held', date: '2019-02-03', place: '汉城', attendees: ['蒋丁', '沈戊']}
  ],
  ['what a document says is no meeting held', input('2019年3月1日，根据协议，褚午与卫未在开城举行会谈。', ['褚午', '卫未'], ['开城'], [['2019年3月1日', '2019-03-01']]), undefined],
  ['a time of another predicate does not date the meeting', input('两国在开城举行工作会谈、从3月1日起开放口岸。', [], ['开城'], [['3月1日', '2019-03-01']]), undefined],
  ['a copula classes a meeting, it tells none', input('2019年4月4日，这是韩己与杨庚第二次首脑会议。', ['韩己', '杨庚'], [], [['2019年4月4日', '2019-04-04']]), undefined],
  ["a meeting word in an organ's name is no meeting", input('2019年4月5日，峰会筹备委员会成员抵达开城。', [], ['开城'], [['2019年4月5日', '2019-04-05']]), undefined],
  [
    'the people of a later clause that tells the same meeting',
    input('2019年5月6日至8日，第二次首脑会晤在罗城举行，甲国总统朱辛与乙国总理秦壬举行会谈。', ['朱辛', '秦壬'], ['罗城'], [['2019年5月6日至8日', '2019-05-06/2019-05-08']]),
    {kind: 'summit', status: 'held', date: '2019-05-06/2019-05-08', place: '罗城', attendees: ['朱辛', '秦壬']}
  ],
  [
    'a collective subject stands for the pair the next clause names',
    input('2019年6月1日，两国双方在开城举行首脑会谈，甲国总统许癸与乙国总理何子握手。', ['许癸', '何子'], ['开城'], [['2019年6月1日', '2019-06-01']]),
    {kind: 'summit', status: 'held', date: '2019-06-01', place: '开城', attendees: ['许癸', '何子']}
  ],
  [
    'people named in a later clause without a collective subject stay out',
    input('2019年6月2日，甲乙两国代表团在开城举行会谈，吕丑随后会见了施寅。', ['吕丑', '施寅'], ['开城'], [['2019年6月2日', '2019-06-02']]),
    {kind: 'talks', status: 'held', date: '2019-06-02', place: '开城', attendees: []}
  ],
  [
    'a collective subject and three people in the next clause: none taken',
    input('2019年6月3日，双方在开城举行会谈，张卯、李辰与王巳出席。', ['张卯', '李辰', '王巳'], ['开城'], [['2019年6月3日', '2019-06-03']]),
    {kind: 'talks', status: 'held', date: '2019-06-03', place: '开城', attendees: []}
  ],
  [
    'the place a trip abroad goes to, not the frame of the time',
    input('在半岛局势紧张的时候，外长冯申于2020年2月4日出访乙国与陈酉会晤。', ['冯申', '陈酉'], ['半岛', '乙国'], [['2020年2月4日', '2020-02-04']]),
    {kind: 'talks', status: 'held', date: '2020-02-04', place: '乙国', attendees: ['冯申', '陈酉']}
  ],
  [
    "English: commas set off a place and a date in the verb's clause",
    input('A second summit followed in Veldt, Orland, from March 3 to 4, 2021, and ended without an agreement.', [], ['Veldt', 'Orland'], [['March 3 to 4, 2021', '2021-03-03/2021-03-04']], 'en'),
    {kind: 'summit', status: 'held', date: '2021-03-03/2021-03-04', place: 'Veldt', within: ['Orland'], attendees: []}
  ],
  ['English: a time after a new predicate does not date the meeting', input('The leaders met in Veldt, and on March 5, 2021, the envoys left.', [], ['Veldt'], [['March 5, 2021', '2021-03-05']], 'en'), undefined],
  [
    'a meeting word without a time yields to one with its own',
    input('两国首脑的第二次会晤、同年第一次会晤于2021年9月1日至3日在罗城举行。', [], ['罗城'], [['2021年9月1日至3日', '2021-09-01/2021-09-03']]),
    {kind: 'talks', status: 'held', date: '2021-09-01/2021-09-03', place: '罗城', attendees: []}
  ],
  [
    'a meeting talked about (就…) is no meeting; the planned one is another noun',
    input('2022年3月1日至2日，特使冯戌访问乙国，并会见了总理陈亥，就计划中的首脑会晤征求意见。', ['冯戌', '陈亥'], ['乙国'], [['2022年3月1日至2日', '2022-03-01/2022-03-02']]),
    {kind: 'visit', status: 'held', date: '2022-03-01/2022-03-02', place: '乙国', attendees: ['冯戌', '陈亥']}
  ],
  [
    'talks on a topic with a counterpart are told',
    input('2022年4月1日，褚甲就边界问题与卫乙在罗城会谈。', ['褚甲', '卫乙'], ['罗城'], [['2022年4月1日', '2022-04-01']]),
    {kind: 'talks', status: 'held', date: '2022-04-01', place: '罗城', attendees: ['褚甲', '卫乙']}
  ],
  [
    'a meeting word that tells no one and nowhere yields to the meeting told',
    input('2022年5月1日，孔甲与曹乙会面，二人交换意见，并同意尽快举行首脑会谈。', ['孔甲', '曹乙'], [], [['2022年5月1日', '2022-05-01']]),
    {kind: 'talks', status: 'held', date: '2022-05-01', attendees: ['孔甲', '曹乙']}
  ],
  [
    'a plan dated in a later clause',
    input('随后，严丙表示有意访问罗城，得到对方同意，并将日程定在2022年7月25日。', ['严丙'], ['罗城'], [['2022年7月25日', '2022-07-25']]),
    {kind: 'visit', status: 'planned', date: '2022-07-25', place: '罗城', attendees: ['严丙']}
  ],
  [
    'a state holding another event is no venue',
    input(
      '2023年1月2日，因甲国举行军事演习，乙国代表褚丁在会谈中缺席，但于2023年1月3日与卫戊会谈。',
      ['褚丁', '卫戊'],
      ['甲国', '乙国'],
      [
        ['2023年1月2日', '2023-01-02'],
        ['2023年1月3日', '2023-01-03']
      ]
    ),
    {kind: 'talks', status: 'held', date: '2023-01-03', place: null, attendees: ['褚丁', '卫戊']}
  ],
  [
    'a place right before a held-verb of the meeting is its venue',
    input('2023年2月1日，第二轮会谈罗城举行。', [], ['罗城'], [['2023年2月1日', '2023-02-01']]),
    {kind: 'talks', status: 'held', date: '2023-02-01', place: '罗城', attendees: []}
  ],
  [
    'who calls a visit off is no attendee of it',
    input('2023年3月1日，甲国总统冯己取消了外长陈庚访问罗城的计划。', ['冯己', '陈庚'], ['罗城'], [['2023年3月1日', '2023-03-01']]),
    {kind: 'visit', status: 'cancelled', date: '2023-03-01', place: '罗城', attendees: ['陈庚']}
  ],
  ['English: cancelled', input('The meeting had been announced on March 8, 2016, and cancelled by Ed Ho.', ['Ed Ho'], [], [['March 8, 2016', '2016-03-08']], 'en'), undefined]
]

describe('a sentence that says people met', () => {
  it.each(rows)('%s', (_name, sentence, expected) => {
    const meeting = readMeetingSentence(sentence)
    if (!expected) {
      expect(meeting?.status === 'held' ? meeting : undefined).toBeUndefined()
      return
    }
    expect(meeting).toBeDefined()
    expect({
      kind: meeting!.kind,
      status: meeting!.status,
      date: meeting!.time.value,
      ...('place' in expected ? {place: meeting!.place?.mention.name ?? null} : {}),
      ...(expected.within ? {within: meeting!.place?.within} : {}),
      attendees: meeting!.attendees.map((attendee) => attendee.name),
      ...(expected.unsaid ? {unsaid: meeting!.subjectUnsaid} : {})
    }).toEqual(expected)
  })
})
