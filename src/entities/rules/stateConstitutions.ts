import {alternation} from '../../core/alternation.js'
import {states} from '../vocabulary/states.js'
import type {Emitter} from './candidate.js'

const stateNames = alternation(states.flatMap((state) => [state.name, ...state.others]).filter((name) => !name.endsWith('方')))
/** `某国社会主义宪法`, `某国宪法`: a state's name, the constitution's own qualifier or none, `宪法` — not its court (`宪法法院`). */
const constitution = new RegExp(`(${stateNames})(?:社会主义)?宪法(?!法院|学|委员会)`, 'gu')

/**
 * A state's constitution (`某国社会主义宪法`, `某国宪法`) is a named document,
 * not the state: named as zhwiki titles constitutions, the state as the text
 * writes it and `宪法` (`朝鲜民主主义人民共和国宪法`), the qualifier
 * `社会主义` (the constitution's own epithet) left out.
 */
export function stateConstitutionCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(constitution)) {
    push(match.index, match[0], {type: 'Legislation', name: `${match[1]}宪法`}, false)
  }
}
