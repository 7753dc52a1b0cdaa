import {createHash} from 'node:crypto'
import {context} from './context.js'

/**
 * N-Quads of one record, written straight from the record's JSON (no
 * `jsonld.toRDF`): the records use one fixed context, so each key and each
 * value has one known meaning. Gives the same lines as the library with
 * `safe: true` (`test/jsonld/writeNQuads.test.ts` holds the two together),
 * blank nodes labelled as jsonld.js labels them (depth first, keys in the
 * order of their expanded IRIs) and prefixed per record so records can be
 * merged. Sorted (UTF-16 order, as `Array#sort`), unique. `graph` puts
 * every quad in that named graph.
 */
export function recordNQuads(record: {[key: string]: unknown}, stem: string, graph?: string): string[] {
  const tail = tailOf(graph)
  const lines: string[] = []
  for (const [subject, rests] of sortedStatements(record, stem)) for (const rest of rests) lines.push(`${subject} ${rest}${tail}`)
  return lines
}

/**
 * The same lines as `recordNQuads`, as UTF-8 text (each line ending in a
 * newline), encoded straight into one buffer: the record step writes and
 * hashes these bytes, and never holds the lines as one string.
 */
export function recordNQuadsBytes(record: {[key: string]: unknown}, stem: string, graph?: string): Buffer {
  const tail = `${tailOf(graph)}\n`
  // One string per subject, encoded with one call: far cheaper than a call per line, or than joining all lines into one string.
  const texts: string[] = []
  let size = 0
  for (const [subject, rests] of sortedStatements(record, stem)) {
    const start = `${subject} `
    let text = ''
    for (const rest of rests) text += start + rest + tail
    texts.push(text)
    size += Buffer.byteLength(text)
  }
  const bytes = Buffer.allocUnsafe(size)
  let offset = 0
  for (const text of texts) offset += bytes.write(text, offset)
  return bytes
}

const tailOf = (graph: string | undefined) => (graph === undefined ? ' .' : ` <${iriEscape(graph)}> .`)

/**
 * The record's statements grouped by subject: subjects sorted, and each
 * subject's `predicate object` parts sorted and unique. Written out as
 * `subject rest tail`, that is the order of the whole lines: two lines of
 * different subjects differ first inside the subjects (an IRI ends in `>`,
 * which no IRI holds inside; a blank-node label that is the start of another
 * is followed by the space, below any character of a label), and two lines
 * of one subject differ first inside their rests (a rest that is the start of
 * another is followed by the tail's space, below any character that can go
 * on an object term: control characters are escaped). Comparing the short
 * parts is what makes the sort cheap: whole lines share long subject IRIs.
 */
function sortedStatements(record: {[key: string]: unknown}, stem: string): Array<[string, string[]]> {
  const prefix = `d${createHash('sha256').update(stem).digest('hex').slice(0, 12)}b`
  const statements = new Map<string, string[]>()
  let blank = 0
  const language = defaultLanguage(record['@context'])
  const top = record['@graph']
  const nodes = Array.isArray(top) ? top : [record]
  // Closures made once per record, not once per value (they were most of the garbage of the walk).
  const childTerm = (child: {[key: string]: unknown}): string => {
    const id = child['@id']
    const term = typeof id === 'string' ? `<${iriEscape(absolute(expandIri(id)))}>` : `_:${prefix}${blank++}`
    visit(child, term)
    return term
  }
  const statement = (rests: string[], predicate: string, key: string, value: unknown) => {
    // As JSON has them: a non-finite number is `null` there (a record handed over as an object, `compiledRecord`).
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return
    if (predicate === '@type') rests.push(`<${rdfType}> <${iriEscape(expandVocab(String(value)))}>`)
    else rests.push(`${predicateTerm(predicate)} ${objectTerm(key, value, language, childTerm)}`)
  }
  const visit = (node: {[key: string]: unknown}, subject: string) => {
    let rests = statements.get(subject)
    if (!rests) statements.set(subject, (rests = []))
    for (const [predicate, key] of keysOf(node)) {
      const values = node[key]
      // A single value is not wrapped in an array of its own.
      if (Array.isArray(values)) for (const value of values) statement(rests, predicate, key, value)
      else statement(rests, predicate, key, values)
    }
  }
  for (const node of nodes as Array<{[key: string]: unknown}>) {
    const id = node['@id']
    visit(node, typeof id === 'string' ? `<${iriEscape(absolute(expandIri(id)))}>` : `_:${prefix}${blank++}`)
  }
  const groups = [...statements].filter(([, rests]) => rests.length > 0)
  // Indexed, not destructured: destructuring a pair per comparison goes through the array iterator (76 MB of garbage in 100 files).
  groups.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  for (const group of groups) group[1] = uniqueSorted(group[1])
  return groups
}

function uniqueSorted(values: string[]): string[] {
  values.sort()
  return values.filter((value, index) => index === 0 || value !== values[index - 1])
}

/** A node's keys with their expanded IRIs, in the order of those IRIs (jsonld.js's order); the same key list is expanded once. */
interface KeyOrder {
  /** The lists that go on with one more key. */
  next: Map<string, KeyOrder>
  keys?: Array<readonly [string, string]>
}
const keyOrders: KeyOrder = {next: new Map()}
let keyOrderCount = 0

