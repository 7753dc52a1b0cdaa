import type {EntityType} from '../entityTypes.js'

/**
 * A group's own name in quotes right after the kind of group it is
 * (`秘密组织“某某会”`, `执政党“某某系”`): the quotes mark a name, the word
 * before them says it names a group. The name ends as a group's does
 * (`会`, `系`, `派`, `团`, `社`, `盟`, `党`), which leaves out what a verb
 * `组织` organizes (`组织“百万人签名”`).
 */
const quotedGroup = /(?:组织|团体|社团|政党|派系)[“「"](\p{Script=Han}{2,6}?[会系派团社盟党])[”」"]/gu
/** Words of a phrase, not of a name. */
const phrase = /[的了和与在是对将从被向为也都把让说称及等]/u

/** Each quoted group's name → the group, for the document's dictionary: it names the group wherever it is written. */
export function quotedGroups(folded: string[]): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const match of folded.join('').matchAll(quotedGroup)) {
    if (!phrase.test(match[1]!)) names.set(match[1]!, {type: 'Organization', name: match[1]!})
  }
  return names
}
