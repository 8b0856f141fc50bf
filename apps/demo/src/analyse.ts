import { extract, renderHtml, type ExtractOptions, type Extraction } from '@treatymark/core'
import { remarkTreatymark } from '@treatymark/core/remark'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
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
 * Plain text goes through extract() and renderHtml(); markdown through the remark preset, exactly
 * as a developer's pipeline would run it. Either way the panels and the preview show one result.
 */
export function analyse(text: string, options: ExtractOptions, mode: InputMode = 'text'): Analysis {
  return mode === 'markdown' ? analyseMarkdown(text, options) : analyseText(text, options)
}

function analyseText(text: string, options: ExtractOptions): Analysis {
  const extraction = extract(text, options)
  const html = renderHtml(text, { ...options, extraction })
  const diagnostics = extraction.diagnostics.map((d) => ({ ...d, ...positionOf(text, d.start) }))
  return { extraction, html, diagnostics }
}

function analyseMarkdown(text: string, options: ExtractOptions): Analysis {
  const file = new VFile({ value: text, path: 'post.md' })
  // Front matter (`treaty: apmbt`) sets the default instrument; the demo's selector is the option.
  const processor = unified()
    .use(remarkParse)
    .use(remarkTreatymark, options)
    .use(remarkRehype)
    .use(rehypeStringify)
  const html = String(processor.processSync(file))
  const extraction = (file.data.treatymark as Extraction | undefined) ?? extract('')
  const diagnostics = file.messages.map((m) => {
    const point = m.place && 'start' in m.place ? m.place.start : m.place
    const line = point?.line ?? 1
    const column = point?.column ?? 1
    const start = point?.offset ?? 0
    const end = m.place && 'end' in m.place ? (m.place.end.offset ?? start) : start
    const severity: DemoDiagnostic['severity'] =
      m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
    return {
      line,
      column,
      start,
      end,
      ruleId: m.ruleId ?? 'treatymark',
      message: m.reason,
      severity,
    }
  })
  return { extraction, html, diagnostics }
}

/** 1-based line and column of a string offset, as editors and `treatymark check` print them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const point = location(text).toPoint(offset)
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 }
}
