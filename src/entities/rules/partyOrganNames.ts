import {knownOrganizations} from '../vocabulary/organizations.js'
import {partyOrganTitles} from '../vocabulary/partyOrganTitles.js'

/** `中央委员会` or `中央` before an organ's core: how far the centre is written out. */
const centre = /^(?:中央委员会|中央)/u
/** A party's short name (`劳动党`) → its full name (`朝鲜劳动党`): `vocabulary/organizations.ts`. */
const shortParties = knownOrganizations.filter((body) => body.fullName !== undefined && /党$/u.test(body.name)).map((body) => [body.name, body.fullName!] as const)
/** What makes the rest of a name an organ of the party: the head of a body (`…委员会`, `…部`, `…局`). */
const organHead = /(?:委员会|部|局|处|室)$/u

/**
 * A party's central organ by the name its page is titled with
 * (`vocabulary/partyOrganTitles.ts`), however the text writes the centre:
 * `某党中央委员会政治局`, `某党政治局` and `某党中央政治局` are one body, named
 * `某党中央政治局` when that is its title. An organ the vocabulary does not
 * list keeps the name it has (`某党统一战线部`): no title is guessed. An
 * organ written after the party's short name (`劳动党作战部`) is named with
 * its full name, as the party is.
 */
export function partyOrganName(name: string): string {
  const full = withFullParty(name)
  for (const {party, organs} of partyOrganTitles) {
    if (!full.startsWith(party)) continue
    const core = full.slice(party.length).replace(centre, '')
    const title = Object.hasOwn(organs, core) ? organs[core] : undefined
    return title ? `${party}${title}` : full
  }
  return full
}

/** `劳动党中央委员会` → `朝鲜劳动党中央委员会`: an organ after the party's short name. */
function withFullParty(name: string): string {
  for (const [short, full] of shortParties) {
    if (name.startsWith(short) && name.length > short.length && organHead.test(name)) return `${full}${name.slice(short.length)}`
  }
  return name
}
