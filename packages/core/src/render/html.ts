import type { ElementContent, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { extract } from '../extract/index.js'
import type { ExtractOptions, Extraction } from '../models/index.js'
import { intervalElement } from './elements.js'
import { collectIntervals, nestIntervals } from './intervals.js'
import {
  describe,
  resolveRenderOptions,
  type RenderOptions,
  type Reporter,
  type ResolvedRenderOptions,
} from './options.js'
import { renderRange, renderTextWith } from './text.js'
import { checkExtraction, extractOptionsOf, requireString } from './validate.js'

export interface RenderHtmlOptions extends RenderOptions, ExtractOptions {
  /**
   * Split the text at blank lines into `<p>` elements; a paragraph that is only a credit line
   * becomes `<p class="tm-credit">` (default `false`: one inline fragment, line breaks kept).
   */
  paragraphs?: boolean
  /**
   * With `paragraphs`: a single line break inside a paragraph becomes `<br>` (followed by the
   * line break itself, so the text is unchanged), as plain-text authors mean it (default `true`).
   */
  lineBreaks?: boolean
  /** Render this extraction instead of running `extract()` (offsets must index `text`). */
  extraction?: Partial<Extraction> | null
}

/**
 * Serialise hast to HTML (hast-util-to-html escapes all text and attribute values). Throws a
 * `TypeError` naming `tree` when it is not a hast node, an array of nodes, or well-formed hast.
 */
export function hastToHtml(tree: Root | RootContent | RootContent[]): string {
  if (typeof tree !== 'object' || tree === null)
    throw new TypeError(
      `hastToHtml: tree must be a hast node or an array of nodes, not ${describe(tree)}`,
    )
  try {
    return toHtml(tree)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new TypeError(`hastToHtml: tree must be well-formed hast (${reason})`)
  }
}

/** Render `text` with an existing extraction to an HTML string (malformed entries skipped). */
export function renderExtractionHtml(
  text: string,
  extraction: Partial<Extraction> | null | undefined,
  options?: RenderHtmlOptions | null,
): string {
  requireString(text, 'renderExtractionHtml', 'text')
  const resolved = resolveRenderOptions(options)
  const checked = checkExtraction(extraction, text, resolved.report, 'renderExtractionHtml')
  return toHtml(renderChecked(text, checked, options, resolved))
}

function renderChecked(
  text: string,
  extraction: Partial<Extraction>,
  options: RenderHtmlOptions | null | undefined,
  resolved: ResolvedRenderOptions,
): Root {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<
    string,
    unknown
  >
  const paragraphs = flag(o, 'paragraphs', false, resolved.report)
  if (!paragraphs) return renderTextWith(text, extraction, resolved)
  const lineBreaks = flag(o, 'lineBreaks', true, resolved.report)
  return paragraphsWith(text, extraction, resolved, lineBreaks)
}

/** A boolean option: its default (with a diagnostic) when it is not a boolean. */
function flag(
  o: Record<string, unknown>,
  name: string,
  fallback: boolean,
  report: Reporter,
): boolean {
  const value = o[name]
  if (value === undefined || value === null) return fallback
  if (typeof value === 'boolean') return value
  report(
    'invalid-option',
    `option ${name} must be a boolean, not ${describe(value)} (default ${fallback} used)`,
  )
  return fallback
}

/**
 * `extract()` + render + HTML: the one call for the CLI, the demo, WordPress and Ghost. Throws a
 * `TypeError` only when `text` is not a string; bad option values fall back to their defaults
 * with an `invalid-option` diagnostic (`onDiagnostic`).
 */
export function renderHtml(text: string, options?: RenderHtmlOptions | null): string {
  requireString(text, 'renderHtml', 'text')
  const resolved = resolveRenderOptions(options)
  const given: unknown =
    typeof options === 'object' && options !== null ? options.extraction : undefined
  let extraction: Partial<Extraction>
  if (given !== undefined && given !== null && given !== false) {
    if (typeof given === 'object' && !Array.isArray(given))
      extraction = checkExtraction(given, text, resolved.report, 'renderHtml')
    else {
      resolved.report(
        'invalid-option',
        `option extraction must be an object, not ${describe(given)} (text extracted instead)`,
      )
      extraction = extract(text, extractOptionsOf(options, resolved.report))
    }
  } else extraction = extract(text, extractOptionsOf(options, resolved.report))
  return toHtml(renderChecked(text, extraction, options, resolved))
}

/** Paragraphs split at blank lines (linear scan, no regex backtracking). */
function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  let start = 0
  const lineBreak = /\n[ \t]*\n/g
  let match: RegExpExecArray | null
  while ((match = lineBreak.exec(text)) !== null) {
    ranges.push([start, match.index])
    // Swallow further blank lines.
    let next = match.index + match[0].length
    while (next < text.length && /\s/.test(text[next]!)) next++
    start = next
    lineBreak.lastIndex = next
  }
  ranges.push([start, text.length])
  return ranges
}

