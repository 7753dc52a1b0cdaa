import {describe, expect, it} from 'vitest'
import {cityName} from '../../src/entities/rules/cityNames.js'

describe('a city goes without its administrative suffix', () => {
  it.each([
    ['乌兰市', 'City', '乌兰'],
    ['乌兰特级市', 'City', '乌兰'],
    ['乌兰广域市', 'City', '乌兰'],
    ['图瓦努特别市', 'City', '图瓦努'],
    ['兰市', 'City', '兰市'], // one character before it: the suffix stays
    ['乌兰特区', 'City', '乌兰特区'], // a district is named so
    ['乌兰市', 'Place', '乌兰市'], // only cities
    ['乌兰市政府', 'GovernmentOrganization', '乌兰市政府']
  ] as const)('%s (%s) → %s', (name, type, expected) => expect(cityName(name, type)).toBe(expected))
})

describe('a city keeps its suffix when its bare name names something else in the batch', () => {
  const linked = new Map([
    ['青山', '青山省'],
    ['白河', '白河市']
  ])
  const namesOther = (bare: string, city: string) => linked.has(bare) && linked.get(bare) !== bare && linked.get(bare) !== city
  it.each([
    ['青山市', '青山市'], // 青山 is linked to the province
    ['白河市', '白河'], // 白河 is linked to the city itself
    ['红石市', '红石']
  ])('%s → %s', (name, expected) => expect(cityName(name, 'City', namesOther)).toBe(expected))
})
