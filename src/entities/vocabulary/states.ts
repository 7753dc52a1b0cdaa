/**
 * States by their canonical short name, with their other names (simplified;
 * traditional forms are folded before lookup) and the `X方` that stands for
 * their side in talks.
 */
export interface State {
  name: string
  others: string[]
  source: string
}

const un = 'UN member states and observers, by their zhwiki short names (zhwiki 联合国会员国列表)'
const official = 'official and usual names (zhwiki page of the state: lead and 简称)'
/** Like 美方 and 中方: the one-letter name (`stateInitials`) and 方 for the state's side in talks. */
const side = 'X方 for its side, as Chinese press writes it (现代汉语词典 方: 一方, 双方; 英方, 法方, 德方 as 美方, 中方)'

const listed: State[] = [
  {name: '朝鲜', others: ['朝鲜民主主义人民共和国', '北韩', '北朝鲜', '朝方'], source: `${official}; 北韩 is Taiwan and Hong Kong usage`},
  {name: '韩国', others: ['大韩民国', '南韩', '韩方', '南朝鲜'], source: `${official}; 南韩 is Taiwan and Hong Kong usage`},
  {name: '美国', others: ['美利坚合众国', '美方', '美利坚'], source: official},
  {name: '中国', others: ['中华人民共和国', '中方'], source: official},
  {name: '日本', others: ['日本国', '日方'], source: official},
  {name: '俄罗斯', others: ['俄罗斯联邦', '俄方', '俄国'], source: official},
  {name: '苏联', others: ['苏维埃社会主义共和国联盟'], source: 'zhwiki 苏联'},
  // Former states of the texts' history, by their zhwiki titles.
  {name: '南斯拉夫', others: ['南斯拉夫社会主义联邦共和国'], source: 'zhwiki 南斯拉夫 (a former state)'},
  {name: '捷克斯洛伐克', others: [], source: 'zhwiki 捷克斯洛伐克 (a former state)'},
  {name: '东德', others: ['德意志民主共和国'], source: 'zhwiki 东德 (a former state)'},
  {name: '满洲国', others: ['伪满洲国', '伪满'], source: 'zhwiki 满洲国 (a former state; 伪满洲国 as PRC histories write it)'},
  {name: '新加坡', others: ['新加坡共和国'], source: official},
  {name: '越南', others: ['越南社会主义共和国'], source: official},
  {name: '蒙古', others: ['蒙古国'], source: official},
  {name: '英国', others: ['大不列颠及北爱尔兰联合王国', '英方'], source: `${official}; ${side}`},
  {name: '法国', others: ['法兰西共和国', '法方'], source: `${official}; ${side}`},
  {name: '德国', others: ['德意志联邦共和国', '德方'], source: `${official}; ${side}`},
  {name: '马来西亚', others: ['马方'], source: `${official}; 马方 for its side as Chinese press writes it (马 in 驻马, 马朝关系)`},
  {name: '印度尼西亚', others: ['印尼'], source: `${official}: 简称 印尼`},
  ...['瑞士', '瑞典', '芬兰', '挪威', '加拿大', '澳大利亚', '印度', '巴基斯坦', '伊朗', '伊拉克', '叙利亚', '利比亚', '阿富汗', '以色列', '埃及', '古巴',
    '意大利', '西班牙', '荷兰', '波兰', '乌克兰', '泰国', '菲律宾', '缅甸', '柬埔寨', '老挝', '新西兰', '巴西', '墨西哥', '土耳其',
    '卡塔尔', '南非', '奥地利', '比利时', '丹麦', '希腊', '葡萄牙', '捷克', '匈牙利', '罗马尼亚', '保加利亚', '塞尔维亚', '阿根廷',
    '智利', '秘鲁', '委内瑞拉', '尼日利亚', '埃塞俄比亚', '肯尼亚', '阿尔及利亚', '摩洛哥', '突尼斯', '苏丹', '也门', '约旦', '黎巴嫩', '科威特', '孟加拉国',
    '斯里兰卡', '尼泊尔', '哈萨克斯坦', '乌兹别克斯坦', '白俄罗斯', '格鲁吉亚', '阿塞拜疆', '亚美尼亚', '文莱', '东帝汶', '冰岛', '爱尔兰']
    .map((name) => ({name, others: [], source: un})),
  {name: '阿拉伯联合酋长国', others: ['阿联酋'], source: `${un}; zhwiki 阿拉伯联合酋长国: 简称 阿联酋`},
  {name: '沙特阿拉伯', others: ['沙特'], source: `${un}; zhwiki 沙特阿拉伯: 简称 沙特`},
  {name: '台湾', others: [], source: 'zhwiki 台湾 (the state the texts call 台湾 / 中华民国)'},
  // The other UN member states. Left out where the short name is also a common word or part of
  // other names (中非 as China–Africa, 马里 in 马里兰, 阿曼 in 阿曼达, 海地 in 沿海地区, 黑山 as a
  // Chinese county, 巴林, 加纳, 不丹, 汤加, 刚果 alone).
  ...['安哥拉', '贝宁', '博茨瓦纳', '布基纳法索', '布隆迪', '佛得角', '喀麦隆', '乍得', '科摩罗', '刚果共和国', '刚果民主共和国', '科特迪瓦', '吉布提',
    '赤道几内亚', '厄立特里亚', '埃斯瓦蒂尼', '加蓬', '冈比亚', '几内亚', '几内亚比绍', '莱索托', '利比里亚', '马达加斯加', '马拉维', '毛里塔尼亚', '毛里求斯',
    '莫桑比克', '纳米比亚', '尼日尔', '卢旺达', '圣多美和普林西比', '塞内加尔', '塞舌尔', '塞拉利昂', '索马里', '南苏丹', '坦桑尼亚', '多哥', '乌干达',
    '赞比亚', '津巴布韦', '塞浦路斯', '吉尔吉斯斯坦', '马尔代夫', '塔吉克斯坦', '土库曼斯坦', '阿尔巴尼亚', '安道尔', '波斯尼亚和黑塞哥维那', '克罗地亚',
    '爱沙尼亚', '拉脱维亚', '列支敦士登', '立陶宛', '卢森堡', '马耳他', '摩尔多瓦', '摩纳哥', '北马其顿', '圣马力诺', '斯洛伐克', '斯洛文尼亚',
    '安提瓜和巴布达', '巴哈马', '巴巴多斯', '伯利兹', '玻利维亚', '哥伦比亚', '哥斯达黎加', '多米尼克', '多米尼加', '厄瓜多尔', '萨尔瓦多', '格林纳达',
    '危地马拉', '圭亚那', '洪都拉斯', '牙买加', '尼加拉瓜', '巴拿马', '巴拉圭', '圣基茨和尼维斯', '圣卢西亚', '圣文森特和格林纳丁斯', '苏里南',
    '特立尼达和多巴哥', '乌拉圭', '斐济', '基里巴斯', '马绍尔群岛', '密克罗尼西亚联邦', '瑙鲁', '帕劳', '巴布亚新几内亚', '萨摩亚', '所罗门群岛', '图瓦卢',
    '瓦努阿图', '梵蒂冈', '巴勒斯坦']
    .map((name) => ({name, others: [], source: un}))
]

