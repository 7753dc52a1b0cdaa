/**
 * Bodies a text names without their state (`外交部`, `国会`): the state is
 * the one the document gives them elsewhere (`rules/bareBodies.ts`); the
 * parts that hang below a body (`…司`, `…局`, `…系`); the offices that name
 * the body they head (`经济计划部部长`).
 */
export interface BareBody {
  name: string
  source: string
}

const ministries =
  'ministries and cabinets of states, by the names zhwiki gives them after the state (中华人民共和国外交部, 大韩民国统一部, 朝鲜民主主义人民共和国外务省, 日本外务省, 大韩民国法务部)'
const legislatures = 'legislatures (zhwiki 美国国会, 大韩民国国会, 美国众议院, 美国参议院)'
const cabinets = 'cabinets of states, named after the state (zhwiki 朝鲜民主主义人民共和国内阁, 日本内阁)'
const agencies = 'intelligence and security agencies (zhwiki 大韩民国国家情报院 简称 国情院/国政院; 美国中央情报局)'

const grouped: Array<[string, string[]]> = [
  [ministries, ['外交部', '外务省', '外务部', '国务院', '政务院', '国防部', '统一部', '防卫省', '财政部', '司法部', '卫生部', '内务部', '外交通商部', '国家安全委员会', '法务部']],
  [cabinets, ['内阁']],
  [legislatures, ['国会', '众议院', '参议院', '议会']],
  [agencies, ['国家情报院', '国情院', '国政院', '中央情报局', '国家安全企划部']]
]

export const bareBodies: BareBody[] = grouped.flatMap(([source, names]) => names.map((name) => ({name, source})))

/**
 * Bodies that only one state has by that name: a bare one is that state's
 * wherever it is written (`统一部` → `韩国统一部`). Names several states share
 * (`外务省`: Japan and the DPRK; `国务院`, `政务院`) are not here.
 */
export const stateOwnBodies: Array<{name: string; state: string; source: string}> = [
  {name: '统一部', state: '韩国', source: 'zhwiki 大韩民国统一部 (no other state has a ministry of this name; the DPRK has 祖国和平统一委员会)'},
  {name: '国家情报院', state: '韩国', source: 'zhwiki 国家情报院 (韩国), 简称 国情院'},
  {name: '国家安全企划部', state: '韩国', source: 'zhwiki 国家安全企划部 (韩国, 1981–1999)'},
  {name: '中央情报局', state: '美国', source: 'zhwiki 中央情报局 (美国; the ROK body was 中央情报部)'},
  {name: '财政经济部', state: '韩国', source: 'zhwiki 大韩民国财政经济部 (1998–2008)'},
  {name: '文化观光部', state: '韩国', source: 'zhwiki 大韩民国文化观光部 (1998–2008)'},
  {name: '知识经济部', state: '韩国', source: 'zhwiki 大韩民国知识经济部 (2008–2013)'},
  {name: '人民武力部', state: '朝鲜', source: 'zhwiki 朝鲜民主主义人民共和国人民武装力量部 (the DPRK ministry of defence, called 人民武力部 1998–2016; no other state names one so)'},
  {name: '人民武装力量部', state: '朝鲜', source: 'zhwiki 朝鲜民主主义人民共和国人民武装力量部 (its name before 1998 and since 2020)'}
]

/** Short forms of bare bodies, by the full name they stand for (`国情院` → `国家情报院`). */
export const bareBodyShortForms: Record<string, string> = {国情院: '国家情报院', 国政院: '国家情报院'}

/** Heads of the units below a body: `外交部亚洲司`, `外务省礼宾局`, `大学历史学系`, `第711部队`. */
export const subBodyHeads = {
  heads: ['司', '局', '室', '处', '学系', '系', '董事会', '校董会', '部队', '研究所', '部', '司令部', '师团'],
  source: 'Chinese naming of sub-units (zhwiki 中华人民共和国外交部亚洲司, 北京大学历史学系, 朝鲜劳动党中央委员会组织指导部, 朝鲜人民军最高司令部, 联合国军司令部; 现代汉语词典 司, 局, 处, 系, 部, 司令部, 师团)'
}

/** Offices that name the body they head: `…部部长`, `…局局长`, `…委员会委员长`. */
export const headOffices: Array<{body: string; offices: string[]; source: string}> = [
  {body: '部', offices: ['部长', '副部长', '长官', '次官', '次长'], source: 'zhwiki 部长; ROK 长官, 次官 and 次长 (vice-minister) of a 部'},
  {body: '局', offices: ['局长', '副局长'], source: 'zhwiki 局长'},
  {body: '司', offices: ['司长', '副司长'], source: 'zhwiki 司长 (the head of a department of a ministry: 中华人民共和国外交部亚洲司)'},
  {body: '署', offices: ['署长'], source: 'zhwiki 署长'},
  {body: '厅', offices: ['厅长'], source: 'zhwiki 厅长'},
  {body: '委员会', offices: ['委员长', '主任', '主席'], source: 'zhwiki 委员会'}
]

