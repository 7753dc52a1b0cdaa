/**
 * Verbs whose object is a person, a body or a place (`会见某人`, `参观某地`):
 * they stand before a name, never inside one, though jieba may tag them as
 * nouns (`会见/n`, `参观/n`) and glue them into a run of nouns that ends with a
 * body's head (`某城会见某党中央政治局` is no body).
 */
export const objectVerbs = {
  words: ['会见', '接见', '会晤', '召见', '拜会', '拜见', '会面', '参观', '访问', '到访', '视察', '考察', '出访'],
  source: '现代汉语词典 (会见, 接见, 会晤, 召见, 拜会, 拜见, 会面, 参观, 访问, 到访, 视察, 考察, 出访: transitive verbs of meeting and visiting); Chinese press usage (某人在某地会见某人)'
}

/**
 * Verbs of appointment and promotion: they stand before an office or a rank
 * (`晋升大将`, `升任部长`), never as a name next to it, though jieba may tag
 * them as personal names (`晋升/nr`).
 */
export const appointmentVerbs = {
  words: ['晋升', '升任', '出任', '担任', '就任', '接任', '兼任', '调任', '提升', '晋级', '荣升', '升为', '任命', '当选', '改任', '转任'],
  source: '现代汉语词典 (晋升, 升任, 出任, 担任, 就任, 接任, 兼任, 调任, 提升, 晋级, 荣升, 任命, 当选: verbs of taking or giving a post); Chinese résumé usage (升为, 改任, 转任)'
}

/**
 * Verbs by which one body becomes part of another or another body
 * (`某部并入某部`, `某局改组为某部`): what follows them is the other body,
 * never a unit of the first.
 */
export const restructuringVerbs = {
  words: ['并入', '划入', '归入', '合并', '改为', '改组为', '改组', '更名为', '改名为', '升格为', '降格为', '转为', '撤销'],
  source: '现代汉语词典 (并入, 划入, 归入, 合并, 改组, 更名, 升格, 降格, 撤销: verbs of restructuring bodies); Chinese press usage (将某部并入某部, 某局改组为某部)'
}
