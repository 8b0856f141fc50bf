/**
 * The one engine that marks up an existing tree, for the remark plugins (mdast), `markupHast`
 * (hast) and `markupDom` (live DOM): collect -> plan -> wrap.
 *
 * - collect: read the prose of the tree in document order as one text, with the text nodes it
 *   came from (segments), block separators between blocks and one placeholder (GAP) for inline
 *   content that is no prose (code, links, images).
 * - plan: given the nested intervals found in that text, decide which are split out of one text
 *   node and which, running over several text nodes ("Article 5 of the <em>Convention</em>"), can
 *   be wrapped at a common parent without cutting through an element (`planAcross`).
 * - wrap: cut text nodes and wrap runs of children right to left (so the segments still to be
 *   used stay valid), then replace each text node that holds entities with the renderer's output.
 *
 * What differs between trees is behind a small adapter (`TreeAdapter`): how a node is read, its
 * children and parent, and how the tree is changed.
 */
import type { Element, ElementContent } from 'hast'
import { extract } from '../extract/index.js'
import type { Extraction } from '../models/index.js'
import { intervalElement } from './elements.js'
import { inlineElements, opaqueElements, skippedElements } from './html-elements.js'
import {
  collectIntervals,
  fallbackChildren,
  nestIntervals,
  type Interval,
  type NestedInterval,
} from './intervals.js'
import type { ResolvedRenderOptions } from './options.js'
import { renderRange } from './text.js'
import { extractOptionsOf } from './validate.js'
import { spanAt } from '../extract/span-at.js'

/** Stands for content that is not prose (inline code, links, images, HTML): no match crosses it. */
export const GAP = '\uFFFC'
/** Between blocks, so no match runs from one paragraph into the next. */
export const BLOCK_SEPARATOR = '\n\n'

/** How the reader treats a node (`TreeAdapter.read`); a parent's flags are or-ed together. */
export const Read = {
  /** Contributes nothing (comments, code blocks, front matter). */
  skip: 0,
  /** A text node: its value is prose. */
  text: 1,
  /** A line break: `\n`. */
  break: 2,
  /** One placeholder character (GAP). */
  gap: 3,
  /** A parent whose children are read in order. */
  parent: 4,
  /** ... that is a block: blank lines around its text. */
  block: 8,
  /** ... whose content is read, for context, but never changed. */
  lock: 16,
  /** ... that is a link: nothing inside may become a link. */
  link: 32,
  /** ... that is a paragraph (its offsets are recorded, for credit lines). */
  paragraph: 64,
} as const

/**
 * What the engine needs of a tree. `N` is any node, `T` a text node. Changes may be made at once
 * (DOM) or recorded and made by `flush` (unist trees, one pass per parent).
 */
export interface TreeAdapter<N, T extends N> {
  /** How to read `node` (`Read` flags); `locked` says whether an ancestor is locked. */
  read(node: N, locked: boolean): number
  /** Children of a parent, in order. */
  children(node: N): ArrayLike<N>
  /** The value of a text node. */
  value(node: T): string
  /** The parent of a node, once collected (`parents` is filled by `collect` when given). */
  parent(node: N): N | null | undefined
  /** A child -> parent map for `collect` to fill, for trees without parent pointers. */
  readonly parents?: Map<N, N>
  /** Whether a wrapper may be put inside `node` (an element, an inline mdast parent). */
  canWrapIn(node: N): boolean
  /** Whether `node` or one of its ancestors is a link. */
  insideLink(node: N): boolean
  /** Cut a text node (a child of `parent`) at `at`: it keeps the left part; returns the right. */
  split(parent: N, node: T, at: number): T
  /** Put the children `from` .. `to` of `parent` into a new node made from `element`. */
  wrap(parent: N, from: N, to: N, element: Element, interval: Interval): void
  /** Replace a text node (a child of `parent`) with the renderer's hast. */
  replace(parent: N, node: T, nodes: ElementContent[]): void
  /** Make the recorded changes (called after the wraps, and after the replacements). */
  flush(): void
}

/** A text node and where its value sits in the collected text. */
export interface Segment<T> {
  start: number
  end: number
  node: T
  /** Inside markup never changed (treatymark's own, `data-treatymark="off"`, directives). */
  locked: boolean
  /** Inside a link. */
  inLink: boolean
}

export interface Collected<N, T extends N> {
  /** The prose of the tree in order. */
  text: string
  /** Text nodes in order (sorted by start, disjoint). */
  segments: Segment<T>[]
  /** Offsets of each paragraph's prose. */
  paragraphs: Map<N, { start: number; end: number }>
  /** Offsets of the text of each node that starts a locked region. */
  spans: Map<N, { start: number; end: number }>
}

/**
 * Read the prose of a tree in document order, the way extract() should see it: text nodes
 * concatenated within a block, blank lines between blocks, one placeholder character for
 * inline content that is no prose.
 */
