import {sessionName} from './numberedEvents.js'

/** Bodies whose sessions zhwiki titles with Chinese numerals: the congresses and legislatures of states and parties. */
const numeralBodies = /人大|人民代表大会|政协|最高人民会议|党|中央委员会|中全会/u

/**
 * The name of a counted session of a body (`第61届某某大会`): in Chinese
 * numerals for a state's or a party's congress and legislature
 * (`第十届全国人民代表大会…`, as zhwiki titles them: `sessionName`), else with
 * the count as the text writes it (zhwiki titles the sessions of the United
 * Nations General Assembly and of international bodies `第61届联合国大会`).
 */
export function countedSessionName(surface: string): string {
  return numeralBodies.test(surface) ? sessionName(surface) : surface.replace(/\s/g, '')
}
