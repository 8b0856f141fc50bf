/**
 * What the learned credit reader (`tagger.ts`) sees: the lines it reads, their tokens, and the
 * features of each token. Shared by inference and by the training script
 * (`scripts/train-credit-tagger.mjs` bundles this file), so both see the same features.
 *
 * A token is a run of letters, a run of digits or one other character; a run of letters is cut
 * where lower case meets upper case ("valleyPhotograph" -> "valley", "Photograph"; "UNPhoto" ->
 * "UN", "Photo"), as text extracted from pages glues a caption to its credit.
 */
import { agencies, signers } from './vocabulary.js'

/** A token of a line: offsets in the whole text. */
export interface Token {
  start: number
  end: number
  text: string
}

/** A line the reader may read, with its neighbours' lengths (the shape around it). */
export interface TaggedLine {
  start: number
  end: number
  text: string
  prevLength: number
  nextLength: number
}

/** Longest line read: longer ones are paragraphs of prose, not caption or credit lines. */
export const longestLine = 400

/** A slash before a capital, as between credited names ("Jane Roe/AP"), not in most URLs. */
const slashBeforeCapital = /[\p{L}.)]\s?\/\s?\p{Lu}/u

/** Cue words of credit labels ("Photo:", "Credit", "Courtesy", "©"). */
const cueWord =
  /\b(?:photo|foto|image|picture|credit|source|courtesy|copyright|provided|illustration|graphic)|\u00a9|\(c\)/i

/** A known agency's name at a word's start ("REUTERS", "Getty"). */
const agencyWord =
  /\b(?:AP|AFP|Reuters|REUTERS|Getty|GETTY|EPA|Xinhua|XINHUA|KCNA|TASS|Sputnik|Anadolu|Yonhap|Shutterstock|Alamy|NurPhoto)\b/

/**
 * Does `line` hold a cue of a credit: "©", " via ", a slash before a capital, a label word or a
 * known agency? Lines without any are not read. Cheap tests first: most lines fail them.
 */
export function hinted(line: string): boolean {
  if (line.length > longestLine || line.length < 2) return false
  if (line.includes('\u00a9') || line.includes(' via ')) return true
  if (line.includes('/') && slashBeforeCapital.test(line)) return true
  return cueWord.test(line) || agencyWord.test(line)
}

/** The lines of `text` that `hinted` accepts, each with its neighbours' lengths. */
export function candidateLines(text: string): TaggedLine[] {
  const out: TaggedLine[] = []
  let prevLength = 0
  let start = 0
  const n = text.length
  while (start <= n) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = n
    const next = end < n ? text.indexOf('\n', end + 1) : -1
    const nextLength = end >= n ? 0 : (next < 0 ? n : next) - end - 1
    const length = end - start
    if (length <= longestLine && length >= 2) {
      const line = text.slice(start, end)
      if (hinted(line)) out.push({ start, end, text: line, prevLength, nextLength })
    }
    prevLength = length
    start = end + 1
  }
  return out
}

/** Letters, digits, or one other visible character. */
const tokenPattern = /\p{L}[\p{L}\p{M}'\u2019]*|\d+|[^\s\p{L}\d]/gu

/** Where a run of letters is cut: "aB" (lower then upper), "ABc" (before the last capital). */
const caseCut = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/u

/** The tokens of `line`, which starts at `offset` in the text. */
export function tokenize(line: string, offset = 0): Token[] {
  const out: Token[] = []
  tokenPattern.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = tokenPattern.exec(line))) {
    const word = m[0]
    const at = offset + m.index
    if (word.length > 3 && caseCut.test(word)) {
      let from = 0
      for (const piece of word.split(caseCut)) {
        out.push({ start: at + from, end: at + from + piece.length, text: piece })
        from += piece.length
      }
    } else {
      out.push({ start: at, end: at + word.length, text: word })
    }
  }
  return out
}

/** A word's shape: "Xx" (capitalised), "X" (one capital), "XX" (capitals), "x", "d", or the sign. */
export function shapeOf(word: string): string {
  const c = word.charCodeAt(0)
  if (c >= 48 && c <= 57) return word.length === 4 ? 'dddd' : 'd'
  if (!/\p{L}/u.test(word[0]!)) return word
  const upper = word.toUpperCase()
  const lower = word.toLowerCase()
  if (upper === lower) return 'L'
  if (word === upper) return word.length === 1 ? 'X' : 'XX'
  if (word === lower) return 'x'
  return word[0] === upper[0] ? 'Xx' : 'xX'
}

/** Words of agencies' and signers' names, lower case ("getty", "images", "unicef"). */
let agencyWords: Set<string> | null = null
function isAgencyWord(lower: string): boolean {
  if (!agencyWords) {
    agencyWords = new Set()
    for (const name of [...agencies, ...signers]) {
      for (const w of name.split(/[\s/-]+/)) if (w.length > 1) agencyWords.add(w)
    }
  }
  return agencyWords.has(lower)
}

/** A bucket of a count: 0, 1, 2, 3-4, 5-8, 9-16, more. */
function bucket(n: number): number {
  return n < 3 ? n : n < 5 ? 3 : n < 9 ? 4 : n < 17 ? 5 : 6
}

