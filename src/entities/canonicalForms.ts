import {alternation, longestFirst} from '../core/alternation.js'
import {boundedMemo} from '../core/boundedMemo.js'
import {tagPlain} from './jieba.js'
import {citySet, countryName} from './typing/known.js'
import {isStateOrgan} from './rules/stateOrgans.js'
import {bodyHeads} from './vocabulary/bodies.js'
import {games, highLevelWords, meetingLevels, summitSides, talkSeries} from './vocabulary/events.js'
import {governmentSuffixes, organizationSuffixes, suffixPattern} from './vocabulary/suffixes.js'

const sideOf = new Map(summitSides.pairs.flatMap((pair) => pair.forms.map((form) => [form, pair.canonical] as const)))
const sides = alternation(sideOf.keys())
/** `2018年4月南北韩首脑会谈`, `朝美首脑峰会`: an optional date, the pair, `首脑`, the meeting. */
const summit = new RegExp(`^((?:[0-9]{4}年)?(?:[0-9]{1,2}月)?)(${sides})(?:首脑|领导人)(?:历史性)?(?:会谈|会晤|峰会|高峰会)$`)
/** `2018年朝美峰会`: a dated summit of a pair without `首脑`. */
const datedSummit = new RegExp(`^([0-9]{4}年(?:[0-9]{1,2}月)?)(${sides})(?:历史性)?(?:峰会|高峰会|首脑会晤)$`)
/** `新加坡朝美峰会`, `某城首脑峰会`: a summit named after where it met. */
const venueSummit = new RegExp(`^(.+?)(?:${sides})?(?:首脑)?峰会$`)
const highLevel = new RegExp(`^(${sides})(?:${highLevelWords.words.join('|')})(会谈|会晤)$`)
/** Who meets below the leaders (a summit is named as one above), one or two words (`工作级军事`). */
const seriesLevels = longestFirst([...meetingLevels.words, ...highLevelWords.words].filter((word) => word !== '首脑' && word !== '领导人'))
const anyLevel = new RegExp(seriesLevels.join('|'), 'g')
/** `韩朝部长级会议`, `南北韩高层会谈`: talks of the two Koreas at a level. */
const koreanTalks = new RegExp(`^(?:${talkSeries.pairForms.join('|')})((?:${seriesLevels.join('|')}){1,2})(?:${talkSeries.headForms.join('|')})$`)
/** `六方谈判`: talks of a count of parties. */
const partiesTalks = new RegExp(`^([三四五六]方)(?:${talkSeries.headForms.filter((head) => head !== '会议').join('|')})$`)
const highLevelSet = new Set(highLevelWords.words)
/** A level as the series' name writes it (`高层` → `高级别`, `红十字会` → `红十字`). */
const levelName = (level: string) => (highLevelSet.has(level) ? highLevelWords.canonical : (talkSeries.levelForms[level] ?? level))
/** Games by a short form that says which games (`冬奥会`; `奥运会` may be either season) → their name. */
const gameOf = new Map(games.flatMap((game) => game.forms.filter((form) => !game.name.startsWith('夏季') || form.includes('夏')).map((form) => [form, game.name] as const)))
/** `2030年冬奥会`: dated games by a short form (a link's title too). */
const datedGames = new RegExp(`^([0-9]{4}年)(${alternation(gameOf.keys())})$`)
const election = /^([0-9]{4}年.*总统)大选$/
/** `2030年北韩核试验`: a state's dated test, by its date, the state and the test (zhwiki titles them with the state's short name). */
const datedTest = /^([0-9]{4}年(?:[0-9]{1,2}月)?)(\p{Script=Han}{2,10}?)(核试验)$/u
const resolution = /^(?:联合国)?(?:安理会|安全理事会)?(?:第)?([0-9]{3,4})号(?:制裁)?决议$/
const sanctionsCommittee = /^([0-9]{3,4})制裁委员会$/
const bodyEnd = suffixPattern([...governmentSuffixes, ...organizationSuffixes, ...bodyHeads.map((entry) => ({suffix: entry.head, source: entry.source}))])
/** A committee or council is named by what it does for its state (`某国亚太和平委员会`), even when its first word reads as a name. */
const committee = /(委员会|协议会|理事会)$/u
/** The words a body's own name starts with: a name jieba knows as such, or does not know at all (its `nz` also holds set phrases: `和平统一`). */
const properStart = /^(x|ns|nr|nrt|nrfg)$/

