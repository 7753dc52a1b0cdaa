import {alternation} from '../../core/alternation.js'
import {personClasses} from '../vocabulary/leadClasses.js'
import {officeWords} from '../vocabulary/offices.js'
import {isGivenName} from '../vocabulary/nameCharacters.js'
import {surnameOf} from '../vocabulary/surnames.js'

/** An office or rank (`元帅`, `外务相`) or a noun that defines a person (`政治家`). */
const holder = new RegExp(alternation([...officeWords, ...personClasses.words]), 'u')
/**
 * After the title: its brackets (or the empty place a dropped native spelling
 * leaves, `某某，，`), commas, an optional `是`, then the first sentence.
 */
const firstSentence = /^(?:[（(][^）)]*[)）])?[，,、\s]*(?:是|为|係)?([^。\n]{1,40})[。\n]/u

/**
 * Whether a page's title is a person's name by its lead: a surname and a
 * given name (`玄某海`, at most four characters), whose first sentence names
 * an office or rank it holds (`某某，，某国人民军元帅。`, `某某，某国外务相。`).
 * Such a lead is a biography's, whatever the name's last character suggests
 * (`海`, `山`, `江` end places too). `text` is folded; the lead must start with the title.
 */
export function leadNamesOfficeHolder(text: string, title: string): boolean {
  const surname = surnameOf(title)
  if (!surname || [...title].length > 4 || !/^\p{Script=Han}+$/u.test(title) || !isGivenName(title.slice(surname.length))) return false
  const start = text.trimStart()
  if (!start.startsWith(title)) return false
  const sentence = firstSentence.exec(start.slice(title.length))
  return sentence !== null && holder.test(sentence[1]!)
}
