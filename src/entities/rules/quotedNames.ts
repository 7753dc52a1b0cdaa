import {typeOfName} from '../typeOfName.js'
import {bodyHeads} from '../vocabulary/bodies.js'
import {governmentSuffixes, organizationSuffixes} from '../vocabulary/suffixes.js'
import type {Emitter} from './candidate.js'

/** A name in quotes (`“某某”`, `「某某」`), four letters at least. */
const quoted = /[“「"]([\p{Script=Han}A-Za-z0-9·]{4,24})[”」"]/gu

/** A head of two letters at least (`委员会`, `研究所`): a one-letter one (`军`, `部`) ends phrases too (`“外国撤军”`). */
const longHead = new RegExp(
  `(?:${[...governmentSuffixes, ...organizationSuffixes, ...bodyHeads.map((entry) => ({suffix: entry.head}))]
    .map((entry) => entry.suffix)
    .filter((suffix) => [...suffix].length >= 2)
    .join('|')})$`,
  'u'
)
/** Words of a phrase, not of a name: `“某某的重大事件”`, `“对抗和战争”`, `“重启某某会谈”`. */
const phrase = /[的了和与在是对将从被向为也都把让说称及等一种重启]/u

/**
 * A name in quotes whose head tells a body (`「某某合作促进委员会」`): the
 * quotes mark it as a name, the head its kind (`typeOfName`). A quote no
 * head types (a slogan), or a phrase, is none; quoted events are too often
 * phrases (`“一种对抗和战争”`) to be read so.
 */
export function quotedNameCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(quoted)) {
    if (phrase.test(match[1]!) || !longHead.test(match[1]!)) continue
    const typing = typeOfName(match[1]!)
    if (typing?.type !== 'Organization' && typing?.type !== 'GovernmentOrganization') continue
    push(match.index + 1, match[1]!, typing, false)
  }
}
