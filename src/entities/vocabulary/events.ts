/**
 * The words named events are built from: who meets (`南北`, `朝美`, `六方`),
 * at what level (`首脑`, `高级别`), the head noun of a meeting or a series
 * (`会谈`, `重聚`), games and their hosts, and events known by a name without
 * a telling head (`冷战`). Each list says where it comes from; the rules of
 * `rules/talks.ts`, `rules/numberedEvents.ts` and `rules/games.ts` read them.
 */

/**
 * Parties whose talks are named series of their own (`南北高级别会谈`,
 * `南北总理会谈`, `南北红十字会谈`, `六方会谈`): the two Koreas and counts of
 * parties. Talks of other pairs (`中美外长会晤`) are single meetings a text
 * describes; they are named by their count or year.
 */
export const koreanSides = {
  words: ['南北', '北南', '南北韩', '朝韩', '韩朝', '六方', '五方', '四方', '三方'],
  source: 'zhwiki titles of inter-Korean talk series (南北高级别会谈, 南北将军级会谈, 南北总理会谈, 南北红十字会谈) and multilateral talks (六方会谈, 四方会谈)'
}

/**
 * The one way a pair of parties is written in the name of their summits, as
 * zhwiki titles them (`朝韩首脑会晤`, `2018年朝美首脑会晤`): every other order
 * or name of the pair → it.
 */
export const summitSides = {
  pairs: [
    {canonical: '朝韩', forms: ['朝韩', '韩朝', '南北', '北南', '南北韩']},
    {canonical: '朝美', forms: ['朝美', '美朝']},
    {canonical: '中朝', forms: ['中朝', '朝中']},
    {canonical: '中美', forms: ['中美', '美中']},
    {canonical: '朝日', forms: ['朝日', '日朝']},
    {canonical: '朝俄', forms: ['朝俄', '俄朝']},
    {canonical: '中韩', forms: ['中韩', '韩中']},
    {canonical: '韩美', forms: ['韩美', '美韩']}
  ],
  source: 'zhwiki titles of summits (朝韩首脑会晤, 2007年朝韩首脑会晤, 2018年5月朝韩首脑会晤, 2018年朝美首脑会晤, 中朝首脑会晤)'
}

/**
 * The summits of a pair in the order they met, by the names zhwiki titles
 * them with: a counted summit (`第三次朝韩首脑会谈`, `2018年第一次首脑会晤`)
 * is one of them. Only series whose every summit has its page are here.
 */
export const countedSummits = {
  series: [
    {pair: '朝韩', summits: ['2000年朝韩首脑会晤', '2007年朝韩首脑会晤', '2018年4月朝韩首脑会晤', '2018年5月朝韩首脑会晤', '2018年9月朝韩首脑会晤']},
    {pair: '朝美', summits: ['2018年朝美首脑会晤', '2019年朝美首脑会晤']}
  ],
  source:
    'zhwiki titles of the inter-Korean summits (2000年朝韩首脑会晤, 2007年朝韩首脑会晤, 2018年4月朝韩首脑会晤, 2018年5月朝韩首脑会晤, 2018年9月朝韩首脑会晤) and of the DPRK–US summits (2018年朝美首脑会晤 in Singapore, 2019年朝美首脑会晤 in Hanoi)'
}

/** Words for high-level talks that translate one Korean term (고위급 회담): one name, `高级别`. */
export const highLevelWords = {
  words: ['高层', '高官', '高级'],
  canonical: '高级别',
  source: 'Chinese renderings of 고위급 회담 (zhwiki 南北高级别会谈; press: 南北高层会谈, 南北高官会谈)'
}

/** Who meets for one side: heads of state, ministers, generals, Red Cross societies (`南北高级别会谈`, `朝美将军级会谈`). */
export const meetingLevels = {
  words: ['首脑', '领导人', '总理', '高级别', '高层', '高官', '部长级', '外长', '副外长', '防长', '国防部长', '将军级', '军事', '红十字', '红十字会', '经济', '工作', '工作级', '体育'],
  source: 'zhwiki titles of inter-Korean and US–DPRK talks (南北高级别会谈, 南北将军级军事会谈, 南北红十字会谈, 南北总理会谈, 朝美高级别会谈); 体育: corpus zhwiki/2018年5月朝韩首脑会晤.md (體育會談 on the joint Asian Games team)'
}

