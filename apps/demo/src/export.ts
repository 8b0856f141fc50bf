// What the playground exports: the Extraction as JSON (the shape of `treatymark extract --json`)
// and plain text as markdown with explicit directives, so a reader can paste it into a remark
// pipeline and get the same entities without relying on detection.
import type { Extraction } from '@treatymark/core'

/** The Extraction as `treatymark extract --json` prints it (two-space indent, trailing newline). */
export function extractionJson(extraction: Extraction): string {
  return `${JSON.stringify(extraction, null, 2)}\n`
}

/** Characters that would start markdown syntax in plain prose, escaped with a backslash. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/:(?=[A-Za-z])/g, '\\:')
    .replace(/^(\s{0,3})([#>+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s{0,3}\d+)([.)])(?=\s)/gm, '$1\\$2')
}

function attributeValue(value: string): string {
  return /^[\w.-]+$/.test(value) ? value : `"${value.replace(/"/g, '&quot;')}"`
}

function directive(name: string, label: string, attributes: Record<string, string | null>): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== '')
    .map(([key, value]) => `${key}=${attributeValue(value)}`)
    .join(' ')
  return `:${name}[${escapeMarkdown(label)}]${attrs ? `{${attrs}}` : ''}`
}

/**
 * Plain text as markdown: citations become `:cite[…]{treaty article paragraph}` and states
 * `:state[…]{iso3}` (members of lists too), everything else is escaped so it reads as written.
 * Entities that overlap an earlier one are left as text.
 */
export function markdownWithDirectives(text: string, extraction: Extraction): string {
  type Span = { start: number; end: number; markdown: string }
  const spans: Span[] = []
  for (const c of extraction.citations)
    spans.push({
      start: c.start,
      end: c.end,
      markdown: directive('cite', c.text, {
        treaty: c.treaty,
        article: c.article,
        paragraph: c.paragraph,
        subparagraph: c.subparagraph ?? null,
      }),
    })
  for (const s of extraction.states)
    spans.push({
      start: s.start,
      end: s.end,
      markdown: directive('state', s.text, { iso3: s.iso3 }),
    })
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue
    out += escapeMarkdown(text.slice(at, span.start)) + span.markdown
    at = span.end
  }
  return out + escapeMarkdown(text.slice(at))
}

/** A file name for downloads: `treatymark-extraction-2026-12-01.json`. */
export function downloadName(kind: string, extension: string, date = new Date()): string {
  return `treatymark-${kind}-${date.toISOString().slice(0, 10)}.${extension}`
}
