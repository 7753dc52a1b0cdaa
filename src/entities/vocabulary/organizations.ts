/**
 * Bodies known by a bare or short name (no state before it, no telling
 * suffix), with the full name a short one stands for.
 */
export interface KnownOrganization {
  name: string
  type: 'Organization' | 'GovernmentOrganization'
  /** Full name, when `name` is a short form (`安理会` → `联合国安理会`). */
  fullName?: string
  source: string
}

const international = 'international bodies (zhwiki page of the body, 简称 in its lead)'
const parties = 'political parties (zhwiki page of the party)'
const media = 'news agencies (zhwiki page of the agency, 简称 in its lead)'
const prc = 'PRC bodies by their usual short names (zhwiki page of the body: 简称 in its lead)'
const forces = 'armed forces (zhwiki page of the force)'
const platforms = 'social media and news services by the names Chinese texts give them (zhwiki 推特, 脸书, YouTube; 路透社, 美联社, 法新社)'

export const knownOrganizations: KnownOrganization[] = [
  {name: '联合国', type: 'Organization', source: international},
  {name: '安理会', type: 'Organization', fullName: '联合国安理会', source: international},
  {name: '联合国安理会', type: 'Organization', source: international},
  {name: '联合国安全理事会', type: 'Organization', fullName: '联合国安理会', source: international},
  {name: '联合国人权理事会', type: 'Organization', source: international},
  {name: '联大', type: 'Organization', fullName: '联合国大会', source: international},
  {name: '联合国大会', type: 'Organization', source: international},
  {name: '国际原子能机构', type: 'Organization', source: international},
  {name: '欧盟', type: 'Organization', fullName: '欧洲联盟', source: international},
  {name: '北约', type: 'Organization', fullName: '北大西洋公约组织', source: international},
  {name: '北大西洋公约组织', type: 'Organization', source: international},
  {name: '东盟', type: 'Organization', fullName: '东南亚国家联盟', source: international},
  {name: '东南亚国家联盟', type: 'Organization', source: international},
  {name: '国际刑警组织', type: 'Organization', source: international},
  {name: '国际奥委会', type: 'Organization', fullName: '国际奥林匹克委员会', source: international},
  {name: '国际奥林匹克委员会', type: 'Organization', source: international},
  {name: '红十字会', type: 'Organization', source: international},
  {name: '民主党', type: 'Organization', source: parties},
  {name: '共和党', type: 'Organization', source: parties},
  {name: '共同民主党', type: 'Organization', source: parties},
  {name: '自由韩国党', type: 'Organization', source: parties},
  {name: '朝鲜劳动党', type: 'Organization', source: parties},
  {name: '劳动党', type: 'Organization', fullName: '朝鲜劳动党', source: `${parties}: zhwiki 朝鲜劳动党 (简称 劳动党)`},
  {name: '中国共产党', type: 'Organization', source: parties},
  {name: '中共', type: 'Organization', fullName: '中国共产党', source: `${parties}: 简称 中共`},
  {name: '中共中央', type: 'GovernmentOrganization', fullName: '中国共产党中央委员会', source: 'zhwiki 中国共产党中央委员会 (简称 中共中央)'},
  {name: '苏共', type: 'Organization', fullName: '苏联共产党', source: `${parties}: zhwiki 苏联共产党 (简称 苏共)`},
  {name: '苏共中央', type: 'GovernmentOrganization', fullName: '苏联共产党中央委员会', source: 'zhwiki 苏联共产党中央委员会 (简称 苏共中央)'},
  {name: '朝中社', type: 'Organization', fullName: '朝鲜中央通讯社', source: media},
  {name: '新华社', type: 'Organization', source: media},
  {name: '路透社', type: 'Organization', source: media},
  {name: '美联社', type: 'Organization', fullName: '美国联合通讯社', source: `${media}; zhwiki 美国联合通讯社 (简称美联社)`},
  {name: '法新社', type: 'Organization', source: media},
  {name: '塔斯社', type: 'Organization', source: media},
  {name: '推特', type: 'Organization', source: platforms},
  {name: 'Twitter', type: 'Organization', fullName: '推特', source: platforms},
  {name: '脸书', type: 'Organization', source: platforms},
  {name: 'Facebook', type: 'Organization', fullName: '脸书', source: platforms},
  {name: 'YouTube', type: 'Organization', source: platforms},
  {name: '优兔', type: 'Organization', fullName: 'YouTube', source: platforms},
  {name: '韩联社', type: 'Organization', fullName: '韩国联合通讯社', source: media},
  {name: '共同社', type: 'Organization', fullName: '共同通讯社', source: media},
  {name: 'NHK', type: 'Organization', fullName: '日本放送协会', source: 'zhwiki 日本放送协会 (英语简称 NHK)'},
  {name: 'MBC', type: 'Organization', fullName: '文化广播公司', source: 'zhwiki 文化广播公司 (韩国, 英语简称 MBC)'},
  {name: 'KBS', type: 'Organization', fullName: '韩国放送公社', source: 'zhwiki 韩国放送公社 (英语简称 KBS)'},
  {name: 'SBS', type: 'Organization', fullName: '首尔广播公司', source: 'zhwiki 首尔广播公司 (韩国, 英语简称 SBS)'},
  {name: 'BBC', type: 'Organization', fullName: '英国广播公司', source: 'zhwiki 英国广播公司 (英语简称 BBC)'},
  {name: 'CNN', type: 'Organization', source: 'zhwiki 美国有线电视新闻网 (英语简称 CNN, the name Chinese texts use)'},
  {name: '央视', type: 'Organization', fullName: '中国中央电视台', source: 'zhwiki 中国中央电视台 (简称央视, CCTV)'},
  {name: '中央社', type: 'Organization', fullName: '中央通讯社', source: 'zhwiki 中央通讯社 (台湾, 简称中央社)'},
  {name: '韩国盖洛普', type: 'Organization', source: 'zhwiki 韩国盖洛普 (Gallup Korea, a polling firm); cited for approval polls in corpus zhwiki/2000年朝韓首腦會晤.md, 2018年4月南北韓高峰會.md and 2018年9月南北韓首腦會談.md'},
  {name: 'Realmeter', type: 'Organization', source: 'Realmeter (리얼미터), a Korean polling firm Chinese texts name in Latin letters: corpus zhwiki/2007年朝韩首脑会晤.md and 2018年9月南北韓首腦會談.md'},
  {name: 'NK News', type: 'Organization', source: 'NK News (nknews.org), a news site on North Korea Chinese texts name in Latin letters: corpus zhwiki/2018年4月南北韓高峰會.md and 2018年9月南北韓首腦會談.md'},
  {name: '五角大楼', type: 'GovernmentOrganization', source: 'zhwiki 五角大楼 (the US Department of Defense)'},
  {name: '克里姆林宫', type: 'GovernmentOrganization', source: 'zhwiki 克里姆林宫 (the Russian presidency)'},
  {name: '美军', type: 'GovernmentOrganization', fullName: '美国军队', source: forces},
  {name: '志愿军', type: 'GovernmentOrganization', fullName: '中国人民志愿军', source: `${forces}: zhwiki 中国人民志愿军 (简称志愿军)`},
  {name: '联合国军', type: 'GovernmentOrganization', source: forces},
  {name: '联合国军司令部', type: 'Organization', source: forces},
  {name: '朝鲜人民军', type: 'GovernmentOrganization', source: forces},
  {name: '中国人民志愿军', type: 'GovernmentOrganization', source: forces},
  {name: '驻韩美军', type: 'GovernmentOrganization', source: forces},
  {name: '最高人民会议', type: 'GovernmentOrganization', source: 'zhwiki 最高人民会议 (the DPRK legislature, titled so)'},
  {name: '统战部', type: 'GovernmentOrganization', fullName: '中共中央统一战线工作部', source: prc},
  {name: '中联部', type: 'GovernmentOrganization', fullName: '中共中央对外联络部', source: prc},
  {name: '中央军委', type: 'GovernmentOrganization', fullName: '中央军事委员会', source: prc},
  {name: '全国人大', type: 'GovernmentOrganization', fullName: '全国人民代表大会', source: prc},
  {name: '全国人民代表大会', type: 'GovernmentOrganization', source: prc},
  {name: '全国人大常委会', type: 'GovernmentOrganization', fullName: '全国人民代表大会常务委员会', source: prc},
  {name: '全国政协', type: 'GovernmentOrganization', fullName: '中国人民政治协商会议全国委员会', source: prc},
  {name: '国台办', type: 'GovernmentOrganization', fullName: '国务院台湾事务办公室', source: prc},
  {name: '国务院台办', type: 'GovernmentOrganization', fullName: '国务院台湾事务办公室', source: prc},
  {name: '中纪委', type: 'GovernmentOrganization', fullName: '中央纪律检查委员会', source: prc},
  {name: '中央外办', type: 'GovernmentOrganization', fullName: '中央外事工作委员会办公室', source: prc},
  {name: '中央外事办', type: 'GovernmentOrganization', fullName: '中央外事工作领导小组办公室', source: `${prc}; the office's short name before the 2018 reform (zhwiki 中央外事工作委员会)`},
  {name: '对外友协', type: 'Organization', fullName: '中国人民对外友好协会', source: 'zhwiki 中国人民对外友好协会 (简称 对外友协)'},
  {name: '中日友协', type: 'Organization', fullName: '中国日本友好协会', source: 'zhwiki 中国日本友好协会 (简称 中日友协, 中日友好协会)'},
  {name: '中日友好协会', type: 'Organization', fullName: '中国日本友好协会', source: 'zhwiki 中国日本友好协会 (简称 中日友协, 中日友好协会)'}
]