/** Words that start the name of a national body without being a name (`中央外事工作领导小组`). */
export const nationalStarts = {words: ['中央', '国家', '全国'], source: 'zhwiki titles of PRC central bodies (中央…, 国家…, 全国…)'}

/**
 * Head nouns that end the name of a body whatever comes before them, when a
 * name starts it (`普天堡电子乐团`, `伊林学院`, `中国国际关系学会`).
 */
export const bodyHeads: Array<{head: string; source: string}> = [
  ...['管弦乐团', '乐团', '艺术团', '歌舞团', '合唱团', '剧团'].map((head) => ({head, source: 'performing ensembles (zhwiki 牡丹峰乐团, 普天堡电子乐团 style titles; 现代汉语词典 乐团, 剧团)'})),
  ...['大学', '学院', '研究所', '研究院'].map((head) => ({head, source: 'schools and institutes (zhwiki 大学, 学院, 研究所 titles)'})),
  ...['领导小组办公室', '领导小组', '协调小组', '指导小组', '工作小组'].map((head) => ({head, source: 'PRC central leading groups (zhwiki 中央外事工作领导小组, 中央港澳工作协调小组)'})),
  ...['学会', '协会', '联合会', '基金会', '财团', '委员会'].map((head) => ({head, source: 'societies, foundations and committees (zhwiki 学会, 协会, 财团 titles)'})),
  ...['银行', '公司', '通讯社', '电视台', '电台', '日报', '出版社', '集团', '工厂', '电表厂', '图片社', '新闻社', '新闻网', '新闻台'].map((head) => ({head, source: 'banks, companies and media (zhwiki 银行, 公司, 通讯社, 电视台, 出版社, 集团, 图片社, 新闻网 titles: 盖蒂图片社, 福克斯新闻台)'})),
  ...['协议会'].map((head) => ({head, source: 'councils (zhwiki 民族和解协议会 titles)'})),
  ...['检察厅', '检察署', '检察院', '高等法院', '法院', '法庭'].map((head) => ({head, source: 'prosecutors and courts (zhwiki 首尔中央地方检察厅, 大法院, 高等法院 titles)'})),
  ...['官校', '军校', '本部', '司令部'].map((head) => ({head, source: 'military schools and headquarters (zhwiki 陆军军官学校, 陆军本部, 司令部 titles)'}))
]

/** Heads of companies: a company is named by a name of its own (`某某电信集团`), not by its state and trade (`德国酒店集团`). */
/**
 * Heads of bodies that bear a name of their own, whoever's they are: where
 * a text writes one both after its state or city and alone (`某城某某银行`,
 * `某某银行`), the name is the one written alone (`rules/ownNames.ts`).
 */
export const ownNameHeads = {
  words: ['管弦乐团', '乐团', '艺术团', '歌舞团', '合唱团', '剧团', '大学', '学院', '军校', '银行', '公司', '集团', '电视台', '电台', '通讯社', '出版社', '图片社'],
  source: 'zhwiki titles of ensembles, schools, banks, companies and media without their state or city (普天堡电子乐团, 西点军校, 汇业银行, 富士电视台, 外文出版社)'
}

/**
 * Bodies named by a function only a state has, without the state: its head
 * (`总统秘书室`), the nation (`国家安全保障会议`), its armed services
 * (`陆军本部`), its diplomacy (`外交安保研究院`). Like a ministry by its own
 * name, such a body is the state's the text gives (`rules/stateOrgans.ts`).
 */
export const stateFunctions = {
  starts: ['总统', '首相', '总理', '国家', '陆军', '海军', '空军', '外交'],
  heads: ['室', '会议', '研究院', '科学院', '本部', '司令部', '委员会', '局', '处', '厅'],
  source: 'zhwiki titles of states\' organs named by function (大韩民国总统秘书室, 大韩民国国家安全保障会议, 大韩民国陆军本部, 韩国外交安保研究院, 日本首相官邸; 朝鲜国家科学院, 中国科学院: a nation\'s academy of sciences)'
}

export const companyHeads = {
  words: ['集团', '公司', '工厂', '电表厂', '银行'],
  source: 'zhwiki titles of companies (埃及奥斯康电信集团, 现代峨山, 中国银行): a trade after a state is a description'
}

