/**
 * Kinds of military units that a number names (`第2军团`, `第15师`, `1团`,
 * `232编队`), longest first, and the arms a unit's kind may carry before it
 * (`第2步兵师`, `第1空降旅`). `軍団` is the Japanese form of `军团` that
 * Chinese pages on the Korean People's Army copy.
 */
export const unitKinds = {
  kinds: ['方面军', '军团', '军団', '师团', '编队', '大队', '中队', '部队', '支队', '路军', '联队', '军', '师', '旅', '团', '营', '连'],
  arms: ['步兵', '空降', '炮兵', '坦克', '装甲', '机械化', '独立', '警备', '教导'],
  source:
    'zhwiki titles of army units (朝鲜人民军第二军团, 朝鲜人民军第三师团, 东北抗日联军第二军; 韩国海军 第2舰队 and its 编队); zhwiki 东北抗日联军第一路军, 东北抗日联军第三路军 and their 方面军, 支队; ko 연대 written 联队 (a regiment) in Chinese pages of ROK officers; 现代汉语词典 军团, 师, 旅, 团, 营, 连, 编队, 大队, 中队; ja 軍団'
}

/**
 * A unit's number of one digit is written in Chinese numerals in its name
 * (`第2军团` → `第二军团`), as zhwiki titles the Korean People's Army's corps
 * and divisions; a longer number stays as written (`第711部队`).
 */
export const unitNumerals = {
  digits: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  source: 'zhwiki 朝鲜人民军第二军团, 朝鲜人民军第四军团, 朝鲜人民军第八军团 (one-digit numbers in Chinese numerals); zhwiki 朝鲜侦查局第711部队 style longer numbers in digits'
}
