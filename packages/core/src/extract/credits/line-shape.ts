/**
 * The shape of a line, as numbers a learned score weighs (`line-score.ts`): its cue words
 * ("Photo", "Courtesy", "via"), a label with a colon, "©", slashes between names, how many of its
 * words are capitalised, in capitals or function words, its length, how it ends, and how long the
 * lines around it are. No agency or person names: a credit line is told by its shape, so the score
 * carries over to house styles nobody here has read.
 */

/** The lines of `text` that hold more than white space, with their neighbours' text. */
export interface ShapedLine {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly prev: string
  readonly next: string
}

/** Is `text` from `start` to `end` white space only? (A scan, no slice.) */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) return false
  }
  return true
}

/**
 * Split `text` at line feeds: each non-blank line with the non-blank lines around it. `keep`
 * picks the lines wanted (all by default); the others cost no slicing.
 */
export function shapedLines(
  text: string,
  keep: (line: string) => boolean = () => true,
): ShapedLine[] {
  const starts: number[] = []
  const ends: number[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (!blank(text, start, end)) {
      starts.push(start)
      ends.push(end)
    }
    start = end + 1
  }
  const out: ShapedLine[] = []
  for (let i = 0; i < starts.length; i++) {
    const line = text.slice(starts[i], ends[i])
    if (!keep(line)) continue
    out.push({
      start: starts[i]!,
      end: ends[i]!,
      text: line,
      prev: i > 0 ? text.slice(starts[i - 1], ends[i - 1]) : '',
      next: i + 1 < starts.length ? text.slice(starts[i + 1], ends[i + 1]) : '',
    })
  }
  return out
}

/** The non-blank line before the one starting at `start` (its text), or "". */
function lineBefore(text: string, start: number): string {
  let end = start - 1
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1
    if (!blank(text, from, end)) return text.slice(from, end)
    end = from - 1
  }
  return ''
}

/** The non-blank line after the one ending at `end` (its text), or "". */
function lineAfter(text: string, end: number): string {
  let from = end + 1
  while (from < text.length) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = text.length
    if (!blank(text, from, to)) return text.slice(from, to)
    from = to + 1
  }
  return ''
}

/**
 * The lines of `text` that hold a match of `hit` (a global regex) and that `keep` picks, each
 * with its non-blank neighbours, as `shapedLines` gives them; lines without a match cost one
 * regex scan and nothing else.
 */
export function linesWith(
  text: string,
  hit: RegExp,
  keep: (line: string) => boolean,
): ShapedLine[] {
  const out: ShapedLine[] = []
  hit.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = hit.exec(text))) {
    const start = text.lastIndexOf('\n', m.index) + 1
    let end = text.indexOf('\n', m.index)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    if (keep(line)) {
      out.push({
        start,
        end,
        text: line,
        prev: lineBefore(text, start),
        next: lineAfter(text, end),
      })
    }
    if (end >= text.length) break
    hit.lastIndex = end + 1
  }
  return out
}

/** Words that often stand in a credit line (lower case). */
const cues = [
  'photo',
  'photograph',
  'photos',
  'image',
  'images',
  'picture',
  'credit',
  'credits',
  'courtesy',
  'source',
  'via',
  'by',
  'copyright',
  'file',
  'handout',
  'pool',
  'stringer',
  'staff',
]

/** Words that make prose (lower case): many of them, and a line reads as a sentence. */
const functionWords = new Set(
  'the a an of and to in is was were are be been has have had that this for on with as at it its from their they he she we not which who will would said says'.split(
    ' ',
  ),
)

const token = /[A-Za-z][A-Za-z'\u2019.-]*|\d+|[©@/|()[\]:;,.\u2013\u2014-]/g
const sentenceEnd = /[.!?]["\u201d\u2019)]?\s*$/
const label = /\b(?:photo|photograph|image|picture|credit)s?\s*(?:by\s*)?:/i
const photoBy = /\b(?:photo|photograph|image|picture)s?\s+by\b/i
const slashPair = /\w\s*\/\s*\w/g
const nameSlashOrg = /[A-Z][a-z]+ [A-Z][a-z]+\s*\/\s*[A-Z]/
const orgSlashName = /\b[A-Z]{2,}\s*\/\s*[A-Z][a-z]+/
const year = /\b(?:19|20)\d\d\b/
const tailBracket = /\(\s*[^()]{2,80}\)\s*$/
const licence = /creative commons|\bcc[ -]by|public domain|cc0/i

/** A length on a log scale, 0 to 6, so a few buckets cover a word and a page. */
function bucket(n: number): number {
  return Math.min(6, Math.floor(Math.log2(1 + n)))
}

/** The features of one line: names to values (1 for a present trait, ratios in 0..1). */
export function lineShape(line: string, prev: string, next: string): Record<string, number> {
  const tokens = line.match(token) ?? []
  const lower = tokens.filter((t) => /^[A-Za-z]/.test(t)).map((t) => t.toLowerCase())
  const n = Math.max(1, lower.length)
  const shape: Record<string, number> = {}
  shape[`length=${bucket(line.length)}`] = 1
  shape[`words=${bucket(n)}`] = 1
  for (const cue of cues) if (lower.includes(cue)) shape[`cue:${cue}`] = 1
  if (label.test(line)) shape.label = 1
  if (photoBy.test(line)) shape.photoBy = 1
  if (line.includes('\u00a9') || line.includes('(c)')) shape.copyright = 1
  const slashes = line.match(slashPair)?.length ?? 0
  if (slashes > 0) {
    shape.slash = 1
    shape.slashes = Math.min(4, slashes)
  }
  if (nameSlashOrg.test(line)) shape.nameSlashOrg = 1
  if (orgSlashName.test(line)) shape.orgSlashName = 1
  shape.capitals = tokens.filter((t) => t.length > 1 && /^[A-Z]+$/.test(t)).length / n
  shape.capitalised = tokens.filter((t) => /^[A-Z]/.test(t)).length / n
  shape.functionWords = lower.filter((w) => functionWords.has(w)).length / n
  if (year.test(line)) shape.year = 1
  if (sentenceEnd.test(line)) shape.sentenceEnd = 1
  if (/\)\s*$/.test(line)) shape.bracketEnd = 1
  if (tailBracket.test(line)) shape.tailBracket = 1
  if (licence.test(line)) shape.licence = 1
  shape[`prevLength=${bucket(prev.length)}`] = 1
  if (sentenceEnd.test(prev)) shape.prevSentenceEnd = 1
  shape[`nextLength=${bucket(next.length)}`] = 1
  return shape
}
