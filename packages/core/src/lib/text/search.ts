/**
 * Binary search over items in document order: the index of the first item
 * for which `before(item)` is false. Every "which range, sentence or block
 * holds this offset" question in the engine goes through here, so lookups stay
 * logarithmic however many findings, comments or definitions a document has.
 */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (before(items[middle]!)) low = middle + 1
    else high = middle
  }
  return low
}

/** The range (`[start, end)`, sorted and disjoint) that overlaps `start`–`end`, if any. */
export function overlappingRange<R extends readonly [number, number]>(ranges: readonly R[], start: number, end = start + 1): R | undefined {
  const range = ranges[firstIndex(ranges, (candidate) => candidate[1] <= start)]
  return range !== undefined && range[0] < end ? range : undefined
}
