import * as OpenCC from 'opencc-js'
import {describe, expect, it} from 'vitest'
import {characterConverter} from '../../src/script/characterConverter.js'

type Preset = {normalizationChain?: unknown[][]; conversionChain: unknown[][]}

/** Every character any OpenCC dictionary names, and the whole CJK block: all a fold can meet that OpenCC knows. */
function knownCharacters(): string[] {
  const characters = new Set<string>()
  for (const preset of Object.values(OpenCC.Locale.configs as unknown as Record<string, Preset>)) {
    for (const group of [...(preset.normalizationChain ?? []), ...preset.conversionChain]) {
      for (const dictionary of group) for (const character of typeof dictionary === 'string' ? dictionary : (dictionary as string[][]).flat().join('')) characters.add(character)
    }
  }
  for (let codePoint = 0x2e80; codePoint < 0xa000; codePoint++) characters.add(String.fromCodePoint(codePoint))
  return [...characters]
}

describe('characterConverter', () => {
  const characters = knownCharacters()
  it.each([
    [{from: 't', to: 'cn'}, 't2s'],
    [{from: 'tw', to: 'cn'}, 'tw2s'],
    [{from: 'hk', to: 'cn'}, 'hk2s'],
    [{from: 'cn', to: 't'}, 's2t']
  ])('converts every character as OpenCC does (%o)', (options, preset) => {
    const opencc = OpenCC.Converter(options)
    const fast = characterConverter(options, preset)
    expect(characters.filter((character) => fast(character) !== opencc(character))).toEqual([])
  })

  it('falls back to OpenCC when a step gives more than one character (a made-up preset)', () => {
    const configs = OpenCC.Locale.configs as unknown as Record<string, Preset>
    configs['test-two-steps'] = {conversionChain: [['甲 乙丙'], ['乙丙 丁']]}
    try {
      expect(characterConverter({from: 'cn', to: 't'}, 'test-two-steps')('甲')).toBe(OpenCC.Converter({from: 'cn', to: 't'})('甲'))
    } finally {
      delete configs['test-two-steps']
    }
  })

  it('refuses a preset OpenCC does not have', () => {
    expect(() => characterConverter({from: 'cn', to: 't'}, 'no-such-preset')).toThrow(/no preset/)
  })
})
