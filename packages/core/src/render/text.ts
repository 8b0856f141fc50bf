import type { ElementContent, Root } from 'hast'
import type { Extraction } from '../models/index.js'
import { intervalElement, isLink, type RenderContext } from './elements.js'
import { collectIntervals, nestIntervals, type NestedInterval } from './intervals.js'
import { resolveRenderOptions, type RenderOptions, type ResolvedRenderOptions } from './options.js'
import { checkExtraction, requireString } from './validate.js'

/**
 * Render `text[from, to)` with the nested intervals inside it: text nodes for the gaps,
 * elements for the intervals. Every character of the range ends up in exactly one text node.
 */
export function renderRange(
  text: string,
  nodes: readonly NestedInterval[],
  from: number,
  to: number,
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): ElementContent[] {
  const out: ElementContent[] = []
  let at = from
  for (const node of nodes) {
    const { start, end } = node.interval
    if (start < at || end > to) continue
    if (start > at) out.push({ type: 'text', value: text.slice(at, start) })
    const el = intervalElement(node.interval, [], options, context)
    // Nothing inside (the usual case): the words are the only child. A new context only where a
    // link starts (no nested links inside it).
    el.children =
      node.children.length === 0
        ? [{ type: 'text', value: text.slice(start, end) }]
        : renderRange(text, node.children, start, end, options, {
            ...context,
            inLink: Boolean(context.inLink) || isLink(el),
          })
    out.push(el)
    at = end
  }
  if (at < to) out.push({ type: 'text', value: text.slice(at, to) })
  return out
}

/**
 * Split plain `text` into text nodes and entity elements (hast). The text of the result is
 * always exactly `text`: entities with bad offsets or partial overlaps lose their markup, never
 * their words. `extraction` may be hand-made: entries that are not well-formed entities are
 * skipped with an `invalid-entity` diagnostic (`onDiagnostic`); `null` renders the plain text.
 * Throws a `TypeError` only when `text` is not a string or `extraction` is not an object.
 */
export function renderText(
  text: string,
  extraction: Partial<Extraction> | null | undefined,
  options?: RenderOptions | null,
): Root {
  requireString(text, 'renderText', 'text')
  const resolved = resolveRenderOptions(options)
  const checked = checkExtraction(extraction, text, resolved.report, 'renderText')
  return renderTextWith(text, checked, resolved)
}

/** `renderText` for an extraction known to be well formed (from `extract()` or checked). */
export function renderTextWith(
  text: string,
  extraction: Partial<Extraction>,
  resolved: ResolvedRenderOptions,
): Root {
  const forest = nestIntervals(collectIntervals(text, extraction, resolved))
  return { type: 'root', children: renderRange(text, forest, 0, text.length, resolved) }
}
