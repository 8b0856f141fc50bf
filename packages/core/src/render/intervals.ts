import type { CreditRole, Extraction, ImageCredit } from '../models/index.js'
import type { EntityByKind, EntityKind, ResolvedRenderOptions } from './options.js'

/** One span to mark up: an entity, or a part of a credit inside its credit. */
export type Interval =
  | {
      [K in EntityKind]: { kind: K; start: number; end: number; entity: EntityByKind[K] }
    }[EntityKind]
  | { kind: 'creditPart'; start: number; end: number; entity: ImageCredit; part: CreditRole }

/** An interval with the intervals nested inside it. */
export interface NestedInterval {
  interval: Interval
  children: NestedInterval[]
}

/**
 * Outer kinds first when two spans are identical, so a list wraps its states, a credit wraps
 * its parts and a citation wraps a state that happens to have the same span.
 */
const rank: Record<Interval['kind'], number> = {
  stateList: 0,
  credit: 1,
  creditPart: 2,
  citation: 3,
  document: 4,
  state: 5,
}

const partOrder: CreditRole[] = ['title', 'creator', 'source', 'license']

/**
 * Where each TASL part of a credit is written inside the credit's own text (document offsets).
 * Parts that cannot be found verbatim (case-insensitively as a fallback) or that would overlap
 * an earlier one are left out: the text stays, only the element is missing.
 */
export function creditPartSpans(
  credit: ImageCredit,
): { part: CreditRole; start: number; end: number }[] {
  const found: { part: CreditRole; start: number; end: number }[] = []
  const text = credit.text
  const lower = text.toLowerCase()
  for (const part of partOrder) {
    const value = credit[part]
    if (typeof value !== 'string' || value.trim() === '') continue
    const needle = value.trim()
    let at = text.indexOf(needle)
    if (at < 0) at = lower.indexOf(needle.toLowerCase())
    if (at < 0) continue
    const start = at
    const end = at + needle.length
    if (found.some((f) => start < f.end && f.start < end)) continue
    found.push({ part, start: credit.start + start, end: credit.start + end })
  }
  return found.sort((a, b) => a.start - b.start)
}

function valid(start: number, end: number, length: number): boolean {
  return (
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= length
  )
}

/**
 * Every span of `extraction` that the options ask to mark up, checked against the text
 * (in bounds, and the entity's `text` equals the slice when it has one).
 */
export function collectIntervals(
  text: string,
  extraction: Partial<Extraction>,
  options: ResolvedRenderOptions,
): Interval[] {
  const out: Interval[] = []
  const ok = (e: { start: number; end: number; text?: string }): boolean =>
    valid(e.start, e.end, text.length) &&
    (typeof e.text !== 'string' || text.slice(e.start, e.end) === e.text)
  if (options.enabled.citation)
    for (const entity of extraction.citations ?? [])
      if (ok(entity)) out.push({ kind: 'citation', start: entity.start, end: entity.end, entity })
  if (options.enabled.document)
    for (const entity of extraction.documents ?? [])
      if (ok(entity)) out.push({ kind: 'document', start: entity.start, end: entity.end, entity })
  if (options.enabled.state)
    for (const entity of extraction.states ?? [])
      if (ok(entity)) out.push({ kind: 'state', start: entity.start, end: entity.end, entity })
  if (options.enabled.stateList)
    for (const entity of extraction.stateLists ?? [])
      if (ok(entity)) out.push({ kind: 'stateList', start: entity.start, end: entity.end, entity })
  if (options.enabled.credit)
    for (const entity of extraction.credits ?? []) {
      if (!ok(entity)) continue
      out.push({ kind: 'credit', start: entity.start, end: entity.end, entity })
      for (const span of creditPartSpans(entity))
        out.push({ kind: 'creditPart', start: span.start, end: span.end, entity, part: span.part })
    }
  return out
}

/** Deterministic order: by start, longer first, then outer kinds first. */
export function compareIntervals(a: Interval, b: Interval): number {
  return a.start - b.start || b.end - a.end || rank[a.kind] - rank[b.kind]
}

/**
 * Nest intervals into a forest. An interval that partly overlaps one already placed (it starts
 * inside it and ends after it) is dropped, so the earlier, longer span wins; exact duplicates
 * of the same kind are dropped too. Dropping never loses text: only the markup is missing.
 */
export function nestIntervals(intervals: readonly Interval[]): NestedInterval[] {
  const sorted = [...intervals].sort(compareIntervals)
  const roots: NestedInterval[] = []
  const stack: NestedInterval[] = []
  for (const interval of sorted) {
    while (stack.length > 0 && stack[stack.length - 1]!.interval.end <= interval.start) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) {
      const p = parent.interval
      if (interval.end > p.end) continue
      if (p.start === interval.start && p.end === interval.end && p.kind === interval.kind) continue
      // Credit parts only belong inside their own credit.
      if (interval.kind === 'creditPart' && !(p.kind === 'credit' && p.entity === interval.entity))
        continue
    } else if (interval.kind === 'creditPart') continue
    const node: NestedInterval = { interval, children: [] }
    if (parent) parent.children.push(node)
    else roots.push(node)
    stack.push(node)
  }
  return roots
}

/**
 * What to try instead when an interval cannot be marked up itself (its words run over nodes
 * that cannot be wrapped): its children, except that a credit's parts go with the credit.
 */
export function fallbackChildren(node: NestedInterval): NestedInterval[] {
  if (node.interval.kind !== 'credit') return node.children
  return node.children.flatMap((child) =>
    child.interval.kind === 'creditPart' ? child.children : [child],
  )
}
