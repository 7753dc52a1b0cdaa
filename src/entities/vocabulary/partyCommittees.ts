/**
 * The levels of a communist party's regional committees as Chinese texts
 * shorten them (`某某省委`, `某某县委`, `某某特委`), with the word each
 * short level stands for in the committee's full name (`特委` → `特别委员会`),
 * and the qualifiers a committee may carry between its place and its level
 * (`某某临时省委`, `某某中心县委`).
 */
export const committeeLevels = {
  levels: {省: '省', 县: '县', 市: '市', 区: '区', 特: '特别'} as Record<string, string>,
  qualifiers: ['临时', '中心'],
  source:
    'zhwiki 中国共产党满洲省委员会 (简称满洲省委), 中共北满临时省委 and 中国共产党汤原中心县委员会 style titles; 现代汉语词典 省委 (省委员会), 县委, 特委 (特别委员会)'
}

/** How a text names the Chinese Communist Party before its committees (`中共某某县委`), the evidence a bare committee is its. */
export const chineseParty = {
  shortNames: ['中共', '中国共产党'],
  name: '中国共产党',
  source: 'zhwiki 中国共产党 (简称中共)'
}
