/**
 * markdownToLexical: a markdown post with treatymark syntax -> Ghost lexical. Paragraphs,
 * headings, lists, quotes, links, images and code stay native Ghost nodes the author can keep
 * editing; blocks whose treatymark markup Ghost would strip become html cards with core's markup.
 */
import {
  safeImageSrc,
  type Extraction,
  type InstrumentId,
  type RenderOptions,
} from '@treatymark/core'
import { remarkTreatymark, type RemarkTreatymarkOptions } from '@treatymark/core/remark'
import type { Root as HastRoot, RootContent as HastContent } from 'hast'
import type {} from 'remark-directive'
import type { Definition, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import type { Position } from 'unist'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { parse as parseYaml } from 'yaml'
import { inlineCardStyles, safeLinkUrl, serializeCard } from './html.js'
import {
  elementBase,
  lexicalDocument,
  lexicalText,
  type LexicalBlock,
  type LexicalDocument,
  type LexicalInline,
  type LexicalList,
  type LexicalListItem,
} from './lexical.js'

export interface MarkdownToLexicalOptions extends RenderOptions {
  /** Default instrument ("the Convention"); front matter `treaty:` wins. */
  instrument?: InstrumentId
  /** Also mark demonyms as state mentions. */
  demonyms?: boolean
  /**
   * Where a block's treatymark markup goes (default `'links'`):
   * - `'links'`: citations and documents become native Ghost links (Ghost keeps the href, drops
   *   classes and data); blocks with states, lists of states, credits or figures become html
   *   cards with core's full markup.
   * - `'cards'`: every block with any treatymark entity becomes an html card (full markup,
   *   hover cards; the author edits those blocks as HTML in Ghost).
   */
  inline?: 'links' | 'cards'
  /**
   * Take the post title from a leading `# Heading` when the front matter has no `title`
   * (default `true`); the heading is then left out of the body.
   */
  titleFromHeading?: boolean
  /** Inline the styles that must survive email in html cards (default `true`). */
  inlineStyles?: boolean
}

/** Post fields read from YAML front matter (all optional). */
export interface PostMeta {
  title?: string
  slug?: string
  tags?: string[]
  excerpt?: string
  featureImage?: string
  status?: 'draft' | 'published'
}

export interface MarkdownToLexicalResult {
  lexical: LexicalDocument
  /** Front matter fields, and the title taken from a leading heading. */
  meta: PostMeta
  /** What treatymark found (offsets index its prose text, see the remark docs). */
  extraction: Extraction
  /** Diagnostics of the remark preset, with line and column in the markdown. */
  messages: {
    message: string
    line?: number
    column?: number
    ruleId?: string
    fatal?: boolean | null
  }[]
  /** Count of blocks that became html cards. */
  cards: number
}

type Options = MarkdownToLexicalOptions

/** Raw HTML in the markdown is kept as the author's text (shown, never run). */
function rawHtmlAsText(tree: Root): void {
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return
    const children = node.children as Nodes[]
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      if (child.type === 'html') {
        const text = { type: 'text' as const, value: child.value, position: child.position }
        children[i] =
          node.type === 'root' ||
          node.type === 'blockquote' ||
          node.type === 'listItem' ||
          node.type === 'footnoteDefinition' ||
          (node.type as string) === 'containerDirective'
            ? ({ type: 'paragraph', children: [text], position: child.position } as Nodes)
            : (text as Nodes)
      } else visit(child)
    }
  }
  visit(tree)
}

/**
 * Directives the preset did not handle (`:0`, `10:30`, `:::note`) go back to what the author
 * wrote: remark-directive reads any `:name`, and unknown ones would otherwise lose their text.
 */
function unknownDirectivesAsText(tree: Root, file: VFile): void {
  const source = String(file.value)
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return
    const children = node.children as Nodes[]
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      const type = child.type as string
      if (type === 'textDirective' || type === 'leafDirective' || type === 'containerDirective') {
        if (dataOf(child).hName) {
          visit(child)
          continue
        }
        const position = (child as { position?: Position }).position
        const start = position?.start.offset
        const end = position?.end.offset
        const value =
          start !== undefined && end !== undefined ? source.slice(start, end) : toString(child)
        const text = { type: 'text' as const, value }
        children[i] = (
          type === 'textDirective' ? text : { type: 'paragraph', children: [text], position }
        ) as Nodes
      } else visit(child)
    }
  }
  visit(tree)
}

function processor(options: Options) {
  const settings: RemarkTreatymarkOptions = { ...options }
  delete (settings as Record<string, unknown>).inline
  delete (settings as Record<string, unknown>).titleFromHeading
  delete (settings as Record<string, unknown>).inlineStyles
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => rawHtmlAsText)
    .use(remarkTreatymark, settings)
    .use(() => unknownDirectivesAsText)
}

function run(markdown: string, options: Options): { tree: Root; file: VFile } {
  if (typeof markdown !== 'string') throw new TypeError('markdown must be a string')
  const file = new VFile({ value: markdown })
  const proc = processor(options)
  const tree = proc.runSync(proc.parse(file), file) as Root
  return { tree, file }
}