function keysOf(node: {[key: string]: unknown}): Array<readonly [string, string]> {
  const names = Object.keys(node)
  // Found by walking a tree of the names (a map per key): a signature string built per node cost ≈ 0.3 s in 300 files.
  let order: KeyOrder | undefined = keyOrders
  for (const name of names) {
    if (name === '@id' || name === '@context') continue
    let next: KeyOrder | undefined = order.next.get(name)
    if (!next) {
      // Records use a few dozen shapes of node; a bound keeps odd input from growing it.
      if (keyOrderCount >= 10_000) {
        order = undefined
        break
      }
      order.next.set(name, (next = {next: new Map()}))
      keyOrderCount++
    }
    order = next
  }
  if (order?.keys) return order.keys
  const keys = names.filter((key) => key !== '@id' && key !== '@context').map((key) => [expandKey(key), key] as const)
  keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  if (order) order.keys = keys
  return keys
}

const predicateTerms = new Map<string, string>()

function predicateTerm(predicate: string): string {
  let term = predicateTerms.get(predicate)
  if (term === undefined) {
    term = `<${iriEscape(predicate)}>`
    if (predicateTerms.size < 10_000) predicateTerms.set(predicate, term)
  }
  return term
}

const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const xsd = 'http://www.w3.org/2001/XMLSchema#'
const definitions = context as unknown as {[term: string]: string | {'@id'?: string; '@type'?: string; '@language'?: string | null}}

/** The record's default language (`[context, {'@language': 'zh-Hans'}]`), lower-cased as jsonld.js writes it. */
function defaultLanguage(recordContext: unknown): string | undefined {
  const scoped = Array.isArray(recordContext) ? recordContext.find((entry) => typeof entry === 'object' && entry !== null && '@language' in entry) : undefined
  const language = (scoped as {'@language'?: unknown} | undefined)?.['@language']
  return typeof language === 'string' ? language.toLowerCase() : undefined
}

function objectTerm(key: string, value: unknown, language: string | undefined, node: (child: {[key: string]: unknown}) => string): string {
  if (typeof value === 'string') {
    const definition = definitions[key]
    if (typeof definition === 'object' && definition['@type'] === '@id') return `<${iriEscape(absolute(expandIri(value)))}>`
    // A term typed by the context (`startDate` as `xsd:date`) makes a typed literal.
    if (typeof definition === 'object' && typeof definition['@type'] === 'string') return `"${literalEscape(value)}"^^<${iriEscape(expandIri(definition['@type']))}>`
    // A plain string takes the record's language unless its term says it has none.
    const tag = typeof definition === 'object' && '@language' in definition ? definition['@language'] : language
    return typeof tag === 'string' ? `"${literalEscape(value)}"@${tag.toLowerCase()}` : `"${literalEscape(value)}"`
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return `"${value.toFixed(0)}"^^<${xsd}integer>`
    return `"${value.toExponential(15).replace(/(\d)0*e\+?/, '$1E')}"^^<${xsd}double>`
  }
  if (typeof value === 'boolean') return `"${value}"^^<${xsd}boolean>`
  if (typeof value === 'object' && value !== null) {
    const object = value as {[key: string]: unknown}
    if ('@value' in object) {
      const type = object['@type']
      const literal = `"${literalEscape(String(object['@value']))}"`
      if (typeof object['@language'] === 'string') return `${literal}@${object['@language'].toLowerCase()}`
      return typeof type === 'string' ? `${literal}^^<${iriEscape(expandIri(type))}>` : literal
    }
    return node(object)
  }
  throw new Error(`Cannot write ${key} = ${String(value)} as N-Quads`)
}

/** A key's IRI: a term of the context, a compact IRI (`oa:hasBody`), else under `@vocab`. */
function expandKey(key: string): string {
  if (key.startsWith('@')) return key
  const definition = definitions[key]
  if (typeof definition === 'object' && definition['@id']) return expandIri(definition['@id'])
  return expandVocab(key)
}

function expandVocab(name: string): string {
  const expanded = expandIri(name)
  return expanded === name && !/^[a-z][a-z0-9+.-]*:/i.test(name) ? `${definitions['@vocab'] as string}${name}` : expanded
}

/** `prefix:suffix` with a prefix of the context; anything else as it is. */
function expandIri(value: string): string {
  const colon = value.indexOf(':')
  if (colon > 0 && !value.startsWith('//', colon + 1)) {
    const prefix = definitions[value.slice(0, colon)]
    if (typeof prefix === 'string') return prefix + value.slice(colon + 1)
  }
  return value
}

function absolute(iri: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(iri)) throw new Error(`Not an absolute IRI: ${iri}`)
  return iri
}

const literalEscapes: {[character: string]: string} = {'\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\'}

function literalEscape(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what N-Quads literals must escape
  return value.replace(/[\u0000-\u001F\u007F"\\]/g, (character) => literalEscapes[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}

// eslint-disable-next-line no-control-regex -- control characters are what an IRIREF must escape
const iriSpecial = /[\u0000-\u0020<>"{}|^`\\]/

function iriEscape(value: string): string {
  // Most IRIs need no escape: a test is cheaper than a replace that finds nothing.
  if (!iriSpecial.test(value)) return value
  // eslint-disable-next-line no-control-regex -- control characters are what an IRIREF must escape
  return value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}
