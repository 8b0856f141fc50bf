import { extract, renderHtml, type ExtractOptions, type Extraction } from '@treatymark/core'
import { location } from 'vfile-location'

/** One extraction, rendered: the preview and the panels show the same entities. */
export function analyse(
  text: string,
  options: ExtractOptions,
): { extraction: Extraction; html: string } {
  const extraction = extract(text, options)
  return { extraction, html: renderHtml(text, { ...options, extraction }) }
}

/** 1-based line and column of a string offset, as editors and `treatymark check` print them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const point = location(text).toPoint(offset)
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 }
}
