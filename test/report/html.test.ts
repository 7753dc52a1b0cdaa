import {describe, expect, it} from 'vitest'
import {escapeHtml, html, join, safeHref} from '../../src/report/html.js'

describe('escaping and the template helper', () => {
  it('escapes the characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<script>"a" & 'b' \`c\`</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39; &#96;c&#96;&lt;/script&gt;')
  })

  it('escapes every interpolated value, in text and attributes alike', () => {
    const name = `"><img src=x onerror=alert(1)>`
    expect(html`<a title="${name}">${name}</a>`.value).toBe('<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>')
  })

  it('keeps nested templates as markup and flattens lists', () => {
    const items = ['<b>', 'ok'].map((item) => html`<li>${item}</li>`)
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>&lt;b&gt;</li><li>ok</li></ul>')
    expect(join(['<a>', html`<br>`], ', ').value).toBe('&lt;a&gt;, <br>')
  })

  it('drops empty values', () => {
    expect(html`${undefined}${null}${false}${0}`.value).toBe('0')
  })

  it('keeps only http(s) and plain relative links', () => {
    expect(safeHref('https://zh.wikipedia.org/wiki/朝鲜')).toBe('https://zh.wikipedia.org/wiki/朝鲜')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref('JavaScript:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,<script>')).toBeUndefined()
    expect(safeHref('../documents/a.html#at-3')).toBe('../documents/a.html#at-3')
  })
})
