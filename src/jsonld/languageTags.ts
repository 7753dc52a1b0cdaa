import * as OpenCC from 'opencc-js'
import {foldScript} from '../script/foldScript.js'

const toTraditional = OpenCC.Converter({from: 'cn', to: 't'})

/** The keys whose strings are names or words of a language, not codes; the text and its quotes are in the document's language. */
const linguistic = new Set(['name', 'alternateName', 'description', 'kpd:anchorText', 'kpd:pageTitle', 'keywords', 'roleName', 'kpd:outcome'])

/**
 * The language tag of a string: `en` for Latin script, `zh-Hant` when it has
 * a traditional form, `zh-Hans` when it has a simplified-only form, and the
 * document's language when the characters are the same in both scripts.
 */
export function languageOf(value: string, documentLanguage: string): string {
  if (!/\p{Script=Han}/u.test(value)) return /[A-Za-z]/.test(value) ? 'en' : documentLanguage
  if (foldScript(value) !== value) return 'zh-Hant'
  if (toTraditional(value) !== value) return 'zh-Hans'
  return documentLanguage.startsWith('zh') ? documentLanguage : 'zh-Hans'
}

/**
 * Gives every string of a linguistic key its language: a string in the
 * document's language stays plain (the record's context makes it the
 * default), any other becomes `{"@value", "@language"}`.
 */
export function tagLanguages<T>(node: T, documentLanguage: string, key?: string): T {
  if (Array.isArray(node)) return node.map((item) => tagLanguages(item, documentLanguage, key)) as T
  if (typeof node === 'string') {
    if (!key || !linguistic.has(key)) return node
    const language = languageOf(node, documentLanguage)
    return (language === documentLanguage ? node : {'@value': node, '@language': language}) as T
  }
  if (node === null || typeof node !== 'object') return node
  const object = node as Record<string, unknown>
  if ('@value' in object) return node
  return Object.fromEntries(Object.entries(object).map(([name, value]) => [name, name.startsWith('@') ? value : tagLanguages(value, documentLanguage, name)])) as T
}
