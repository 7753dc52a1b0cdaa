/** Regions, zones and sites known by a name without a telling suffix. */
export interface KnownPlace {
  name: string
  source: string
}

const korea = 'places of the Korean peninsula (zhwiki page of the place)'
const regions = 'world regions and seas (zhwiki 亚洲地理, 海洋列表; the continents: zhwiki 大洲)'
const borderland = 'places of China\'s border with the DPRK by their short names (zhwiki 延边朝鲜族自治州: 简称 延边)'
const provinces = 'first-level divisions of the two Koreas (zhwiki 大韩民国行政区划, 朝鲜民主主义人民共和国行政区划): the provinces (道)'
const manchuria = 'regions of Manchuria in the 1930s (zhwiki 北满, 南满; 东满 as the histories of the Northeast Anti-Japanese United Army name the east)'
const seats = 'seats of government, which zhwiki describes as buildings (白宫: 美国总统的官邸和办公室; 青瓦台: 大韩民国总统府; the gold guidelines: a building is a place)'

/** Seats of government: places, whose offices below them are bodies (`青瓦台秘书室`). */
export const seatNames = ['白宫', '青瓦台']

const grouped: Array<[string, string[]]> = [
  [korea, ['朝鲜半岛', '韩半岛', '板门店', '非军事区', '非军事化区', '军事分界线', '三八线', '开城工业园区', '金刚山', '宁边', '丰溪里', '东仓里', '白头山', '长白山', '汉拿山', '济州岛', '延坪岛', '白翎岛']],
  [regions, ['东北亚', '东南亚', '远东', '中东', '西海', '东海', '黄海', '日本海', '关岛', '夏威夷', '西伯利亚', '满洲', '东亚', '亚洲', '欧洲', '非洲', '北美', '北美洲', '南美洲', '大洋洲', '拉丁美洲', '东欧', '西欧']],
  [borderland, ['延边']],
  [provinces, ['京畿道', '江原道', '忠清北道', '忠清南道', '全罗北道', '全罗南道', '庆尚北道', '庆尚南道', '济州道', '平安北道', '平安南道', '慈江道', '两江道', '咸镜北道', '咸镜南道', '黄海北道', '黄海南道']],
  [manchuria, ['北满', '南满', '东满']],
  [seats, seatNames]
]

export const knownPlaces: KnownPlace[] = grouped.flatMap(([source, names]) => names.map((name) => ({name, source})))

/**
 * Parts of a state that are regions with a name of their own (`中国东北`,
 * `俄罗斯远东`, `中国西北`); a compass part (`美国东部`, `朝鲜北部`, `中国北方地区`)
 * is the state and a direction, not a named place.
 */
export const namedRegionParts = {
  words: ['远东', '东北', '西北'],
  source: 'zhwiki 中国东北地区, 西北地区 (中国), 俄罗斯远东 (regions with a page of their own)'
}
export const compassParts = {
  words: ['东部', '西部', '南部', '北部', '中部', '东南', '西南', '东北部', '西北部', '东南部', '西南部', '北方', '南方', '东方', '西方', '沿海', '内陆', '境内'],
  source: 'Chinese compass words (现代汉语词典 东部, 北方): a direction within a state'
}

/** Compounds that contain a name but are not one (`南北朝鲜`: both Koreas; `朝鲜族`: the people). */
export const notNames: KnownPlace[] = ['南北朝鲜', '朝鲜族', '韩国人', '美国人', '朝鲜人', '中国人', '日本人', '俄罗斯人']
  .map((name) => ({name, source: 'Chinese usage: peoples and pairs of states are not places'}))
  .concat(['英里', '英尺', '英寸', '英亩'].map((name) => ({name, source: 'units of measure (现代汉语词典 英里): `英` here is English, not the state'})))
  .concat(['大浦洞', '芦洞'].map((name) => ({name, source: 'missiles named after a place (zhwiki 大浦洞导弹, 芦洞导弹): the weapon, not the place'})))
  .concat(['南北韩', '南韩人', '北韩人'].map((name) => ({name, source: 'Taiwan and Hong Kong usage (zhwiki 南北韩 → 朝鲜半岛; 南韩人 = 韩国人): both Koreas as a pair, and a people, as 南北朝鲜 and 韩国人 above'})))
  .concat(['陆军', '海军', '空军'].map((name) => ({name, source: 'armed services named by their branch (现代汉语词典 陆军): a rank after them (`陆军少将`) does not make them a person'})))

/**
 * Heads of the names of symbols: flags, emblems, anthems (`统一旗`, `某国国歌`)
 * are objects, no place nor body, whatever the words around their links say
 * (`举某某旗入场` reads like a place).
 */
export const timeZoneHeads = {
  heads: ['时间', '时区', '标准时', '标准时间'],
  source: 'zhwiki titles of time zones (北京时间, 平壤时间, 美国东部时间, 日本标准时间); 现代汉语词典 时区: a time, not a place, whatever place it is named after'
}

/** A flag, an emblem or an anthem: an object named after its state, not a place. */
export const symbolHeads = {
  heads: ['旗', '国徽', '国歌', '徽章'],
  source: 'zhwiki titles of symbols (统一旗, 大韩民国国旗, 朝鲜民主主义人民共和国国歌; 现代汉语词典 旗, 国徽, 国歌)'
}

/**
 * Heads of the parts of a site named after it (`某某国宾馆某某苑`,
 * `某地引擎试验场`, `某地原子能研究中心`): a place's part is one place with it.
 */
export const siteParts = {
  heads: ['研究中心', '试验场', '发射场', '苑'],
  source: 'zhwiki titles of sites named after their place (宁边原子能研究中心, 东仓里 引擎试验场, 钓鱼台国宾馆 芳菲苑 / 养源斋); the gold guidelines: a building or site is a place'
}
