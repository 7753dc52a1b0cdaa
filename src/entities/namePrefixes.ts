/**
 * The proper prefixes of a dictionary's names, so a longest-match scan stops
 * growing a surface as soon as no name goes on from it: a few lookups per
 * character instead of one per length up to the longest name (and no string
 * built for each), which made the dictionary scan the entity step's largest
 * cost.
 */

const cached = new WeakMap<ReadonlyMap<string, unknown>, {size: number; prefixes: Set<string>}>()

/** Every prefix (in UTF-16 units, shorter than the whole) of the names in `names`. */
export function properPrefixes(names: Iterable<string>): Set<string> {
  const prefixes = new Set<string>()
  for (const name of names) for (let length = 1; length < name.length; length++) prefixes.add(name.slice(0, length))
  return prefixes
}

/**
 * `properPrefixes` of a map's keys, kept for the map as long as its size is
 * the same: the batch lexicon and general knowledge are built once and read
 * for every file; a map that gains or loses names is read again.
 */
export function prefixesOfKeys(names: ReadonlyMap<string, unknown>): Set<string> {
  const known = cached.get(names)
  if (known && known.size === names.size) return known.prefixes
  const prefixes = properPrefixes(names.keys())
  cached.set(names, {size: names.size, prefixes})
  return prefixes
}
