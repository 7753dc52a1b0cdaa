import type {VFile} from 'vfile'
import {loadEnglishNlp} from '../english/englishNlp.js'
import './timeTypes.js'
import {resolveTimes} from './resolveTimes.js'
import {scanChineseTimes} from './scanChineseTimes.js'
import {scanEnglishTimes} from './scanEnglishTimes.js'

/**
 * Finds every time expression of the cleaned text and normalizes it to EDTF,
 * anchored to its context (`file.data.times`). Chinese text gets our own
 * scanner; English text gets compromise's date finder with the same
 * normalization and the same context rules.
 */
export default function tagTimeExpressions() {
  return async function (_tree: unknown, file: VFile) {
    const text = file.data.text ?? ''
    const english = file.data.meta?.language === 'en'
    // compromise is loaded only when a document is English (it is slow to load).
    if (english) await loadEnglishNlp()
    const mentions = english ? scanEnglishTimes(text) : scanChineseTimes(text)
    file.data.times = resolveTimes(text, mentions, file.data.sections ?? [])
  }
}
