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

/** Characters of transliterated foreign names (the syllables of the transliteration tables), of which a foreign name is made alone. */
export const transliterationCharacters: NameCharacters = {
  characters:
    '阿埃艾安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德邓迪蒂丁杜多厄恩尔法范菲费芬冯夫弗福盖甘冈戈格贡古哈海汉豪赫亨胡霍基吉加贾杰卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利莉林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米明莫默穆纳娜奈内尼涅纽努诺帕潘佩彭皮普奇齐乔切琼萨塞桑瑟森沙舍什施斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希辛雅亚扬伊因尤约扎泽詹兹佐',
  source: '新华社《世界人名翻译大辞典》 transliteration tables (English, French, German, Russian, Arabic, Malay): the characters of their syllables'
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

/** Heads of words for a group of people (`保守派`, `反对派`, `民主人士`): a faction or a kind, never one person. */
export const groupHeads = {
  words: ['派', '人士', '分子', '阵营'],
  source: '现代汉语词典 (派: 立场、见解或作风相同的一些人; 人士, 分子, 阵营); zhwiki titles of factions (保守派, 改革派, 苏联派, 延安派)'
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

/** Whether every character of a word is one of the transliteration tables'. */
export function isTransliterated(word: string): boolean {
  return [...word].every((character) => has(transliterationCharacters, character))
}
