import type {VFile} from 'vfile'
import type {EntityType} from './entityTypes.js'
import {officeWords} from './vocabulary/offices.js'

/** Words before a place: `在某地`, `抵达某地`, `前往某地`. */
const beforePlace = /(在|于|抵达|到达|前往|飞往|访问|途经|来到|位于)$/
/** Words after a place: `某地举行`, `某地附近`. */
const afterPlace = /^(举行|召开|附近|境内|市内|港)/
const officeBefore = new RegExp(`(${officeWords.join('|')})$`)
const officeAfter = new RegExp(`^(${officeWords.join('|')})`)
/** `某某，某国外务省局长。`: a title in apposition after the name, up to the end of the clause. */
const appositiveOffice = new RegExp(`^[，,][^。；;！？\\n，,]{0,24}(${officeWords.join('|')})[。；;，,\\n]`)

/**
 * The type the words around a page's links give it, when its title fits no
 * rule: an office before or after it makes a person (`总理某某`, `某某外长`,
 * `某某，某国外务省局长。`),
 * a locative before it or a meeting verb after it makes a place (`在某地`).
 * Both or neither: no type.
 */
export function typeFromContext(files: VFile[], pageTitle: string): EntityType | undefined {
  const {person, place} = cueCounts(files).get(pageTitle) ?? {person: 0, place: 0}
  if (person > 0 && place === 0) return 'Person'
  if (place > 0 && person === 0) return 'Place'
  return undefined
}

const countsOf = new WeakMap<VFile[], Map<string, {person: number; place: number}>>()

/**
 * The cues of every page's aligned links, counted once per batch: asked
 * title by title, reading every file's links (and spreading its text) for
 * each title made a lexicon cost titles × text.
 */
function cueCounts(files: VFile[]): Map<string, {person: number; place: number}> {
  let counts = countsOf.get(files)
  if (counts) return counts
  counts = new Map()
  for (const file of files) {
    let characters: string[] | undefined
    for (const link of file.data.links ?? []) {
      if (!link.pageTitle || link.alignment === 'unaligned') continue
      // A batch keeps only links between its passes: their cues were read from the text in the first.
      const cues = (link as LinkWithCues).cues ?? (file.data.text === undefined ? undefined : contextCues((characters ??= [...file.data.text]), link))
      let count = counts.get(link.pageTitle)
      if (!count) counts.set(link.pageTitle, (count = {person: 0, place: 0}))
      if (cues?.person) count.person++
      if (cues?.place) count.place++
    }
  }
  countsOf.set(files, counts)
  return counts
}

/** What the words around one link say of its page: a person, a place, both or neither. */
export interface ContextCues {
  person: boolean
  place: boolean
}

/** A link with the cues of its context, as the batch keeps it between passes. */
export type LinkWithCues = {start: number; end: number; cues?: ContextCues}

export function contextCues(characters: string[], link: {start: number; end: number}): ContextCues {
  const before = characters.slice(Math.max(0, link.start - 6), link.start).join('')
  const after = characters.slice(link.end, link.end + 6).join('')
  const clause = characters.slice(link.end, link.end + 30).join('')
  return {
    person: officeBefore.test(before) || officeAfter.test(after) || appositiveOffice.test(clause),
    place: beforePlace.test(before) || afterPlace.test(after)
  }
}
