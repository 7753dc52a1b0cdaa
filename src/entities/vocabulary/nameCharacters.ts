/**
 * Characters that tell a given name from other words after a surname-like
 * first character: `苏尔特` and `马其顿` end like transliterated place names,
 * `黄姑鱼` and `白皮书` end with the head of a common noun, `卢二人` counts
 * people. And the characters a given name often ends with that also end place
 * names (`崔龙海`, `王岐山`): after a surname, they do not make a place.
 */
export interface NameCharacters {
  characters: string
  source: string
}

/** Last characters of transliterated foreign names, never of Chinese or Korean given names. */
export const transliterationFinals: NameCharacters = {
  characters: '顿特尔斯克夫娃诺',
  source: '新华社《世界人名翻译大辞典》 transliteration table: -ton 顿, -t 特, -r 尔, -s 斯, -k 克, -v 夫, -va 娃, -no 诺'
}

/** Heads of common nouns: animals, plants, books, food. */
export const commonNounHeads: NameCharacters = {
  characters: '鱼鸟虫兽书册花树草药酒茶菜果米',
  source: 'Chinese word formation: head morphemes of common-noun compounds (现代汉语词典 entries 黄姑鱼, 白皮书 style)'
}

/** Counting words: `二人`, `三方`, `们` make a group, not a name (numerals alone do: `贤一郎`, `三十二`). */
export const groupWords: NameCharacters = {
  characters: '人们方者众',
  source: 'Chinese grammar: numeral + 人/方 and the plural 们 refer to groups'
}

/** Given-name characters that also end place names. */
export const givenNameEndings: NameCharacters = {
  characters: '海山江河林峰洙',
  source: 'frequent given-name characters in Chinese and Korean names (zhwiki 崔龙海, 王岐山, 李洙墉; 中国人名用字频率)'
}

const has = (set: NameCharacters, character: string | undefined) => character !== undefined && set.characters.includes(character)

/** Whether the characters after a surname can be a given name. */
export function isGivenName(given: string): boolean {
  const characters = [...given]
  if (characters.length === 0 || characters.length > 3) return false
  if (has(transliterationFinals, characters.at(-1)) || has(commonNounHeads, characters.at(-1))) return false
  return !characters.some((character) => has(groupWords, character) || /[0-9]/.test(character))
}

/** Whether a place-like last character is also a given-name ending. */
export function endsLikeGivenName(name: string): boolean {
  return has(givenNameEndings, [...name].at(-1))
}
