import type { Element } from 'hast'
import type { Nodes, Parent, PhrasingContent, Text } from 'mdast'
import {
  intervalElement,
  isLink,
  type NestedInterval,
  type RenderContext,
  type ResolvedRenderOptions,
} from '../render/index.js'
import { segmentAt, type Collected, type Segment } from './collect.js'
import type { TreatymarkData, TreatymarkPhrasing, TreatymarkRole } from './types.js'

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

function roleOf(interval: NestedInterval['interval']): TreatymarkRole {
  return interval.kind
}

/** mdast mirror of `renderRange`: text nodes for the gaps, wrappers for the intervals. */
function phrasingRange(
  text: string,
  nodes: readonly NestedInterval[],
  from: number,
  to: number,
  options: ResolvedRenderOptions,
  context: RenderContext,
): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let at = from
  for (const node of nodes) {
    const { start, end } = node.interval
    if (start < at || end > to) continue
    if (start > at) out.push({ type: 'text', value: text.slice(at, start) })
    const element = intervalElement(node.interval, [], options, context)
    const inner = phrasingRange(text, node.children, start, end, options, {
      ...context,
      inLink: Boolean(context.inLink) || isLink(element),
    })
    out.push(wrapperFromElement(element, roleOf(node.interval), inner))
    at = end
  }
  if (at < to) out.push({ type: 'text', value: text.slice(at, to) })
  return out
}

function insideLink(node: Nodes, parents: Map<Nodes, Parent>): boolean {
  let current: Nodes | undefined = node
  while (current) {
    const data = current.data as TreatymarkData | undefined
    if (data?.hName === 'a' && data.hProperties?.href !== undefined) return true
    current = parents.get(current) as Nodes | undefined
  }
  return false
}

/** Path from a node up to the root: [node, parent, grandparent, ...]. */
function ancestry(node: Nodes, parents: Map<Nodes, Parent>): Nodes[] {
  const path: Nodes[] = [node]
  let current = parents.get(node) as Nodes | undefined
  while (current) {
    path.push(current)
    current = parents.get(current) as Nodes | undefined
  }
  return path
}

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

/**
 * Wrap an entity whose words run over several text nodes ("Article 5 of the *Convention*"):
 * possible when both ends can be cut at the level of a common inline parent without cutting
 * through emphasis and the like. Returns false (and changes nothing) otherwise.
 */
function wrapAcross(
  text: string,
  nested: NestedInterval,
  collected: Collected,
  options: ResolvedRenderOptions,
): boolean {
  const { segments, parents } = collected
  const { start, end } = nested.interval
  let i = segmentAt(segments, start)
  let j = segmentAt(segments, end - 1)
  if (i < 0 || j < 0 || i === j) return false
  for (let k = i; k <= j; k++) {
    if (segments[k]!.locked) return false
    if (k < j && segments[k]!.end !== segments[k + 1]!.start) return false
  }
  const first = segments[i]!
  const last = segments[j]!
  const up = ancestry(first.node, parents)
  const down = ancestry(last.node, parents)
  const downSet = new Set(down)
  const commonIndex = up.findIndex((node) => downSet.has(node))
  if (commonIndex < 1) return false
  const common = up[commonIndex] as Parent & Nodes
  if (!phrasingContainers.has(common.type)) return false
  const startChild = up[commonIndex - 1]!
  const endChild = down[down.indexOf(common) - 1]!
  // Below the common parent, the start must be the very first text and the end the very last.
  for (let k = 0; k < commonIndex - 1; k++) {
    const parent = up[k + 1] as Parent
    if (parent.children[0] !== up[k]) return false
  }
  const downCommon = down.indexOf(common)
  for (let k = 0; k < downCommon - 1; k++) {
    const parent = down[k + 1] as Parent
    if (parent.children[parent.children.length - 1] !== down[k]) return false
  }
  if (startChild !== first.node && start !== first.start) return false
  if (endChild !== last.node && end !== last.end) return false
  if (insideLink(common, parents)) return false

  // Cut the first text node: the original keeps the words before the entity.
  let from: Nodes = startChild
  if (start > first.start) {
    const after: Text = { type: 'text', value: first.node.value.slice(start - first.start) }
    first.node.value = first.node.value.slice(0, start - first.start)
    const index = common.children.indexOf(first.node as never)
    common.children.splice(index + 1, 0, after as never)
    parents.set(after, common)
    segments.splice(i + 1, 0, { start, end: first.end, node: after, locked: false })
    first.end = start
    i++
    j++
    from = after
  }
  // Cut the last text node: the original keeps the words inside the entity.
  const lastSegment = segments[j]!
  if (end < lastSegment.end) {
    const rest: Text = {
      type: 'text',
      value: lastSegment.node.value.slice(end - lastSegment.start),
    }
    lastSegment.node.value = lastSegment.node.value.slice(0, end - lastSegment.start)
    const index = common.children.indexOf(lastSegment.node as never)
    common.children.splice(index + 1, 0, rest as never)
    parents.set(rest, common)
    segments.splice(j + 1, 0, { start: end, end: lastSegment.end, node: rest, locked: false })
    lastSegment.end = end
  }
  const fromIndex = common.children.indexOf(from as never)
  const toIndex = common.children.indexOf(endChild as never)
  if (fromIndex < 0 || toIndex < fromIndex) return false
  const element = intervalElement(nested.interval, [], options, {})
  const moved = common.children.slice(fromIndex, toIndex + 1) as PhrasingContent[]
  const wrapper = wrapperFromElement(element, roleOf(nested.interval), moved)
  common.children.splice(fromIndex, toIndex - fromIndex + 1, wrapper as never)
  parents.set(wrapper, common)
  for (const child of moved) parents.set(child, wrapper)
  void text
  return true
}

