// Everything unified: loaded on demand (markdown mode, docs pages), so the playground's first
// load carries only @treatymark/core.
import { extract, type ExtractOptions, type Extraction } from '@treatymark/core'
import { remarkTreatymark, sourceOffset } from '@treatymark/core/remark'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { Analysis, DemoDiagnostic } from './analyse.js'
import { blocksHtml } from './blocks.js'
import { incrementalParser } from './incremental.js'
import { marksOf } from './marks.js'
import { rehypeHeadingAnchors } from './headings.js'
import { treeJson } from './tree.js'

// The syntax (GFM, front matter, treatymark's directives) does not depend on the options: one
// parser, which parses again only the blocks an edit touched (see incremental.ts).
const syntax = unified().use(remarkParse).use(remarkGfm).use(remarkTreatymark).freeze()
const incremental = incrementalParser((text) => syntax.parse(text))
const toHast = unified().use(remarkRehype).freeze()
/** The preset's transform for each set of options (frozen processors are reusable). */
const transforms = new Map<string, ReturnType<typeof transformFor>>()
const transformFor = (options: ExtractOptions) =>
  unified().use(remarkParse).use(remarkGfm).use(remarkTreatymark, options).freeze()

/** Markdown through GFM and the remark preset, exactly as a developer's pipeline would run it. */
export function analyseMarkdown(text: string, options: ExtractOptions, withTree = false): Analysis {
  const file = new VFile({ value: text, path: 'post.md' })
  // Front matter (`treaty: apmbt`) sets the default instrument; the demo's selector is the option.
  const key = JSON.stringify(options)
  let transform = transforms.get(key)
  if (!transform) {
    if (transforms.size > 8) transforms.clear()
    transform = transformFor(options)
    transforms.set(key, transform)
  }
  const mdast = transform.runSync(incremental.parse(text).tree, file) as MdastRoot
  const hast = toHast.runSync(mdast, file) as HastRoot
  const blocks = blocksHtml(hast, 'elements')
  const html = blocks.join('')
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
  // The preset's offsets are in the text it read; sourceOffset maps them to the markdown.
  const marks = marksOf(extraction, diagnostics, (offset) => sourceOffset(file, offset))
  const analysis: Analysis = { extraction, html, blocks, diagnostics, marks }
  if (withTree) analysis.tree = treeJson({ mdast, hast })
  return analysis
}

// Images of the docs (docs/images/*.png), served by the demo under hashed asset URLs.
const images = import.meta.glob('../../../docs/images/*.png', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>
const imageUrl = (src: string): string | null => {
  const name = /^(?:\.\/)?images\/([\w.-]+\.png)$/.exec(src)?.[1]
  return name ? (images[`../../../docs/images/${name}`] ?? null) : null
}

const docsProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkTreatymark)
  .use(remarkRehype)
  .use(rehypeHeadingAnchors, { imageUrl })
  .use(rehypeStringify)

/** A docs page as HTML (hast-util-to-html escapes everything it emits). */
export function renderDoc(markdown: string, slug: string): string {
  return String(docsProcessor.processSync(new VFile({ value: markdown, data: { slug } })))
}
