import type {Section} from '../../src/core/types.js'
import {resolveTimes} from '../../src/time/resolveTimes.js'
import {scanChineseTimes} from '../../src/time/scanChineseTimes.js'
import {locateMentions, type Story} from '../../src/time/story.js'
import type {ResolvedValue} from '../../src/time/timeTypes.js'

/**
 * A story whose expressions before the last one are resolved as the tagger
 * would, so that one evidence function can be asked about the last one.
 */
export function storyBefore(text: string, sections: Section[] = []): {story: Story; last: number; exact: (at: number | undefined) => string | undefined} {
  const characters = [...text]
  const mentions = locateMentions(text, characters, scanChineseTimes(text))
  const resolved = resolveTimes(text, scanChineseTimes(text), sections)
  const values: Array<ResolvedValue | undefined> = mentions.map((mention) => {
    const time = resolved.find((candidate) => candidate.start === mention.start)
    if (!time) return undefined
    const [from, to] = time.value.split('/')
    const date = (edtf: string) => {
      const [year, month, day] = edtf.split('-').map((part) => (/^\d+$/.test(part) ? Number(part) : undefined))
      return {...(year === undefined ? {} : {year}), ...(month === undefined ? {} : {month}), ...(day === undefined ? {} : {day})}
    }
    return {from: date(from!), ...(to ? {to: to === '..' ? ('open' as const) : date(to)} : {})}
  })
  const last = mentions.length - 1
  const story: Story = {characters, mentions, sections, values: values.slice(0, last)}
  return {story, last, exact: (at) => (at === undefined ? undefined : characters.slice(mentions[at]!.start, mentions[at]!.end).join(''))}
}

/** A section whose heading is the first line of `text` and which runs to its end. */
export function sectionOver(text: string, heading: string): Section {
  const start = [...text].length - [...text.slice(text.indexOf(heading))].length
  return {name: heading, depth: 2, start, end: [...text].length, children: []}
}
