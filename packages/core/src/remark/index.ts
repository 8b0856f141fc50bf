/**
 * remark plugins of treatymark (`@treatymark/core/remark`): treaty citations, UN document
 * symbols, states and state lists, image credits, and the preset that does all of them with
 * one extraction.
 */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import type { Kind } from '../models/index.js'
import { sourceOffsetIn } from './messages.js'
import { registerDirectiveSyntax } from './syntax.js'
import { treatymarkToMarkdown } from './to-markdown.js'
import { treatymarkTransform } from './transform.js'
import type { RemarkTreatymarkOptions } from './types.js'

export type {
  RemarkTreatymarkOptions,
  TreatymarkCaption,
  TreatymarkData,
  TreatymarkFigure,
  TreatymarkGenerated,
  TreatymarkPhrasing,
  TreatymarkRole,
} from './types.js'

type Transformer = (tree: Root, file: VFile) => undefined

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

function plugin(kinds: readonly Kind[]) {
  return function (this: Processor, options?: RemarkTreatymarkOptions | null): Transformer {
    const settings = options ?? {}
    registerToMarkdown(this as Processor, settings.rewrite === true)
    return (tree, file) => {
      treatymarkTransform(tree, file, settings, kinds)
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
  if (options?.syntax !== false) {
    const data = this.data() as Record<string | symbol, unknown>
    const flag = Symbol.for('treatymark.syntax')
    if (!data[flag]) {
      data[flag] = true
      remarkFrontmatter.call(this as never, ['yaml'])
    }
    if (options?.directives !== false) registerDirectiveSyntax(this as Processor)
  }
  return everything.call(this, options)
}

export default remarkTreatymark