export function collect<N, T extends N>(
  tree: N,
  adapter: TreeAdapter<N, T>,
  inLink = false,
): Collected<N, T> {
  const pieces: string[] = []
  let length = 0
  const segments: Segment<T>[] = []
  const paragraphs = new Map<N, { start: number; end: number }>()
  const spans = new Map<N, { start: number; end: number }>()
  const parents = adapter.parents

  const push = (value: string): void => {
    pieces.push(value)
    length += value.length
  }
  const separate = (): void => {
    if (length > 0 && !pieces[pieces.length - 1]!.endsWith(BLOCK_SEPARATOR)) push(BLOCK_SEPARATOR)
  }

  const walk = (node: N, locked: boolean, linked: boolean): void => {
    const how = adapter.read(node, locked)
    if (how === Read.text) {
      const value = adapter.value(node as T)
      if (value.length === 0) return
      segments.push({
        start: length,
        end: length + value.length,
        node: node as T,
        locked,
        inLink: linked,
      })
      push(value)
      return
    }
    if (how === Read.break) return push('\n')
    if (how === Read.gap) return push(GAP)
    if ((how & Read.parent) === 0) return
    const lockHere = locked || (how & Read.lock) !== 0
    const linkHere = linked || (how & Read.link) !== 0
    const block = (how & Read.block) !== 0
    if (block) separate()
    const start = length
    const children = adapter.children(node)
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      parents?.set(child, node)
      walk(child, lockHere, linkHere)
    }
    if ((how & Read.paragraph) !== 0) paragraphs.set(node, { start, end: length })
    if (lockHere && !locked) spans.set(node, { start, end: length })
    if (block) separate()
  }

  walk(tree, false, inLink)
  return { text: pieces.join(''), segments, paragraphs, spans }
}

/** Index of the segment containing `offset`, or -1 (binary search). */
export const segmentAt = spanAt

/** Index of the first segment that ends after `offset` (for positions in gaps), or -1. */
export function segmentFrom(
  segments: readonly { start: number; end: number }[],
  offset: number,
): number {
  let low = 0
  let high = segments.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (segments[mid]!.end <= offset) low = mid + 1
    else high = mid
  }
  return low < segments.length ? low : -1
}

/**
 * How `markupHast` and `markupDom` read an HTML element: `br` is a line break; images, inputs
 * and the like one placeholder; links, code, scripts and form controls a placeholder unless
 * treatymark made them (`own`), which are read for context but never changed; so is anything
 * with `data-treatymark="off"` (`off`). Block elements are separated by blank lines.
 */
export function readHtmlElement(
  name: string,
  own: boolean,
  off: boolean,
  link: boolean,
  locked: boolean,
): number {
  if (name === 'br') return Read.break
  if (opaqueElements.has(name)) return Read.gap
  if (!own && skippedElements.has(name)) return Read.gap
  if (off) return Read.gap
  let how: number = Read.parent
  if (!inlineElements.has(name)) how |= Read.block
  if (own) how |= Read.lock
  if (link) how |= Read.link
  if (name === 'p' && !locked && !own) how |= Read.paragraph
  return how
}

/**
 * `markupHast` and `markupDom` once their tree is checked: read it, extract, turn paragraphs that
 * are only a credit line into the credit (`setCredit` puts the credit element's properties on
 * the paragraph), mark up the rest.
 */
export function markupHtml<N, T extends N>(
  root: N,
  adapter: TreeAdapter<N, T>,
  options: unknown,
  resolved: ResolvedRenderOptions,
  setCredit: (paragraph: N, made: Element) => void,
  inLink = false,
): Extraction {
  const collected = collect(root, adapter, inLink)
  const { text } = collected
  const extraction = extract(text, extractOptionsOf(options, resolved.report))
  const forest = nestIntervals(collectIntervals(text, extraction, resolved))
  const blockApplied = new Set<NestedInterval>()
  for (const [paragraph, { start, end }] of collected.paragraphs) {
    const slice = text.slice(start, end)
    const from = start + (slice.length - slice.trimStart().length)
    const to = start + slice.trimEnd().length
    const credit = forest.find(
      (n) => n.interval.kind === 'credit' && n.interval.start <= from && n.interval.end >= to,
    )
    if (!credit || to <= from) continue
    setCredit(paragraph, intervalElement(credit.interval, [], resolved, { creditTag: 'p' }))
    blockApplied.add(credit)
  }
  markupTree(collected, forest, adapter, resolved, blockApplied)
  return extraction
}

/** How an entity over several text nodes will be wrapped (decided before anything changes). */
interface CrossPlan<N, T extends N> {
  nested: NestedInterval
  first: Segment<T>
  last: Segment<T>
  common: N
  startChild: N
  endChild: N
}

/** Path from a node up to the root: [node, parent, grandparent, ...]. */
function ancestry<N>(node: N, adapter: TreeAdapter<N, N>): N[] {
  const path: N[] = [node]
  for (let current = adapter.parent(node); current; current = adapter.parent(current))
    path.push(current)
  return path
}

/**
 * Can an entity whose words run over several text nodes be wrapped? Yes when the text nodes are
 * contiguous, unlocked and outside links, and both ends can be cut at the level of a common
 * parent without cutting through an element. Pure: changes nothing.
 */