/** Head nouns that end the name of a place the same way (`某某国际机场`, `某某医院`, `某某路`). */
export const placeHeads: Array<{head: string; source: string}> = [
  ...['国际机场', '机场', '医院', '警局', '墓地', '水闸', '议事堂', '广场', '大街', '路'].map((head) => ({head, source: 'sites and streets (zhwiki titles: 某某国际机场, 某某医院, 某某广场, 某某路; the gold guidelines: a building or site is a place)'})),
  ...['港', '大饭店', '饭店', '酒店', '联合安全区'].map((head) => ({head, source: 'ports, hotels and zones (zhwiki titles: 束草港, 某某大饭店, 板门店联合安全区)'}))
]

/**
 * Words that, after a state's name, stand for the state itself in these texts
 * (`朝鲜政府`, `北韩当局`, `某国军方`), or describe a body of it by its role
 * at the time (`某国执政党`, `某国驻军`: which party, which troops, the text
 * does not name): the state, not a body of it (the gold guidelines: `政府`,
 * `当局` alone are generic nouns). A state's armed forces (`美国军队`) are a
 * body of their own, with a page.
 */
export const stateItself = {
  words: ['政府', '当局', '军方', '执政党', '在野党', '驻军'],
  source:
    'test/gold/entities/GUIDELINES.md (generic nouns: 政府, 当局); Chinese press usage of 某国政府/当局/军方 for the state; 现代汉语词典 执政党, 在野党, 驻军 (a role, no name)'
}

/** Head nouns of a state's sports team (`某国队`, `某国国家队`, `朝韩联队`). */
export const teamHeads = {
  words: ['国家队', '代表队', '联队', '队'],
  source: 'Chinese sports reporting (zhwiki 韩国国家足球队, 2018年亚洲运动会朝韩联队; 现代汉语词典 队, 联队)'
}

/** Organs of a ruling party, named without the party in its own texts (`中央委员会`, `国际部`). */
export const partyOrgans = {
  words: ['中央委员会', '中央政治局', '政治局', '中央书记局', '书记局', '中央军事委员会', '中央检查委员会', '国际部', '组织指导部', '宣传鼓动部', '行政部', '统一战线部', '对外联络部'],
  source: 'organs of the ruling parties (zhwiki 朝鲜劳动党中央委员会, 朝鲜劳动党国际部, 中国共产党中央委员会政治局, 中共中央对外联络部)'
}

/**
 * Bodies named in a list of posts, before the post held in them
 * (`某某协议会议长`, `某某企划团团长`, `某某委员会计划团团长`): the heads
 * that end such a body's name, and the posts that only résumés name (the
 * others are offices: `vocabulary/offices.ts`). A delegation (`代表团`) is
 * no body of its own (the gold guidelines' generic nouns): `团` alone is not here.
 */
export const postBodies = {
  heads: ['委员会', '协议会', '企划团', '研究所', '研究院', '战线', '乐团', '艺术团', '会议', '司', '局', '室', '处', '部'],
  posts: ['研究员', '客座研究员', '秘书官', '首席秘书官', '科员', '科长', '参事'],
  source: 'Chinese résumés of officials (zhwiki biographies: 某某委员会委员长, 某某司参赞, 某某研究所研究员, 青瓦台秘书室首席秘书官); 现代汉语词典 委员会, 协议会, 研究所, 战线, 司, 局, 处, 室'
}

/**
 * A delegation's members, one per line or per item of a sentence's list (`某某部长某某某`, `副总理兼某某部长官某某某`):
 * the heads a body's name ends with and the posts of the body's head after it
 * (`rules/delegationLists.ts`).
 */
export const delegationLines = {
  heads: ['本部', '部', '室', '院', '厅', '处', '局', '省'],
  /** `某某室室长`: the post may repeat the body's head. */
  posts: ['长官', '次长', '议长', '长', '副部长', '部长', '室长', '院长', '厅长', '处长', '局长', '省长'],
  source: 'names of ministries, offices and agencies (zhwiki 大韩民国总统秘书室, 国家安保室, 山林厅, 总统警卫处, 朝鲜铁道省) and Korean titles 장관 (长官), 실장 (室长), 청장 (厅长); corpus zhwiki/2007年朝韩首脑会晤.md and 2018年9月南北韓首腦會談.md list delegations one member per line'
}

/**
 * Kinds of bodies that are no body's name (`常任委员会`, `执行委员会`): a page
 * titled so (a disambiguation or a generic article) names none of the bodies
 * the batch's texts write so, which are each some body's organ.
 */
export const bodyKinds = {
  words: ['委员会', '常任委员会', '常务委员会', '执行委员会', '常设会议', '理事会', '常设委员会'],
  source: 'the gold guidelines (generic nouns are not annotated); 现代汉语词典 常务委员会, 执行委员会, 理事会; zhwiki 常任委员会 (a general article)'
}
