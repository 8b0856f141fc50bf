import type { ElementContent, Properties } from 'hast'
import type { ExtractOptions, Extraction } from '../models/index.js'
import { intervalElement } from './elements.js'
import type { NestedInterval } from './intervals.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { inlineElements, opaqueElements, ownClassTest, skippedElements } from './html-elements.js'
import { groupBySegment, planMarkup, wrappableRun } from './markup-plan.js'
import { renderRange } from './text.js'
import { checkDomRoot, extractOptionsOf, refusedExtraction } from './validate.js'

export interface MarkupDomOptions extends RenderOptions, ExtractOptions {}

const GAP = '\uFFFC'

/** hast property name -> HTML attribute name, for the properties the renderer emits. */
export function attributeName(property: string): string {
  if (property === 'className') return 'class'
  if (property === 'tabIndex') return 'tabindex'
  if (/^data[A-Z]/.test(property))
    return `data-${property
      .slice(4)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .slice(1)}`
  return property.toLowerCase()
}

/** Attribute name/value pairs of hast properties (arrays space-separated, false/null left out). */
export function attributesOf(properties: Properties): [string, string][] {
  const out: [string, string][] = []
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue
    const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value)
    out.push([attributeName(key), text])
  }
  return out
}

function toDom(nodes: readonly ElementContent[], doc: Document): Node[] {
  const out: Node[] = []
  for (const node of nodes) {
    if (node.type === 'text') out.push(doc.createTextNode(node.value))
    else if (node.type === 'element') {
      const element = doc.createElement(node.tagName)
      for (const [name, value] of attributesOf(node.properties)) element.setAttribute(name, value)
      for (const child of toDom(node.children, doc)) element.appendChild(child)
      out.push(element)
    }
  }
  return out
}

interface DomSegment {
  start: number
  end: number
  node: Text
  locked: boolean
  inLink: boolean
}

/**
 * Mark up the prose of a live DOM subtree in place (a published post, for a code-injection
 * script), with the elements of `renderText`, and return what was found. Same reading rules as
 * `markupHast`: one text in document order, links, code, scripts and form controls untouched,
 * already marked-up elements and `data-treatymark="off"` left alone (so it can run twice);
 * entities over several text nodes are wrapped when the elements between fit inside. Browser
 * only (needs `document`).
 */
