import {projectNamespace} from '../jsonld/context.js'
import {foldScript} from '../script/foldScript.js'
import {canonicalForm} from './canonicalForms.js'
import {partyOrganName} from './rules/partyOrganNames.js'
import {aliases} from './vocabulary/aliases.js'
import {bareBodies, stateOwnBodies} from './vocabulary/bodies.js'
import {guoWords, officialOrganPrefixes, states} from './vocabulary/states.js'

/** The middle dots of transliterated names, written four ways (`·`, `•`, `・`, `‧`): one. */
export const dot = /^[•・‧∙⋅]$/u
const dots = /[•・‧∙⋅]/gu

/** The canonical name the alias table gives another form of it (`川普` → `唐纳德·特朗普`), if any. */
export function aliasOf(name: string): string | undefined {
  const canonical = canonicalOf.get(keyOf(normalizeName(name)))
  return canonical !== undefined && canonical !== normalizeName(name) ? canonical : undefined
}

/** A name written the one way names are compared: folded script, one kind of dot, no space around dots. */
export function normalizeName(name: string): string {
  return foldScript(name)
    .replace(dots, '·')
    .replace(/\s*·\s*/g, '·')
    .trim()
}

/** Every written form of the alias table → its canonical name; and each canonical name → its other forms. */
const canonicalOf = new Map<string, string>()
const formsOf = new Map<string, readonly string[]>()
for (const entry of aliases) {
  for (const form of [entry.canonical, ...entry.forms]) canonicalOf.set(keyOf(form), entry.canonical)
  formsOf.set(entry.canonical, entry.forms)
}

/** The other written forms the alias table gives a canonical name (`唐纳德·特朗普` → `川普`, `特朗普` …); none if it has no entry. */
export function aliasFormsOf(canonical: string): readonly string[] {
  return formsOf.get(canonical) ?? []
}

function keyOf(name: string): string {
  return /\p{Script=Han}/u.test(name)
    ? normalizeName(name)
    : name
        .toLowerCase()
        .replace(/[\s-]+/g, ' ')
        .trim()
}

/**
 * `唐纳德·J·特朗普`: a one-letter middle initial is not part of the name
 * people use; the name without it is the same person.
 */
function withoutInitials(name: string): string {
  const parts = name.split('·')
  if (parts.length < 3) return name
  const kept = parts.filter((part, index) => index === 0 || index === parts.length - 1 || !/^[A-Z]\.?$/.test(part))
  return kept.join('·')
}

/** Other names of states, longest first, without the `X方` of a side: `朝鲜民主主义人民共和国` → `朝鲜`. */
const statePrefixes = states.flatMap((state) => state.others.filter((other) => !other.endsWith('方')).map((other) => [other, state.name] as const)).sort((a, b) => b[0].length - a[0].length)

/**
 * `大韩民国国家情报院`, `韩国国家情报院`: a name that starts with a state's
 * other name is written with its short name, so the titles of one body (and
 * its redirects) are one name.
 */
function withShortState(name: string): string {
  // A law is titled with the state's name as written (`某某民主主义人民共和国宪法`, `某某人民共和国刑法`).
  if (name.endsWith('法')) return name
  for (const [other, short] of statePrefixes) {
    if (!name.startsWith(other) || name.length <= other.length) continue
    // `沙特` is short for `沙特阿拉伯`: a name already written with the state's name, that starts with the shorter form, stays.
    if (short.startsWith(other) && name.startsWith(short)) continue
    // `日本国会` is `日本` + `国会`, not `日本国` + `会`: a 国 that starts a word of its own stays.
    if (other.endsWith('国') && guoWords.words.some((word) => name.startsWith(word, other.length - 1))) return name
    return short + name.slice(other.length)
  }
  return name
}

/**
 * The one name of an entity, whatever form a source wrote: normalized, then
 * through the alias table (regional transliterations, former names, English
 * names). A name the table does not know is its own canonical name.
 */
export function canonicalName(name: string): string {
  const normalized = /\p{Script=Han}/u.test(name) ? partyOrganName(canonicalForm(withOfficialState(withOwnState(withShortState(withoutInitials(normalizeName(name))))))) : name
  return canonicalOf.get(keyOf(normalized)) ?? normalized
}

const organs = bareBodies.map((body) => body.name)
const ownState = new Map(stateOwnBodies.map((body) => [body.name, body.state]))

/** `统一部` → `韩国统一部`: a body only one state has by that name is named with it, whoever wrote it bare (a link's anchor too). */
function withOwnState(name: string): string {
  const state = ownState.get(name)
  return state ? `${state}${name}` : name
}

/** `中国外交部` → `中华人民共和国外交部`: a state's organs and missions by its official name (`officialOrganPrefixes`). */
function withOfficialState(name: string): string {
  for (const [short, official] of Object.entries(officialOrganPrefixes)) {
    const rest = name.slice(short.length)
    if (name.startsWith(short) && (rest.startsWith('驻') || organs.some((organ) => rest.startsWith(organ)))) return official + rest
  }
  return name
}

/** IRI of an entity: one per canonical name, the same in every record whatever language wrote it. */
export function entityIri(name: string): string {
  return `${projectNamespace}entity/${encodeURIComponent(canonicalName(name))}`
}

/** Converter debris (`File:…`, `Image:…`, `文件:…`) names a file, never an entity. */
export function isDebris(name: string): boolean {
  return /^(file|image|文件|图像|檔案|档案|category|分类|template|模板|wikipedia|help)\s*[:：]/iu.test(name)
}
