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
