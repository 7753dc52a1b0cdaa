import type {VFile} from 'vfile'
import type {LinkMention} from '../core/types.js'
import {type ContextCues, contextCues} from '../entities/contextType.js'

/** What the lexicon reads of a link (`buildLexicon`), with what the words around it say (`typeFromContext`). */
export type LexiconLink = Pick<LinkMention, 'pageTitle' | 'url' | 'alignment' | 'exact' | 'anchor'> & {cues?: ContextCues}

/** One distinct link of the batch: how often it occurs and where first (file index, position). */
export type TalliedLink = [link: string, count: number, file: number, position: number]

/** The links of a file that can feed the lexicon: those to a titled page. */
export function lexiconLinksOf(file: VFile): LexiconLink[] {
  const characters = [...(file.data.text ?? '')]
  return (file.data.links ?? [])
    .filter((link) => link.pageTitle)
    .map((link) => ({
      pageTitle: link.pageTitle,
      url: link.url,
      alignment: link.alignment,
      exact: link.exact,
      anchor: link.anchor,
      cues: contextCues(characters, link)
    }))
}

/**
 * The links of the batch, kept once each with a count: copies of the same
 * pages do not grow it. Order is that of first occurrence in input order,
 * whatever order files arrive in, so parts from shards merge to the tally of
 * one run.
 */
export class LinkTally {
  readonly #links = new Map<string, TalliedLink>()

  add(fileIndex: number, links: LexiconLink[]): void {
    links.forEach((link, position) => this.addTallied([JSON.stringify(link), 1, fileIndex, position]))
  }

  addTallied([link, count, file, position]: TalliedLink): void {
    const known = this.#links.get(link)
    if (!known) {
      this.#links.set(link, [link, count, file, position])
      return
    }
    known[1] += count
    if (file < known[2] || (file === known[2] && position < known[3])) {
      known[2] = file
      known[3] = position
    }
  }

  /** Distinct links by first occurrence. */
  entries(): TalliedLink[] {
    return [...this.#links.values()].sort((a, b) => a[2] - b[2] || a[3] - b[3])
  }
}

/**
 * Files for `buildLexicon` holding the tallied links: each link as many
 * times as it occurred, at its first occurrence (the lexicon counts votes
 * and keeps first-seen order, and nothing else of the order).
 */
export function tallyAsFiles(tally: TalliedLink[]): VFile[] {
  const links: LexiconLink[] = []
  for (const [text, count] of tally) {
    const link = JSON.parse(text) as LexiconLink
    for (let copy = 0; copy < count; copy++) links.push(link)
  }
  return [{data: {links}} as unknown as VFile]
}
