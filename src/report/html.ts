/**
 * HTML escaping and a tagged template that escapes every interpolation.
 *
 * Everything the report shows comes from sources someone else wrote, so the
 * only way text reaches a page unescaped is by being built here as `Html`.
 */

/** Markup that is already safe to write as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;'
}

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (char) => entities[char] ?? char)
}

/** A value a template accepts: text (escaped), markup, or lists of either. */
export type Fragment = Html | string | number | null | undefined | false | readonly Fragment[]

function render(fragment: Fragment): string {
  if (fragment === null || fragment === undefined || fragment === false) return ''
  if (fragment instanceof Html) return fragment.value
  if (Array.isArray(fragment)) return fragment.map(render).join('')
  return escapeHtml(String(fragment))
}

/** `html\`<p>${text}</p>\``: the literal parts are trusted, the values escaped. */
export function html(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let out = strings[0] ?? ''
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '')
  })
  return new Html(out)
}

/** Joins fragments (escaping the text ones) with an optional separator. */
export function join(fragments: readonly Fragment[], separator: Fragment = ''): Html {
  const sep = render(separator)
  return new Html(fragments.map(render).join(sep))
}

/**
 * An href from data: only http(s) and relative page paths are kept, so a
 * `javascript:` URL in a source never becomes a link.
 */
export function safeHref(url: string): string | undefined {
  if (/^https?:\/\//i.test(url)) return url
  if (/^[A-Za-z0-9._\-/#%]+$/.test(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url)) return url
  return undefined
}
