// Which marks to draw: only those in the editor's visible ranges, looked up by binary search in
// marks sorted by start, and mapped through the edits made since the marks were computed. So a
// keystroke in a 5,000-word text decorates a screenful, not thousands of entities.
import { ChangeSet, type ChangeDesc } from '@codemirror/state'
import type { SourceMark } from './analysis.js'

/** Marks (sorted by start) as computed for one text, and the edits made since then. */
export interface MarkState {
  marks: readonly SourceMark[]
  /** The longest mark, to widen the search backwards (a mark may start before the range). */
  longest: number
  since: ChangeDesc
}

export function markState(marks: readonly SourceMark[], length: number): MarkState {
  let longest = 0
  for (const m of marks) longest = Math.max(longest, m.end - m.start)
  return { marks, longest, since: ChangeSet.empty(length).desc }
}

/** The first index whose mark starts at or after `pos`. */
function firstFrom(marks: readonly SourceMark[], pos: number): number {
  let lo = 0
  let hi = marks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (marks[mid]!.start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The marks that overlap any of `ranges` (positions in the current text), with their positions
 * mapped into the current text; marks an edit deleted are dropped. Sorted by start, each once.
 */
export function visibleMarks(
  state: MarkState,
  ranges: readonly { from: number; to: number }[],
): SourceMark[] {
  const { marks, longest, since } = state
  const back = since.empty ? null : since.invertedDesc
  const seen = new Set<number>()
  const out: SourceMark[] = []
  for (const range of ranges) {
    const from = back ? back.mapPos(range.from, -1) : range.from
    const to = back ? back.mapPos(range.to, 1) : range.to
    for (let i = firstFrom(marks, from - longest); i < marks.length; i++) {
      const mark = marks[i]!
      if (mark.start >= to) break
      if (mark.end <= from || seen.has(i)) continue
      seen.add(i)
      const start = since.empty ? mark.start : since.mapPos(mark.start, 1)
      const end = since.empty ? mark.end : since.mapPos(mark.end, -1)
      if (end > start)
        out.push(start === mark.start && end === mark.end ? mark : { ...mark, start, end })
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}
