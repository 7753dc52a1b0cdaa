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