/**
 * The one name of a series of talks between the two Koreas below their
 * leaders, as zhwiki titles them (`南北高级别会谈`, `南北将军级军事会谈`,
 * `南北红十字会谈`, `南北部长级会谈`): the pair as `南北`, whatever order or
 * name of the pair the text writes (`韩朝`, `北南`, `南北韩`), the level as
 * zhwiki writes it, the meeting as `会谈` (`会议`, `会晤`, `谈判` are other
 * renderings of 회담). Talks of a count of parties likewise (`六方谈判` → `六方会谈`).
 */
export const talkSeries = {
  pair: '南北',
  pairForms: ['南北', '北南', '南北韩', '朝韩', '韩朝'],
  levelForms: {红十字会: '红十字'} as Record<string, string>,
  /** A level that zhwiki's title writes longer when the text writes it alone (`南北将军级会谈` → `南北将军级军事会谈`). */
  levelsInFull: {将军级: '将军级军事'} as Record<string, string>,
  head: '会谈',
  headForms: ['会谈', '会晤', '会议', '谈判'],
  source: 'zhwiki titles of inter-Korean talk series (南北高级别会谈, 南北将军级军事会谈, 南北红十字会谈, 南北部长级会谈, 南北总理会谈) and of 六方会谈, 四方会谈; Korean 회담 rendered 会谈/会议/会晤/谈判 in the Chinese press'
}

/**
 * What follows two leaders' initials in a summit's nickname (`甲乙会`,
 * `甲乙会谈`, `甲乙首脑会谈`): the press names summits so (`rules/leaderNicknames.ts`).
 */
export const nicknameHeads = {
  words: ['首脑会谈', '首脑会晤', '首脑峰会', '会谈', '会晤', '峰会', '会'],
  source: 'zhwiki leads of summit pages (2018年朝美首脑会晤: 简称川金会; 2018年4月南北韩首脑会谈: 常称文金会); Chinese press 习奥会, 特金会谈'
}

/**
 * Who meets, in the name of an inter-Korean series that texts about the two
 * Koreas write without the pair (`将军级会谈`, `红十字会谈`, `体育会谈`): ranks
 * and bodies no other talks are named by in this domain. `高级别`, `高层`,
 * `部长级`, `工作级` alone are any states' talks.
 */
export const seriesByLevel = {
  words: ['将军级军事', '将军级', '红十字会', '红十字', '体育'],
  source: 'zhwiki titles of inter-Korean talk series (南北将军级军事会谈, 南北红十字会谈); corpus zhwiki/2018年5月朝韩首脑会晤.md and 2018年9月南北韓首腦會談.md list 將軍級會談、體育會談、紅十字會會談 as the two Koreas\' talks'
}

/** Head nouns of a named meeting. */
export const meetingHeads = {
  words: ['首脑会谈', '首脑会晤', '会谈', '会晤', '峰会', '高峰会', '会议', '谈判', '和谈'],
  source: 'zhwiki titles of talks and summits (六方会谈, 朝韩首脑会晤, 新加坡峰会, 日内瓦会议, 巴黎和谈)'
}

/**
 * Heads of an event that recurs under one name, counted (`第3次某某会谈`,
 * `第2轮某某谈判`, `第1次某某重聚`, `第二次某某海战`): a count before a
 * name of two characters at least makes one event of the series.
 */
export const seriesHeads = {
  words: [...meetingHeads.words, '重聚', '会面', '对话', '大会', '全会', '海战', '战役', '战争', '大战', '危机'],
  source: 'zhwiki titles of numbered events (第一次延坪海战, 第二次朝核危机, 第二次世界大战, 第四轮六方会谈, 南北离散家族重聚 第N次)'
}

/** What happened, between an incident's place and `事件` (`某地枪击事件`, `某岛炮击事件`). */
export const incidentActs = {
  words: ['枪击', '炮击', '爆炸', '沉没', '撞机', '遇刺', '暗杀', '劫机', '袭击', '空袭', '绑架', '屠杀', '冲突'],
  source: 'zhwiki titles of incidents named by their place (金刚山枪击事件, 延坪岛炮击事件, 仰光爆炸事件, 中美南海撞机事件, 江陵潜艇渗透事件)'
}

/** Heads of named wars and battles after a place (`某某海战`, `某某内战`). */
export const warHeads = {
  words: ['战争', '内战', '海战', '战役', '大战'],
  source: 'zhwiki titles of wars and battles (朝鲜战争, 波斯尼亚内战, 延坪海战, 仁川登陆战役)'
}