/**
 * Taiwan and Hong Kong names of states (after script folding) → their
 * mainland short names, as zhwiki's regional variants give them.
 */
const regionalStateNames: Record<string, string> = {
  纽西兰: '新西兰', 澳洲: '澳大利亚', 义大利: '意大利', 沙乌地阿拉伯: '沙特阿拉伯', 卡达: '卡塔尔', 叶门: '也门', 寮国: '老挝', 汶莱: '文莱',
  肯亚: '肯尼亚', 奈及利亚: '尼日利亚', 辛巴威: '津巴布韦', 坦尚尼亚: '坦桑尼亚', 衣索比亚: '埃塞俄比亚', 索马利亚: '索马里', 克罗埃西亚: '克罗地亚',
  斯洛维尼亚: '斯洛文尼亚', 瓜地马拉: '危地马拉', 宏都拉斯: '洪都拉斯', 千里达及托巴哥: '特立尼达和多巴哥', 阿拉伯联合大公国: '阿拉伯联合酋长国', 马尔他: '马耳他'
}
const regional = 'zhwiki 地区词转换 (zh-tw / zh-hk variants of the states\' titles: 紐西蘭, 澳洲, 義大利, 沙烏地阿拉伯 …)'

export const states: State[] = listed.map((state) => {
  const forms = Object.keys(regionalStateNames).filter((form) => regionalStateNames[form] === state.name)
  return forms.length === 0 ? state : {...state, others: [...state.others, ...forms], source: `${state.source}; ${regional}`}
})

/** One-character names of states in compounds and before offices (`朝韩`, `韩总统`, `美方`). */
export const stateAbbreviations: string[] = [...'朝韩美中日俄苏英法德越']
export const stateAbbreviationsSource = 'Chinese usage: one-character abbreviations of state names (现代汉语词典: 朝, 韩, 美, 中, 日, 俄)'

/**
 * One-character names of states in `驻`-compounds (`朝驻马大使馆`: the DPRK's
 * embassy in Malaysia; `驻华`: in China) → the state's short name.
 */
export const stateInitials: Record<string, string> = {
  朝: '朝鲜', 韩: '韩国', 美: '美国', 中: '中国', 华: '中国', 日: '日本', 俄: '俄罗斯', 苏: '苏联', 英: '英国', 法: '法国', 德: '德国', 越: '越南', 马: '马来西亚', 泰: '泰国', 蒙: '蒙古'
}
export const stateInitialsSource = 'Chinese usage: one-character abbreviations of state names (现代汉语词典: 朝, 韩, 美, 中, 华 as in 驻华, 日, 俄; zhwiki 马来西亚 简称 马)'

/**
 * A state whose organs are named by its official name (`中华人民共和国外交部`,
 * `中华人民共和国驻美国大使馆`), as zhwiki titles them, where its short name
 * names everything else (`中国共产党`).
 */
export const officialOrganPrefixes: Record<string, string> = {中国: '中华人民共和国'}
export const officialOrganPrefixesSource = 'zhwiki titles of PRC state organs: 中华人民共和国外交部, 中华人民共和国国务院, 中华人民共和国国防部, 中华人民共和国驻美国大使馆'

/**
 * Words that start with 国 (`国会`, `国际`, `国立`): after a state's name that
 * ends with 国 (`日本国`, `蒙古国`) the 国 may start the next word instead
 * (`日本|国会`, `蒙古|国立大学`), and the state is then written without it.
 */
export const guoWords = {
  words: ['国会', '国际', '国家', '国立', '国务', '国防', '国民', '国土', '国营', '国有', '国宾', '国库', '国旗', '国歌', '国籍', '国债', '国宴', '国铁', '国安', '国王', '国父', '国葬', '国事'],
  source: '现代汉语词典: words beginning with 国 (国会, 国际, 国家, 国立, 国务, 国防, 国民, 国土, 国营, 国有, 国宾, 国库, 国旗, 国歌, 国籍, 国债, 国宴, 国王, 国葬, 国事); 国铁, 国安 as Chinese texts abbreviate national railways and state security'
}

