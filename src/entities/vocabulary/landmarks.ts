/**
 * What a named building or site is called after its place or name: the
 * kind of site ends the name (`某地烈士陵园`, `某宫`, `某某空军基地`).
 * Longer kinds first where one ends another (`爱国烈士陵园`, `烈士陵园`).
 */
export const landmarkKinds = {
  kinds: [
    '人民游乐场',
    '游乐场',
    '爱国烈士陵园',
    '革命烈士陵园',
    '烈士陵园',
    '显忠院',
    '文化会馆',
    '议事堂',
    '官邸',
    '神社',
    '胜利碑',
    '纪念碑',
    '空军基地',
    '海军基地',
    '军营',
    '监狱',
    '拘留所'
  ],
  /** Words before the place that belong to the site's name (`国立某地显忠院`). */
  qualifiers: ['国立'],
  source:
    'zhwiki titles of sites and buildings (绫罗人民游乐场, 大新里爱国烈士陵园 as 新美里爱国烈士陵园, 国立首尔显忠院, 四·二五文化会馆, 万寿台议事堂, 金日成官邸, 靖国神社, 嘉手纳空军基地; 现代汉语词典 陵园, 纪念碑, 军营, 官邸; zhwiki 西大门刑务所 and the gold guidelines: a prison is a building, so a place)'
}