/** What a named crisis is about, between its place and `危机` (`朝核危机`, `古巴导弹危机`, `亚洲金融危机`). */
export const crisisDomains = {
  words: ['核', '导弹', '金融', '人质', '外交', '难民', '石油'],
  source: 'zhwiki titles of crises (第一次朝核危机, 古巴导弹危机, 亚洲金融危机, 伊朗人质危机)'
}

/**
 * Multi-sport games by their short forms (`亚运`, `冬奥会`, `奥运`) → the name
 * zhwiki titles them with after the year (`2018年亚洲运动会`,
 * `2018年冬季奥林匹克运动会`).
 */
export const games: Array<{forms: string[]; name: string; source: string}> = [
  {forms: ['冬季奥林匹克运动会', '冬季奥运会', '冬季奥运', '冬奥会', '冬奥'], name: '冬季奥林匹克运动会', source: 'zhwiki 冬季奥林匹克运动会 (简称 冬奥会, 冬奥)'},
  {forms: ['夏季奥林匹克运动会', '夏季奥运会', '夏季奥运', '奥林匹克运动会', '奥运会', '奥运', '夏奥会', '夏奥'], name: '夏季奥林匹克运动会', source: 'zhwiki 夏季奥林匹克运动会 (简称 奥运会, 奥运)'},
  {forms: ['冬季残疾人奥林匹克运动会', '冬残奥会', '冬残奥'], name: '冬季残疾人奥林匹克运动会', source: 'zhwiki 冬季残疾人奥林匹克运动会 (简称 冬残奥会)'},
  {forms: ['残疾人奥林匹克运动会', '残奥会', '残奥'], name: '夏季残疾人奥林匹克运动会', source: 'zhwiki 夏季残疾人奥林匹克运动会 (简称 残奥会)'},
  {forms: ['亚洲运动会', '亚运会', '亚运'], name: '亚洲运动会', source: 'zhwiki 亚洲运动会 (简称 亚运会, 亚运)'},
  {forms: ['亚洲冬季运动会', '亚冬会'], name: '亚洲冬季运动会', source: 'zhwiki 亚洲冬季运动会 (简称 亚冬会)'},
  {forms: ['世界大学生运动会', '大运会'], name: '世界大学生运动会', source: 'zhwiki 世界大学生运动会 (简称 大运会)'}
]

/** Heads of championships and fairs named by their year (`2018年世界某某锦标赛`, `2010年某某博览会`). */
export const championshipHeads = {
  words: ['锦标赛', '世界杯', '亚洲杯', '公开赛', '博览会', '世博会', '运动会'],
  source: 'zhwiki titles of yearly championships and fairs (2018年世界乒乓球团体锦标赛, 2002年世界杯足球赛, 2010年上海世界博览会)'
}

/**
 * Where and when games were held, and their count (`平昌冬奥会` is the 2018
 * Winter Games, the 23rd): the year a host's name or a count stands for.
 */
export const gameHosts: Array<{host: string; year: number; edition: number; game: string; source: string}> = [
  ...(
    [
      ['汉城', 1988, 24],
      ['首尔', 1988, 24],
      ['巴塞罗那', 1992, 25],
      ['亚特兰大', 1996, 26],
      ['悉尼', 2000, 27],
      ['雅典', 2004, 28],
      ['北京', 2008, 29],
      ['伦敦', 2012, 30],
      ['里约热内卢', 2016, 31],
      ['里约', 2016, 31],
      ['东京', 2020, 32],
      ['巴黎', 2024, 33],
      ['洛杉矶', 2028, 34],
      ['布里斯班', 2032, 35]
    ] as const
  ).map(([host, year, edition]) => ({host, year, edition, game: '夏季奥林匹克运动会', source: 'zhwiki 奥林匹克运动会主办城市列表 (Summer Games since 1988, the 24th)'})),
  ...(
    [
      ['长野', 1998, 18],
      ['盐湖城', 2002, 19],
      ['都灵', 2006, 20],
      ['温哥华', 2010, 21],
      ['索契', 2014, 22],
      ['平昌', 2018, 23],
      ['北京', 2022, 24]
    ] as const
  ).map(([host, year, edition]) => ({host, year, edition, game: '冬季奥林匹克运动会', source: 'zhwiki 奥林匹克运动会主办城市列表 (Winter Games 1998–2022, the 18th to the 24th)'})),
  ...(
    [
      ['汉城', 1986, 10],
      ['首尔', 1986, 10],
      ['北京', 1990, 11],
      ['广岛', 1994, 12],
      ['曼谷', 1998, 13],
      ['釜山', 2002, 14],
      ['多哈', 2006, 15],
      ['广州', 2010, 16],
      ['仁川', 2014, 17],
      ['雅加达', 2018, 18],
      ['杭州', 2022, 19]
    ] as const
  ).map(([host, year, edition]) => ({host, year, edition, game: '亚洲运动会', source: 'zhwiki 亚洲运动会 (历届主办城市, the 10th to the 19th)'}))
]

