/**
 * Cue words around a meeting verb.
 *
 * Provenance: the planned/cancelled cues are those of issue 11 (原定, 取消), with
 * the future and intention markers of Chinese grammars (将, 计划, 准备, 拟,
 * 决定, 同意, 希望 — Li & Thompson, *Mandarin Chinese*, ch. 6 and 21) and their
 * traditional forms; the place cues are the coverbs of location and direction
 * (在, 于/於, 赴, 到, 抵达, 前往); the company cues the verbs of accompanying
 * (陪同, 随同, 率领, 率); the statement cues the verbs of saying, announcing and
 * reporting (说/称/表示/宣布/公布/发表/报道/透露/告知 — Li & Thompson ch. 20,
 * complement clauses of verbs of saying) with 根据 (according to: what follows
 * is a document's content) and their traditional forms; the copulas 是/乃; the
 * collective subjects (双方, 两国, 二人 — the pronoun-like nouns for two sides);
 * the organ nouns that follow a meeting word in a committee's name (筹备委员会);
 * the prepositions of topic (就, 关于, 对于 — Li & Thompson ch. 9, coverbs).
 */

/** Said before the verb, the meeting is only planned (not held, not dated as held). */
export const plannedCues = [
  '原定', '将于', '將於', '将在', '將在', '计划', '計劃', '准备', '準備', '拟于', '擬於', '决定', '決定',
  '同意于', '同意於', '同意在', '希望', '打算', '邀请', '邀請', '即将', '即將', '如期', '有意', '提议', '提議',
  '邀', '提出', '会于', '會於', '会在', '會在', '同意举行', '同意舉行', '促成', 'will', 'planned', 'agreed to', 'proposed'
]

/** Said in the sentence, the meeting was called off or put off. */
export const cancelledCues = ['取消', '推迟', '推遲', '延迟', '延遲', '延期', '中止', 'cancelled', 'canceled', 'called off', 'postponed']

/** `如期` (as planned) and `恢复` undo a cancellation: the meeting took place. */
export const heldAfterAllCues = ['如期举行', '如期舉行', '如期进行', '如期進行']

/** Coverbs that put the place of the meeting after them. */
export const placeBefore = ['在', '于', '於', '赴', '到', '抵达', '抵達', '前往', '访问', '訪問', '出访', '出訪', 'at', 'in', 'visited']

/** Verbs whose object is the place of the meeting (`于平壤举行`: the place comes before these). */
export const heldVerbs = ['举行', '舉行', '举办', '舉辦', '进行', '進行']

/** Verbs of accompanying: the people after them take part with the subject. */
export const accompanyCues = ['陪同', '随同', '隨同', '率领', '率領', 'accompanied']

/** Words after a meeting word that make it a noun of another clause (`会谈中`, `会谈的日期`), not the predicate. */
export const nounFollowers = ['中', '时', '時', '前', '后', '後', '的', '期间', '期間', '上']

/** Words that join the counterpart to the subject. */
export const withCues = ['与', '與', '同', '和', '跟', '及', 'with', 'and']

/**
 * Verbs of saying and reporting, and `根据` (according to). Standing between
 * the sentence's time and the meeting word, they make the time the date of
 * the statement, not of the meeting (`4月26日，某某发表会谈的日程`); a meeting
 * only said, announced or reported on that day is not told as held then.
 */
export const statementCues = [
  '发表', '發表', '宣布', '宣佈', '公布', '公佈', '报道', '報道', '报导', '報導', '透露', '告之', '告知', '声称', '聲稱',
  '表示', '表态', '表態', '指出', '宣称', '宣稱', '根据', '根據', '据报', '據報',
  'announced', 'reported', 'said that', 'according to', 'declared'
]

/** A copula before a meeting word in its clause classes a meeting (`这是…第三次首脑会议`): no meeting is told. */
export const copulas = ['是', '乃']

/** Words after a meeting word that make it part of an organ's name (`首脑会谈筹备委员会`), not a predicate. */
export const organFollowers = ['筹备', '籌備', '委员会', '委員會', '小组', '小組', '办公室', '辦公室', '机构', '機構']

/** Subjects that stand for two sides or two people (`双方`, `两国`, `two leaders`): a later clause may name them. */
export const collectiveSubjects = ['双方', '雙方', '两国', '兩國', '两人', '兩人', '二人', '两位领导人', '兩位領導人', 'both sides', 'the two leaders', 'the two sides']

/** Prepositions of topic (`就`, `关于`: regarding): the meeting word after them in its clause is what is talked about. */
export const topicMarkers = ['就', '关于', '關於', '有关', '有關', '对于', '對於']
