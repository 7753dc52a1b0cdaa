import type {EntityType} from '../entityTypes.js'
import {tagPlain} from '../jieba.js'
import type {Candidate} from './candidate.js'

/** The word an army's name ends with: `联军`, `义军` (two characters, the last `军`). */
const armyWord = /^\p{Script=Han}军$/u
/** The word before it: two characters, as `抗日`. */
const twoCharacters = /^\p{Script=Han}{2}$/u

/**
 * The short names Chinese makes of an army by the first character of each of
 * its last two words (`抗日|联军` → `抗联`), alone or after the words before
 * them (`东北抗联`): each names the army the document writes in full
 * (`东北抗日联军`), a government body as armies are. An army whose last words
 * are not two and two (`朝鲜|人民军`) has no such short name.
 */
export function armyShortNames(bodies: Candidate[]): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const body of bodies) {
    if ((body.type !== 'Organization' && body.type !== 'GovernmentOrganization') || !body.name.endsWith('军')) continue
    const words = tagPlain(body.name).map((token) => token.word)
    const [kind, army] = words.slice(-2)
    if (words.length < 2 || !twoCharacters.test(kind!) || !armyWord.test(army!)) continue
    const short = `${kind![0]}${army![0]}`
    const before = words.slice(0, -2).join('')
    for (const form of before === '' ? [short] : [short, `${before}${short}`]) names.set(form, {type: 'GovernmentOrganization', name: body.name})
  }
  return names
}
