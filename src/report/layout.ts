import {html, type Fragment, type Html} from './html.js'
import {rootOf, sitePaths} from './paths.js'

/**
 * Scripts only from the site's own bundled file, styles only from its own
 * sheet; nothing else loads. Under file:// Chromium treats 'self' as the
 * page's folder tree, which is what the site needs.
 */
export const contentSecurityPolicy = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "object-src 'none'"].join('; ')

export interface PageParts {
  /** Where the page goes, relative to the site root. */
  path: string
  title: string
  /** The page's own content, inside `<main>`. */
  body: Html
  /** Which navigation entry is the current page. */
  section?: 'documents' | 'timeline' | 'entities'
}

const navigation: Array<{key: PageParts['section']; label: string; href: string}> = [
  {key: 'documents', label: 'Documents', href: sitePaths.index},
  {key: 'timeline', label: 'Timeline', href: sitePaths.timeline},
  {key: 'entities', label: 'Entities', href: sitePaths.entities}
]

function nav(root: string, section: PageParts['section']): Fragment {
  return html`<nav aria-label="Site"><ul>${navigation.map((item) => html`<li><a href="${root + item.href}"${item.key === section ? html` aria-current="page"` : ''}>${item.label}</a></li>`)}</ul></nav>`
}

/** A whole page: the site's shell around `body`. */
export function renderPage(parts: PageParts): string {
  const root = rootOf(parts.path)
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${parts.title} · KPDD report</title>
<link rel="stylesheet" href="${root + sitePaths.css}">
<script src="${root + sitePaths.script}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><p class="brand"><a href="${root + sitePaths.index}">KPDD report</a></p>${nav(root, parts.section)}</header>
<main id="main">
${parts.body}
</main>
<footer class="site"><p>Built from the pipeline's JSON-LD records. Text from sources is shown as text.</p></footer>
</body>
</html>`}\n`
}
