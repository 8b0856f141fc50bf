import type { Nodes, Paragraph, Parent, Text } from 'mdast'
import type { TreatymarkData } from './types.js'

/** A text node and where its value sits in the collected text. */
export interface Segment {
  start: number
  end: number
  node: Text
  /** Inside markup treatymark already made (a directive, an earlier run): read, never changed. */
  locked: boolean
}

export interface Collected {
  /** The prose of the document in order. */
  text: string
  /** Text nodes in order (sorted by start, disjoint). */
  segments: Segment[]
  /** Parent of every node on the way to a text node. */
  parents: Map<Nodes, Parent>
  /** Offsets of each paragraph's prose. */
  paragraphs: Map<Paragraph, { start: number; end: number }>
  /** Offsets of the label of each node treatymark made or read-only nodes (directives). */
  spans: Map<Nodes, { start: number; end: number }>
}

/** Stands for content that is not prose (inline code, links, images, HTML): no match crosses it. */
export const GAP = '\uFFFC'
/** Between blocks, so no match runs from one paragraph into the next. */
export const BLOCK_SEPARATOR = '\n\n'

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

export function isLockedNode(node: Nodes): boolean {
  const data = node.data as TreatymarkData | undefined
  return (
    node.type === 'treatymark' ||
    node.type === 'treatymarkCaption' ||
    (data?.treatymark !== undefined && node.type !== 'treatymarkFigure')
  )
}

/**
 * Read the prose of a tree in document order, the way extract() should see it: text nodes
 * concatenated within a block, blank lines between blocks, one placeholder character for
 * inline code, links, images and inline HTML. Code blocks, HTML blocks, definitions and front
 * matter are left out.
 */
export function collectText(tree: Nodes, lock: (node: Nodes) => boolean = () => false): Collected {
  const pieces: string[] = []
  let length = 0
  const segments: Segment[] = []
  const parents = new Map<Nodes, Parent>()
  const paragraphs = new Map<Paragraph, { start: number; end: number }>()
  const spans = new Map<Nodes, { start: number; end: number }>()

  const push = (value: string): void => {
    pieces.push(value)
    length += value.length
  }
  const separate = (): void => {
    if (length > 0 && !pieces[pieces.length - 1]!.endsWith(BLOCK_SEPARATOR)) push(BLOCK_SEPARATOR)
  }

  const walk = (node: Nodes, locked: boolean): void => {
    if (node.type === 'text') {
      if (node.value.length === 0) return
      segments.push({ start: length, end: length + node.value.length, node, locked })
      push(node.value)
      return
    }
    if (node.type === 'break') {
      push('\n')
      return
    }
    if (skipped.has(node.type)) return
    if (opaqueInline.has(node.type)) {
      push(GAP)
      return
    }
    if (!('children' in node)) return
    const lockHere = locked || isLockedNode(node) || lock(node)
    const inline = phrasingParents.has(node.type)
    if (!inline) separate()
    const start = length
    for (const child of node.children as Nodes[]) {
      parents.set(child, node as Parent)
      walk(child, lockHere)
    }
    if (node.type === 'paragraph') paragraphs.set(node, { start, end: length })
    if (lockHere && !locked) spans.set(node, { start, end: length })
    if (!inline) separate()
  }

  walk(tree, false)
  return { text: pieces.join(''), segments, parents, paragraphs, spans }
}

/** Index of the segment containing `offset`, or -1 (binary search). */
export function segmentAt(segments: readonly Segment[], offset: number): number {
  let low = 0
  let high = segments.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const segment = segments[mid]!
    if (offset < segment.start) high = mid - 1
    else if (offset >= segment.end) low = mid + 1
    else return mid
  }
  return -1
}

/** Index of the first segment that ends after `offset` (for positions in gaps), or -1. */
export function segmentFrom(segments: readonly Segment[], offset: number): number {
  let low = 0
  let high = segments.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (segments[mid]!.end <= offset) low = mid + 1
    else high = mid
  }
  return low < segments.length ? low : -1
}
