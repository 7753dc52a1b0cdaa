import type {TextBlock} from '../core/types.js'
import {canonicalName} from '../entities/identity.js'
import {countryName, countryNames, typeOfName} from '../entities/typeOfName.js'
import {foldScript} from '../script/foldScript.js'
import type {DelegationRole} from './eventTypes.js'
import type {DocumentView} from './textTools.js'

/** The first state named in a text, by its canonical short name (`俄罗斯联邦驻中华人民共和国大使` → 俄罗斯). */
export function firstCountryIn(text: string): string | undefined {
  const folded = foldScript(text)
  let best: {at: number; name: string} | undefined
  for (const name of countryNames()) {
    if ([...name].length < 2 || /方$/.test(name)) continue
    const at = folded.indexOf(name)
    if (at !== -1 && (!best || at < best.at || (at === best.at && name.length > best.name.length))) best = {at, name}
  }
  return best ? countryName(best.name) : undefined
}

/**
 * The state a line opens with, before a colon (`韩国：某某，次長。`): what a
 * flag template becomes in raw wikitext, or an English list's `Japan: …`.
 * Only a whole state name counts (`代表：某某` names none; an English name by
 * the alias table); returns the state and the length of the prefix.
 */
export function statePrefix(line: string): {country: string; length: number} | undefined {
  const match = /^\s*([^：:，,。]{1,24}?)\s*[：:]\s*/u.exec(line)
  if (!match) return undefined
  const country = countryName(match[1]!) ?? countryName(canonicalName(match[1]!))
  return country ? {country, length: [...match[0]].length} : undefined
}

/** A personal name written in English: two to four capitalized words (hyphens, apostrophes). */
const englishName = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u

/**
 * A delegation line: `金桂冠，朝鲜外务省副相。`, `韩国：某某，次長。`,
 * `詹姆斯·凯利`, or only a title when the name was lost. The state is the one
 * the line opens with, else the first its title names.
 */
export function readRole(view: DocumentView, block: TextBlock, roleName: string): DelegationRole {
  const whole = view.textOf(block).replace(/[。.\s]+$/, '')
  const prefix = statePrefix(whole)
  const lineStart = block.start + (prefix?.length ?? 0)
  const line = prefix ? [...whole].slice(prefix.length).join('') : whole
  const comma = line.search(/[，,]/)
  const namePart = comma === -1 ? line : line.slice(0, comma)
  const titlePart = comma === -1 ? '' : line.slice(comma + 1).trim()
  const nameEnd = lineStart + [...namePart].length
  const person = view.mentionsIn({start: lineStart, end: nameEnd}).find((mention) => mention.type === 'Person')
  const role: DelegationRole = {roleName, start: block.start, end: block.end}
  let title = titlePart
  // In English the words before the comma are the name when they are written as one (`Kim Kye-gwan`), whatever part of them a tagger took.
  if (view.language === 'en' && comma !== -1 && englishName.test(namePart.trim())) {
    role.person = namePart.trim()
    const offset = [...namePart].length - [...namePart.trimStart()].length
    role.personSpan = {start: lineStart + offset, end: lineStart + offset + [...namePart.trim()].length}
  } else if (person) {
    role.person = person.name
    role.personSpan = {start: person.start, end: person.end}
  } else if (comma !== -1 && typeOfName(namePart)?.type === 'Person') role.person = foldScript(namePart)
  else if (comma === -1 && typeOfName(namePart)?.type !== 'Person') title = namePart
  else if (comma === -1) role.person = foldScript(namePart)
  if (title) role.description = title
  if (prefix) {
    role.country = prefix.country
    role.countryFrom = 'line'
  } else if (title) {
    const country = firstCountryIn(title)
    if (country) {
      role.country = country
      role.countryFrom = 'title'
    }
  }
  return role
}
