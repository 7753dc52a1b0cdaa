import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {detectKind} from '../../src/io/detectKind.js'
import {hasFrontMatter} from '../../src/io/hasFrontMatter.js'

// The regular expression detectKind used before: the reference for short inputs, exponential on `-:` lines.
const OLD_FRONT_MATTER = /^(?:---|\+\+\+)\n(?:[\w-]+[ \t]*[:=].*\n|[ \t#-].*\n|\n)*?(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/

describe('hasFrontMatter', () => {
  it.each([
    ['YAML front matter', '---\ntitle: A\ntags:\n  - x\n---\nbody', true],
    ['TOML front matter', '+++\ntitle = "A"\n+++\n', true],
    ['closed by ...', '---\na: 1\n...', true],
    ['never closed', '---\na: 1\nbody', false],
    ['a prose line inside', '---\na: 1\nJust prose.\n---\n', false],
    ['no opening fence', 'a: 1\n---\n', false],
    ['a thematic break first', '--- \na: 1\n---\n', false]
  ])('%s', (_name, text, expected) => {
    expect(hasFrontMatter(text)).toBe(expected)
  })

  it('agrees with the former regular expression on generated front matter', () => {
    const line = fc.constantFrom('---', '+++', '...', '-:', 'a: b', 'key = 1', '# note', '  - item', '', 'prose', '--- x', '-', ':')
    fc.assert(
      fc.property(fc.array(line, {maxLength: 10}), fc.boolean(), (lines, finalNewline) => {
        const text = lines.join('\n') + (finalNewline ? '\n' : '')
        expect(hasFrontMatter(text)).toBe(OLD_FRONT_MATTER.test(text))
      }),
      {numRuns: 2000}
    )
  })

  it('is linear: 100,000 `-:` lines without a closing fence take well under a second', () => {
    const text = `---\n${'-:\n'.repeat(100_000)}x`
    const start = performance.now()
    expect(hasFrontMatter(text)).toBe(false)
    expect(detectKind(text)).toBeDefined()
    expect(performance.now() - start).toBeLessThan(1000)
  })

  it('never takes long on generated adversarial front matter', () => {
    const line = fc.constantFrom('-:', '-', ':', '- :', 'a:', '#', ' ', '-=')
    fc.assert(
      fc.property(fc.array(line, {minLength: 20, maxLength: 200}), fc.constantFrom('x', '', '---'), (lines, last) => {
        const start = performance.now()
        hasFrontMatter(`---\n${lines.join('\n')}\n${last}`)
        detectKind(`---\n${lines.join('\n')}\n${last}`)
        expect(performance.now() - start).toBeLessThan(200)
      }),
      {numRuns: 200}
    )
  })
})
