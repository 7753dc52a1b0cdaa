/**
 * The national elections a state counts (`第13届总统选举`,
 * `第十四届国会议员选举`) by what they elect, and the Korean short word for
 * a general election (`总选`, 총선) that Chinese pages on Korean politicians
 * copy with its count (`第16次总选`).
 */
export const countedElections = {
  heads: ['总统选举', '国会议员选举', '国会选举', '总选'],
  /** What a state's legislature's election is called without a count: it names one only after the state (`某国国会选举`). */
  uncounted: ['国会议员选举', '国会选举'],
  source:
    'zhwiki titles and leads of South Korean elections (第13届大韩民国国会议员选举, 大韩民国第十九届总统选举 as 第19届总统选举 in leads); ko 총선 (總選, general election) written 总选 in Chinese pages of Korean politicians'
}
