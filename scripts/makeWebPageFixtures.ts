/**
 * Writes test/fixtures/webpage-*: a corpus page (../shared/corpus/en/
 * singapore-summit-brief.md) as the article of a saved web page, once alone
 * and once wrapped in what browsers save around it (navigation, ads, a cookie
 * banner, related links, comments, footer), plus a page with no article.
 *
 *   npx tsx scripts/makeWebPageFixtures.ts
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import type {Nodes} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatter} from 'micromark-extension-frontmatter'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'

const source = readFileSync(new URL('../../shared/corpus/en/singapore-summit-brief.md', import.meta.url), 'utf8')
const tree = fromMarkdown(source, {extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])]})
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The few Markdown constructs of the page, as HTML. */
function html(node: Nodes): string {
  const inner = () => ('children' in node ? node.children.map((child) => html(child as Nodes)).join('') : '')
  switch (node.type) {
    case 'root':
      return inner()
    case 'heading':
      return `<h${node.depth}>${inner()}</h${node.depth}>\n`
    case 'paragraph':
      return `<p>${inner()}</p>\n`
    case 'list':
      return `<${node.ordered ? 'ol' : 'ul'}>\n${inner()}</${node.ordered ? 'ol' : 'ul'}>\n`
    case 'listItem':
      return `<li>${node.children.map((child) => (child.type === 'paragraph' ? html({type: 'root', children: child.children}) : html(child))).join('')}</li>\n`
    case 'link':
      return `<a href="${escape(node.url)}">${inner()}</a>`
    case 'strong':
      return `<strong>${inner()}</strong>`
    case 'emphasis':
      return `<em>${inner()}</em>`
    case 'text':
      return escape(node.value.replace(/\n/g, ' '))
    case 'inlineCode':
      return `<code>${escape(node.value)}</code>`
    default:
      return ''
  }
}

const title = 'Brief: the 2018 Singapore summit'
const body = tree.children
  .filter((node) => node.type !== 'yaml' && !(node.type === 'heading' && node.depth === 1))
  .map((node) => html(node))
  .join('')
const head = `<head>
<meta charset="utf-8">
<title>${title} | Peninsula Review</title>
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="2018-06-13T09:30:00+08:00">
<meta name="author" content="Peninsula Review staff">
<link rel="canonical" href="https://review.example.org/2018/06/singapore-summit-brief">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2018-06-13T09:30:00+08:00","author":{"@type":"Person","name":"Peninsula Review staff"}}</script>
<style>.ad{width:300px}</style>
</head>`
const article = `<article>
<h1>${title}</h1>
<p class="byline">By Peninsula Review staff</p>
${body}</article>`

const alone = `<!DOCTYPE html>\n<html lang="en">\n${head}\n<body>\n${article}\n</body>\n</html>\n`
const wrapped = `<!DOCTYPE html>
<html lang="en">
${head}
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <a href="/privacy">Privacy policy</a> <button>Accept all</button></div>
<header class="site-header"><a href="/" class="logo">Peninsula Review</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/korea">Korea</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<div class="ad ad-leaderboard" id="ad-top"><a href="https://ads.example.net/click?id=1">Sponsored: Visit Jeju this summer – book now and save 30%</a></div>
<main>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/korea">Korea</a></div>
${article}
<aside class="sidebar"><div class="ad ad-sidebar"><a href="https://ads.example.net/click?id=2">Advertisement: the best VPN of 2018</a></div>
<section class="related"><h3>Related</h3><ul><li><a href="/2018/04/panmunjom">Panmunjom declaration explained</a></li><li><a href="/2019/02/hanoi">What went wrong in Hanoi</a></li></ul></section>
<section class="newsletter"><h3>Newsletter</h3><p>Get the Peninsula Review briefing in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></section></aside>
<section id="comments" class="comments"><h3>Comments (2)</h3><div class="comment"><p>Great summary, thanks!</p></div><div class="comment"><p>First!</p></div></section>
</main>
<footer class="site-footer"><p>© 2018 Peninsula Review. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms</a></li></ul></footer>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'article'});</script>
</body>
</html>
`
const empty = `<!DOCTYPE html>
<html><head><title>Peninsula Review</title></head>
<body><nav><a href="/">Home</a> <a href="/korea">Korea</a></nav><form><input name="q"></form><footer>© 2018</footer></body></html>
`

for (const [folder, content] of [
  ['webpage-article', alone],
  ['webpage-wrapped', wrapped],
  ['webpage-no-content', empty]
] as const) {
  const url = new URL(`../test/fixtures/${folder}/`, import.meta.url)
  mkdirSync(url, {recursive: true})
  writeFileSync(new URL('input.html', url), content)
}
