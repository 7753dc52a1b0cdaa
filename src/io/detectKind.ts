/**
 * What kind of source a decoded text is, from its content alone.
 * Checked from the most specific kind to the least: wikitext, wiki, webpage, news, pdf, markdown, text.
 * (PDF files and dumps are told by their bytes, before decoding: see `identifySource`.)
 */
import type {SourceKind} from '../core/types.js'
import {hasFrontMatter} from './hasFrontMatter.js'

/** Only the start of a long file is inspected: the signals all show early. */
const SAMPLE_CHARS = 200_000

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0

// --- wiki -------------------------------------------------------------------

const WIKI_HEADER = /^> 本文内容由\[[^\]\n]*\]\([^)\n]*\)转换而来。/m

function isWiki(text: string): boolean {
  if (WIKI_HEADER.test(text.slice(0, 5000))) return true
  // The converter marks page links with a "wikilink" title and points them at ../Page/X.md.
  const strong = count(text, /\]\(\S+ "wikilink"\)/g) + count(text, /title="wikilink"/g) + count(text, /\]\(\.\.\/Page\/[^)\s]+\.md[ )]/g) + count(text, /href="\.\.\/Page\/[^"]+\.md"/g) + 2 * count(text, /\[\[?Category:[^\]\n]+\]/g)
  const zhwiki = count(text, /\]\(https?:\/\/zh\.wikipedia\.org\/wiki\/[^)\s]+/g)
  return strong >= 3 || (strong >= 1 && zhwiki >= 2)
}

// --- raw MediaWiki markup and whole web pages ---------------------------------

