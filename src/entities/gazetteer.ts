/**
 * General knowledge of names, not of any document: states with their other
 * names (folded to one canonical short name), and capitals and large cities.
 * Everything else comes from the documents' links and the rules.
 */

/** Canonical short name → other names of the state (simplified; traditional forms are folded before lookup). */
export const countries: Record<string, string[]> = {
  '朝鲜': ['朝鲜民主主义人民共和国', '北韩', '北朝鲜', '朝方'],
  '韩国': ['大韩民国', '南韩', '韩方', '南朝鲜'],
  '美国': ['美利坚合众国', '美方', '美利坚'],
  '中国': ['中华人民共和国', '中方'],
  '日本': ['日本国', '日方'],
  '俄罗斯': ['俄罗斯联邦', '俄方', '俄国'],
  '苏联': ['苏维埃社会主义共和国联盟'],
  '新加坡': ['新加坡共和国'],
  '越南': ['越南社会主义共和国'],
  '蒙古': ['蒙古国'],
  '英国': ['大不列颠及北爱尔兰联合王国'],
  '法国': ['法兰西共和国'],
  '德国': ['德意志联邦共和国'],
  '瑞士': [], '瑞典': [], '芬兰': [], '挪威': [], '加拿大': [], '澳大利亚': [], '印度': [], '巴基斯坦': [],
  '伊朗': [], '伊拉克': [], '叙利亚': [], '利比亚': [], '阿富汗': [], '以色列': [], '埃及': [], '古巴': [],
  '意大利': [], '西班牙': [], '荷兰': [], '波兰': [], '乌克兰': [], '泰国': [], '菲律宾': [], '马来西亚': [],
  '印度尼西亚': [], '缅甸': [], '柬埔寨': [], '老挝': [], '新西兰': [], '巴西': [], '墨西哥': [], '土耳其': [],
  '沙特阿拉伯': [], '卡塔尔': [], '阿联酋': [], '南非': [], '台湾': []
}

/** Capitals and large cities. */
export const cities = [
  '平壤', '首尔', '汉城', '北京', '上海', '东京', '大阪', '莫斯科', '华盛顿', '华盛顿特区', '纽约', '河内', '大连', '丹东',
  '沈阳', '符拉迪沃斯托克', '海参崴', '开城', '新义州', '元山', '釜山', '仁川', '平昌', '江陵', '柏林', '日内瓦', '伦敦',
  '巴黎', '维也纳', '赫尔辛基', '斯德哥尔摩', '乌兰巴托', '曼谷', '雅加达', '香港', '澳门', '台北', '广州', '天津',
  '南浦', '咸兴', '清津', '济州', '光州', '大邱', '万塔', '芝加哥', '洛杉矶', '旧金山', '檀香山', '布鲁塞尔', '罗马'
]

/** Organizations known by a bare name (no country prefix, no suffix rule). */
export const organizations: Record<string, 'Organization' | 'GovernmentOrganization'> = {
  '联合国': 'Organization', '安理会': 'Organization', '联合国安理会': 'Organization', '联大': 'Organization',
  '联合国大会': 'Organization', '国际原子能机构': 'Organization', '欧盟': 'Organization', '北约': 'Organization',
  '国际奥委会': 'Organization', '国际奥林匹克委员会': 'Organization', '红十字会': 'Organization',
  '青瓦台': 'GovernmentOrganization', '五角大楼': 'GovernmentOrganization', '克里姆林宫': 'GovernmentOrganization',
  '美军': 'GovernmentOrganization', '民主党': 'Organization', '共和党': 'Organization', '共同民主党': 'Organization',
  '自由韩国党': 'Organization', '朝鲜劳动党': 'Organization', '中国共产党': 'Organization', '联合国军司令部': 'Organization',
  '朝中社': 'Organization', '新华社': 'Organization', '韩联社': 'Organization', '联合国军': 'GovernmentOrganization',
  '朝鲜人民军': 'GovernmentOrganization', '中国人民志愿军': 'GovernmentOrganization', '驻韩美军': 'GovernmentOrganization'
}

/** Regions, zones and sites known by name, without a telling suffix. */
export const places = [
  '朝鲜半岛', '韩半岛', '板门店', '非军事区', '非军事化区', '军事分界线', '三八线', '东北亚', '东南亚', '远东',
  '白宫', '中东', '西海', '东海', '黄海', '日本海', '关岛', '夏威夷', '开城工业园区', '金刚山', '宁边', '丰溪里', '东仓里'
]

/** Compounds that contain a name but are not one (`南北朝鲜`: both Koreas; `朝鲜族`: the people). */
export const notNames = ['南北朝鲜', '朝鲜族', '韩国人', '美国人', '朝鲜人', '中国人', '日本人', '俄罗斯人']

/** Expansions of short organization names (`安理会` → `联合国安理会`). */
export const organizationAliases: Record<string, string> = {'美军': '美国军队', '安理会': '联合国安理会', '联大': '联合国大会', '朝中社': '朝鲜中央通讯社', '国际奥委会': '国际奥林匹克委员会'}
