import {describe, expect, it} from 'vitest'
import {leadDefinesPerson} from '../../src/entities/typing/lead.js'

// Made-up leads: whether the page's first sentence defines its title as a person.
describe('a lead that defines its title as a person', () => {
  it.each([
    ['金河（1901年－1950年）是一名朝鲜军人。', '金河', true],
    ['金河，朝鲜抗日将领，曾任师长。', '金河', true], // in apposition
    ['金河朝鲜咸镜南道人，字子川，东北抗日联军领导人。', '金河', true], // no separator after the title
    ['金河，江原道人，号青山，早年务农。', '金河', true], // native place and another name, no class noun
    ['金河江原道人，后迁居平壤。', '金河', false], // a native place without another name
    ['金河是一条河流，流经江原道。', '金河', false],
    ['金河，江原道的一个郡，人口三万。', '金河', false],
    ['据报道，金河是一名军人。', '金河', false] // the lead does not start with the title
  ])('%s', (text, title, expected) => expect(leadDefinesPerson(text, title)).toBe(expected))
})
