import {
  extract,
  renderHtml,
  renderText,
  type ExtractOptions,
  type Extraction,
} from '@treatymark/core'
import { location } from 'vfile-location'
import { analyseMarkdown } from './markdown.js'
import type { InputMode } from './state.js'
import { treeJson } from './tree.js'

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
 * Plain text goes through extract() and renderHtml(); markdown through GFM and the remark preset.
 * Either way the panels and the preview show one result. Runs in the worker (which loads off the
 * main thread, so the unified pipeline costs the page nothing; a dynamic import() here would
 * pull in Vite's preload helper, which needs `document`).
 */
export function analyse(
  text: string,
  options: ExtractOptions,
  mode: InputMode = 'text',
  withTree = false,
): Analysis {
  if (mode === 'markdown') return analyseMarkdown(text, options, withTree)
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
