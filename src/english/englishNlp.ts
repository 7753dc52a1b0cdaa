import type nlpType from 'compromise'

type Nlp = typeof nlpType

let pending: Promise<Nlp> | undefined
let loaded: Nlp | undefined

/**
 * compromise with its date plugin, loaded on first need: importing it costs
 * over a second of start-up (and its memory) in every worker, and only an
 * English document needs it. The plugin is added once, to the one instance
 * both the time scanner and the entity finder use.
 */
export function loadEnglishNlp(): Promise<Nlp> {
  pending ??= Promise.all([import('compromise'), import('compromise-dates')]).then(([{default: nlp}, {default: dates}]) => {
    nlp.plugin(dates as unknown as Parameters<Nlp['plugin']>[0])
    loaded = nlp
    return nlp
  })
  return pending
}

/** compromise, once `loadEnglishNlp` is done (the steps that need it await it first). */
export function englishNlp(): Nlp {
  if (!loaded) throw new Error('compromise is not loaded yet: await loadEnglishNlp() before reading English text')
  return loaded
}

/**
 * A step that loads compromise when the document is English, before the
 * steps after it read it synchronously.
 */
export default function loadEnglish() {
  return async function (_tree: unknown, file: {data: {meta?: {language?: string}}}) {
    if (file.data.meta?.language === 'en') await loadEnglishNlp()
  }
}
