/**
 * Fields a page can be about for a state (`美国外交`, `朝鲜经济`, `韩国历史`):
 * a state and one of them name a topic, not a thing with a place, a head or
 * members. A building or a part of the state (`新加坡总统府`, `中国大陆`) is not one.
 */
export const stateTopics = {
  words: ['外交', '外交政策', '政治', '经济', '文化', '历史', '军事', '教育', '宗教', '社会', '地理', '人口', '交通', '体育', '人权', '法律', '核计划', '核武器', '导弹计划', '关系', '国防', '科技', '媒体', '音乐', '电影', '文学'],
  source: 'zhwiki topic pages titled with a state and a field (美国外交, 朝鲜经济, 韩国历史, 中国文化; 分类:各国外交)'
}

/**
 * Heads of a topic between two or more states written by their one-character
 * short names (`韩日关系`, `中朝关系`, `美朝外交`): no person, whatever the
 * first character's use as a surname (`韩`).
 */
export const relationHeads = {
  words: ['关系', '外交', '贸易', '边界'],
  source: 'zhwiki pages on relations between states (中朝关系, 韩日关系, 朝俄关系; 分类:双边关系)'
}
