/**
 * Words around a title in 《》 that make it a news outlet (an organization),
 * not a work: what the outlet is (`杂志`, `日刊`), what it does (`报道`,
 * `刊文`), or how a text cites it (`据《某某》`).
 */
export const mediaCues = {
  after: ['杂志', '报纸', '周刊', '月刊', '日刊', '网站', '电视台', '刊文', '刊登', '报道', '援引', '引述', '社论', '评论称', '发表社论', '等[\\p{Script=Han}]{0,6}媒体', '的报道', '的采访'],
  before: ['据', '接受', '日刊', '周刊', '月刊', '杂志', '报纸', '媒体'],
  source: 'Chinese press citation (据《某报》报道, 《某刊》杂志刊文, 接受《某报》采访; 现代汉语词典 刊文, 社论)'
}

/**
 * The last word of a broadcaster's name (`某某卫视`: a satellite television
 * channel), after a name of two letters.
 */
export const broadcasterSuffixes = {
  words: ['卫视'],
  source: 'Chinese naming of satellite channels (zhwiki 凤凰卫视, 东方卫视, 星空卫视; 现代汉语词典 卫视)'
}