function planAcross<N, T extends N>(
  nested: NestedInterval,
  segments: readonly Segment<T>[],
  adapter: TreeAdapter<N, T>,
): CrossPlan<N, T> | null {
  const { start, end } = nested.interval
  const i = segmentAt(segments, start)
  const j = segmentAt(segments, end - 1)
  if (i < 0 || j <= i) return null
  for (let k = i; k <= j; k++) {
    const segment = segments[k]!
    if (segment.locked || segment.inLink) return null
    if (k < j && segment.end !== segments[k + 1]!.start) return null
  }
  const first = segments[i]!
  const last = segments[j]!
  const up = ancestry<N>(first.node, adapter as TreeAdapter<N, N>)
  const down = ancestry<N>(last.node, adapter as TreeAdapter<N, N>)
  const downSet = new Set(down)
  const commonIndex = up.findIndex((node) => downSet.has(node))
  if (commonIndex < 1) return null
  const common = up[commonIndex]!
  if (!adapter.canWrapIn(common)) return null
  const downCommon = down.indexOf(common)
  const startChild = up[commonIndex - 1]!
  const endChild = down[downCommon - 1]!
  // Below the common parent, the start must be the very first text and the end the very last.
  for (let k = 0; k < commonIndex - 1; k++)
    if (adapter.children(up[k + 1]!)[0] !== up[k]) return null
  for (let k = 0; k < downCommon - 1; k++) {
    const siblings = adapter.children(down[k + 1]!)
    if (siblings[siblings.length - 1] !== down[k]) return null
  }
  if (startChild !== first.node && start !== first.start) return null
  if (endChild !== last.node && end !== last.end) return null
  if (adapter.insideLink(common)) return null
  return { nested, first, last, common, startChild, endChild }
}

/**
 * Put the nested intervals into the tree, in linear time. Intervals inside one text node are
 * split out of it; intervals over several nodes are wrapped when the structure allows
 * (outermost only; else their inner intervals are still applied). Intervals in `blockApplied`
 * were applied to a whole paragraph by the caller: only their content is marked up here.
 * Intervals over locked text are dropped. `collected.segments` is kept up to date.
 */
export function markupTree<N, T extends N>(
  collected: Collected<N, T>,
  forest: readonly NestedInterval[],
  adapter: TreeAdapter<N, T>,
  options: ResolvedRenderOptions,
  blockApplied: ReadonlySet<NestedInterval> = new Set(),
): void {
  const { text, segments } = collected
  const plans: CrossPlan<N, T>[] = []
  const singles: NestedInterval[] = []
  const isSingle = (node: NestedInterval): boolean => {
    const i = segmentAt(segments, node.interval.start)
    return i >= 0 && segments[i]!.end >= node.interval.end
  }
  // Inside a wrapped entity: single-node intervals only (nested wraps are left out).
  const within = (nodes: readonly NestedInterval[]): void => {
    for (const node of nodes) {
      if (isSingle(node)) singles.push(node)
      else within(fallbackChildren(node))
    }
  }
  const classify = (nodes: readonly NestedInterval[]): void => {
    for (const node of nodes) {
      if (blockApplied.has(node)) classify(node.children)
      else if (isSingle(node)) singles.push(node)
      else {
        const plan = planAcross(node, segments, adapter)
        if (plan) {
          plans.push(plan)
          within(node.children)
        } else classify(fallbackChildren(node))
      }
    }
  }
  classify(forest)

  // Right to left: each cut keeps the original text node on the left, so the segments still
  // to be used stay valid.
  const added: Segment<T>[] = []
  for (let k = plans.length - 1; k >= 0; k--) {
    const { nested, first, last, common, endChild } = plans[k]!
    const { start, end } = nested.interval
    let from = plans[k]!.startChild
    if (end < last.end) {
      const rest = adapter.split(common, last.node, end - last.start)
      added.push({ ...last, start: end, node: rest })
      last.end = end
    }
    if (start > first.start) {
      const inside = adapter.split(common, first.node, start - first.start)
      added.push({ ...first, start, node: inside })
      first.end = start
      from = inside
    }
    adapter.wrap(
      common,
      from,
      endChild,
      intervalElement(nested.interval, [], options, {}),
      nested.interval,
    )
  }
  adapter.flush()
  if (added.length > 0) {
    const merged = [...segments, ...added].sort((a, b) => a.start - b.start)
    segments.length = 0
    for (const segment of merged) segments.push(segment)
  }

  // Text nodes to replace, each with the entities inside it.
  const bySegment = new Map<Segment<T>, NestedInterval[]>()
  for (const node of singles) {
    const segment = segments[segmentAt(segments, node.interval.start)]
    if (!segment || segment.locked || segment.end < node.interval.end) continue
    const list = bySegment.get(segment)
    if (list) list.push(node)
    else bySegment.set(segment, [node])
  }
  bySegment.forEach((nodes, segment) => {
    const parent = adapter.parent(segment.node)
    if (!parent) return
    const inLink = segment.inLink || adapter.insideLink(parent)
    const replacement = renderRange(text, nodes, segment.start, segment.end, options, { inLink })
    adapter.replace(parent, segment.node, replacement)
  })
  adapter.flush()
}
