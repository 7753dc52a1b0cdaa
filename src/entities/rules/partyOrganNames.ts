import {partyOrganTitles} from '../vocabulary/partyOrganTitles.js'

/** `中央委员会` or `中央` before an organ's core: how far the centre is written out. */
const centre = /^(?:中央委员会|中央)/u

/**
 * A party's central organ by the name its page is titled with
 * (`vocabulary/partyOrganTitles.ts`), however the text writes the centre:
 * `某党中央委员会政治局`, `某党政治局` and `某党中央政治局` are one body, named
 * `某党中央政治局` when that is its title. An organ the vocabulary does not
 * list keeps the name it has (`某党统一战线部`): no title is guessed.
 */
export function partyOrganName(name: string): string {
  for (const {party, organs} of partyOrganTitles) {
    if (!name.startsWith(party)) continue
    const core = name.slice(party.length).replace(centre, '')
    const title = Object.hasOwn(organs, core) ? organs[core] : undefined
    return title ? `${party}${title}` : name
  }
  return name
}
