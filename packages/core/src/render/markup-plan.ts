/**
 * What `markupHast` and `markupDom` share: once a tree's text has been read into one string with
 * its text segments, decide which entities to mark up where. The two differ only in how they read
 * and change their tree (hast objects or live DOM nodes), so the decisions live here once.
 */
import { extract } from '../extract/index.js'
import type { ExtractOptions, Extraction } from '../models/index.js'
import {
  collectIntervals,
  fallbackChildren,
  nestIntervals,
  type NestedInterval,
} from './intervals.js'
import type { ResolvedRenderOptions } from './options.js'

/** A text node's place in the text read from a tree. */
export interface Segment {
  start: number
  end: number
  /** Inside something never changed (treatymark's own elements, `data-treatymark="off"`). */
  locked: boolean
  inLink: boolean
}

/** A paragraph element with its place in the text. */
export interface ParagraphSpan<E> {
  element: E
  start: number
  end: number
}

export interface MarkupPlan<E, P> {
  extraction: Extraction
  /** Paragraphs that are nothing but a credit line: they become the credit element themselves. */
  blockCredits: Array<{ element: E; credit: NestedInterval }>
  /** Entities over several segments that can be wrapped, outermost only, in text order. */
  plans: P[]
  /** Entities inside one segment (group them with `groupBySegment` once the wraps are made). */
  singles: NestedInterval[]
}

/**
 * Extract from `text` and plan the markup: single-segment entities are split out of their text
 * node; entities over several segments ("Article 5 of the <em>Convention</em>") are wrapped when
 * `planAcross` finds a common parent to cut at, else only their inner entities are kept.
 */
export function planMarkup<S extends Segment, E, P>(
  text: string,
  segments: readonly S[],
  paragraphs: readonly ParagraphSpan<E>[],
  options: ExtractOptions | null | undefined,
  resolved: ResolvedRenderOptions,
  planAcross: (nested: NestedInterval) => P | null,
): MarkupPlan<E, P> {
  const extractOptions: ExtractOptions = {}
  if (options?.instrument) extractOptions.instrument = options.instrument
  if (options?.kinds) extractOptions.kinds = options.kinds
  if (options?.demonyms) extractOptions.demonyms = options.demonyms
  const extraction = extract(text, extractOptions)
  const forest = nestIntervals(collectIntervals(text, extraction, resolved))
  const segmentAt = segmentFinder(segments)

  const blockCredits: Array<{ element: E; credit: NestedInterval }> = []
  const isBlockCredit = new Set<NestedInterval>()
  for (const { element, start, end } of paragraphs) {
    const slice = text.slice(start, end)
    const from = start + (slice.length - slice.trimStart().length)
    const to = start + slice.trimEnd().length
    const credit = forest.find(
      (n) => n.interval.kind === 'credit' && n.interval.start <= from && n.interval.end >= to,
    )
    if (!credit || to <= from) continue
    blockCredits.push({ element, credit })
    isBlockCredit.add(credit)
  }

  const singles: NestedInterval[] = []
  const plans: P[] = []
  const isSingle = (node: NestedInterval): boolean => {
    const segment = segmentAt(node.interval.start)
    return segment !== undefined && segment.end >= node.interval.end
  }
  const within = (nodes: readonly NestedInterval[]): void => {
    for (const node of nodes) {
      if (isSingle(node)) singles.push(node)
      else within(fallbackChildren(node))
    }
  }
  const classify = (nodes: readonly NestedInterval[]): void => {
    for (const node of nodes) {
      if (isBlockCredit.has(node)) classify(node.children)
      else if (isSingle(node)) singles.push(node)
      else {
        const plan = planAcross(node)
        if (plan) {
          plans.push(plan)
          within(node.children)
        } else classify(fallbackChildren(node))
      }
    }
  }
  classify(forest)
  return { extraction, blockCredits, plans, singles }
}

/**
 * Group single-segment entities by their segment, after the wraps have split segments (pass the
 * segments again, sorted). Entities in locked segments are left out.
 */
export function groupBySegment<S extends Segment>(
  singles: readonly NestedInterval[],
  segments: readonly S[],
): Map<S, NestedInterval[]> {
  const segmentAt = segmentFinder(segments)
  const bySegment = new Map<S, NestedInterval[]>()
  for (const node of singles) {
    const segment = segmentAt(node.interval.start)
    if (!segment || segment.locked || segment.end < node.interval.end) continue
    const list = bySegment.get(segment)
    if (list) list.push(node)
    else bySegment.set(segment, [node])
  }
  return bySegment
}

/**
 * The first and last segment of an entity spanning several, when every segment between is
 * contiguous, unlocked and outside links (else it cannot be wrapped): `[i, j]` or null.
 */
export function wrappableRun(
  segments: readonly Segment[],
  start: number,
  end: number,
): [number, number] | null {
  const i = segmentIndex(segments, start)
  const j = segmentIndex(segments, end - 1)
  if (i < 0 || j <= i) return null
  for (let k = i; k <= j; k++) {
    const segment = segments[k]!
    if (segment.locked || segment.inLink) return null
    if (k < j && segment.end !== segments[k + 1]!.start) return null
  }
  return [i, j]
}

/** Binary search over segments sorted by start. */
export function segmentIndex(segments: readonly Segment[], offset: number): number {
  let low = 0
  let high = segments.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const s = segments[mid]!
    if (offset < s.start) high = mid - 1
    else if (offset >= s.end) low = mid + 1
    else return mid
  }
  return -1
}

function segmentFinder<S extends Segment>(
  segments: readonly S[],
): (offset: number) => S | undefined {
  return (offset) => {
    const index = segmentIndex(segments, offset)
    return index < 0 ? undefined : segments[index]
  }
}
