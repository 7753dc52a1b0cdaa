/**
 * MediaWiki XML export text for pages (tests and benchmarks build their
 * dumps with it): the header, then one `<page>` each, then the footer, so a
 * large dump can be written piece by piece.
 */
export interface DumpPageInput {
  title: string
  text: string
  ns?: number
  /** Title of the target, for a redirect page. */
  redirect?: string
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export const dumpHeader = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="zh">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>zhwiki</dbname>
  </siteinfo>
`
export const dumpFooter = '</mediawiki>\n'

export function dumpPage(page: DumpPageInput, id: number): string {
  return `  <page>
    <title>${escape(page.title)}</title>
    <ns>${page.ns ?? 0}</ns>
    <id>${id}</id>
${page.redirect === undefined ? '' : `    <redirect title="${escape(page.redirect)}" />\n`}    <revision>
      <id>${id}</id>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="${Buffer.byteLength(page.text)}" xml:space="preserve">${escape(page.text)}</text>
    </revision>
  </page>
`
}

export function dumpXml(pages: DumpPageInput[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${dumpHeader}${pages.map((page, index) => dumpPage(page, index + 1)).join('')}${dumpFooter}`
}
