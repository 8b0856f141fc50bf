/**
 * Markdown for the CLI: the file goes through remark-parse and the same transform as the remark
 * preset, so code, inline code and links are skipped and directives and front matter read, as
 * the plugins do.
 */
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import type { Extraction, ExtractOptions, Kind, Severity } from '../models/index.js'
import type { RuleId } from '../models/rules.js'
import { sourceOffsetIn } from '../remark/messages.js'
import { remarkTreatymarkSyntax } from '../remark/syntax.js'
import { emptyExtraction, treatymarkTransform } from '../remark/transform.js'
import { registerFrontmatter } from '../remark/unclosed-frontmatter.js'
import type { RemarkTreatymarkOptions } from '../remark/types.js'
import { hastToHtml } from '../render/html.js'

/** Every kind, in the order of the Extraction object. */
const allKinds: readonly Kind[] = ['citations', 'documents', 'states', 'stateLists', 'credits']

/** A diagnostic of a markdown file, positioned in the markdown (1-based line and column). */
export interface MarkdownDiagnostic {
  line: number
  column: number
  ruleId: RuleId
  message: string
  severity: Severity
}

export interface MarkdownResult {
  /** What was found; offsets index `text`. */
  extraction: Extraction
  /** The prose treatymark read (blocks separated by blank lines, code and links left out). */
  text: string
  /** Offset in the markdown source of an offset in `text` (exact where the text is verbatim). */
  sourceOffset: (offset: number) => number | undefined
  diagnostics: MarkdownDiagnostic[]
  /** The document as HTML, with the entities marked up (what remark-rehype would give). */
  html: () => string
}

function processor(options: ExtractOptions): Processor<Root, Root, Root> {
  const kinds = options.kinds ?? allKinds
  const settings: RemarkTreatymarkOptions = {}
  if (options.instrument) settings.instrument = options.instrument
  if (options.demonyms) settings.demonyms = true
  return unified()
    .use(remarkParse)
    .use(remarkTreatymarkSyntax)
    .use(function (this: Processor) {
      // The preset's front matter, with its guard for a fence that never closes.
      registerFrontmatter(this)
    })
    .use(() => (tree: Root, file: VFile) => {
      treatymarkTransform(tree, file, settings, kinds)
    }) as unknown as Processor<Root, Root, Root>
}

function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** Read markdown the way the remark preset does. */
export function readMarkdown(markdown: string, options: ExtractOptions): MarkdownResult {
  const file = new VFile(markdown)
  const run = processor(options)
  const tree = run.runSync(run.parse(file), file)
  const map = file.data.treatymarkSourceMap ?? []
  const extraction: Extraction = file.data.treatymark ?? emptyExtraction()
  const diagnostics: MarkdownDiagnostic[] = file.messages
    .filter((message) => message.source === 'treatymark')
    .map((message) => ({
      line: message.line ?? 1,
      column: message.column ?? 1,
      ruleId: message.ruleId as RuleId,
      message: message.reason,
      severity: severityOf(message.fatal),
    }))
  return {
    extraction,
    text: file.data.treatymarkText ?? '',
    sourceOffset: (offset) => sourceOffsetIn(map, offset),
    diagnostics,
    html: () => {
      const hast = unified()
        .use(remarkRehype)
        .runSync(tree as never)
      return hastToHtml(hast as never)
    },
  }
}
