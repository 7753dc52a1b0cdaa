/** A labelled span: gold or predicted. */
export interface LabelledSpan {
  start: number
  end: number
  /** What must agree for the span to count as right (e.g. EDTF value + mod). */
  label: string
}

export interface SpanCounts {
  gold: number
  predicted: number
  /** Pairs of overlapping spans (each span in at most one pair). */
  matched: number
  /** Matched pairs with the very same offsets. */
  exact: number
  /** Matched pairs whose labels agree. */
  correct: number
}

export const emptyCounts = (): SpanCounts => ({gold: 0, predicted: 0, matched: 0, exact: 0, correct: 0})

export function addCounts(total: SpanCounts, counts: SpanCounts): SpanCounts {
  return {
    gold: total.gold + counts.gold,
    predicted: total.predicted + counts.predicted,
    matched: total.matched + counts.matched,
    exact: total.exact + counts.exact,
    correct: total.correct + counts.correct
  }
}

/**
 * Pairs gold and predicted spans that overlap, the largest overlaps first, so
 * that each span is used once; then counts how many pairs agree.
 */
export function matchSpans(gold: LabelledSpan[], predicted: LabelledSpan[]): {counts: SpanCounts; pairs: Array<[number, number]>} {
  const candidates: Array<{g: number; p: number; overlap: number}> = []
  for (const [g, a] of gold.entries()) {
    for (const [p, b] of predicted.entries()) {
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start)
      if (overlap > 0) candidates.push({g, p, overlap})
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap || x.g - y.g || x.p - y.p)
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  const pairs: Array<[number, number]> = []
  for (const {g, p} of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue
    usedGold.add(g)
    usedPredicted.add(p)
    pairs.push([g, p])
  }
  const counts: SpanCounts = {gold: gold.length, predicted: predicted.length, matched: pairs.length, exact: 0, correct: 0}
  for (const [g, p] of pairs) {
    if (gold[g]!.start === predicted[p]!.start && gold[g]!.end === predicted[p]!.end) counts.exact++
    if (gold[g]!.label === predicted[p]!.label) counts.correct++
  }
  return {counts, pairs}
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/** Precision, recall and F1 of spans (overlap) and of values (overlap and same label). */
export function scores(counts: SpanCounts) {
  const spanP = ratio(counts.matched, counts.predicted)
  const spanR = ratio(counts.matched, counts.gold)
  const valueP = ratio(counts.correct, counts.predicted)
  const valueR = ratio(counts.correct, counts.gold)
  return {
    spanP,
    spanR,
    spanF1: harmonic(spanP, spanR),
    strictF1: harmonic(ratio(counts.exact, counts.predicted), ratio(counts.exact, counts.gold)),
    valueP,
    valueR,
    valueF1: harmonic(valueP, valueR),
    valueAccuracy: ratio(counts.correct, counts.matched)
  }
}
