import {alternation} from '../../core/alternation.js'
import type {EntityType} from '../entityTypes.js'
import {leadClasses, personClasses} from '../vocabulary/leadClasses.js'

const classOf = new Map(leadClasses.flatMap((entry) => entry.words.map((word) => [word, entry.type] as const)))
const words = alternation(classOf.keys())
/** `某某（…）是一项…的活动。`: the title, its brackets, `是`, the definition up to the class noun that ends the sentence. */
const definition = new RegExp(`^(?:[（(][^）)]*[)）])?(?:是|为|係)([^。\\n]{0,80}?)(${words})(?:之一)?[。；;\\n]`, 'u')
const person = new RegExp(personClasses.words.join('|'))
/** `某某，某地人，字某某` / `号某某` / `原名某某`: a native place, then another name of the person. */
const nativePlace = /^(?:[（(][^）)]*[)）])?[，,]?[^，。；\n]{1,20}人[，,](?:字|号|原名|本名|又名|别名|化名)/u

/**
 * The type a page's first sentence gives its own title (`某某是一项……的活动。`
 * → Event), when no rule types the title: the class noun that ends the
 * definition (`vocabulary/leadClasses.ts`), unless the definition holds a
 * noun that defines a person. `text` is folded; the lead must start with the title.
 */
export function leadTyping(text: string, title: string): EntityType | undefined {
  const start = text.trimStart()
  if (!start.startsWith(title)) return undefined
  const match = definition.exec(start.slice(title.length))
  // `某某是一位……政治家，曾参与……运动。`: a person's page, whatever noun ends the sentence.
  return match && !person.test(match[1]!) ? classOf.get(match[2]!) : undefined
}

/**
 * Whether a page's first sentence defines its title as a person
 * (`某某（…）是一名……军人、政治人物。`, or in apposition, `某某，…将领。`,
 * `某某某地人，…领导人。`): the sentence holds a noun that defines a person,
 * or gives the title's native place and courtesy or other name
 * (`某某，某地人，字某某`), the shape of a Chinese biography's lead.
 * `text` is folded; the lead must start with the title.
 */
export function leadDefinesPerson(text: string, title: string): boolean {
  const start = text.trimStart()
  if (!start.startsWith(title)) return false
  const rest = start.slice(title.length)
  const sentence = /^(?:[（(][^）)]*[)）])?(?:是|为|係|[，,])?([^。\n]{0,80})/u.exec(rest)
  return (sentence !== null && person.test(sentence[1]!)) || nativePlace.test(rest)
}
