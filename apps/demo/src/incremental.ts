// Markdown parsed again only where it changed: the top-level blocks around an edit are parsed on
// their own and spliced between the unchanged blocks of the previous tree (their positions moved
// by the edit's length), so a keystroke in a 5,000-word post parses one paragraph, not the post.
// Whenever a block parsed alone could differ from the same block parsed in the whole document
// (reference definitions, fences, HTML, container directives, front matter, no blank line at the
// edges), the whole text is parsed, as remark would. The result is always a fresh tree: the
// treatymark transform changes the tree it is given, the cached one stays as parsed.
import type { Root, RootContent } from 'mdast'

type Parse = (text: string) => Root

/** Link reference or footnote definitions anywhere: references resolve across the document. */
const definition = /^ {0,3}\[[^\]\n]*\]:/m
/** In the edited text: what may open or close a block that runs across blank lines. */
const risky = /`{3}|~{3}|<|:{3}|\$\$/
/** A slice that starts with front matter's fence would be read as front matter. */
const fenceFirst = /^(?:-{3}|\+{3})[ \t]*(?:\n|$)/
const blankLine = /\n[ \t]*\n/

export interface IncrementalParser {
  /** The tree of `text` (a fresh copy), and whether only part of it was parsed. */
  parse(text: string): { tree: Root; partial: boolean }
}

export function incrementalParser(parse: Parse): IncrementalParser {
  let previous: { text: string; tree: Root } | null = null
  return {
    parse(text) {
      const partial = previous ? reparse(parse, previous, text) : null
      const tree = partial ?? parse(text)
      previous = { text, tree }
      return { tree: clone(tree, 0, 0), partial: partial !== null }
    },
  }
}

/** Every parsed node has a position (treatymark's generated node types do not declare one). */
const positionOf = (node: object): { start: Point; end: Point } | undefined =>
  (node as { position?: { start: Point; end: Point } }).position
const offsetOf = (node: object): number => positionOf(node)?.start.offset ?? -1
const endOf = (node: object): number => positionOf(node)?.end.offset ?? -1

/** The tree of `text` from the previous one, or null when only a full parse is safe. */
function reparse(parse: Parse, previous: { text: string; tree: Root }, text: string): Root | null {
  const old = previous.text
  if (old === text) return previous.tree
  if (definition.test(text) || definition.test(old)) return null
  const nodes = previous.tree.children
  if (nodes.length === 0 || nodes.some((n) => offsetOf(n) < 0 || endOf(n) < 0)) return null
  // A front matter fence on the first line that is not closed changes how the whole document is
  // parsed (micromark-extension-frontmatter 2 reads the lists after it as paragraphs): whenever
  // the first line is a fence, only an edit after a closed front matter is parsed in part.
  if (fenceFirst.test(text) || fenceFirst.test(old)) {
    const front = nodes[0]!
    if (front.type !== 'yaml' || !fenceFirst.test(text)) return null
    if (firstDifference(old, text) <= endOf(front) + 1) return null
  }
  // The edit: old[p, oldEnd) became text[p, newEnd).
  const max = Math.min(old.length, text.length)
  const p = firstDifference(old, text)
  let q = 0
  while (q < max - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q))
    q++
  const oldEnd = old.length - q
  const newEnd = text.length - q
  // The edited lines, whole (an edit inside a fence line breaks the fence).
  const from = old.lastIndexOf('\n', p - 1) + 1
  const lineEnd = (t: string, at: number): number => {
    const i = t.indexOf('\n', at)
    return i < 0 ? t.length : i
  }
  if (
    risky.test(old.slice(from, lineEnd(old, oldEnd))) ||
    risky.test(text.slice(from, lineEnd(text, newEnd)))
  )
    return null
  // The blocks the edit touches, and one more on each side (an edit can join or split them).
  let first = nodes.findIndex((n) => endOf(n) >= p)
  if (first < 0) first = nodes.length - 1
  let last = first
  while (last + 1 < nodes.length && offsetOf(nodes[last + 1]!) <= oldEnd) last++
  first = Math.max(0, first - 1)
  last = Math.min(nodes.length - 1, last + 1)
  // The slice: from the start of the first block's line to the end of the last block's line,
  // with a blank line between it and the blocks kept on either side.
  const start = first === 0 ? 0 : offsetOf(nodes[first]!)
  if (start > 0 && old[start - 1] !== '\n') return null
  if (first > 0 && !blankLine.test(old.slice(endOf(nodes[first - 1]!), start))) return null
  let oldStop = last === nodes.length - 1 ? old.length : endOf(nodes[last]!)
  if (last < nodes.length - 1) {
    const next = offsetOf(nodes[last + 1]!)
    if (!blankLine.test(old.slice(oldStop, next)) || old[next - 1] !== '\n') return null
    const lineEnd = old.indexOf('\n', oldStop)
    oldStop = lineEnd < 0 ? old.length : lineEnd
  }
  if (start > p || oldStop < oldEnd) return null
  const delta = text.length - old.length
  const stop = oldStop + delta
  const slice = text.slice(start, stop)
  if (start > 0 && fenceFirst.test(slice)) return null
  const lineDelta = count(text, p, newEnd) - count(old, p, oldEnd)
  const startLine = first === 0 ? 1 : positionOf(nodes[first]!)!.start.line
  const parsed = parse(slice).children
  // Lists separated by a blank line are one list: a list at an edge of the slice next to a kept
  // list could be joined to it.
  const before = nodes[first - 1]
  const next = nodes[last + 1]
  if (before?.type === 'list' && parsed[0]?.type === 'list') return null
  if (next?.type === 'list' && parsed.at(-1)?.type === 'list') return null
  const middle = parsed.map((n) => clone(n, start, startLine - 1))
  const after = nodes.slice(last + 1).map((n) => clone(n, delta, lineDelta))
  const children: RootContent[] = [...nodes.slice(0, first), ...middle, ...after]
  const lines = count(text, 0, text.length)
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: {
        line: lines + 1,
        column: text.length - text.lastIndexOf('\n'),
        offset: text.length,
      },
    },
  }
}

function firstDifference(a: string, b: string): number {
  const max = Math.min(a.length, b.length)
  let p = 0
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++
  return p
}

/** Newlines in text[from, to). */
function count(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** A deep copy with every position moved by `offset` characters and `line` lines. */
function clone<T>(value: T, offset: number, line: number): T {
  if (Array.isArray(value)) return value.map((v: unknown) => clone(v, offset, line)) as T
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === 'position' && v && typeof v === 'object') {
      const { start, end } = v as { start: Point; end: Point }
      out.position = { start: move(start, offset, line), end: move(end, offset, line) }
    } else out[key] = clone(v, offset, line)
  }
  return out as T
}

interface Point {
  line: number
  column: number
  offset?: number
}

function move(point: Point, offset: number, line: number): Point {
  return offset === 0 && line === 0
    ? { ...point }
    : {
        line: point.line + line,
        column: point.column,
        ...(point.offset === undefined ? {} : { offset: point.offset + offset }),
      }
}
