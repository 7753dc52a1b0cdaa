// Collecting into arrays without spreading them as arguments: a spread call puts every item on the stack.
/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every
 * item as an argument on the stack: a few hundred thousand (the candidates of
 * a 5 MB line, the quads of a large record) throw `Maximum call stack size
 * exceeded`. Returns `target`.
 */
export function pushAll<T>(target: T[], ...lists: Array<Iterable<T>>): T[] {
  for (const items of lists) for (const item of items) target.push(item)
  return target
}

/** The smallest and the largest of `values` (`Math.min(...values)` overflows the stack the same way); `[Infinity, -Infinity]` when empty. */
export function extent(values: Iterable<number>): [number, number] {
  let least = Infinity
  let most = -Infinity
  for (const value of values) {
    if (value < least) least = value
    if (value > most) most = value
  }
  return [least, most]
}

/** Appends `item` to the list of `key` in `groups`, in place (copying the list per item is quadratic in a large group). */
export function pushTo<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key)
  if (group) group.push(item)
  else groups.set(key, [item])
}
