// The entities as spans of the source, for the editor's decorations. Built in the worker.
import type { Extraction } from '@treatymark/core'
import type { DemoDiagnostic, SourceMark } from './analysis.js'

/** The marks of an extraction (plain-text mode: its offsets are the source's). */
export function marksOf(
  extraction: Extraction,
  diagnostics: DemoDiagnostic[],
  toSource: (offset: number) => number | undefined = (offset) => offset,
): SourceMark[] {
  const marks: SourceMark[] = []
  for (const l of extraction.stateLists)
    marks.push({
      kind: 'state-list',
      start: l.start,
      end: l.end,
      title: `List of ${l.members.length} states`,
    })
  for (const c of extraction.credits)
    marks.push({ kind: 'credit', start: c.start, end: c.end, title: 'Credit' })
  for (const c of extraction.citations)
    marks.push({ kind: 'citation', start: c.start, end: c.end, title: `Citation: ${c.treaty}` })
  for (const d of extraction.documents)
    marks.push({ kind: 'document', start: d.start, end: d.end, title: `UN document ${d.symbol}` })
  for (const s of extraction.states)
    marks.push({ kind: 'state', start: s.start, end: s.end, title: s.name })
  const mapped: SourceMark[] = []
  for (const mark of marks) {
    const start = toSource(mark.start)
    const last = toSource(mark.end - 1)
    if (start !== undefined && last !== undefined && last >= start)
      mapped.push({ ...mark, start, end: last + 1 })
  }
  // Diagnostics already carry source offsets.
  for (const d of diagnostics)
    if (d.severity === 'error' && d.end > d.start)
      mapped.push({ kind: 'invalid', start: d.start, end: d.end, title: d.message })
  return mapped
}