export function markupDom(
  root: Element | DocumentFragment,
  options?: MarkupDomOptions | null,
): Extraction {
  const refused = checkDomRoot(root)
  if (refused) return refusedExtraction('invalid-tree', `markupDom: ${refused}; nothing marked up`)
  const resolved = resolveRenderOptions(options)
  const isOwnClass = ownClassTest(resolved.classPrefix)
  const doc = root.ownerDocument ?? (root as unknown as Document)
  const pieces: string[] = []
  let length = 0
  const segments: DomSegment[] = []
  const paragraphs: { element: Element; start: number; end: number }[] = []
  const push = (value: string): void => {
    pieces.push(value)
    length += value.length
  }
  const separate = (): void => {
    if (length > 0 && !pieces[pieces.length - 1]!.endsWith('\n\n')) push('\n\n')
  }

  const walk = (node: Node, locked: boolean, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const text = node as Text
      if (text.data.length > 0) {
        segments.push({ start: length, end: length + text.data.length, node: text, locked, inLink })
        push(text.data)
      }
      return
    }
    if (node.nodeType === 1) {
      const element = node as Element
      const name = element.localName
      if (name === 'br') return push('\n')
      if (opaqueElements.has(name)) return push(GAP)
      // The renderer's own elements (links included) are read, for context, but never changed.
      const own = Array.from(element.classList).some(isOwnClass)
      if (!own && skippedElements.has(name)) return push(GAP)
      if (element.getAttribute('data-treatymark') === 'off') return push(GAP)
      const lock = locked || own
      const block = !inlineElements.has(name)
      if (block) separate()
      const start = length
      for (const child of Array.from(element.childNodes)) walk(child, lock, inLink)
      if (name === 'p' && !lock) paragraphs.push({ element, start, end: length })
      if (block) separate()
      return
    }
    if (node.nodeType === 11 || node.nodeType === 9)
      for (const child of Array.from(node.childNodes)) walk(child, locked, inLink)
  }
  walk(root, false, root.nodeType === 1 && (root as Element).closest('a') !== null)
  const text = pieces.join('')

  // Which entities go where is decided once for hast and DOM (markup-plan.ts).
  const { extraction, blockCredits, plans, singles } = planMarkup(
    text,
    segments,
    paragraphs,
    extractOptionsOf(options, resolved.report),
    resolved,
    (nested) => planDomAcross(nested, segments),
  )
  for (const { element, credit } of blockCredits) {
    const made = intervalElement(credit.interval, [], resolved, { creditTag: 'p' })
    for (const [name, value] of attributesOf(made.properties)) {
      if (name === 'class') element.classList.add(...value.split(' ').filter(Boolean))
      else element.setAttribute(name, value)
    }
  }

  // Right to left; splitText keeps the original node on the left, as the segments expect.
  for (let k = plans.length - 1; k >= 0; k--) {
    const plan = plans[k]!
    const { first, last, common } = plan
    const { start, end } = plan.nested.interval
    let from: Node = plan.startChild
    if (end < last.end) {
      const rest = last.node.splitText(end - last.start)
      segments.push({ ...last, start: end, node: rest })
      last.end = end
    }
    if (start > first.start) {
      const inside = first.node.splitText(start - first.start)
      segments.push({ ...first, start, node: inside })
      first.end = start
      from = inside
    }
    const [wrapper] = toDom([intervalElement(plan.nested.interval, [], resolved, {})], doc)
    common.insertBefore(wrapper!, from)
    let node: Node | null = from
    while (node) {
      const next: Node | null = node.nextSibling
      wrapper!.appendChild(node)
      if (node === plan.endChild) break
      node = next
    }
  }
  if (plans.length > 0) segments.sort((a, b) => a.start - b.start)

  const bySegment = groupBySegment(singles, segments)
  for (const [segment, nodes] of bySegment) {
    const inLink = segment.inLink || segment.node.parentElement?.closest('a[href]') !== null
    const hast = renderRange(text, nodes, segment.start, segment.end, resolved, { inLink })
    segment.node.replaceWith(...toDom(hast, doc))
  }
  return extraction
}

/** How an entity over several text nodes will be wrapped. */
interface DomPlan {
  nested: NestedInterval
  first: DomSegment
  last: DomSegment
  common: Node
  startChild: Node
  endChild: Node
}

function ancestry(node: Node): Node[] {
  const path: Node[] = [node]
  for (let current = node.parentNode; current; current = current.parentNode) path.push(current)
  return path
}

/** Can the entity be wrapped without cutting through an element? Pure: changes nothing. */
function planDomAcross(nested: NestedInterval, segments: readonly DomSegment[]): DomPlan | null {
  const { start, end } = nested.interval
  const run = wrappableRun(segments, start, end)
  if (!run) return null
  const [i, j] = run
  const first = segments[i]!
  const last = segments[j]!
  const up = ancestry(first.node)
  const down = ancestry(last.node)
  const downSet = new Set(down)
  const commonIndex = up.findIndex((node) => downSet.has(node))
  if (commonIndex < 1) return null
  const common = up[commonIndex]!
  if (common.nodeType !== 1) return null
  const downCommon = down.indexOf(common)
  const startChild = up[commonIndex - 1]!
  const endChild = down[downCommon - 1]!
  for (let k = 0; k < commonIndex - 1; k++) if (up[k + 1]!.firstChild !== up[k]) return null
  for (let k = 0; k < downCommon - 1; k++) if (down[k + 1]!.lastChild !== down[k]) return null
  if (startChild !== first.node && start !== first.start) return null
  if (endChild !== last.node && end !== last.end) return null
  return { nested, first, last, common, startChild, endChild }
}
