import type { Element, ElementContent } from 'hast'
import type { Nodes, Parent, PhrasingContent, Text } from 'mdast'
import {
  fallbackChildren,
  intervalElement,
  renderRange,
  type NestedInterval,
  type RenderContext,
  type ResolvedRenderOptions,
} from '../render/index.js'
import { applyChildEdits, insertAfter, type ChildEdits } from '../render/child-edits.js'
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

/** hast from the renderer as mdast: elements become wrappers carrying `hName`/`hProperties`. */
function fromHast(nodes: readonly ElementContent[], prefix: string): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value })
    else if (node.type === 'element')
      out.push(
        wrapperFromElement(node, roleOfElement(node, prefix), fromHast(node.children, prefix)),
      )
  }
  return out
}

/**
 * The replacement of one text node: the renderer's own hast for that range (`renderRange`),
 * turned into mdast, so the remark plugins emit exactly what `renderText` emits.
 */
function phrasingRange(
  text: string,
  nodes: readonly NestedInterval[],
  from: number,
  to: number,
  options: ResolvedRenderOptions,
  context: RenderContext,
): PhrasingContent[] {
  return fromHast(renderRange(text, nodes, from, to, options, context), options.classPrefix)
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

/** How an entity over several text nodes will be wrapped (checked before anything changes). */
interface CrossPlan {
  nested: NestedInterval
  first: Segment
  last: Segment
  common: Parent & Nodes
  startChild: Nodes
  endChild: Nodes
}

/**
 * Can an entity whose words run over several text nodes ("Article 5 of the *Convention*") be
 * wrapped? Yes when both ends can be cut at the level of a common inline parent without cutting
 * through emphasis and the like, over contiguous, unlocked text. Pure: changes nothing.
 */
function planAcross(nested: NestedInterval, collected: Collected): CrossPlan | null {
  const { segments, parents } = collected
  const { start, end } = nested.interval
  const i = segmentAt(segments, start)
  const j = segmentAt(segments, end - 1)
  if (i < 0 || j < 0 || i === j) return null
  for (let k = i; k <= j; k++) {
    if (segments[k]!.locked) return null
    if (k < j && segments[k]!.end !== segments[k + 1]!.start) return null
  }
  const first = segments[i]!
  const last = segments[j]!
  const up = ancestry(first.node, parents)
  const down = ancestry(last.node, parents)
  const downSet = new Set(down)
  const commonIndex = up.findIndex((node) => downSet.has(node))
  if (commonIndex < 1) return null
  const common = up[commonIndex] as Parent & Nodes
  if (!phrasingContainers.has(common.type)) return null
  const downCommon = down.indexOf(common)
  const startChild = up[commonIndex - 1]!
  const endChild = down[downCommon - 1]!
  // Below the common parent, the start must be the very first text and the end the very last.
  for (let k = 0; k < commonIndex - 1; k++) {
    if ((up[k + 1] as Parent).children[0] !== up[k]) return null
  }
  for (let k = 0; k < downCommon - 1; k++) {
    const parent = down[k + 1] as Parent
    if (parent.children[parent.children.length - 1] !== down[k]) return null
  }
  if (startChild !== first.node && start !== first.start) return null
  if (endChild !== last.node && end !== last.end) return null
  if (insideLink(common, parents)) return null
  return { nested, first, last, common, startChild, endChild }
}

/** Changes to one parent's children, made in one pass at the end (linear in its size). */
type ParentEdits = ChildEdits<Nodes, TreatymarkPhrasing>

function editsOf(all: Map<Parent, ParentEdits>, parent: Parent): ParentEdits {
  let edits = all.get(parent)
  if (!edits) all.set(parent, (edits = { after: new Map(), wraps: [] }))
  return edits
}

/**
 * Plan the cuts and the wrapper of one entity. Text cuts happen at once (the original node
 * keeps the left part, so segments still to be used, all to the left, stay valid; the new
 * right-hand pieces go to `extra`); changes to children arrays are recorded in `edits`.
 */
function wrapAcross(
  plan: CrossPlan,
  options: ResolvedRenderOptions,
  extra: Segment[],
  edits: Map<Parent, ParentEdits>,
): void {
  const { common, first, last } = plan
  const { start, end } = plan.nested.interval
  const own = editsOf(edits, common)
  let from: Nodes = plan.startChild
  const to: Nodes = plan.endChild
  if (end < last.end) {
    const rest: Text = { type: 'text', value: last.node.value.slice(end - last.start) }
    last.node.value = last.node.value.slice(0, end - last.start)
    insertAfter(own, last.node, rest)
    extra.push({ start: end, end: last.end, node: rest, locked: false })
    last.end = end
  }
  if (start > first.start) {
    const inside: Text = { type: 'text', value: first.node.value.slice(start - first.start) }
    first.node.value = first.node.value.slice(0, start - first.start)
    insertAfter(own, first.node, inside)
    extra.push({ start, end: first.end, node: inside, locked: false })
    first.end = start
    from = inside
  }
  const element = intervalElement(plan.nested.interval, [], options, {})
  own.wraps.push({
    from,
    to,
    wrapper: wrapperFromElement(element, roleOf(plan.nested.interval), []),
  })
}

/** Intervals applied to the paragraph itself (block credits) rather than wrapped inline. */
export type BlockApplied = Set<NestedInterval>

/**
 * Put the forest into the tree, in linear time. Intervals inside one text node are split out of
 * it (all of a parent's text nodes in one pass); intervals over several nodes are wrapped when
 * the structure allows (outermost only; else their inner intervals are still applied).
 * Intervals over locked text are dropped. Returns the intervals that were applied.
 */
export function applyForest(
  text: string,
  forest: readonly NestedInterval[],
  collected: Collected,
  options: ResolvedRenderOptions,
  blockApplied: BlockApplied,
): Set<NestedInterval> {
  const applied = new Set<NestedInterval>()
  const plans: CrossPlan[] = []
  const singles: NestedInterval[] = []

  const isSingle = (node: NestedInterval): boolean => {
    const i = segmentAt(collected.segments, node.interval.start)
    return i >= 0 && collected.segments[i]!.end >= node.interval.end
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
      if (blockApplied.has(node)) {
        applied.add(node)
        classify(node.children)
      } else if (isSingle(node)) singles.push(node)
      else {
        const plan = planAcross(node, collected)
        if (plan) {
          plans.push(plan)
          within(node.children)
        } else classify(fallbackChildren(node))
      }
    }
  }
  classify(forest)

  // Right to left, so every cut keeps the segments still to be used valid.
  const extra: Segment[] = []
  const edits = new Map<Parent, ParentEdits>()
  for (let k = plans.length - 1; k >= 0; k--) {
    wrapAcross(plans[k]!, options, extra, edits)
    applied.add(plans[k]!.nested)
  }
  for (const [parent, parentEdits] of edits) applyChildEdits(parent, parentEdits, collected.parents)
  if (extra.length > 0) {
    const merged = [...collected.segments, ...extra].sort((a, b) => a.start - b.start)
    collected.segments.length = 0
    for (const segment of merged) collected.segments.push(segment)
  }

  // Text nodes to replace, grouped by parent so each parent is rebuilt once.
  const bySegment = new Map<Segment, NestedInterval[]>()
  for (const node of singles) {
    const segment = collected.segments[segmentAt(collected.segments, node.interval.start)]
    if (!segment || segment.locked || segment.end < node.interval.end) continue
    const list = bySegment.get(segment)
    if (list) list.push(node)
    else bySegment.set(segment, [node])
  }
  const byParent = new Map<Parent, Map<Nodes, PhrasingContent[]>>()
  for (const [segment, nodes] of bySegment) {
    const parent = collected.parents.get(segment.node)
    if (!parent) continue
    const context: RenderContext = { inLink: insideLink(parent as Nodes, collected.parents) }
    const replacement = phrasingRange(text, nodes, segment.start, segment.end, options, context)
    let map = byParent.get(parent)
    if (!map) byParent.set(parent, (map = new Map()))
    map.set(segment.node, replacement)
    const mark = (list: readonly NestedInterval[]): void => {
      for (const n of list) {
        applied.add(n)
        mark(n.children)
      }
    }
    mark(nodes)
  }
  for (const [parent, replacements] of byParent) {
    const children = parent.children as Nodes[]
    const next: Nodes[] = []
    for (const child of children) {
      const replacement = replacements.get(child)
      if (!replacement) {
        next.push(child)
        continue
      }
      for (const node of replacement) {
        next.push(node)
        collected.parents.set(node, parent)
      }
    }
    children.length = 0
    for (const node of next) children.push(node)
  }
  return applied
}
