/**
 * The mdast adapter of the tree engine (`render/tree-engine.ts`): how the remark plugins read a
 * markdown tree and put the renderer's elements into it, as `treatymark` nodes carrying
 * `hName`/`hProperties`, so that remark-rehype emits exactly what `renderText` emits.
 */
import type { Element, ElementContent } from 'hast'
import type { Nodes, Paragraph, Parent, PhrasingContent, Text } from 'mdast'
import { unistAdapter } from '../render/child-edits.js'
import type { NestedInterval, ResolvedRenderOptions } from '../render/index.js'
import {
  collect,
  markupTree,
  Read,
  segmentFrom,
  type Collected as EngineCollected,
  type TreeAdapter,
} from '../render/tree-engine.js'
import type { TreatymarkData, TreatymarkPhrasing, TreatymarkRole } from './types.js'

export { GAP, segmentAt, segmentFrom } from '../render/tree-engine.js'

/** The prose of a markdown tree, its text nodes and where they sit (see `collect`). */
export interface Collected extends EngineCollected<Nodes, Text> {
  /**
   * Parent of every node on the way to a text node, kept up to date as the tree changes (the
   * markup that finally replaces text nodes in `applyForest` is not recorded: nothing reads it).
   */
  parents: Map<Nodes, Parent>
  /** Offsets of each paragraph's prose. */
  paragraphs: Map<Paragraph, { start: number; end: number }>
  /** The adapter the text was read with (to change the tree the same way). */
  adapter: TreeAdapter<Nodes, Text>
}

/** Nodes whose content is never read or changed. */
const skipped = new Set(['code', 'yaml', 'toml', 'definition', 'math'])
/** Inline nodes that stand for one non-prose character. */
const opaqueInline = new Set([
  'inlineCode',
  'html',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'inlineMath',
  'treatymarkGenerated',
])
/** Inline parents: their text runs on without a separator. */
const phrasingParents = new Set([
  'emphasis',
  'strong',
  'delete',
  'textDirective',
  'treatymark',
  'treatymarkCaption',
])
/** Parents a wrapper may be put into. */
const phrasingContainers = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'tableCell',
  'textDirective',
  'leafDirective',
  'treatymark',
  'treatymarkCaption',
])

function isLockedNode(node: Nodes): boolean {
  const data = node.data as TreatymarkData | undefined
  return (
    node.type === 'treatymark' ||
    node.type === 'treatymarkCaption' ||
    (data?.treatymark !== undefined && node.type !== 'treatymarkFigure')
  )
}

/** The mdast node for a rendered element: same tag and properties, the author's words inside. */
export function wrapperFromElement(
  element: Element,
  role: TreatymarkRole,
  children: PhrasingContent[],
): TreatymarkPhrasing {
  const data: TreatymarkData = {
    hName: element.tagName,
    hProperties: element.properties,
    treatymark: role,
  }
  return { type: 'treatymark', data, children }
}

const roles: Record<string, TreatymarkRole> = {
  cite: 'citation',
  doc: 'document',
  state: 'state',
  'state-list': 'stateList',
  credit: 'credit',
}

/** What a rendered element marks up, from its class (`tm-cite` -> citation). */
function roleOfElement(element: Element, prefix: string): TreatymarkRole {
  const className = element.properties.className
  const first = Array.isArray(className) ? String(className[0] ?? '') : ''
  const name = first.startsWith(prefix) ? first.slice(prefix.length) : first
  return roles[name] ?? (name.startsWith('credit-') ? 'creditPart' : 'generated')
}

/**
 * hast from the renderer as mdast: elements become wrappers carrying `hName`/`hProperties`.
 * In place: the renderer made these nodes for this call only, so its arrays are reused and its
 * text nodes (`{ type: 'text', value }`, the same shape in mdast) are kept as they are.
 */
function fromHast(nodes: ElementContent[], prefix: string): PhrasingContent[] {
  const out = nodes as unknown as PhrasingContent[]
  let length = 0
  for (const node of nodes) {
    if (node.type === 'text') out[length++] = node as PhrasingContent
    else if (node.type === 'element')
      out[length++] = wrapperFromElement(
        node,
        roleOfElement(node, prefix),
        fromHast(node.children, prefix),
      )
  }
  out.length = length
  return out
}

function mdastAdapter(
  lock: (node: Nodes) => boolean,
  classPrefix: string,
  parents: Map<Nodes, Parent>,
): TreeAdapter<Nodes, Text> {
  return unistAdapter<Nodes, Text>(
    {
      read(node) {
        if (node.type === 'text') return Read.text
        if (node.type === 'break') return Read.break
        if (skipped.has(node.type)) return Read.skip
        if (opaqueInline.has(node.type)) return Read.gap
        if (!('children' in node)) return Read.skip
        let how: number = Read.parent
        if (!phrasingParents.has(node.type)) how |= Read.block
        if (isLockedNode(node) || lock(node)) how |= Read.lock
        if (node.type === 'paragraph') how |= Read.paragraph
        return how
      },
      canWrapIn: (node) => phrasingContainers.has(node.type),
      insideLink(node, parents) {
        for (let current: Nodes | undefined = node; current; current = parents.get(current)) {
          const data = current.data as TreatymarkData | undefined
          if (data?.hName === 'a' && data.hProperties?.href !== undefined) return true
        }
        return false
      },
      wrapper: (element, interval) => wrapperFromElement(element, interval.kind, []),
      convert: (nodes) => fromHast(nodes, classPrefix),
    },
    parents as Map<Nodes, Nodes>,
  )
}

/**
 * Read the prose of a tree in document order, the way extract() should see it: text nodes
 * concatenated within a block, blank lines between blocks, one placeholder character for
 * inline code, links, images and inline HTML. Code blocks, HTML blocks, definitions and front
 * matter are left out. Nodes for which `lock` is true (and treatymark's own) are read, never
 * changed.
 */
export function collectText(
  tree: Nodes,
  lock: (node: Nodes) => boolean = () => false,
  classPrefix = 'tm-',
): Collected {
  const parents = new Map<Nodes, Parent>()
  const adapter = mdastAdapter(lock, classPrefix, parents)
  const collected = collect<Nodes, Text>(tree, adapter)
  return {
    ...collected,
    paragraphs: collected.paragraphs as Map<Paragraph, { start: number; end: number }>,
    parents,
    adapter,
  }
}

/** Whether any text node in `start .. end` is locked (inside a directive or earlier markup). */
export function overlapsLocked(collected: Collected, start: number, end: number): boolean {
  const { segments } = collected
  for (let i = segmentFrom(segments, start); i >= 0 && i < segments.length; i++) {
    const segment = segments[i]!
    if (segment.start >= end) break
    if (segment.locked) return true
  }
  return false
}

/**
 * Put the nested intervals into the tree (see `markupTree`); `blockApplied` holds the credits
 * applied to a whole paragraph (`applyBlockCredits`).
 */
export function applyForest(
  forest: readonly NestedInterval[],
  collected: Collected,
  options: ResolvedRenderOptions,
  blockApplied: ReadonlySet<NestedInterval>,
): void {
  markupTree(collected, forest, collected.adapter, options, blockApplied)
}
