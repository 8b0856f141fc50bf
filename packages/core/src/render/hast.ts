import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast'
import type { ExtractOptions, Extraction } from '../models/index.js'
import { intervalElement, isLink } from './elements.js'
import type { NestedInterval } from './intervals.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { inlineElements, opaqueElements, ownClassTest, skippedElements } from './html-elements.js'
import { applyChildEdits, insertAfter, type ChildEdits } from './child-edits.js'
import { groupBySegment, planMarkup, wrappableRun } from './markup-plan.js'
import { renderRange } from './text.js'
import { checkHastTree, extractOptionsOf, refusedExtraction } from './validate.js'

export interface MarkupHastOptions extends RenderOptions, ExtractOptions {}

const GAP = '\uFFFC'

interface HastSegment {
  start: number
  end: number
  node: Text
  parent: Parents
  locked: boolean
  inLink: boolean
}

function classes(element: Element): string[] {
  const value: unknown = element.properties.className
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(/\s+/) : []
}

/**
 * Mark up the prose of an existing hast tree (an HTML post parsed with rehype-parse or
 * hast-util-from-html) in place, with the same elements as `renderText`, and return what was
 * found. The text of the document is read in order as one text, so context carries across
 * paragraphs. Never touched: links, code, `pre`, scripts, form controls, and anything already
 * marked up by treatymark (elements with a class of the prefix) or inside an element with
 * `data-treatymark="off"`. Entities whose words run over several text nodes are wrapped when
 * the elements between can sit inside the wrapper, else left unmarked. Offsets of the returned extraction index the text read (blocks separated by blank lines).
 */
export function markupHast(tree: Root | Element, options?: MarkupHastOptions | null): Extraction {
  const resolved = resolveRenderOptions(options)
  const refused = checkHastTree(tree, resolved.report)
  if (refused) return refusedExtraction('invalid-tree', `markupHast: ${refused}; nothing marked up`)
  const isOwnClass = ownClassTest(resolved.classPrefix)
  const pieces: string[] = []
  let length = 0
  const segments: HastSegment[] = []
  const paragraphs: { element: Element; start: number; end: number }[] = []
  const push = (value: string): void => {
    pieces.push(value)
    length += value.length
  }
  const separate = (): void => {
    if (length > 0 && !pieces[pieces.length - 1]!.endsWith('\n\n')) push('\n\n')
  }

  const parents = new Map<Nodes, Parents>()
  const walk = (node: Nodes, parent: Parents | null, locked: boolean, inLink: boolean): void => {
    if (parent) parents.set(node, parent)
    if (node.type === 'text') {
      if (parent && node.value.length > 0) {
        segments.push({
          start: length,
          end: length + node.value.length,
          node,
          parent,
          locked,
          inLink,
        })
        push(node.value)
      }
      return
    }
    if (node.type === 'element') {
      const name = node.tagName
      if (name === 'br') return push('\n')
      if (opaqueElements.has(name)) return push(GAP)
      // The renderer's own elements (links included) are read, for context, but never changed.
      const own = classes(node).some(isOwnClass)
      if (!own && skippedElements.has(name)) return push(GAP)
      if (node.properties.dataTreatymark === 'off') return push(GAP)
      const lock = locked || own
      const block = !inlineElements.has(name)
      if (block) separate()
      const start = length
      for (const child of node.children) walk(child, node, lock, inLink || isLink(node))
      if (name === 'p' && !lock) paragraphs.push({ element: node, start, end: length })
      if (block) separate()
      return
    }
    if (node.type === 'root') for (const child of node.children) walk(child, node, locked, inLink)
  }
  walk(tree, null, false, false)
  const text = pieces.join('')

  // Which entities go where is decided once for hast and DOM (markup-plan.ts).
  const { extraction, blockCredits, plans, singles } = planMarkup(
    text,
    segments,
    paragraphs,
    extractOptionsOf(options, resolved.report),
    resolved,
    (nested) => planAcross(nested, segments, parents),
  )
  // A paragraph that is only a credit line becomes `<p class="tm-credit">`.
  for (const { element, credit } of blockCredits) {
    const made = intervalElement(credit.interval, [], resolved, { creditTag: 'p' })
    const own = classes(element)
    element.properties = {
      ...element.properties,
      ...made.properties,
      className: [...own, ...classes(made).filter((c) => !own.includes(c))],
    }
  }

  // Right to left: each cut keeps the original text node on the left, so the segments still
  // to be used stay valid; children arrays are rebuilt once per parent.
  const edits = new Map<Parents, Edits>()
  for (let k = plans.length - 1; k >= 0; k--) {
    const plan = plans[k]!
    const { first, last, common } = plan
    const { start, end } = plan.nested.interval
    let own = edits.get(common)
    if (!own) edits.set(common, (own = { after: new Map(), wraps: [] }))
    let from: Nodes = plan.startChild
    if (end < last.end) {
      const rest: Text = { type: 'text', value: last.node.value.slice(end - last.start) }
      last.node.value = last.node.value.slice(0, end - last.start)
      insertAfter(own, last.node, rest)
      segments.push({ ...last, start: end, node: rest })
      last.end = end
    }
    if (start > first.start) {
      const inside: Text = { type: 'text', value: first.node.value.slice(start - first.start) }
      first.node.value = first.node.value.slice(0, start - first.start)
      insertAfter(own, first.node, inside)
      segments.push({ ...first, start, node: inside })
      first.end = start
      from = inside
    }
    const wrapper = intervalElement(plan.nested.interval, [], resolved, {})
    own.wraps.push({ from, to: plan.endChild, wrapper })
  }
  for (const [parent, own] of edits) applyChildEdits(parent, own, parents)
  if (plans.length > 0) segments.sort((a, b) => a.start - b.start)

  const bySegment = groupBySegment(singles, segments)

  const byParent = new Map<Parents, Map<Text, ElementContent[]>>()
  for (const [segment, nodes] of bySegment) {
    const parent = parents.get(segment.node)
    if (!parent) continue
    const replacement = renderRange(text, nodes, segment.start, segment.end, resolved, {
      inLink: segment.inLink || insideMadeLink(parent, parents),
    })
    let map = byParent.get(parent)
    if (!map) byParent.set(parent, (map = new Map()))
    map.set(segment.node, replacement)
  }
  for (const [parent, replacements] of byParent) {
    const next: (typeof parent.children)[number][] = []
    for (const child of parent.children) {
      const replacement = child.type === 'text' ? replacements.get(child) : undefined
      if (replacement) for (const node of replacement) next.push(node)
      else next.push(child)
    }
    parent.children = next as never
  }
  return extraction
}

