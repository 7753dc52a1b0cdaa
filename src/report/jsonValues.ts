/** Small readers for JSON-LD values as the records write them (one value or an array). */

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json}
export type JsonObject = {[key: string]: Json}

export function asArray(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string from a plain string, an `{"@value": …}` or an `{"@id": …}`. */
export function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (isObject(value)) return text(value['@value'] ?? value['@id'])
  return undefined
}

export function texts(value: Json | undefined): string[] {
  return asArray(value)
    .map((item) => text(item))
    .filter((item): item is string => item !== undefined)
}

export function types(node: JsonObject): string[] {
  return texts(node['@type'])
}

/** `{"@id", "name"}` of a nested node or an IRI string. */
export function namedRef(value: Json | undefined): {iri?: string; name: string} | undefined {
  if (typeof value === 'string') return {iri: value, name: nameFromIri(value)}
  if (!isObject(value)) return undefined
  const iri = text(value['@id'])
  const name = text(value['name']) ?? (iri ? nameFromIri(iri) : undefined)
  return name === undefined ? undefined : {iri, name}
}

/** The readable tail of an entity or event IRI (`…/entity/%E9%87%91` → `金`). */
export function nameFromIri(iri: string): string {
  const tail =
    iri
      .replace(/[#?].*$/, '')
      .replace(/\/$/, '')
      .split('/')
      .pop() ?? iri
  try {
    return decodeURIComponent(tail)
  } catch {
    return tail
  }
}
