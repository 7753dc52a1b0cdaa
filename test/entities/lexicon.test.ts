import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildLexicon} from '../../src/entities/buildLexicon.js'

// Made-up pages: a link whose title no rule types takes its type from the words around it, unless the title is no name.
function linkedIn(text: string, anchor: string, pageTitle: string): VFile {
  const file = new VFile()
  const start = [...text.slice(0, text.indexOf(anchor))].length
  file.data.text = text
  file.data.links = [{start, end: start + [...anchor].length, exact: anchor, anchor, pageTitle, url: `https://zh.wikipedia.org/wiki/${pageTitle}`, alignment: 'exact'}]
  return file
}

describe('the batch lexicon types untyped titles by their context, names only', () => {
  it.each([
    ['他在图瓦努停留', '图瓦努', 'Place'], // a locative before it
    ['他在法国外交场合很活跃', '法国外交', undefined], // a state and a field: a topic
    ['仪式在党和政府领导人陪同下进行', '党和政府领导人', undefined], // an office at the end
    ['她现任乌兰管弦乐团团长', '乌兰管弦乐团', 'Organization'], // a body's head: the office after it names the body's head
    ['她现任乌兰巴雅尔团长', '乌兰巴雅尔', 'Person'],
    ['两队在和平旗下入场', '和平旗', undefined], // a flag is an object, whatever stands around it
    ['他在图瓦努国歌声中', '图瓦努国歌', undefined],
    ['会议在图瓦努东部时间上午开始', '图瓦努东部时间', undefined], // a time zone is a time named after a place
    ['他出任人民武力部部长', '人民武力部', undefined], // an office after a body's name is its head's, not a person's title
    ['他出任乌兰巴部长', '乌兰巴', 'Person'], // …but a name without a body's suffix before an office is a person's
    ['他是保守派总统候选人', '保守派', undefined] // a group of people is no person, whatever jieba tags it
  ])('%s: %s → %s', (text, title, type) => expect(buildLexicon([linkedIn(text, title, title)]).get(title)?.type).toBe(type))
})
