import * as OpenCC from 'opencc-js'

type DictLike = string | ReadonlyArray<readonly [string, string]>
type DictGroup = readonly DictLike[]
interface Config {
  normalizationChain?: readonly DictGroup[]
  conversionChain: readonly DictGroup[]
}

const isOneCodePoint = (text: string) => text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff)

/** The one-character entries of a dictionary, in order (OpenCC's `"from to|from to"` text or pairs). */
function* characterEntries(dictionary: DictLike): Generator<[string, string]> {
  if (typeof dictionary !== 'string') {
    for (const [from, to] of dictionary) if (isOneCodePoint(from)) yield [from, to]
    return
  }
  // Scanned, not split: the phrase dictionaries are a megabyte of entries, almost all longer than one character.
  for (let start = 0; start < dictionary.length;) {
    let end = dictionary.indexOf('|', start)
    if (end === -1) end = dictionary.length
    const space = dictionary.indexOf(' ', start)
    if (space !== -1 && space < end && isOneCodePoint(dictionary.slice(start, space))) {
      const next = dictionary.indexOf(' ', space + 1)
      // As OpenCC reads an entry: the second field is the replacement.
      yield [dictionary.slice(start, space), dictionary.slice(space + 1, next !== -1 && next < end ? next : end)]
    }
    start = end + 1
  }
}

/** A group as OpenCC's trie holds it for one character: the first dictionary wins, and in one the last entry. */
function characterMap(group: DictGroup): Map<string, string> {
  const map = new Map<string, string>()
  for (const dictionary of [...group].reverse()) for (const [from, to] of characterEntries(dictionary)) map.set(from, to)
  return map
}

/**
 * One character converted exactly as OpenCC's `Converter({from, to})`
 * converts a one-character string, without building its tries: OpenCC loads
 * every phrase of its dictionaries (over half a second and tens of MB per
 * thread), while a one-character input only ever meets one-character
 * entries. A character of one code point goes through the preset's
 * normalization and conversion groups as single-character lookups; should a
 * step give more than one code point (the next group could then match a
 * phrase), OpenCC's own converter, built then, converts it.
 */
export function characterConverter(options: {from: string; to: string}, configName: string): (character: string) => string {
  const config = (OpenCC.Locale.configs as unknown as Record<string, Config>)[configName]
  if (!config) throw new Error(`OpenCC has no preset ${configName}`)
  const steps = [...(config.normalizationChain ?? []), ...config.conversionChain].map(characterMap)
  let full: ((text: string) => string) | undefined
  return (character) => {
    let value = character
    for (const step of steps) {
      if (!isOneCodePoint(value)) {
        const convert = (full ??= OpenCC.Converter(options))
        return convert(character)
      }
      value = step.get(value) ?? value
    }
    return value
  }
}
