import {describe, expect, it} from 'vitest'
import {detectScript, foldScript} from '../../src/script/foldScript.js'
import {detectLanguage} from '../../src/script/detectLanguage.js'

describe('foldScript', () => {
  it('folds traditional characters to simplified, one code point each', () => {
    expect(foldScript('盧武鉉步行穿過韓國總統')).toBe('卢武铉步行穿过韩国总统')
  })

  it('keeps the code-point count even beside characters outside the BMP', () => {
    const text = '𠀀乾隆後裡'
    expect([...foldScript(text)]).toHaveLength([...text].length)
  })
})

describe('language detection', () => {
  it('tells traditional from simplified Chinese by the majority script', () => {
    expect(detectScript('朝鮮民主主義人民共和國與大韓民國')).toBe('zh-Hant')
    expect(detectScript('朝鲜民主主义人民共和国与大韩民国')).toBe('zh-Hans')
  })

  it('tells English from Chinese', () => {
    expect(detectLanguage('Kim Jong-un and Donald Trump met in Singapore.')).toBe('en')
    expect(detectLanguage('金正恩与特朗普在新加坡会面。')).toBe('zh-Hans')
  })
})

describe('foldScript walks the text by index', () => {
  // The fold as it was written before, one `for…of` character at a time: the walk by index must give the same string.
  const byCharacter = (text: string) => {
    let result = ''
    for (const character of text) result += character.charCodeAt(0) < 0x2e80 ? character : [...foldScript(character)].join('')
    return result
  }
  const pieces = ['朝', '鮮', '韓', '國', '與', '后', '後', '裡', 'a', ' ', '·', '𠀀', '𡃁', '\uD800', '\uDC00', '臺', '灣', '。', '\u2E80', '\u2E7F']

  it.each([
    ['', ''],
    ['plain ASCII only', 'plain ASCII only'],
    ['朝鮮與韓國', '朝鲜与韩国'],
    ['盧武鉉 and 𠀀後', '卢武铉 and 𠀀后']
  ])('%s → %s', (text, folded) => {
    expect(foldScript(text)).toBe(folded)
  })

  it('gives, on any mix of characters (astral, lone surrogates, traditional, Latin), the fold of each character in place', () => {
    for (let seed = 1; seed <= 300; seed++) {
      let state = seed
      const next = () => (state = (state * 1103515245 + 12345) % 2147483648)
      const text = Array.from({length: next() % 12}, () => pieces[next() % pieces.length]).join('')
      expect(foldScript(text)).toBe(byCharacter(text))
      expect([...foldScript(text)]).toHaveLength([...text].length)
    }
  })
})
