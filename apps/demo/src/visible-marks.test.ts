import { ChangeSet } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import type { SourceMark } from './analysis.js'
import { markState, visibleMarks } from './visible-marks.js'

const mark = (start: number, end: number, kind: SourceMark['kind'] = 'state'): SourceMark => ({
  kind,
  start,
  end,
  title: `${kind} ${start}`,
})

describe('visibleMarks', () => {
  // A text of 1,000 characters with a mark every 10.
  const marks = Array.from({ length: 100 }, (_, i) => mark(i * 10, i * 10 + 5))

  it('returns only the marks that overlap the visible ranges, each once, in order', () => {
    const state = markState(marks, 1000)
    const shown = visibleMarks(state, [
      { from: 102, to: 131 },
      { from: 128, to: 141 },
      { from: 500, to: 500 },
    ])
    expect(shown.map((m) => m.start)).toEqual([100, 110, 120, 130, 140])
  })

  it('finds a long mark that starts before the range', () => {
    const state = markState([mark(0, 400, 'state-list'), mark(10, 20), mark(390, 395)], 1000)
    expect(visibleMarks(state, [{ from: 300, to: 310 }]).map((m) => [m.start, m.end])).toEqual([
      [0, 400],
    ])
  })

  it('maps marks through the edits made since they were computed', () => {
    let state = markState(marks, 1000)
    // Insert 3 characters at 0, delete 100-105 (the mark there goes).
    const insert = ChangeSet.of({ from: 0, insert: 'abc' }, 1000)
    const remove = ChangeSet.of({ from: 103, to: 108 }, 1003)
    state = { ...state, since: state.since.composeDesc(insert.desc).composeDesc(remove.desc) }
    const shown = visibleMarks(state, [{ from: 0, to: 130 }])
    expect(shown.map((m) => [m.start, m.end])).toEqual([
      [3, 8],
      [13, 18],
      [23, 28],
      [33, 38],
      [43, 48],
      [53, 58],
      [63, 68],
      [73, 78],
      [83, 88],
      [93, 98],
      [108, 113],
      [118, 123],
      [128, 133],
    ])
    // Unmoved marks are returned as they are; moved ones are copies.
    expect(shown[0]).not.toBe(marks[0])
    expect(marks[0]).toEqual(mark(0, 5))
  })

  it('handles no marks and an empty document', () => {
    expect(visibleMarks(markState([], 0), [{ from: 0, to: 0 }])).toEqual([])
  })
})
