import {isCommonWord, type Token} from '../jieba.js'
import {countryName, typeOfName} from '../typeOfName.js'
import {isSurname, surnameOf} from '../vocabulary/surnames.js'
import {type Candidate, titlePattern, titles} from './candidate.js'

/**
 * People named by their office (`总统文在寅`, `金正恩委员长`, `国务卿迈克·蓬佩奥`)
 * and names jieba reads as personal names with a known surname. A bare
 * two-character name needs an office next to it: alone it is too often a word.
 */
export function personCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  const isNameToken = (token: Token | undefined, nextToTitle = false) =>
    token !== undefined && (/^(nr|nrt|nrfg|x)$/.test(token.tag) || (nextToTitle && token.tag === 'ns')) &&
    /^[\p{Script=Han}·]{2,6}$/u.test(token.word) && !countryName(token.word) && !titles.includes(token.word) &&
    !/^[朝韩美中日俄苏南北]+$/.test(token.word) && !/^[一二两三四五六七八九十几数多各每此这那该本对在与和从向为被把将前后]/.test(token.word)
  for (const [index, token] of tokens.entries()) {
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    const nextToTitle = Boolean((before && titles.some((title) => before.word.endsWith(title))) || (after && titlePattern.test(after.word)))
    if (!isNameToken(token, nextToTitle)) continue
    // An unknown word next to an office must at least start like a name.
    if (token.tag === 'x' && !surnameOf(token.word)) continue
    const chars = [...token.word]
    // Three characters from a known surname: the shape of most Chinese and Korean names.
    // …whose given name is not a common word (`段|时间`).
    const knownShape = chars.length === 3 && isSurname(chars[0]!) && /^(nr|nrfg|x)$/.test(token.tag) && !isCommonWord(chars.slice(1).join(''))
    if (nextToTitle || knownShape) {
      const typing = typeOfName(token.word)
      if (typing && typing.type !== 'Person') continue
      if (!typing && !nextToTitle) continue
      found.push({start: token.start, end: token.end, type: 'Person', name: token.word, source: 'nlp'})
    }
  }
  return found
}
