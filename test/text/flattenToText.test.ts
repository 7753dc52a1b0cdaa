import {describe, expect, it} from 'vitest'
import {processText, slice} from '../helpers/process.js'

describe('flattenToText', () => {
  it('counts offsets in code points, also after characters outside the BMP', async () => {
    const file = await processText('wiki', '𠀀𠀁年，[金正日](../Page/金正日.md "wikilink")访问。\n')
    const [link] = file.data.links!
    expect(link).toMatchObject({start: 4, end: 7, exact: '金正日'})
    expect(slice(file.data.text!, link!.start, link!.end)).toBe('金正日')
  })

  it('separates blocks with one blank line and records the section spans', async () => {
    const file = await processText('wiki', '导言。\n\n## 背景\n\n第一段。\n\n### 细节\n\n第二段。\n\n## 结果\n\n第三段。\n')
    expect(file.data.text).toBe('导言。\n\n背景\n\n第一段。\n\n细节\n\n第二段。\n\n结果\n\n第三段。')
    const [background, result] = file.data.sections!
    expect(slice(file.data.text!, background!.start, background!.end)).toBe('背景\n\n第一段。\n\n细节\n\n第二段。')
    expect(background!.children.map((child) => child.name)).toEqual(['细节'])
    expect(slice(file.data.text!, result!.start, result!.end)).toBe('结果\n\n第三段。')
  })
})