/** Tokens that separate the parts of a credit ("Jane Roe/AP", "Photo: X via Y", "X, File"). */
const separators = new Set([
  '/',
  '|',
  ',',
  ';',
  ':',
  '\u00a9',
  '(',
  ')',
  '[',
  ']',
  'via',
  'by',
  'for',
  '\u2014',
  '\u2013',
  '-',
  '.',
  '\u2022',
  '\u00b7',
])

/** The shape of a part: its words' shapes, "Xx" runs kept up to three ("Xx Xx", "XX", "x Xx"). */
function partShape(shapes: readonly string[], from: number, to: number): string {
  let out = ''
  for (let i = from; i < to && i < from + 4; i++) out += (out ? ' ' : '') + shapes[i]
  return to - from > 4 ? `${out}+` : out
}

/** Cue tokens remembered as "the last cue before this token". */
const cues = new Set([':', '\u00a9', '/', 'by', 'via', '|', '(', ')', '.', 'photo', 'credit', '-'])

/**
 * The features of every token of `line`: one array of strings per token. Words appear lower case;
 * the model keeps only those it saw often enough.
 */
export function features(line: TaggedLine, tokens: readonly Token[]): string[][] {
  const n = tokens.length
  const lower = tokens.map((t) => t.text.toLowerCase())
  const shapes = tokens.map((t) => shapeOf(t.text))
  let letters = 0
  let capitals = 0
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!
    if (s === 'x' || s === 'Xx' || s === 'X' || s === 'XX' || s === 'xX') {
      letters++
      if (s !== 'x') capitals++
    }
  }
  const caps = letters === 0 ? 0 : Math.round((capitals / letters) * 4)
  const lineFeatures = [
    `len${bucket(Math.ceil(n / 2))}`,
    `caps${caps}`,
    `prev${bucket(Math.ceil(line.prevLength / 20))}`,
    `next${bucket(Math.ceil(line.nextLength / 20))}`,
  ]
  // The parts between separators: each token knows its part's shape, rank and neighbours.
  const partOf = new Int32Array(n)
  const parts: [number, number][] = []
  let from = 0
  for (let i = 0; i <= n; i++) {
    const sep =
      i === n || (separators.has(lower[i]!) && !(lower[i] === '.' && shapes[i - 1] === 'X'))
    if (sep) {
      if (i > from) parts.push([from, i])
      if (i < n) partOf[i] = -1
      from = i + 1
    } else partOf[i] = parts.length
  }
  const partFeatures = parts.map(([a, b], k) => {
    let agency = false
    for (let i = a; i < b; i++) if (isAgencyWord(lower[i]!)) agency = true
    const before = a > 0 ? lower[a - 1] : '^'
    const after = b < n ? lower[b] : '$'
    return [
      `ps=${partShape(shapes, a, b)}`,
      `pk=${bucket(k)}|${bucket(parts.length - 1 - k)}`,
      `pb=${before}|${after}`,
      `pa=${agency ? 1 : 0}|${k > 0 && parts[k - 1]![1] + 1 === a ? 1 : 0}`,
      `pp=${k > 0 ? partShape(shapes, parts[k - 1]![0], parts[k - 1]![1]) : '^'}|${partShape(shapes, a, b)}`,
    ]
  })
  const out: string[][] = []
  let lastCue = '^'
  let cueDistance = 0
  let depth = 0
  let stops = 0
  for (let i = 0; i < n; i++) {
    const w = lower[i]!
    const s = shapes[i]!
    const glued = i > 0 && tokens[i - 1]!.end === tokens[i]!.start
    const f = [
      'b',
      `w=${w}`,
      `s=${s}`,
      `p=${w.slice(0, 3)}`,
      `x=${w.slice(-3)}`,
      `w-=${i > 0 ? lower[i - 1] : '^'}`,
      `w+=${i + 1 < n ? lower[i + 1] : '$'}`,
      `s-=${i > 0 ? shapes[i - 1] : '^'}`,
      `s+=${i + 1 < n ? shapes[i + 1] : '$'}`,
      `ss=${i > 1 ? shapes[i - 2] : '^'}|${i > 0 ? shapes[i - 1] : '^'}|${s}`,
      `s2=${s}|${i + 1 < n ? shapes[i + 1] : '$'}|${i + 2 < n ? shapes[i + 2] : '$'}`,
      `g=${glued ? 1 : 0}${i + 1 < n && tokens[i + 1]!.start === tokens[i]!.end ? 1 : 0}`,
      `i=${bucket(i)}`,
      `e=${bucket(n - 1 - i)}`,
      `c=${lastCue}${bucket(cueDistance)}`,
      `d=${depth > 0 ? 1 : 0}`,
      `st=${bucket(stops)}`,
    ]
    if (isAgencyWord(w)) f.push('ag', `ag-=${i > 0 ? shapes[i - 1] : '^'}`)
    const part = partOf[i]!
    if (part >= 0) {
      for (const pf of partFeatures[part]!) f.push(pf)
      f.push(`pi=${i === parts[part]![0] ? 'a' : ''}${i === parts[part]![1] - 1 ? 'z' : ''}`)
    } else f.push('sep')
    for (const lf of lineFeatures) f.push(lf)
    out.push(f)
    if (cues.has(w)) {
      lastCue = w
      cueDistance = 0
    } else cueDistance++
    if (w === '(' || w === '[') depth++
    else if ((w === ')' || w === ']') && depth > 0) depth--
    else if ((w === '.' || w === '!' || w === '?') && !(i > 0 && shapes[i - 1] === 'X')) stops++
  }
  return out
}
