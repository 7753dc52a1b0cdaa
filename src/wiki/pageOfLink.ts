/**
 * What a converted-wiki link points at: a page of the same wiki
 * (`../Page/X.md`, `https://zh.wikipedia.org/wiki/X`), another wiki of the
 * family (`:s:X` → Wikisource), or an external URL.
 */
export interface LinkTarget {
  url: string
  /** Page title, for links to wiki pages. */
  pageTitle?: string
  /** Namespace prefix of the title (`Category`, `File`, …), if any. */
  namespace?: string
}

const wikiBase = 'https://zh.wikipedia.org/wiki/'
const relativePage = /^(?:\.\.\/)*Page\/(.+?)(?:\.md)?$/
const interwiki: Record<string, string> = {s: 'https://zh.wikisource.org/wiki/'}
const namespaces = new Map([
  ['category', 'Category'],
  ['分類', 'Category'],
  ['分类', 'Category'],
  ['file', 'File'],
  ['image', 'File'],
  ['文件', 'File'],
  ['檔案', 'File'],
  ['档案', 'File']
])

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** IRI-safe form of a page title: spaces become underscores, characters IRIs forbid are escaped. */
export function pageUrl(base: string, title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what an IRI must not hold
  return base + title.replace(/ /g, '_').replace(/[<>"{}|\\^`\u0000-\u0020]/g, (c) => encodeURIComponent(c))
}

export function pageOfLink(href: string): LinkTarget {
  let title: string | undefined
  const relative = relativePage.exec(href)
  if (relative) title = decode(relative[1]!)
  else if (href.startsWith(wikiBase)) title = decode(href.slice(wikiBase.length))
  if (title === undefined) return {url: href}

  title = title.replace(/_/g, ' ').replace(/#.*$/, '').trim()
  const prefixed = /^:?([^:]+):(.+)$/.exec(title)
  if (prefixed) {
    const prefix = prefixed[1]!
    const rest = prefixed[2]!
    const base = interwiki[prefix.toLowerCase()]
    if (base) return {url: pageUrl(base, rest), pageTitle: rest}
    const namespace = namespaces.get(prefix.toLowerCase())
    if (namespace) return {url: pageUrl(wikiBase, `${namespace}:${rest}`), pageTitle: rest, namespace}
  }
  return {url: pageUrl(wikiBase, title), pageTitle: title}
}