function definitionsOf(tree: Root): Definition[] {
  const out: Definition[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') out.push(node)
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return out
}

/** A markdown fragment as hast with core's markup (what `renderCard({kind: 'markdown'})` uses). */
export function markdownToHast(markdown: string, options: Options = {}): HastRoot {
  const { tree } = run(markdown, options)
  tree.children = tree.children.filter((node) => node.type !== 'yaml')
  return toHast(tree) as HastRoot
}

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

interface TreatymarkNodeData {
  treatymark?: string
  hName?: string
  hProperties?: Record<string, unknown>
}

function dataOf(node: Nodes): TreatymarkNodeData {
  return ((node as { data?: unknown }).data ?? {}) as TreatymarkNodeData
}

/** Whether a treatymark node is a plain link Ghost keeps (a linked citation or document). */
function isEntityLink(node: Nodes): boolean {
  const data = dataOf(node)
  return (
    (data.treatymark === 'citation' || data.treatymark === 'document') &&
    data.hName === 'a' &&
    typeof data.hProperties?.href === 'string'
  )
}

/** Whether a block must become an html card to keep its markup (or its content at all). */
function needsCard(node: Nodes, options: Options): boolean {
  switch (node.type) {
    case 'treatymark':
      if (options.inline === 'cards' || !isEntityLink(node)) return true
      break
    case 'treatymarkFigure':
    case 'treatymarkCaption':
    case 'treatymarkGenerated':
    case 'table':
    case 'footnoteReference':
    case 'footnoteDefinition':
    case 'imageReference':
    case 'textDirective':
    case 'leafDirective':
    case 'containerDirective':
      return true
    case 'image':
      return true
    case 'listItem':
      if (typeof node.checked === 'boolean') return true
      for (const child of node.children)
        if (child.type !== 'paragraph' && child.type !== 'list') return true
      break
    case 'blockquote':
      for (const child of node.children) if (child.type !== 'paragraph') return true
      break
    default:
      break
  }
  if ('children' in node)
    for (const child of node.children as Nodes[]) if (needsCard(child, options)) return true
  return false
}

class Converter {
  cards = 0
  readonly definitions = new Map<string, Definition>()
  constructor(
    readonly options: Options,
    definitions: Definition[],
  ) {
    for (const d of definitions)
      if (!this.definitions.has(d.identifier)) this.definitions.set(d.identifier, d)
  }

  inline(nodes: readonly PhrasingContent[], format = 0): LexicalInline[] {
    const out: LexicalInline[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          if (node.value) out.push(lexicalText(node.value, format))
          break
        case 'emphasis':
          out.push(...this.inline(node.children, format | 2))
          break
        case 'strong':
          out.push(...this.inline(node.children, format | 1))
          break
        case 'delete':
          out.push(...this.inline(node.children, format | 4))
          break
        case 'inlineCode':
          out.push(lexicalText(node.value, format | 16))
          break
        case 'break':
          out.push({ type: 'linebreak', version: 1 })
          break
        case 'link':
          out.push(...this.link(node.url, node.title ?? null, this.inline(node.children, format)))
          break
        case 'linkReference': {
          const definition = this.definitions.get(node.identifier)
          const children = this.inline(node.children, format)
          if (definition) out.push(...this.link(definition.url, definition.title ?? null, children))
          else out.push(lexicalText(toString(node), format))
          break
        }
        case 'treatymark': {
          const data = dataOf(node)
          const children = this.inline(node.children, format)
          const href = data.hProperties?.href
          const title = data.hProperties?.title
          if (typeof href === 'string')
            out.push(...this.link(href, typeof title === 'string' ? title : null, children))
          else out.push(...children)
          break
        }
        default:
          // Not reached for blocks that pass needsCard; keep the words whatever happens.
          out.push(lexicalText(toString(node), format))
      }
    }
    return out
  }

  link(url: string, title: string | null, children: LexicalInline[]): LexicalInline[] {
    const safe = safeLinkUrl(url)
    if (!safe) return children
    const content = children.filter(
      (c): c is Exclude<LexicalInline, { type: 'link' }> => c.type !== 'link',
    )
    return [
      {
        type: 'link',
        ...elementBase(),
        url: safe,
        rel: null,
        target: null,
        title,
        children: content,
      },
    ]
  }

  card(node: RootContent): LexicalBlock {
    this.cards++
    const root: Root = { type: 'root', children: [...this.definitions.values(), node] }
    const hast = toHast(root) as HastRoot
    const nodes = hast.children.filter(
      (child) => !(child.type === 'text' && !child.value.trim()),
    ) as HastContent[]
    if (this.options.inlineStyles !== false)
      inlineCardStyles(nodes, this.options.classPrefix ?? 'tm-')
    return { type: 'html', version: 1, html: serializeCard(nodes) }
  }

  listItems(list: Extract<RootContent, { type: 'list' }>): LexicalList {
    const start = list.start ?? 1
    const items: LexicalListItem[] = list.children.map((item, index) => {
      const children: (LexicalInline | LexicalList)[] = []
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          if (children.length > 0 && children.at(-1)?.type !== 'list')
            children.push({ type: 'linebreak', version: 1 })
          children.push(...this.inline(child.children))
        } else if (child.type === 'list') children.push(this.listItems(child))
      }
      return {
        type: 'listitem',
        ...elementBase(),
        value: list.ordered ? start + index : index + 1,
        children,
      }
    })
    return {
      type: 'list',
      ...elementBase(),
      listType: list.ordered ? 'number' : 'bullet',
      start: list.ordered ? start : 1,
      tag: list.ordered ? 'ol' : 'ul',
      children: items,
    }
  }

  block(node: RootContent): LexicalBlock | undefined {
    switch (node.type) {
      case 'yaml':
      case 'definition':
        return undefined
      case 'code':
        return {
          type: 'codeblock',
          version: 1,
          code: node.value,
          language: node.lang ?? '',
          caption: '',
        }
      case 'thematicBreak':
        return { type: 'horizontalrule', version: 1 }
      case 'paragraph': {
        const only = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()))
        if (only.length === 1 && only[0]!.type === 'image') {
          const image = only[0]
          const src = safeImageSrc(image.url)
          if (src)
            return {
              type: 'image',
              version: 1,
              src,
              width: null,
              height: null,
              title: image.title ?? '',
              alt: image.alt ?? '',
              caption: '',
              cardWidth: 'regular',
              href: '',
            }
        }
        if (needsCard(node, this.options)) return this.card(node)
        return { type: 'paragraph', ...elementBase(), children: this.inline(node.children) }
      }
      case 'heading':
        if (needsCard(node, this.options)) return this.card(node)
        return {
          type: 'heading',
          ...elementBase(),
          tag: headingTags[node.depth - 1]!,
          children: this.inline(node.children),
        }
      case 'blockquote': {
        if (needsCard(node, this.options)) return this.card(node)
        const children: LexicalInline[] = []
        for (const child of node.children) {
          if (child.type !== 'paragraph') continue
          if (children.length > 0)
            children.push({ type: 'linebreak', version: 1 }, { type: 'linebreak', version: 1 })
          children.push(...this.inline(child.children))
        }
        return { type: 'quote', ...elementBase(), children }
      }
      case 'list':
        if (needsCard(node, this.options)) return this.card(node)
        return this.listItems(node)
      default:
        // Tables, figures, footnotes, directives, generated sections: core's markup in a card.
        return this.card(node)
    }
  }
}

