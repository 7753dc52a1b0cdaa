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
const japanese = 'common Japanese family names (zhwiki 日本姓氏列表, the most frequent) and those of prime ministers and foreign ministers (zhwiki 日本首相, 外务大臣)'
const vietnamese = 'Vietnamese family names (zhwiki 越南人名)'

const grouped: Array<[string, string[]]> = [
  [chinese, [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩邓曹彭田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈卢姜崔江贾方钱孔汪毛习温戴武傅俞范冯黎段', '欧阳', '司马', '诸葛', '上官']],
  // More of the hundred most frequent, leaving out those that are also common words (`曾`, `常`, `解`, `万`, `石`, `夏`).
  [chinese, [...'乔柴薛阎陶顾侯邵贺赖龚邱熊郝覃廖邹谭姚肖萧秦汤']],
  [korean, [...'金朴文尹权康洪柳申安全千卞玄禹池奉白咸闵廉卓表具孟车庆房慎严边宣鱼韦陆桂睦', '南宫', '鲜于']],
  [japanese, ['佐藤', '铃木', '高桥', '田中', '渡边', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐佐木', '山口', '松本', '井上', '木村', '斋藤', '清水', '山崎', '池田', '桥本', '石川', '前田', '冈田', '安倍', '河野', '岸田', '麻生', '福田', '小泉', '野田', '鸠山', '玄叶', '町村', '高村', '茂木', '林']],
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

/**
 * Vietnamese family names that a woman's name joins to her given name with
 * the middle name `氏` (`阮氏某`): with it, the three characters are a name.
 */
export const vietnameseSurnames = {
  surnames: [...'阮陈黎范黄潘武段裴邓胡吴杜'],
  source: 'zhwiki 越南人名 (most frequent family names: 阮, 陈, 黎, 范, 黄, 潘, 武, 段, 裴, 邓, 胡, 吴, 杜; 氏 as the middle name of women)'
}
