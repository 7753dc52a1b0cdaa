import type {EntityMention} from './entityTypes.js'
import {normalizeName} from './identity.js'

/** What sets one event of a series apart: a count or a year before its name (`第一次…`, `2018年…`, `2018年4月…`). */
const marker = /^(第[0-9一二三四五六七八九十]{1,3}[次届轮]|[0-9]{4}年(?:[0-9]{1,2}月)?)/

/** A count before the name of a series (`第一次…`). */
const counted = /^第[0-9一二三四五六七八九十]{1,3}[次届轮]/

/**
 * On a page about one event of a series by its count (its title
 * `第一次某某危机`), the series' name found by a rule (`某某危机`) is that
 * event: the page names it so. A name a link or the lexicon gave is the page
 * it names (the series); on another page, or on a page about a dated event
 * (`2018年某某会谈`, whose text also recalls the others of its series), the
 * series' name may be any event of it: it keeps its name.
 */
export function resolveShortEvents(mentions: EntityMention[], title: string | undefined): void {
  if (title === undefined || !counted.test(title)) return
  const short = title.replace(counted, '')
  for (const mention of mentions) {
    if (mention.type === 'Event' && mention.name === short && mention.source !== 'link' && mention.source !== 'lexicon') mention.name = title
  }
}

/**
 * Whether a surface is the series' name of a counted or dated event
 * (`某某危机` of `第一次某某危机`), or the kind's name of a body named after
 * one (`某某联队` of `2030年某某运动会某某联队`): not a name of that one.
 */
export function isSeriesName(surface: string, name: string): boolean {
  const folded = normalizeName(surface)
  return marker.test(name) && folded !== name && (folded === name.replace(marker, '') || name.endsWith(folded))
}

/**
 * On a page about a body named after an occasion (`2030年某某运动会某某联队`),
 * the body's short name found by a rule (`某某联队`: the end of the title) is
 * that body. A linked or lexicon name keeps its page.
 */
export function resolveShortBodies(mentions: EntityMention[], title: string | undefined): void {
  if (title === undefined) return
  for (const mention of mentions) {
    const body = mention.type === 'Organization' || mention.type === 'GovernmentOrganization'
    if (body && mention.name !== title && [...mention.name].length >= 3 && title.endsWith(mention.name) && mention.source !== 'link' && mention.source !== 'lexicon') mention.name = title
  }
}