function readMeta(tree: Root, file: VFile): PostMeta {
  const yaml = tree.children.find((node) => node.type === 'yaml')
  const meta: PostMeta = {}
  if (!yaml) return meta
  let data: unknown
  try {
    data = parseYaml(yaml.value)
  } catch (error) {
    file.message(
      `front matter is not valid YAML: ${(error as Error).message}`,
      yaml,
      'treatymark-ghost:frontmatter',
    )
    return meta
  }
  if (!data || typeof data !== 'object') return meta
  const d = data as Record<string, unknown>
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() ? v.trim() : undefined
  if (str(d.title)) meta.title = str(d.title)
  if (str(d.slug)) meta.slug = str(d.slug)
  const excerpt = str(d.excerpt) ?? str(d.custom_excerpt)
  if (excerpt) meta.excerpt = excerpt
  const feature = str(d.feature_image) ?? str(d.featureImage)
  if (feature) meta.featureImage = feature
  if (d.status === 'draft' || d.status === 'published') meta.status = d.status
  if (Array.isArray(d.tags)) meta.tags = d.tags.map(String).filter(Boolean)
  else if (typeof d.tags === 'string')
    meta.tags = d.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
  return meta
}

/**
 * A whole markdown post with treatymark syntax as Ghost lexical (see `inline` for where the
 * markup goes). Front matter gives the post fields (`title`, `slug`, `tags`, `excerpt`,
 * `feature_image`, `status`) and `treaty:`; raw HTML in the markdown is kept as visible text.
 */
export function markdownToLexical(
  markdown: string,
  options: Options = {},
): MarkdownToLexicalResult {
  const { tree, file } = run(markdown, options)
  const meta = readMeta(tree, file)
  const blocks = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'definition')
  if (options.titleFromHeading !== false && !meta.title) {
    const first = blocks[0]
    if (first?.type === 'heading' && first.depth === 1) {
      meta.title = toString(first)
      blocks.shift()
    }
  }
  const converter = new Converter(options, definitionsOf(tree))
  const children: LexicalBlock[] = []
  for (const node of blocks) {
    const block = converter.block(node)
    if (block) children.push(block)
  }
  // Ghost (and lexical) need at least one block.
  if (children.length === 0) children.push({ type: 'paragraph', ...elementBase(), children: [] })
  return {
    lexical: lexicalDocument(children),
    meta,
    extraction: file.data.treatymark as Extraction,
    messages: file.messages.map((m) => ({
      message: m.reason,
      ...(m.line ? { line: m.line } : {}),
      ...(m.column ? { column: m.column } : {}),
      ...(m.ruleId ? { ruleId: m.ruleId } : {}),
      fatal: m.fatal,
    })),
    cards: converter.cards,
  }
}
