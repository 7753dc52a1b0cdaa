/**
 * Surnames of the Chinese, Korean and Japanese people these texts name.
 * Two-character surnames (`安倍`, `河野`, `欧阳`) are whole: their first
 * character alone is not a surname.
 */
export interface Surname {
  surname: string
  source: string
}

const chinese = 'common Chinese surnames (百家姓; zhwiki 中国姓氏排行)'
const korean = 'common Korean surnames in Chinese characters (zhwiki 朝鲜族姓氏, 韩国姓氏)'
const japanese = 'Japanese family names of politicians in these texts (zhwiki 安倍晋三, 河野太郎, 岸田文雄, 佐佐江贤一郎)'
const vietnamese = 'Vietnamese family names (zhwiki 越南人名)'

const grouped: Array<[string, string[]]> = [
  [chinese, [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩邓曹彭田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈卢姜崔江贾方钱孔汪毛习温戴武傅俞范冯黎', '欧阳', '司马', '诸葛', '上官']],
  [korean, [...'金朴文尹权康洪柳申安全千卞玄禹池奉白', '南宫', '鲜于']],
  [japanese, ['安倍', '河野', '岸田', '佐佐江', '薮中', '齐木', '斋木']],
  [vietnamese, [...'阮']]
]

export const surnames: Surname[] = grouped.flatMap(([source, names]) => names.map((surname) => ({surname, source})))

const known = new Set(surnames.map((entry) => entry.surname))
const longestFirst = [...known].sort((a, b) => [...b].length - [...a].length)

/** The surname a name starts with, the longest that fits (`欧阳` before `欧`). */
export function surnameOf(name: string): string | undefined {
  return longestFirst.find((surname) => name.startsWith(surname) && [...name].length > [...surname].length)
}

/** Whether a single character or word is a known surname. */
export function isSurname(word: string): boolean {
  return known.has(word)
}

/** One-character surnames, for patterns (`金委员长`). */
export const singleSurnames: string[] = [...known].filter((surname) => [...surname].length === 1).sort()
