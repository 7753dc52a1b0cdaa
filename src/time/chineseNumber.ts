const digits: Record<string, number> = {
  '〇': 0,
  '零': 0,
  '○': 0,
  'Ｏ': 0,
  '一': 1,
  '二': 2,
  '两': 2,
  '兩': 2,
  '三': 3,
  '四': 4,
  '五': 5,
  '六': 6,
  '七': 7,
  '八': 8,
  '九': 9
}

/**
 * The number a numeral stands for: ASCII or full-width digits, digit-by-digit
 * Chinese years (`二〇一八`) and positional Chinese numerals up to 99 (`十二`,
 * `二十九`). Undefined when the text is not a numeral.
 */
export function parseNumeral(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  if (/^\d+$/.test(ascii)) return Number(ascii)
  if ([...text].every((c) => c in digits) && !text.includes('十')) {
    return Number([...text].map((c) => digits[c]).join(''))
  }
  const tens = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text)
  if (tens) return (tens[1] ? digits[tens[1]]! : 1) * 10 + (tens[2] ? digits[tens[2]]! : 0)
  return undefined
}
