/** Index of the span containing `offset` in spans sorted by start and not overlapping, or -1. */
export function spanAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const span = spans[mid]!
    if (offset < span.start) high = mid - 1
    else if (offset >= span.end) low = mid + 1
    else return mid
  }
  return -1
}