/** Intervals applied to the paragraph itself (block credits) rather than wrapped inline. */
export type BlockApplied = Set<NestedInterval>

/**
 * Put the forest into the tree. Intervals inside one text node are split out of it; intervals
 * over several nodes are wrapped when the structure allows (else only their inner intervals
 * are kept). Intervals over locked text are dropped. Returns the intervals that were applied.
 */
export function applyForest(
  text: string,
  forest: readonly NestedInterval[],
  collected: Collected,
  options: ResolvedRenderOptions,
  blockApplied: BlockApplied,
): Set<NestedInterval> {
  const { segments } = collected
  const applied = new Set<NestedInterval>()
  const across: NestedInterval[] = []
  const singles: NestedInterval[] = []

  const classify = (nodes: readonly NestedInterval[]): void => {
    for (const node of nodes) {
      if (blockApplied.has(node)) {
        applied.add(node)
        classify(node.children)
        continue
      }
      const { start, end } = node.interval
      const i = segmentAt(segments, start)
      const j = segmentAt(segments, end - 1)
      if (i >= 0 && i === j) {
        if (!segments[i]!.locked) singles.push(node)
        continue
      }
      across.push(node)
      classify(node.children)
    }
  }
  classify(forest)

  for (const node of across) if (wrapAcross(text, node, collected, options)) applied.add(node)

  // Cutting nodes for the wraps moved segment boundaries: look the segments up again.
  const within = new Map<Segment, NestedInterval[]>()
  for (const node of singles) {
    const i = segmentAt(segments, node.interval.start)
    const segment = segments[i]
    if (!segment || segment.end < node.interval.end) continue
    const list = within.get(segment)
    if (list) list.push(node)
    else within.set(segment, [node])
  }

  for (const [segment, nodes] of within) {
    const parent = collected.parents.get(segment.node)
    if (!parent) continue
    const index = parent.children.indexOf(segment.node as never)
    if (index < 0) continue
    const context: RenderContext = { inLink: insideLink(parent as Nodes, collected.parents) }
    const replacement = phrasingRange(text, nodes, segment.start, segment.end, options, context)
    parent.children.splice(index, 1, ...(replacement as never[]))
    for (const child of replacement) collected.parents.set(child, parent)
    const mark = (list: readonly NestedInterval[]): void => {
      for (const n of list) {
        applied.add(n)
        mark(n.children)
      }
    }
    mark(nodes)
  }
  return applied
}
