/**
 * A pure function of a string, answered once per argument: the same names
 * come back on every page a worker reads. The memory is bounded — past
 * `limit` arguments the answers are computed without being kept — so a
 * worker running through a whole dump of ever new names cannot grow it.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const answers = new Map<string, T>()
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T
    const answer = compute(key)
    if (answers.size < limit) answers.set(key, answer)
    return answer
  }
}
