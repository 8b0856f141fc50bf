import { extract, renderHtml, type ExtractOptions, type Extraction } from '@treatymark/core'
import { location } from 'vfile-location'

export type InputMode = 'text' | 'markdown'

export interface DemoDiagnostic {
  line: number
  column: number
  start: number
  end: number
  ruleId: string
  message: string
  severity: 'error' | 'warning' | 'info'
}

export interface Analysis {
  extraction: Extraction
  html: string
  diagnostics: DemoDiagnostic[]
}

/**
 * Plain text goes through extract() and renderHtml(); markdown through the remark preset (loaded
 * on first use). Either way the panels and the preview show one result.
 */
export async function analyse(
  text: string,
  options: ExtractOptions,
  mode: InputMode = 'text',
): Promise<Analysis> {
  if (mode === 'markdown') {
    const { analyseMarkdown } = await import('./markdown.js')
    return analyseMarkdown(text, options)
  }
  const extraction = extract(text, options)
  const html = renderHtml(text, { ...options, extraction })
  const diagnostics = extraction.diagnostics.map((d) => ({ ...d, ...positionOf(text, d.start) }))
  return { extraction, html, diagnostics }
}

/** 1-based line and column of a string offset, as editors and `treatymark check` print them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const point = location(text).toPoint(offset)
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 }
}
