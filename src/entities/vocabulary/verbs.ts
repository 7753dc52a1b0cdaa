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
