// Everything unified: loaded on demand (markdown mode, docs pages), so the playground's first
// load carries only @treatymark/core.
import { extract, type ExtractOptions, type Extraction } from '@treatymark/core'
import { remarkTreatymark } from '@treatymark/core/remark'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { Analysis, DemoDiagnostic } from './analyse.js'

/** Markdown through the remark preset, exactly as a developer's pipeline would run it. */
export function analyseMarkdown(text: string, options: ExtractOptions): Analysis {
  const file = new VFile({ value: text, path: 'post.md' })
  // Front matter (`treaty: apmbt`) sets the default instrument; the demo's selector is the option.
  const processor = unified()
    .use(remarkParse)
    .use(remarkTreatymark, options)
    .use(remarkRehype)
    .use(rehypeStringify)
  const html = String(processor.processSync(file))
  const extraction = (file.data.treatymark as Extraction | undefined) ?? extract('')
  const diagnostics = file.messages.map((m): DemoDiagnostic => {
    const point = m.place && 'start' in m.place ? m.place.start : m.place
    const start = point?.offset ?? 0
    const end = m.place && 'end' in m.place ? (m.place.end.offset ?? start) : start
    const severity: DemoDiagnostic['severity'] =
      m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
    return {
      line: point?.line ?? 1,
      column: point?.column ?? 1,
      start,
      end,
      ruleId: m.ruleId ?? 'treatymark',
      message: m.reason,
      severity,
    }
  })
  return { extraction, html, diagnostics }
}

const docsProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkTreatymark)
  .use(remarkRehype)
  .use(rehypeStringify)

/** A docs page as HTML (hast-util-to-html escapes everything it emits). */
export function renderDoc(markdown: string): string {
  return String(docsProcessor.processSync(markdown))
}
