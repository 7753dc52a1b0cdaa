import {describe, expect, it} from 'vitest'
import {toHttpIri} from '../../src/jsonld/httpIri.js'

const base = 'https://example.org/notes/index.html'

describe('toHttpIri', () => {
  it.each([
    ['an http(s) URL is kept as it is', 'https://zh.wikipedia.org/wiki/朝鲜半岛', undefined, 'https://zh.wikipedia.org/wiki/朝鲜半岛'],
    ['a relative Markdown link resolves against the source URL', 'notes/r3.md', base, 'https://example.org/notes/notes/r3.md'],
    ['#section resolves against the source URL', '#section', base, 'https://example.org/notes/index.html#section'],
    ['page.html resolves against the source URL', 'page.html', base, 'https://example.org/notes/page.html'],
    ['a space is percent-encoded', 'http://x/a b', undefined, 'http://x/a%20b'],
    ['| [ ] of wikitext references are made IRIREF-safe', 'http://x/a|b{c}^`"<>\\', undefined, 'http://x/a%7Cb%7Bc%7D%5E%60%22%3C%3E%5C']
  ])('%s', (_name, target, sourceUrl, iri) => {
    expect(toHttpIri(target, sourceUrl)).toEqual({iri})
  })

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)', base, /javascript: link/],
    ['data:', 'data:text/html,<script>x</script>', base, /data: link/],
    ['File: gallery debris', 'File:2018 Sept summit.jpg', base, /file: link/],
    ['mailto:', 'mailto:a@b.c', base, /mailto: link/],
    ['a relative link without a source URL', 'notes/r3.md', undefined, /relative and the source states no URL/],
    ['#section without a source URL', '#section', undefined, /relative/],
    ['a relative link against a non-http source URL', 'x.html', 'page.html', /relative/],
    ['an http URL without a host', 'http://', undefined, /not a valid http\(s\) URL/],
    ['an empty target', '  ', base, /empty target/]
  ])('drops %s with a reason', (_name, target, sourceUrl, reason) => {
    const result = toHttpIri(target, sourceUrl)
    expect(result.iri).toBeUndefined()
    expect(result.problem).toMatch(reason)
  })
})
