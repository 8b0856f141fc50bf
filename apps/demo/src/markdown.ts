// Everything unified: loaded on demand (markdown mode, docs pages), so the playground's first
// load carries only @treatymark/core.
import { extract, type ExtractOptions, type Extraction } from '@treatymark/core'
import { remarkTreatymark, sourceOffset, type TreatymarkData } from '@treatymark/core/remark'
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { Analysis, DemoDiagnostic } from './analysis.js'
import { blocksHtml } from './blocks.js'
import { incrementalParser } from './incremental.js'
import { marksOf } from './marks.js'
import { rehypeHeadingAnchors } from './headings.js'
import { treeJson } from './tree.js'

// The syntax (GFM, front matter, treatymark's directives) does not depend on the options: one
// parser, which parses again only the blocks an edit touched (see incremental.ts).
const syntax = unified().use(remarkParse).use(remarkGfm).use(remarkTreatymark).freeze()
const incremental = incrementalParser((text) => syntax.parse(text))
/** The preset's transform for each set of options (frozen processors are reusable). */
const transforms = new Map<string, ReturnType<typeof transformFor>>()
const transformFor = (options: ExtractOptions) =>
  unified().use(remarkParse).use(remarkGfm).use(remarkTreatymark, options).freeze()

type Handler = NonNullable<NonNullable<RemarkRehypeOptions['handlers']>['treatymark']>

/**
 * treatymark's inline nodes (one per entity) to hast: what mdast-util-to-hast does for them by
 * default (an element named by `data.hName`, with `data.hProperties`), but copying the properties
 * by hand rather than with `structuredClone`, which costs a tenth of a 5,000-word analysis when
 * called once per entity. The output is the same (tested in markdown.test.ts).
 */
export const entityToHast: Handler = (state, node) => {
  const data = (node as { data?: TreatymarkData }).data ?? {}
  const properties: Properties = {}
  for (const [key, value] of Object.entries(data.hProperties ?? {}))
    properties[key] = Array.isArray(value) ? [...value] : value
  const element: Element = {
    type: 'element',
    tagName: data.hName ?? 'div',
    properties,
    children: data.hChildren ?? (state.all(node) as ElementContent[]),
  }
  state.patch(node, element)
  return element
}

const toHast = unified()
  .use(remarkRehype, { handlers: { treatymark: entityToHast } })
  .freeze()

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