/** MediaWiki's own markup: `[[links]]`, `'''bold'''`, `{{templates}}`, `== headings ==`, `<ref>`. */
function isWikitext(text: string): boolean {
  const links = count(text, /\[\[[^[\]\n]+\]\]/g)
  const templates = count(text, /\{\{[^{}\n|]+[|}]/g)
  const headings = count(text, /^={2,6}[^=\n]+={2,6}[ \t]*$/gm)
  const score = (Math.min(links, 5) / 5) * 3 + Math.min(templates, 3) / 3 + Math.min(headings, 2) + (/'''[^'\n]+'''/.test(text) ? 1 : 0) + (/<ref[ >]/.test(text) ? 1 : 0)
  // The converter's Markdown keeps a few `[[…]]` (categories) beside many converted links.
  const converted = count(text, /"wikilink"\)/g) + count(text, /\]\(\.\.\/Page\//g)
  return links >= 3 && links > converted && score >= 5
}

/** A whole HTML document (saved from a browser), as opposed to a fragment. */
function isWebPage(text: string): boolean {
  const start = text.replace(/^(?:\s*<!--[\s\S]*?-->)*\s*/, '').slice(0, 2000)
  return /^(?:<!doctype html|<html[\s>])/i.test(start) && /<head[\s>]/i.test(text) && /<body[\s>]/i.test(text)
}

// --- news -------------------------------------------------------------------

const BLOCK_NAMES = 'div|p|section|article|figure|figcaption|img|br|h[1-6]|ul|ol|li|table|blockquote|header|footer|main|body|html'
const BLOCK_TAG = new RegExp(`<(?:${BLOCK_NAMES})\\b[^>]*>`, 'gi')
const HAS_BLOCK_TAG = new RegExp(`<(?:${BLOCK_NAMES})\\b`, 'i')
// The news fragments start with a millisecond timestamp comment.
const MS_TIMESTAMP = /^\s*<!--\s*\d{10,13}\s*-->/

function isNews(text: string, lines: string[]): boolean {
  const blockTags = count(text, BLOCK_TAG)
  if (blockTags === 0) return false
  if (MS_TIMESTAMP.test(text)) return true
  // Share of the visible characters on lines that carry block-level HTML.
  let html = 0
  let total = 0
  for (const line of lines) {
    const n = line.replace(/\s+/g, '').length
    total += n
    if (HAS_BLOCK_TAG.test(line)) html += n
  }
  return blockTags >= 2 && total > 0 && html / total >= 0.5
}

// --- markdown syntax (also used against pdf) -----------------------------------

function markdownScore(text: string, lines: string[]): number {
  let score = 0
  if (hasFrontMatter(text)) score += 3
  if (lines.some((l) => /^#{1,6}[ \t]+\S/.test(l))) score += 2
  const links = count(text, /!?\[[^\]\n]+\]\([^)\s]+(?: "[^"\n]*")?\)/g)
  score += links >= 3 ? 2 : links
  if (/^(?:```|~~~)/m.test(text)) score += 2
  if (/^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m.test(text)) score += 2
  if (lines.filter((l) => /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/.test(l)).length >= 2) score += 1
  if (/(?:\*\*|__)\S[^\n]*?\S(?:\*\*|__)/.test(text)) score += 1
  if (lines.some((l) => /^>[ \t]?\S/.test(l))) score += 1
  if (/^\S.*\n={3,}[ \t]*$/m.test(text)) score += 1
  return score
}

// --- pdf ----------------------------------------------------------------------

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g
const PAGE_NUMBER = /^[ \t]*(?:[-–—][ \t]*)?\d{1,4}(?:[ \t]*[-–—])?[ \t]*$|^[ \t]*第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[，,]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?[ \t]*$|^[ \t]*(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?[ \t]*$/i
// Headings that PDF layout spreads out: ` 摘 要 `, `结 论`.
const SPACED_HEADING = /^[ \t]*[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,5}[ \t]*$/
const SENTENCE_END = /[。！？；：”’」』）)\].!?:;"]$/

/** Display width: CJK and full-width characters take two columns. */
function width(line: string): number {
  let w = 0
  for (const ch of line) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}

/**
 * Share of CJK lines that break mid-sentence at about the same width: the
 * signature of text laid out in a fixed-width column (editors do not wrap CJK).
 */
function cjkHardWrapShare(lines: string[]): {share: number; lines: number} {
  const cjkLines = lines.map((l) => l.trim()).filter((l) => (l.match(CJK)?.length ?? 0) >= 12)
  if (cjkLines.length < 5) return {share: 0, lines: cjkLines.length}
  const widths = cjkLines.map(width).sort((a, b) => a - b)
  const p90 = widths[Math.floor(widths.length * 0.9)] ?? 0
  const wrapped = cjkLines.filter((l) => !SENTENCE_END.test(l) && width(l) >= 0.8 * p90).length
  return {share: wrapped / cjkLines.length, lines: cjkLines.length}
}

function pdfScore(text: string, lines: string[]): number {
  let score = 0
  const formFeeds = count(text, /\f/g)
  if (formFeeds > 0) score += 3
  // A page number is a line of its own, between blank lines or next to a page break.
  let pageNumbers = 0
  lines.forEach((line, i) => {
    if (!PAGE_NUMBER.test(line)) return
    const prev = lines[i - 1] ?? ''
    const next = lines[i + 1] ?? ''
    if (prev.trim() === '' || next.trim() === '' || prev.includes('\f') || next.includes('\f')) pageNumbers++
  })
  score += Math.min(pageNumbers, 2)
  if (lines.some((l) => SPACED_HEADING.test(l))) score += 2
  const wrap = cjkHardWrapShare(lines)
  if (wrap.share >= 0.4) score += 2
  return score
}

// --- entry point ----------------------------------------------------------------

export function detectKind(input: string): SourceKind {
  const text = input
    .slice(0, SAMPLE_CHARS)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  if (text.trim() === '') return 'text'
  const lines = text.replace(/\f/g, '\n\f').split('\n')

  if (isWikitext(text)) return 'wikitext'
  if (isWiki(text)) return 'wiki'
  if (isWebPage(text)) return 'webpage'
  if (isNews(text, lines)) return 'news'
  const markdown = markdownScore(text, lines)
  if (pdfScore(text, lines) - markdown >= 3) return 'pdf'
  if (markdown >= 3) return 'markdown'
  return 'text'
}
