import {tagPlain} from '../jieba.js'
import {citySuffixes, governmentSuffixes, organizationSuffixes, placeSuffixes, siteSuffixes, suffixPattern} from '../vocabulary/suffixes.js'
import {countryNames, type NameTyping} from './known.js'

const government = suffixPattern(governmentSuffixes)
const organization = suffixPattern(organizationSuffixes)
const city = suffixPattern(citySuffixes)
export const place = suffixPattern(placeSuffixes)
const site = suffixPattern(siteSuffixes)
/** `非政府组织`, `无党派…`, `反…`: a negated stem names a category, not one body. */
const negated = /^(非|无|反|不)/

/** Government bodies start with a state, or with `中央`, `国家`, `联合国`, `国际`; other bodies are organizations. */
export function bodyTyping(name: string): NameTyping | undefined {
  if (!government.test(name) || [...name].length < 3 || negated.test(name)) return undefined
  const national = countryNames().some((key) => name.startsWith(key)) || /^(中央|国家|联合国|国际|全国|中共|国务院)/.test(name)
  return {type: national ? 'GovernmentOrganization' : 'Organization', name}
}

/** Parties, media, companies by their suffix (`…党`, `…通讯社`, `…公司`), not a negated category. */
export function organizationTyping(name: string): NameTyping | undefined {
  return organization.test(name) && [...name].length >= 3 && !negated.test(name) ? {type: 'Organization', name} : undefined
}

/**
 * Places by their suffix: `黑龙江省` (a place name before 省 is a province;
 * `外务省` is a ministry, typed before), cities (`…市`), sites (`…半岛`, `…山`).
 */
export function placeTyping(name: string): NameTyping | undefined {
  if (name.endsWith('省')) {
    const stem = tagPlain(name.slice(0, -1))
    if (stem.length === 1 && stem[0]!.tag === 'ns') return {type: 'Place', name}
  }
  return undefined
}

/** Cities and other places by suffix alone, after the body rules had their say. */
export function suffixPlaceTyping(name: string): NameTyping | undefined {
  if (city.test(name) && [...name].length >= 3) return {type: 'City', name}
  if (place.test(name) && [...name].length >= 2 && !endsWithCommonNoun(name)) return {type: 'Place', name}
  return undefined
}

/**
 * `近地轨道`, `某某频道`: a province's `道` that ends a common noun of two
 * characters (`轨道`, `频道`, `隧道`) is that noun's, and the name no division
 * (`京畿道`, `咸镜北道` are words of their own; `黄海南道` ends with `道` alone).
 */
function endsWithCommonNoun(name: string): boolean {
  if (!name.endsWith('道')) return false
  const last = tagPlain(name).at(-1)
  return last !== undefined && last.tag === 'n' && [...last.word].length === 2
}

/** Launch and test sites, camps (`某某卫星发射中心`): places, before a body's `…中心` reads them. */
export function siteTyping(name: string): NameTyping | undefined {
  return site.test(name) && [...name].length > 4 ? {type: 'Place', name} : undefined
}
