/**
 * The organs of a ruling party's centre by the name its pages are titled
 * with, whichever way a text writes them (`某党中央委员会政治局`, `某党政治局`,
 * `某党中央政治局`): the organ's core (what follows the party, without
 * `中央委员会` or `中央`) → the name after the party. Only organs the batch
 * links to pages of both forms, or whose one title the batch's links give.
 */
export const partyOrganTitles: Array<{party: string; organs: Record<string, string>; source: string}> = [
  {
    party: '朝鲜劳动党',
    organs: {
      政治局: '中央政治局',
      政治委员会: '中央政治局',
      政治局常务委员会: '中央政治局常务委员会',
      书记局: '中央书记局',
      军事委员会: '中央军事委员会',
      组织指导部: '中央组织指导部',
      宣传鼓动部: '中央委员会宣传鼓动部',
      国际部: '国际部'
    },
    source:
      'zhwiki titles the batch links to (corpus zhwiki biographies): 朝鲜劳动党中央政治局 (13 links; 中央委员会政治局 a redirect; called 政治委员会 until the sixth congress, 1980), 朝鲜劳动党中央政治局常务委员会, 朝鮮勞動黨中央書記局 (中央委员会书记局 a redirect), 朝鲜劳动党中央军事委员会, 朝鲜劳动党中央委员会宣传鼓动部; anchor 朝鲜劳动党中央组织指导部部长 → its page; zhwiki 朝鲜劳动党国际部'
  },
  {
    party: '中国共产党',
    organs: {政治局: '中央委员会政治局', 书记处: '中央委员会书记处', 军事委员会: '中央军事委员会'},
    source: 'zhwiki 中国共产党中央委员会政治局 (简称 中共中央政治局), 中国共产党中央委员会书记处, 中国共产党中央军事委员会'
  }
]
