import {
  extract,
  renderHtml,
  renderText,
  type ExtractOptions,
  type Extraction,
} from '@treatymark/core'
import { location } from 'vfile-location'
import type { InputMode } from './state.js'

export type { InputMode }

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
  /** The syntax trees as JSON (hast for plain text; mdast and hast for markdown), when asked. */
  tree?: string
}

/**
 * Plain text goes through extract() and renderHtml(); markdown through the remark preset (loaded
 * on first use). Either way the panels and the preview show one result. Runs in the worker.
 */
export async function analyse(
  text: string,
  options: ExtractOptions,
  mode: InputMode = 'text',
  withTree = false,
): Promise<Analysis> {
  if (mode === 'markdown') {
    const { analyseMarkdown } = await import('./markdown.js')
    return analyseMarkdown(text, options, withTree)
  }
  const extraction = extract(text, options)
  const html = renderHtml(text, { ...options, extraction })
  const diagnostics = extraction.diagnostics.map((d) => ({ ...d, ...positionOf(text, d.start) }))
  const analysis: Analysis = { extraction, html, diagnostics }
  if (withTree) analysis.tree = treeJson({ hast: renderText(text, extraction) })
  return analysis
}

/** 1-based line and column of a string offset, as editors and `treatymark check` print them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const point = location(text).toPoint(offset)
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 }
}

/** Trees as indented JSON without `position` (which doubles the size and says little here). */
export function treeJson(trees: Record<string, unknown>): string {
  return JSON.stringify(trees, (key, value: unknown) => (key === 'position' ? undefined : value), 2)
}
