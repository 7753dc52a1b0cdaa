/**
 * Offices, ranks and roles: words that stand next to a person's name
 * (`总统文在寅`, `金正恩委员长`) and are never a name themselves (`总统`,
 * `南韩总统`, `白宫幕僚长`).
 */
export interface Office {
  word: string
  source: string
}

const state = 'offices of heads of state and government (zhwiki 国家元首, 政府首脑; the seeds\' own usage)'
const cabinet = 'cabinet and ministry ranks (zhwiki 部长, 外交部长; DPRK 相 and ROK 长官 titles as zhwiki writes them)'
const diplomacy = 'diplomatic ranks (zhwiki 大使, 特使, 特别代表)'
const military = 'military ranks and commands (zhwiki 将军, 司令, 参谋长)'
const party = 'party and legislature offices (zhwiki 总书记, 委员长, 议长)'
const roles = 'roles and forms of address (Chinese usage: 夫人, 团长, 发言人)'
const heads = 'heads of international bodies, police, courts and royal houses (zhwiki 国际原子能机构总干事, 警察总长, 法官, 亲王, 内阁总理大臣)'
const sports = 'athletes and their roles (zhwiki 运动员, 选手, 旗手, 教练)'

const grouped: Array<[string, string[]]> = [
  [state, ['总统', '副总统', '主席', '副主席', '国家主席', '总理', '副总理', '首相', '国务委员长', '最高领导人', '领导人', '元首', '国王', '天皇']],
  [cabinet, ['国务卿', '副国务卿', '助理国务卿', '外长', '外相', '部长', '副部长', '长官', '次官', '次长', '局长', '司长', '处长', '知事', '副相', '外务相', '武力相', '防长', '国务委员', '幕僚长', '办公厅主任', '主任', '国家安全顾问', '顾问', '秘书长', '院长', '厅长', '市长', '省长']],
  [diplomacy, ['大使', '特使', '公使', '参赞', '领事', '总领事', '特别代表', '代表', '谈判代表', '首席代表']],
  [military, ['将军', '上将', '中将', '少将', '大将', '元帅', '司令', '司令官', '总司令', '参谋长', '总参谋长']],
  [party, ['总书记', '书记', '第一书记', '委员长', '副委员长', '委员', '议长', '议员', '常委']],
  [roles, ['发言人', '团长', '副团长', '夫人', '前总统', '特派员']],
  ['the ROK presidential secretaries (zhwiki 青瓦台首席秘书官, 大韩民国总统秘书室)', ['秘书官', '首席秘书官', '室长']],
  [heads, ['总干事', '副总干事', '总长', '总监', '法官', '检察官', '亲王', '王子', '大臣', '总理大臣']],
  [sports, ['选手', '运动员', '球员', '旗手', '教练', '主教练']]
]

export const offices: Office[] = grouped.flatMap(([source, words]) => words.map((word) => ({word, source})))

/** The words, longest first (for patterns). */
export const officeWords: string[] = [...new Set(offices.map((office) => office.word))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

const exact = new Set(officeWords)
export const officeAtEnd = new RegExp(`(${officeWords.join('|')})$`)

/**
 * Whether a word is an office, alone or after a state, a qualifier or a body
 * (`总统`, `前总统`, `南韩总统`, `白宫幕僚长`): `金正恩委员长` is not, its
 * start is a name — callers check names first.
 */
export function isOffice(word: string): boolean {
  if (exact.has(word)) return true
  const stripped = word.replace(/^(前|副|代理|首任|时任|现任|原)/, '')
  return exact.has(stripped)
}

/**
 * What follows a body inside the title of its head, written as one word
 * (`外交部长`, `内阁总理`, `政务院副总理`, `外务省副相`): the title's own part.
 */
export const headTitleEnds = {
  words: ['长', '部长', '副部长', '长官', '总理', '副总理', '第一副总理', '相', '副相', '外相', '副外相', '第一副外相', '第一副相'],
  source: 'zhwiki titles of ministers and premiers written with their body (外交部长, 国防部长, 内阁总理, 政务院副总理; DPRK 外务省副相, 第一副外相)'
}
