/**
 * The last words of names that tell their kind: `…外务省` is a government
 * body, `…半岛` a place, `…宣言` a document, `…会谈` an event. One list per
 * kind, each with where it comes from; the rules build their patterns here.
 */
export interface Suffix {
  suffix: string
  source: string
}

const titles = 'heads of zhwiki titles of this domain (corpus and seed links: 朝鲜民主主义人民共和国外务省, 大韩民国统一部, 美国国务院, 朝鲜中央通讯社)'
const convention = 'Chinese naming convention: the head noun of a proper name (现代汉语词典 entries for the word)'
const admin = 'administrative divisions of China, Korea and Japan (zhwiki 行政区划: 市, 郡, 县, 道, 广域市)'

const group = (source: string, words: string[]): Suffix[] => words.map((suffix) => ({suffix, source}))

/** Government bodies: ministries, agencies, legislatures, armies. */
export const governmentSuffixes: Suffix[] = [
  ...group(titles, ['外务省', '外交部', '国务院', '国防部', '统一部', '财政部', '司法部', '情报局', '情报院', '国家情报院', '中央情报局', '外交通商部', '人民武力部', '人民武力省', '参谋本部', '总参谋部', '国务委员会', '大使馆', '总领事馆', '领事馆', '代表处']),
  ...group('a state\'s cabinet and coast guard (zhwiki 朝鲜民主主义人民共和国内阁, 日本内阁, 大韩民国海洋警察厅 简称 韩国海警)', ['内阁', '海警']),
  ...group(convention, ['政府', '军', '军队', '部队', '法院', '宪法法院', '议会', '国会', '众议院', '参议院', '委员会', '部', '省', '局', '院', '署', '厅', '处', '司', '办公室', '办公厅', '常务委员会'])
]

/** Other organizations: parties, media, companies, international bodies. */
export const organizationSuffixes: Suffix[] = [
  ...group(titles, ['通讯社', '新闻社', '图片社', '电视台', '电台', '日报', '新闻', '时报', '周刊']),
  ...group(convention, ['党', '社', '银行', '公司', '航空', '基金', '大学', '学院', '组织', '联盟', '集团', '机构', '协会', '中心', '研究所', '研究院', '智库', '红十字会', '联队', '代表队', '国家队']),
  // A forum with a name of its own is the foundation that holds its meetings, not one meeting.
  ...group('zhwiki titles of forums that are bodies (世界经济论坛, a Swiss foundation; 博鳌亚洲论坛, a non-profit body)', ['论坛'])
]

/** Documents: declarations, statements, agreements, treaties, resolutions. */
export const legislationSuffixes: Suffix[] = [
  ...group(titles, ['宣言', '联合声明', '共同声明', '声明', '协定', '协议', '条约', '决议', '公报', '共同文件', '文件', '议定书', '备忘录']),
  ...group('zhwiki titles of charters (联合国宪章, 奥林匹克宪章, 东南亚国家联盟宪章); 现代汉语词典 宪章', ['宪章'])
]

/** Named events: wars, talks, summits, sessions, incidents, games, elections. */
export const eventSuffixes: Suffix[] = [
  ...group(titles, ['战争', '会谈', '会晤', '峰会', '首脑会议', '高峰会', '危机', '革命', '事件', '奥运会', '冬奥会', '运动会', '亚运会', '大选', '选举', '之春', '起义', '运动', '核试验', '遇刺']),
  // Wars and battles after their place (`vocabulary/events.ts` warHeads: 波斯尼亚内战, 延坪海战, 仁川登陆战役).
  ...group(titles, ['内战', '海战', '战役', '大战']),
  ...group(convention, ['会议', '全会', '代表大会', '大会', '演习'])
]

/** Cities by their suffix. */
export const citySuffixes: Suffix[] = group(admin, ['市', '特区', '广域市', '特别市', '直辖市'])

/** Places: regions, geographic features, buildings, sites. */
export const placeSuffixes: Suffix[] = [
  ...group(admin, ['区', '道', '郡', '县', '州', '里', '洞', '邑']),
  ...group(convention, ['半岛', '岛', '山', '江', '河', '湖', '海', '湾', '峡', '馆', '店', '宫', '阁', '之家', '大厦', '广场', '线', '港', '站', '机场', '宾馆', '国宾馆', '非军事区', '边界', '大街', '大道', '路', '街', '潭', '峰', '岭', '园区', '酒店', '饭店', '桥'])
]

/**
 * Sites whose head would otherwise read as a body's (`…中心`) or a suffix of
 * none: launch and test sites, camps (`西海卫星发射中心`, `某某核试验场`).
 */
export const siteSuffixes: Suffix[] = [
  ...group('zhwiki titles of sites (西海卫星发射场 / 西海卫星发射中心, 东海卫星发射场, 丰溪里核试验场, 化城强制收容所); the gold guidelines: a site is a place', ['卫星发射中心', '卫星发射场', '发射基地', '发射场', '试验场', '收容所']),
  ...group('hospitals, buildings before a body\'s `…院` reads them (zhwiki 某某医院 titles; the gold guidelines: a building is a place; rules/namedBodies.ts names them as places)', ['医院'])
]

/** A pattern matching any of the suffixes at the end of a name, longest first. */
export function suffixPattern(suffixes: Suffix[]): RegExp {
  const words = [...new Set(suffixes.map((entry) => entry.suffix))].sort((a, b) => b.length - a.length)
  return new RegExp(`(${words.join('|')})$`)
}

/** The administrative suffixes of a city's title that its name goes without (`某某市` → `某某`; `华盛顿特区` keeps its own). */
export const cityTitleSuffixes = {
  words: ['特别市', '广域市', '特级市', '直辖市', '市'],
  source: 'zhwiki titles of cities (首尔特别市, 釜山广域市, 开城特级市, 某某市) and the short names Chinese texts and general knowledge use (首尔, 釜山, 开城)'
}
