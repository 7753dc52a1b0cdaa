import type {EntityType} from '../entityTypes.js'

/**
 * Class nouns that end the definition in a page's first sentence
 * (`某某是一项……的活动。`, `某某是……的一个组织。`): what kind of thing the
 * page's title names. Only nouns that name one kind.
 */
export const leadClasses: Array<{type: EntityType; words: string[]; source: string}> = [
  {type: 'Event', words: ['活动', '事件', '会议', '会谈', '会晤', '峰会', '比赛', '赛事', '战争', '战役', '冲突', '危机', '运动', '仪式', '谈判'], source: 'zhwiki lead sentences of event pages (某某是…的活动/事件/会议; 维基百科:格式手册/首段)'},
  {type: 'Organization', words: ['组织', '机构', '团体', '政党', '公司', '企业', '乐团', '通讯社', '报纸', '媒体'], source: 'zhwiki lead sentences of organization pages (某某是…的组织/机构/政党)'},
  {type: 'Place', words: ['地区', '区域', '岛屿', '山峰', '河流', '建筑', '建筑物', '设施', '遗址', '广场'], source: 'zhwiki lead sentences of place pages (某某是…的地区/岛屿/建筑)'}
]

/** Nouns that define a person (`某某是一位……政治家，曾……`): a definition with one of them is not a thing's. */
export const personClasses = {
  words: ['政治家', '外交官', '官员', '人物', '军人', '将领', '领导人', '歌手', '演员', '运动员', '作家', '学者', '记者', '商人', '女性', '男性'],
  source: 'zhwiki lead sentences of biographies (某某是…的政治家/外交官/歌手)'
}