/** How an entity over several text nodes will be wrapped. */
interface CrossPlan {
  nested: NestedInterval
  first: HastSegment
  last: HastSegment
  common: Element
  startChild: Nodes
  endChild: Nodes
}

type Edits = ChildEdits<Nodes, Element>

function ancestry(node: Nodes, parents: Map<Nodes, Parents>): Nodes[] {
  const path: Nodes[] = [node]
  for (let current = parents.get(node); current; current = parents.get(current)) path.push(current)
  return path
}

/** Can the entity be wrapped without cutting through an element? Pure: changes nothing. */
function planAcross(
  nested: NestedInterval,
  segments: readonly HastSegment[],
  parents: Map<Nodes, Parents>,
): CrossPlan | null {
  const { start, end } = nested.interval
  const run = wrappableRun(segments, start, end)
  if (!run) return null
  const [i, j] = run
  const first = segments[i]!
  const last = segments[j]!
  const up = ancestry(first.node, parents)
  const down = ancestry(last.node, parents)
  const downSet = new Set(down)
  const commonIndex = up.findIndex((node) => downSet.has(node))
  if (commonIndex < 1) return null
  const common = up[commonIndex]!
  if (common.type !== 'element') return null
  const downCommon = down.indexOf(common)
  const startChild = up[commonIndex - 1]!
  const endChild = down[downCommon - 1]!
  for (let k = 0; k < commonIndex - 1; k++)
    if ((up[k + 1] as Parents).children[0] !== up[k]) return null
  for (let k = 0; k < downCommon - 1; k++) {
    const parent = down[k + 1] as Parents
    if (parent.children[parent.children.length - 1] !== down[k]) return null
  }
  if (startChild !== first.node && start !== first.start) return null
  if (endChild !== last.node && end !== last.end) return null
  return { nested, first, last, common, startChild, endChild }
}

/** Inside an element this function made a link (a wrapped citation): no nested links. */
function insideMadeLink(node: Parents, parents: Map<Nodes, Parents>): boolean {
  for (let current: Parents | undefined = node; current; current = parents.get(current))
    if (current.type === 'element' && isLink(current)) return true
  return false
}
