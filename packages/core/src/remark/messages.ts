import type { Position, Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { rules } from '../data/rules.js'
import type { RuleId, Severity } from '../models/index.js'
import { segmentAt, segmentFrom, type Collected } from './mdast.js'

const reported = new WeakMap<VFile, Set<string>>()

function pointKey(place: Position | Point | undefined): string {
  if (!place) return ''
  const start = 'start' in place ? place.start : place
  return `${start.line}:${start.column}`
}

/**
 * Add a vfile message with `source: 'treatymark'`, once: running the preset twice, or several
 * plugins over the same file, does not repeat a message. The severity is the rule's, from the
 * one table in `data/rules.ts` (the last argument is ignored and will go).
 */
export function report(
  file: VFile,
  reason: string,
  place: Position | Point | undefined,
  ruleId: RuleId,
  _severity?: Severity,
): void {
  // An id missing from the table (a bug) must not make the plugins throw.
  const severity =
    (rules as Partial<Record<string, { severity: Severity }>>)[ruleId]?.severity ?? 'warning'
  let seen = reported.get(file)
  if (!seen) reported.set(file, (seen = new Set()))
  const key = `${ruleId}\u0000${pointKey(place)}\u0000${reason}`
  if (seen.has(key)) return
  seen.add(key)
  const message = file.message(reason, { place, ruleId, source: 'treatymark' })
  // vfile's convention: true is an error (reporters and remark-cli treat it so; nothing is
  // thrown), false a warning, undefined an info.
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/**
 * Map offsets of the collected text back to the markdown source. Exact where a text node's
 * value is its source verbatim (the usual case); else the start of the node (escapes, entity
 * references and indented continuation lines change the length).
 */
export function createPositionMapper(collected: Collected, source: string) {
  // Line ends as micromark counts them (\n, \r\n, \r), found as far as needed.
  let place: ReturnType<typeof location> | null = null
  return (offset: number): Point | undefined => {
    let index = segmentAt(collected.segments, offset)
    if (index < 0) index = segmentFrom(collected.segments, offset)
    const segment = collected.segments[index]
    const position = segment?.node.position
    if (
      !segment ||
      !position ||
      position.start.offset === undefined ||
      position.end.offset === undefined
    )
      return undefined
    const sourceLength = position.end.offset - position.start.offset
    if (sourceLength === segment.node.value.length && offset >= segment.start) {
      place ??= location(source)
      const point = place.toPoint(position.start.offset + (offset - segment.start))
      if (point) return point
    }
    return { ...position.start }
  }
}

/**
 * Where the collected text comes from in the markdown source, as flat triplets
 * `[textStart, textEnd, sourceStart]` per text node whose value is its source verbatim (others
 * map to the start of their node: `[textStart, textEnd, -sourceStart - 1]`).
 */
export function sourceMapOf(collected: Collected): number[] {
  const map: number[] = []
  for (const segment of collected.segments) {
    const position = segment.node.position
    const start = position?.start.offset
    const end = position?.end.offset
    if (start === undefined || end === undefined) continue
    const exact = end - start === segment.node.value.length
    map.push(segment.start, segment.end, exact ? start : -start - 1)
  }
  return map
}

/** Offset in the markdown source of an offset in `file.data.treatymarkText`, if known. */
export function sourceOffsetIn(map: readonly number[], offset: number): number | undefined {
  let low = 0
  let high = map.length / 3 - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const start = map[mid * 3]!
    const end = map[mid * 3 + 1]!
    if (offset < start) high = mid - 1
    else if (offset >= end) low = mid + 1
    else {
      const source = map[mid * 3 + 2]!
      return source >= 0 ? source + (offset - start) : -source - 1
    }
  }
  return undefined
}
