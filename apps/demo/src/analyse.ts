import { extract, renderText, type ExtractOptions } from '@treatymark/core'
import { location } from 'vfile-location'
import { blocksHtml } from './blocks.js'
import { analyseMarkdown } from './markdown.js'
import type { Analysis } from './analysis.js'
import { marksOf } from './marks.js'
import type { InputMode } from './state.js'
import { treeJson } from './tree.js'

export type { InputMode }

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
  // What renderHtml(text, { extraction }) returns, kept as a tree to cut into blocks.
  const hast = renderText(text, extraction)
  // The blocks, joined, are hastToHtml(hast): serialise once.
  const blocks = blocksHtml(hast, 'blank-lines')
  const html = blocks.join('')
  const place = extraction.diagnostics.length ? location(text) : null
  const diagnostics = extraction.diagnostics.map((d) => {
    const point = place?.toPoint(d.start)
    return { ...d, line: point?.line ?? 1, column: point?.column ?? 1 }
  })
  const marks = marksOf(extraction, diagnostics)
  const analysis: Analysis = { extraction, html, blocks, diagnostics, marks }
  if (withTree) analysis.tree = treeJson({ hast })
  return analysis
}

/** 1-based line and column of a string offset, as editors and `treatymark check` print them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const point = location(text).toPoint(offset)
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 }
}
