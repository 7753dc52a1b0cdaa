import {stateFunctions} from '../vocabulary/bodies.js'
import {isFieldMinistry} from './fieldMinistries.js'

/** A ministry by a name of its own (`某某部`), not a national body (`中央…`, `国家…`) nor a mission. */
export const ministry = /^(?!中央|国家|全国|中共|驻)\p{Script=Han}{2,8}部$/u
/** A body named by a function only a state has (`总统秘书室`, `陆军本部`): `vocabulary/bodies.ts` `stateFunctions`. */
const byFunction = new RegExp(`^(?:${stateFunctions.starts.join('|')})\\p{Script=Han}{0,8}(?:${stateFunctions.heads.join('|')})$`, 'u')

/**
 * Whether a body named without a state is one only a state has: a ministry
 * by its own name (`经济计划部`) or by its field (`铁道省`: `rules/fieldMinistries.ts`) or a body named by a function of the state
 * (`总统秘书室`, `国家安全保障会议`, `陆军本部`). Such a body takes the state the
 * text gives it (`rules/bareBodies.ts`), and stays without one when it gives none.
 */
export function isStateOrgan(name: string): boolean {
  return ministry.test(name) || byFunction.test(name) || isFieldMinistry(name)
}

/** Whether a body's name says a function only a state has (`总统秘书室`, `陆军本部`), whatever kind of body it was typed as. */
export function namedByStateFunction(name: string): boolean {
  return byFunction.test(name)
}