/**
 * `朝鲜某某乐团`, `韩国某某大学`: a body with a name of its own is named
 * without the state before it (zhwiki titles them so); a body named by its
 * function (`韩国统一部`, `朝鲜劳动党`, `美国中央情报局`, `韩国陆军本部`) keeps it.
 */
function withoutStateBeforeName(name: string): string {
  const characters = [...name]
  for (let length = 2; length <= 4 && length < characters.length - 3; length++) {
    if (!countryName(characters.slice(0, length).join(''))) continue
    const rest = characters.slice(length).join('')
    if (!bodyEnd.test(rest) || isStateOrgan(rest) || committee.test(rest)) return name
    const words = tagPlain(rest)
    const first = words[0]!
    return words.length >= 2 && properStart.test(first.tag) && !countryName(first.word) ? rest : name
  }
  return name
}

/**
 * One name for the written forms of the same event or document, whichever a
 * text uses (`vocabulary/events.ts`): summits of a pair by zhwiki's title
 * (`2018年4月南北韩首脑会谈` → `2018年4月朝韩首脑会晤`), a summit named after
 * its venue by the venue (`新加坡朝美峰会` → `新加坡峰会`), high-level talks as
 * `高级别`, the talks of the two Koreas below their leaders as their series
 * (`韩朝部长级会议` → `南北部长级会谈`), dated games by their full name
 * (`2030年冬奥会` → `2030年冬季奥林匹克运动会`), presidential elections as `选举`, a
 * state's dated nuclear test with the state's short name (`2030年北韩核试验` →
 * `2030年朝鲜核试验`), the Security Council's numbered
 * resolutions and sanctions committees by the Council's name
 * (`2087号决议` → `联合国安理会第2087号决议`); a body with a name of its own
 * without the state before it. Any other name is returned as it is.
 */
export const canonicalForm: (name: string) => string = boundedMemo((name) => formOf(name))

function formOf(name: string): string {
  const paired = summit.exec(name) ?? datedSummit.exec(name)
  if (paired) return `${paired[1]}${sideOf.get(paired[2]!)}首脑会晤`
  const venue = venueSummit.exec(name)
  if (venue && (citySet.has(venue[1]!) || countryName(venue[1]!))) return `${venue[1]}峰会`
  const series = koreanTalks.exec(name)
  // A level the series' name writes in full (`将军级` → `将军级军事`) only when it stands alone: `将军级军事` is already so.
  if (series) return `${talkSeries.pair}${talkSeries.levelsInFull[series[1]!] ?? series[1]!.replace(anyLevel, levelName)}${talkSeries.head}`
  const parties = partiesTalks.exec(name)
  if (parties) return `${parties[1]}${talkSeries.head}`
  const talks = highLevel.exec(name)
  if (talks) return name.replace(new RegExp(highLevelWords.words.join('|')), highLevelWords.canonical)
  const dated = datedGames.exec(name)
  if (dated) return `${dated[1]}${gameOf.get(dated[2]!)}`
  if (election.test(name)) return name.replace(election, '$1选举')
  const test = datedTest.exec(name)
  if (test && countryName(test[2]!)) return `${test[1]}${countryName(test[2]!)}${test[3]}`
  const numbered = resolution.exec(name)
  if (numbered) return `联合国安理会第${numbered[1]}号决议`
  const committee = sanctionsCommittee.exec(name)
  if (committee) return `联合国安理会${committee[1]}制裁委员会`
  return withoutStateBeforeName(name)
}