/** Text split into `<p>` elements; whitespace between paragraphs is kept as text nodes. */
export function renderParagraphs(
  text: string,
  extraction: Partial<Extraction> | null | undefined,
  options?: (RenderOptions & { lineBreaks?: boolean }) | null,
): Root {
  requireString(text, 'renderParagraphs', 'text')
  const resolved = resolveRenderOptions(options)
  const checked = checkExtraction(extraction, text, resolved.report, 'renderParagraphs')
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<
    string,
    unknown
  >
  return paragraphsWith(text, checked, resolved, flag(o, 'lineBreaks', true, resolved.report))
}

function paragraphsWith(
  text: string,
  extraction: Partial<Extraction>,
  resolved: ResolvedRenderOptions,
  breaks: boolean,
): Root {
  const forest = nestIntervals(collectIntervals(text, extraction, resolved))
  const children: RootContent[] = []
  let at = 0
  let index = 0
  for (const [from, end] of paragraphRanges(text)) {
    // Trailing white space stays outside the paragraph.
    const to = from + text.slice(from, end).trimEnd().length
    if (from > at) children.push({ type: 'text', value: text.slice(at, from) })
    at = Math.max(at, to)
    if (to <= from) continue
    // Intervals that lie inside this paragraph (the forest is sorted by start).
    while (index < forest.length && forest[index]!.interval.end <= from) index++
    const inside = []
    let i = index
    while (i < forest.length && forest[i]!.interval.start < to) inside.push(forest[i++]!)
    const only = inside.length === 1 ? inside[0]! : null
    const trimmedStart =
      from + (text.slice(from, to).length - text.slice(from, to).trimStart().length)
    const trimmedEnd = from + text.slice(from, to).trimEnd().length
    if (
      only &&
      only.interval.kind === 'credit' &&
      only.interval.start <= trimmedStart &&
      only.interval.end >= trimmedEnd
    ) {
      const el = intervalElement(only.interval, [], resolved, { creditTag: 'p' })
      const content = renderRange(text, only.children, from, to, resolved)
      el.children = breaks ? withLineBreaks(content) : content
      children.push(el)
      continue
    }
    const content: ElementContent[] = renderRange(text, inside, from, to, resolved)
    children.push({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: breaks ? withLineBreaks(content) : content,
    })
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) })
  return { type: 'root', children }
}

/** `<br>` before every line break in the text nodes (inside elements too); text unchanged. */
function withLineBreaks(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'element') {
      out.push({ ...node, children: withLineBreaks(node.children) })
      continue
    }
    if (node.type !== 'text' || !node.value.includes('\n')) {
      out.push(node)
      continue
    }
    const lines = node.value.split('\n')
    lines.forEach((line, index) => {
      if (index > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] })
      const value = index > 0 ? `\n${line}` : line
      if (value) out.push({ type: 'text', value })
    })
  }
  return out
}
