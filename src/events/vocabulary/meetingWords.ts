/**
 * Words that say a meeting took place, and what kind of meeting.
 *
 * Provenance: the verbs are those listed in issue 11 (会晤, 会谈, 会见, 举行首脑会谈,
 * 访问, 出席, 磋商, 签署; English met, held talks, visited), completed with their
 * traditional forms (OpenCC `s2t` of each) and the near-synonyms of the same
 * entries in the CC-CEDICT dictionary (会面, 谈判, 通话, 签订); the kinds are the
 * `kpd:eventKind` values of the vocabulary (`vocabulary/kpd.ttl`).
 */

export type MeetingKind = 'summit' | 'talks' | 'visit' | 'signing' | 'call' | 'attendance'

export interface MeetingWord {
  /** The word as it is written (simplified and traditional forms are separate entries). */
  word: string
  kind: MeetingKind
  /** The language the word belongs to. */
  language: 'zh' | 'en'
}

const zh = (kind: MeetingKind, ...words: string[]): MeetingWord[] => words.map((word) => ({word, kind, language: 'zh'}))
const en = (kind: MeetingKind, ...words: string[]): MeetingWord[] => words.map((word) => ({word, kind, language: 'en'}))

/** Longest words first, so `首脑会谈` wins over `会谈`. */
export const meetingWords: MeetingWord[] = [
  ...zh('summit', '首脑会谈', '首腦會談', '首脑会晤', '首腦會晤', '首脑会议', '首腦會議', '峰会', '峰會', '高峰会', '高峰會'),
  ...zh('talks', '会谈', '會談', '会晤', '會晤', '会见', '會見', '会面', '會面', '磋商', '谈判', '談判'),
  ...zh('call', '通话', '通話', '通电话', '通電話'),
  ...zh('signing', '签署', '簽署', '签订', '簽訂', '签下', '簽下'),
  ...zh('visit', '访问', '訪問', '到访', '到訪', '出访', '出訪'),
  ...zh('attendance', '出席'),
  ...en('summit', 'held a summit', 'summit'),
  ...en('talks', 'held talks', 'met with', 'met'),
  ...en('call', 'spoke by telephone', 'phone call'),
  ...en('signing', 'signed'),
  ...en('visit', 'visited')
].sort((a, b) => b.word.length - a.word.length || (a.word < b.word ? -1 : 1))

/**
 * A `talks` verb becomes a summit when a word for heads of state stands right
 * before it (`首脑`, `元首`, `领导人`): `两国领导人会晤`.
 */
export const summitModifiers = ['首脑', '首腦', '元首', '领导人', '領導人', '高峰', 'leaders']

/** When several verbs of one sentence name kinds, the kind of the event is the first of this order. */
export const kindPriority: MeetingKind[] = ['summit', 'signing', 'talks', 'call', 'visit', 'attendance']
