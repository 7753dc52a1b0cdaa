import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {EditMap} from 'micromark-util-edit-map'
import {describe, expect, it} from 'vitest'

type Events = Parameters<EditMap['consume']>[0]
type Event = Events[number]

// The library's own `consume`, as the module kept it before installing its own (whichever test file imported it first).
const {libraryConsume: library} = await import('../../src/markdown/linearEditMap.js')

const event = (id: number) => ['enter', {type: `t${id}`}, {}] as unknown as Event
/** Edits as the tokenizers make them: at any place, removing some events, adding new ones, after or before earlier additions. */
const edits = fc.array(fc.record({at: fc.nat(40), remove: fc.nat(3), add: fc.nat(3), before: fc.boolean()}), {maxLength: 8})

function apply(consume: EditMap['consume'], events: Events, changes: Array<{at: number; remove: number; add: number; before: boolean}>, added: Event[][]): Events {
  const map = new EditMap()
  changes.forEach((change, index) => (change.before ? map.addBefore : map.add).call(map, Math.min(change.at, events.length), change.remove, [...added[index]!]))
  consume.call(map, events)
  return events
}

describe('micromark edits applied in place (linearEditMap)', () => {
  it('gives the same events, in the same order, as the library', () => {
    expect(EditMap.prototype.consume).not.toBe(library)
    fc.assert(
      fc.property(fc.nat(40), edits, (length, changes) => {
        const events = Array.from({length}, (_, index) => event(index))
        const added = changes.map((change, index) => Array.from({length: change.add}, (_, at) => event(1000 + index * 10 + at)))
        expect(apply(EditMap.prototype.consume, [...events], changes, added)).toEqual(apply(library, [...events], changes, added))
      })
    )
  })

  it('leaves the events before the first edit where they are', () => {
    const writes: number[] = []
    const events = new Proxy(
      Array.from({length: 1000}, (_, index) => event(index)),
      {
        set(target, key, value) {
          if (typeof key === 'string' && /^\d+$/.test(key)) writes.push(Number(key))
          return Reflect.set(target, key, value)
        }
      }
    )
    const map = new EditMap()
    map.add(990, 2, [event(2000)])
    map.consume(events)
    expect(events).toHaveLength(999)
    expect(Math.min(...writes)).toBeGreaterThanOrEqual(990)
  })

  it.each([
    ['lists closed by a paragraph', '- a\n- b\n\n段落。\n\n'.repeat(5)],
    ['lazy lines of a block quote', '> a\nb\n\nc\n\n'.repeat(5)],
    ['nested lists and a setext heading', '* a\n  * b\n\n    c\n\nd\n---\n'.repeat(3)]
  ])('parses %s into the tree the library parses', (_, markdown) => {
    const ours = fromMarkdown(markdown)
    const installed = EditMap.prototype.consume
    EditMap.prototype.consume = library
    try {
      expect(ours).toEqual(fromMarkdown(markdown))
    } finally {
      EditMap.prototype.consume = installed
    }
  })
})
