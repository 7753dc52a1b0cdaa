import {describe, expect, it} from 'vitest'
import {canonicalName} from '../../src/entities/identity.js'
import {partyOrganName} from '../../src/entities/rules/partyOrganNames.js'

describe('a party’s central organ by the name its page is titled with', () => {
  it.each([
    ['朝鲜劳动党中央委员会政治局', '朝鲜劳动党中央政治局'],
    ['朝鲜劳动党政治局', '朝鲜劳动党中央政治局'],
    ['朝鲜劳动党中央政治局', '朝鲜劳动党中央政治局'],
    ['朝鲜劳动党中央委员会书记局', '朝鲜劳动党中央书记局'],
    ['朝鲜劳动党宣传鼓动部', '朝鲜劳动党中央委员会宣传鼓动部'], // titled with the whole centre
    ['朝鲜劳动党中央委员会国际部', '朝鲜劳动党国际部'], // …or with none of it
    ['中国共产党中央政治局', '中国共产党中央委员会政治局'], // another party, another title
    ['朝鲜劳动党中央委员会', '朝鲜劳动党中央委员会'],
    ['朝鲜劳动党统一战线部', '朝鲜劳动党统一战线部'], // not listed: as it is
    ['蒙古人民党中央委员会政治局', '蒙古人民党中央委员会政治局'], // a party not listed
    ['朝鲜人民军总政治局', '朝鲜人民军总政治局'],
    ['劳动党中央委员会', '朝鲜劳动党中央委员会'], // after the party's short name: its full name
    ['劳动党军事委员会', '朝鲜劳动党中央军事委员会'],
    ['劳动党某某部', '朝鲜劳动党某某部'],
    ['劳动党', '劳动党'], // the party itself: the alias table's
    ['劳动党员', '劳动党员'] // no organ
  ])('%s → %s', (name, expected) => expect(partyOrganName(name)).toBe(expected))

  it('names the organ so whatever script the text writes it in', () => expect(canonicalName('朝鮮勞動黨中央委員會政治局')).toBe('朝鲜劳动党中央政治局'))
})
