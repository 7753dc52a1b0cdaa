import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildLexicon} from '../../src/entities/buildLexicon.js'
import {namesNoOnePage, pagesOfAnchors} from '../../src/entities/rules/anchorPages.js'

// Made-up pages, each with one link: an anchor and the title of the page it links to.
function page(text: string, anchor: string, pageTitle: string, alignment: 'exact' | 'unaligned' = 'exact'): VFile {
  const file = new VFile()
  const start = [...text.slice(0, text.indexOf(anchor))].length
  file.data.text = text
  file.data.links = [{start, end: start + [...anchor].length, exact: anchor, anchor, pageTitle, url: `https://zh.wikipedia.org/wiki/${pageTitle}`, alignment}]
  return file
}

describe('an anchor the batch links to several pages names none of them', () => {
  it.each([
    // Linked to a party's commission (a fragment of its title) and to a state's (which admits it): neither.
    [[page('他任中央调查委员会委员', '中央调查委员会', '图瓦努人民党中央调查委员会'), page('该国中央调查委员会成立', '中央调查委员会', '图瓦努共和国中央调查委员会')], '中央调查委员会', true],
    // Linked to one page only, however many times.
    [[page('他任中央调查委员会委员', '中央调查委员会', '图瓦努人民党中央调查委员会'), page('她任中央调查委员会委员', '中央调查委员会', '图瓦努人民党中央调查委员会')], '中央调查委员会', false],
    // One of the pages is titled with the anchor itself: that page keeps it.
    [[page('乌兰巴特访问此地', '乌兰巴特', '乌兰巴特'), page('乌兰巴特大学', '乌兰巴特', '乌兰巴特大学')], '乌兰巴特', false],
    // An unaligned anchor's words name nothing.
    [[page('他任中央调查委员会委员', '中央调查委员会', '图瓦努人民党中央调查委员会'), page('该国中央调查委员会成立', '中央调查委员会', '图瓦努共和国中央调查委员会', 'unaligned')], '中央调查委员会', false],
    // A page's title in another script is the same page.
    [[page('他任中央調查委員會委员', '中央調查委員會', '圖瓦努人民黨中央調查委員會'), page('他任中央调查委员会委员', '中央调查委员会', '图瓦努人民党中央调查委员会')], '中央调查委员会', false]
  ])('%#: %s → %s', (files, surface, none) => expect(namesNoOnePage(surface, pagesOfAnchors(files))).toBe(none))

  it('leaves the anchor out of the lexicon, and keeps both titles', () => {
    const lexicon = buildLexicon([page('他任中央调查委员会委员', '中央调查委员会', '图瓦努人民党中央调查委员会'), page('该国中央调查委员会成立', '中央调查委员会', '图瓦努共和国中央调查委员会')])
    expect(lexicon.has('中央调查委员会')).toBe(false)
    expect(lexicon.has('图瓦努人民党中央调查委员会')).toBe(true)
  })
})