/** Events known by a name without a telling head (`冷战`) or by a short name (`韩战`, `二战`). */
export const knownEvents: Array<{name: string; forms: string[]; source: string}> = [
  {name: '冷战', forms: [], source: 'zhwiki 冷战'},
  {name: '第二次世界大战', forms: ['二战', '第二次大战', '二次大战', '二次世界大战'], source: 'zhwiki 第二次世界大战 (简称 二战; 二次大战, 二次世界大战 in the press)'},
  {name: '第一次世界大战', forms: ['一战', '第一次大战'], source: 'zhwiki 第一次世界大战 (简称 一战)'},
  {name: '朝鲜战争', forms: ['韩战', '韩国战争', '抗美援朝战争', '六二五战争'], source: 'zhwiki 朝鲜战争 (又称 韩战, 韩国战争; 中国称 抗美援朝战争; 韩国称 六二五战争)'},
  {name: '越南战争', forms: ['越战'], source: 'zhwiki 越南战争 (简称 越战)'},
  {name: '文化大革命', forms: ['文革'], source: 'zhwiki 文化大革命 (简称 文革)'},
  {name: '中国抗日战争', forms: ['抗日战争'], source: 'zhwiki 中国抗日战争 (简称 抗日战争)'}
]

/**
 * Kinds of event a state holds again and again: a state (or a pair) and the
 * kind alone name the kind, not one occasion (`朝鲜核试验` is any of six,
 * `韩美联合军事演习` every year's, `韩国总统选举` every fifth year's); a year,
 * a count or a name of its own makes one (`2009年朝鲜核试验`, `第三次核试验`).
 * The modifiers are the words between the state and the kind that name no
 * occasion either.
 */
export const recurringKinds = {
  kinds: ['核试验', '核试爆', '导弹试射', '演习', '选举', '大选'],
  modifiers: ['联合', '军事', '地下', '总统', '国会', '议会', '地方'],
  source:
    'zhwiki titles of single occasions of these kinds, which always carry a year or a count (2006年朝鲜核试验, 2016年9月朝鲜核试验, 1997年大韩民国总统选举) beside the pages of the kinds themselves (朝鲜核试验, 韩美联合军事演习); 现代汉语词典 联合, 军事, 地下'
}

/**
 * International bodies whose leaders meet in summits named after the body
 * (`二十国集团峰会`, `东盟峰会`, `金砖国家领导人会晤`): the body's names as
 * `vocabulary/organizations.ts` knows them, and the heads of such summits.
 */
export const summitBodies = {
  names: ['七国集团', 'G7', '八国集团', 'G8', '二十国集团', 'G20', '金砖国家', '金砖五国', '东盟', '东南亚国家联盟', 'ASEAN', '亚太经合组织', 'APEC', '上海合作组织', '上合组织', '北约', '北大西洋公约组织', 'NATO', '欧盟', '欧洲联盟', '非洲联盟', '阿拉伯国家联盟', '不结盟运动'],
  heads: ['峰会', '首脑会议', '首脑会晤', '领导人会晤', '领导人会议', '会晤', '外长会议'],
  source: 'zhwiki titles of such summits (2017年二十国集团汉堡峰会, 金砖国家领导人厦门会晤, 东盟峰会, 七国集团峰会, 亚太经合组织领导人非正式会议, 不结盟运动首脑会议)'
}

/**
 * Meetings of a party and elections of a legislature, events whether or not
 * the text counts them (`某某党代表会议`, `第十届某某会议代议员选举`); the
 * short form of a counted congress (`十九大`, `七大`: 第十九次, 第七次代表大会).
 */
export const partyMeetingHeads = {
  heads: ['全国代表大会', '代表大会', '代表会议', '代表会'],
  electionHeads: ['代议员选举', '议员选举', '代表选举', '选举'],
  /** Parties whose congresses zhwiki titles `全国代表大会` (`中国共产党第十九次全国代表大会`); the others' are `代表大会`. */
  nationalCongresses: ['中国共产党'],
  source: 'zhwiki titles of party congresses and conferences (朝鲜劳动党第七次代表大会, 朝鲜劳动党第三次代表会议, 中国共产党第十九次全国代表大会 简称 十九大) and of elections (2019年朝鲜最高人民会议选举)'
}
