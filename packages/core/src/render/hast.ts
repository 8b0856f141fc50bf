import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast'
import { extract } from '../extract/index.js'
import type { ExtractOptions, Extraction } from '../models/index.js'
import { intervalElement, isLink } from './elements.js'
import { collectIntervals, nestIntervals, type NestedInterval } from './intervals.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { inlineElements, opaqueElements, skippedElements } from './html-elements.js'
import { renderRange } from './text.js'

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
 * `data-treatymark="off"`. Entities whose words run over several text nodes are left as they
 * are. Offsets of the returned extraction index the text read (blocks separated by blank lines).
 */
export function markupHast(tree: Root | Element, options?: MarkupHastOptions | null): Extraction {
  const resolved = resolveRenderOptions(options)
  const prefix = resolved.classPrefix
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

  const walk = (node: Nodes, parent: Parents | null, locked: boolean, inLink: boolean): void => {
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
      if (skippedElements.has(name)) return push(GAP)
      if (node.properties.dataTreatymark === 'off') return push(GAP)
      const lock = locked || classes(node).some((c) => c.startsWith(prefix))
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

  const extractOptions: ExtractOptions = {}
  if (options?.instrument) extractOptions.instrument = options.instrument
  if (options?.kinds) extractOptions.kinds = options.kinds
  if (options?.demonyms) extractOptions.demonyms = options.demonyms
  const extraction = extract(text, extractOptions)

  const forest = nestIntervals(collectIntervals(text, extraction, resolved))
  const segmentAt = (offset: number): HastSegment | undefined => {
    let low = 0
    let high = segments.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const s = segments[mid]!
      if (offset < s.start) high = mid - 1
      else if (offset >= s.end) low = mid + 1
      else return s
    }
    return undefined
  }

  // A paragraph that is only a credit line becomes `<p class="tm-credit">`.
  const blockCredits = new Set<NestedInterval>()
  for (const { element, start, end } of paragraphs) {
    const slice = text.slice(start, end)
    const from = start + (slice.length - slice.trimStart().length)
    const to = start + slice.trimEnd().length
    const credit = forest.find(
      (n) => n.interval.kind === 'credit' && n.interval.start <= from && n.interval.end >= to,
    )
    if (!credit || to <= from) continue
    const made = intervalElement(credit.interval, [], resolved, { creditTag: 'p' })
    const own = classes(element)
    element.properties = {
      ...element.properties,
      ...made.properties,
      className: [...own, ...classes(made).filter((c) => !own.includes(c))],
    }
    blockCredits.add(credit)
  }

  const bySegment = new Map<HastSegment, NestedInterval[]>()
  const place = (nodes: readonly NestedInterval[]): void => {
    for (const node of nodes) {
      if (blockCredits.has(node)) {
        place(node.children)
        continue
      }
      const segment = segmentAt(node.interval.start)
      if (segment && segment.end >= node.interval.end) {
        if (segment.locked) continue
        const list = bySegment.get(segment)
        if (list) list.push(node)
        else bySegment.set(segment, [node])
      } else place(node.children)
    }
  }
  place(forest)

  const byParent = new Map<Parents, Map<Text, ElementContent[]>>()
  for (const [segment, nodes] of bySegment) {
    const replacement = renderRange(text, nodes, segment.start, segment.end, resolved, {
      inLink: segment.inLink,
    })
    let map = byParent.get(segment.parent)
    if (!map) byParent.set(segment.parent, (map = new Map()))
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
