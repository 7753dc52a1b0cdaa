import type {EntityType} from '../entityTypes.js'
import {cityTitleSuffixes} from '../vocabulary/suffixes.js'

/** A city's name and the administrative suffix its page's title may carry (`某某市`, `某某特级市`). */
const titled = new RegExp(`^(\\p{Script=Han}{2,}?)(?:${cityTitleSuffixes.words.join('|')})$`, 'u')

/**
 * A city is named without its administrative suffix, as general knowledge
 * names the cities it holds (`北京`, `平壤`, `水原`) and as texts write them:
 * a page titled `某某市` (zhwiki titles many cities so) names the city `某某`.
 * A name of one character before the suffix keeps it; only cities, not a
 * body or a place that ends the same way. Nor when the bare name names
 * something else in the batch (`吉林` linked to 吉林省, so 吉林市 stays
 * 吉林市): `namesOther` says so.
 */
export function cityName(name: string, type: EntityType, namesOther: (bare: string, city: string) => boolean = () => false): string {
  if (type !== 'City') return name
  const bare = titled.exec(name)?.[1]
  return bare === undefined || namesOther(bare, name) ? name : bare
}
