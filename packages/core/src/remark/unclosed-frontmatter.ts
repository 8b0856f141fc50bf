/**
 * A guard around remark-frontmatter for a document that opens a front-matter fence and never
 * closes it ("---" on the first line as a thematic break, say). micromark-extension-frontmatter
 * 2.0.0 then leaves the parser unable to start containers: every later list or block quote is
 * read as a paragraph (micromark/micromark-extension-frontmatter#5, open upstream). The words
 * survive but the author's structure does not, so the preset parses such a document again
 * without the front-matter syntax: without a closing fence there is no front matter to lose.
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import remarkFrontmatter from 'remark-frontmatter'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'

/** The extensions remark-frontmatter added to a processor's data, to leave out when re-parsing. */
export interface FrontmatterExtensions {
  readonly micromark: readonly unknown[]
  readonly fromMarkdown: readonly unknown[]
}

type Data = Record<string, unknown>

const list = (data: Data, key: string): unknown[] =>
  Array.isArray(data[key]) ? (data[key] as unknown[]) : []

/** What remark-frontmatter (YAML) adds to the processor's data when `registerFrontmatter` runs it. */
function recordFrontmatter(processor: Processor): FrontmatterExtensions {
  const data = processor.data() as Data
  const micromarkBefore = new Set(list(data, 'micromarkExtensions'))
  const fromMarkdownBefore = new Set(list(data, 'fromMarkdownExtensions'))
  remarkFrontmatter.call(processor as never, ['yaml'])
  return {
    micromark: list(data, 'micromarkExtensions').filter((e) => !micromarkBefore.has(e)),
    fromMarkdown: list(data, 'fromMarkdownExtensions').filter((e) => !fromMarkdownBefore.has(e)),
  }
}

/**
 * Register remark-frontmatter (YAML) with the guard: the parser is wrapped when there is one
 * (remark-parse used first). Else `guarded` is false and the caller repairs after parsing
 * (`repairUnclosedFrontmatter`). The preset and the CLI's markdown reader both use this.
 */
export function registerFrontmatter(processor: Processor): {
  added: FrontmatterExtensions
  guarded: boolean
} {
  const added = recordFrontmatter(processor)
  return { added, guarded: guardParser(processor, added) }
}

// The opening fence of YAML front matter: "---" alone on the first line.
const opening = /^---[ \t]*(?:\r\n|\r|\n)/

/** Whether a parsed tree shows the bug: an opening fence in the document and no `yaml` node. */
function affected(tree: Root, doc: string): boolean {
  return opening.test(doc) && !tree.children.some((node) => node.type === 'yaml')
}

/** The document parsed by remark-parse's settings without the front-matter extensions. */
function parseWithout(doc: string, processor: Processor, added: FrontmatterExtensions): Root {
  const data = processor.data() as Data
  const skip = new Set<unknown>([...added.micromark, ...added.fromMarkdown])
  const settings = (data.settings ?? {}) as Data
  return fromMarkdown(doc, {
    ...settings,
    extensions: list(data, 'micromarkExtensions').filter((e) => !skip.has(e)) as never,
    mdastExtensions: list(data, 'fromMarkdownExtensions').filter((e) => !skip.has(e)) as never,
  })
}

/**
 * Wrap the processor's parser (remark-parse, when it was used before the preset) so that a
 * document with an unclosed fence is parsed again without the front-matter syntax. Returns
 * whether there was a parser to wrap.
 */
function guardParser(processor: Processor, added: FrontmatterExtensions): boolean {
  const parse = processor.parser
  if (typeof parse !== 'function' || added.micromark.length === 0) return false
  processor.parser = (doc, file) => {
    const tree = parse(doc, file) as Root
    return tree.type === 'root' && affected(tree, doc) ? parseWithout(doc, processor, added) : tree
  }
  return true
}

/**
 * The same repair after parsing, for a preset used before remark-parse: it needs the document
 * in the file (`process`, or `run` given the file), and replaces the tree's children in place.
 */
export function repairUnclosedFrontmatter(
  tree: Root,
  file: VFile,
  processor: Processor,
  added: FrontmatterExtensions,
): boolean {
  if (added.micromark.length === 0 || file.value === undefined || file.value === null) return false
  const doc = String(file)
  if (!affected(tree, doc)) return false
  const fresh = parseWithout(doc, processor, added)
  tree.children = fresh.children
  if (fresh.position) tree.position = fresh.position
  return true
}
