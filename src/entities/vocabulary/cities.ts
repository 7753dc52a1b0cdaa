/** Capitals and large cities, by their usual zh-Hans name. */
export interface City {
  name: string
  source: string
}

const capitals = 'capitals of states (zhwiki 各国首都列表)'
const korea = 'cities of the two Koreas (zhwiki 朝鲜行政区划, 大韩民国行政区划)'
const china = 'cities of China (zhwiki 中华人民共和国城市列表)'
const world = 'large cities and summit venues (zhwiki page of the city)'

const grouped: Array<[string, string[]]> = [
  [capitals, ['平壤', '首尔', '北京', '东京', '莫斯科', '华盛顿', '华盛顿特区', '河内', '柏林', '日内瓦', '伦敦', '巴黎', '维也纳', '赫尔辛基', '斯德哥尔摩', '乌兰巴托', '曼谷', '雅加达', '台北', '布鲁塞尔', '罗马', '吉隆坡', '金边', '万象', '仰光', '马尼拉', '新德里', '伊斯兰堡', '德黑兰', '开罗', '的黎波里', '大马士革']],
  [korea, ['汉城', '开城', '新义州', '元山', '釜山', '仁川', '平昌', '江陵', '南浦', '咸兴', '清津', '济州', '光州', '大邱', '罗先', '海州', '沙里院', '惠山', '大田', '蔚山', '水原']],
  [china, ['上海', '大连', '丹东', '沈阳', '广州', '天津', '香港', '澳门', '长春', '延吉', '哈尔滨', '重庆', '南京', '杭州', '深圳']],
  [world, ['大阪', '纽约', '符拉迪沃斯托克', '海参崴', '万塔', '芝加哥', '洛杉矶', '旧金山', '檀香山', '达沃斯', '慕尼黑', '圣彼得堡', '岘港']]
]

export const cities: City[] = grouped.flatMap(([source, names]) => names.map((name) => ({name, source})))
