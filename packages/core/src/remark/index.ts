/**
 * remark plugins of treatymark (`@treatymark/core/remark`): treaty citations, UN document
 * symbols, states and state lists, image credits, and the preset that does all of them with
 * one extraction.
 */
import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import type { Kind } from '../models/index.js'
import { report, sourceOffsetIn } from './messages.js'
import { checkedOptions } from './options.js'
import { registerDirectiveSyntax } from './syntax.js'
import { treatymarkToMarkdown } from './to-markdown.js'
import { treatymarkTransform } from './transform.js'
import { registerFrontmatter, repairUnclosedFrontmatter } from './unclosed-frontmatter.js'
import type { RemarkTreatymarkOptions } from './types.js'

export type * from '../models/public.js'
export type {
  BuildUrl,
  Entity,
  EntityByKind,
  EntityKind,
  RenderOptions,
} from '../render/options.js'
export type {
  RemarkTreatymarkOptions,
  TreatymarkCaption,
  TreatymarkData,
  TreatymarkFigure,
  TreatymarkGenerated,
  TreatymarkPhrasing,
  TreatymarkRole,
} from './types.js'

/** What each plugin returns: unified calls it with the tree and the file. */
export type Transformer = (tree: Root, file: VFile) => undefined

/**
 * Offset in the markdown source of an offset in `file.data.treatymarkText` (entity offsets in
 * `file.data.treatymark` index that text), or undefined for text treatymark added between
 * blocks. Exact where the text node is its source verbatim, else the start of the node.
 */
export function sourceOffset(file: VFile, offset: number): number | undefined {
  const map = file.data.treatymarkSourceMap
  return map ? sourceOffsetIn(map, offset) : undefined
}

const registered = Symbol.for('treatymark.toMarkdown')

/** Teach remark-stringify treatymark's nodes once per processor. */
function registerToMarkdown(processor: Processor, rewrite: boolean): void {
  const data = processor.data() as Record<string | symbol, unknown> & {
    toMarkdownExtensions?: unknown[]
  }
  if (data[registered]) return
  data[registered] = true
  const list = (data.toMarkdownExtensions ??= [])
  list.push(treatymarkToMarkdown(rewrite))
}

/**
 * `report: 'console'`: print this run's messages on stderr, for hosts that show none (Astro):
 * `path:line:column  severity  reason  treatymark:rule`.
 */
function printMessages(file: VFile, from: number): void {
  for (const message of file.messages.slice(from)) {
    if (message.source !== 'treatymark') continue
    const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
    const place = `${file.path || '<stdin>'}:${message.line ?? 1}:${message.column ?? 1}`
    console.warn(`${place}  ${severity}  ${message.reason}  treatymark:${message.ruleId ?? ''}`)
  }
}

function plugin(kinds: readonly Kind[]) {
  return function (this: Processor, options?: RemarkTreatymarkOptions | null): Transformer {
    const settings = options && typeof options === 'object' ? options : {}
    registerToMarkdown(this as Processor, settings.rewrite === true)
    return (tree, file) => {
      const before = file.messages.length
      try {
        treatymarkTransform(tree, file, checkedOptions(settings, file), kinds)
      } catch (error) {
        // Never a crash of the whole pipeline: a stack overflow on absurdly nested markdown, or a
        // bug, becomes a message and the document goes on as it is.
        report(
          file,
          `treatymark could not process this document: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
          tree.position?.start,
          'internal-error',
          'error',
        )
      }
      if (settings.report === 'console') printMessages(file, before)
      return undefined
    }
  }
}

/** Link treaty citations ("Article 5(1) of the APMBT") and `:cite` directives. */
export const remarkTreatyCitations = plugin(['citations'])
/** Link UN document symbols ("CCW/GGE/2008-V/WP.1") to docs.un.org. */
export const remarkDocumentSymbols = plugin(['documents'])
/** Mark state mentions and wrap lists of states; `:state` and `::states` directives. */
export const remarkStateLists = plugin(['states', 'stateLists'])
/** Mark credit lines, make figures of image + credit; `:::credit` directives. */
export const remarkImageCredits = plugin(['credits'])

const allKinds: Kind[] = ['citations', 'documents', 'states', 'stateLists', 'credits']
const everything = plugin(allKinds)

/**
 * The preset: every plugin above with one extraction and one options object. Unless
 * `syntax: false`, it also registers remark-frontmatter (YAML) and, unless `directives: false`,
 * the syntax of treatymark's own directives (`:cite[…]`, `:state[…]`, `::states[…]`,
 * `:::credit`): remark-directive's grammar restricted to those, so `10:30`, `note:this` or a
 * `:::note` block stay the text the author wrote.
 */
export function remarkTreatymark(
  this: Processor,
  options?: RemarkTreatymarkOptions | null,
): Transformer {
  let frontmatter: ReturnType<typeof registerFrontmatter> | null = null
  if (options?.syntax !== false) {
    const data = this.data() as Record<string | symbol, unknown>
    const flag = Symbol.for('treatymark.syntax')
    if (!data[flag]) {
      data[flag] = true
      frontmatter = registerFrontmatter(this as Processor)
    }
    if (options?.directives !== false) registerDirectiveSyntax(this as Processor)
  }
  const transform = everything.call(this, options)
  // remark-parse used first (the usual order): the parser itself is guarded; else the transformer.
  if (!frontmatter || frontmatter.guarded) return transform
  const { added } = frontmatter
  const processor = this as Processor
  return (tree, file) => {
    repairUnclosedFrontmatter(tree, file, processor, added)
    return transform(tree, file)
  }
}

export default remarkTreatymark
