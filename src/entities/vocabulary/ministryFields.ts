/**
 * The fields a state's ministries are named by when the ministry is a `…省`
 * (the DPRK's cabinet and Japan's government): a name that ends with one of
 * them before `省` is a ministry (`金属工业省`, `铁道省`), not a province,
 * whose name is a place's (`辽宁省`). Words, not whole names: `工业` covers
 * every industry's ministry.
 */
export const ministryFields = {
  words: [
    ...['工业', '农业', '林业', '商业', '水产', '铁道', '递信', '海运', '建设', '电力', '建材', '贸易', '财政', '劳动', '外务', '粮政'],
    ...['体育', '文化', '保健', '教育', '经营', '监督', '检阅', '开发', '保护', '财务', '法务', '总务', '防卫', '交通', '产业', '科学']
  ],
  source:
    'zhwiki 朝鲜民主主义人民共和国内阁 (its ministries: 铁道省, 陆海运省, 金属工业省, 高等教育省, 保健省, 国家检阅省 …) and 日本行政机关 (外务省, 财务省, 法务省, 总务省, 防卫省, 经济产业省, 国土交通省, 文部科学省)'
}
