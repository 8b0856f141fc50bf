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
  /** A window of a longer line: a run at its edge may be cut off there, and is not read. */
  window?: boolean
}

/** Longest line read: longer ones are paragraphs of prose, not caption or credit lines. */
export const longestLine = 400

/** Longest caption line read on a cue word alone (longer: the word must make a label). */
const longCaption = 120

/** A slash before a capital, as between credited names ("Jane Roe/AP"), not in most URLs. */
const slashBeforeCapital = /[\p{L}.)]\s?\/\s?\p{Lu}/gu

/**
 * A document symbol ("CCW/MSP/2009/5", "A/RES/77/54", "APLC/MSP.21/2023/WP.4"): capitals, then a
 * slash and, somewhere after it, a digit. Its slashes are no credit's: a page listing documents
 * would otherwise have every line read by the tagger.
 */
const symbolShape = /^[(["\u201c]?[A-Z]{1,10}(?:[.-][A-Z\d]{1,10}){0,3}\/[A-Za-z\d.()/-]*\d/

/** Longest word read as a document symbol. */
const longestSymbol = 60

/**
 * Does the word round `at` (cut at white space) have a document symbol's shape? Reads at most
 * `longestSymbol` characters each side, so a line of slashes stays linear.
 */
function inSymbol(line: string, at: number): boolean {
  let a = at
  while (a > 0 && at - a < longestSymbol && line.charCodeAt(a - 1) > 32) a--
  if (a > 0 && line.charCodeAt(a - 1) > 32) return false
  let b = at
  while (b < line.length && b - at < longestSymbol && line.charCodeAt(b) > 32) b++
  return symbolShape.test(line.slice(a, b))
}

/** Does `line` hold a slash before a capital outside a document symbol? */
function slashCue(line: string): boolean {
  slashBeforeCapital.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = slashBeforeCapital.exec(line))) {
    if (!inSymbol(line, line.indexOf('/', m.index))) return true
  }
  return false
}

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
  if (line.includes('/') && slashCue(line)) return true
  // A long line is prose more often than a caption: a cue word there must make a label.
  if (line.length > longCaption) return cueWord.test(line) && cueLabel.test(line)
  return cueWord.test(line) || agencyWord.test(line)
}

/** A label a cue word makes: "Photo:", "Photo by", "Image credit", "Courtesy of", "©". */
const cueLabel =
  /\b(?:photo(?:graph)?|foto|image|picture|illustration|graphic|credit|source)s?\s?(?:credit\s?)?(?:by\b|:)|\bcourtesy\b|\bprovided by\b|\bcopy(?:right|left)\b|\u00a9|\(c\)/i

/**
 * The lines of `text` that `hinted` accepts and `taken` leaves alone, each with its neighbours'
 * lengths. Each line is looked at once (linear in the text's length).
 */
export function candidateLines(
  text: string,
  taken: (start: number, end: number) => boolean = () => false,
): TaggedLine[] {
  const out: TaggedLine[] = []
  const n = text.length
  let prevLength = 0
  let start = 0
  while (start < n) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = n
    const length = end - start
    if (length <= longestLine && length >= 2) {
      const line = text.slice(start, end)
      if (hinted(line) && !taken(start, end)) {
        let next = end < n ? text.indexOf('\n', end + 1) : n
        if (next < 0) next = n
        const nextLength = end < n ? next - end - 1 : 0
        out.push({ start, end, text: line, prevLength, nextLength })
      }
    } else if (length > longestLine) {
      windows(text, start, end, taken, out)
    }
    prevLength = length
    start = end + 1
  }
  return out
}

/**
 * A strong cue inside a long line: "©", a label ("Photograph:", "Photo by"), "Name/Agency".
 * Without the Unicode flag and word boundaries: it scans every long paragraph, so it must be cheap.
 */
const strongCue =
  /\u00a9|(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Cc]redit|[Ff]oto)s?(?: [Cc]redit)?(?::| by )|[a-z\u00df-\u00ff.]\/[A-Z\u00c0-\u00de]/g

/** How far a window reaches on each side of its cue. */
const reach = 120

/**
 * Windows of a line too long to read whole (a gallery's captions and credits glued into one
 * paragraph): `reach` characters each side of every strong cue, cut at spaces, not overlapping.
 * The line is scanned once, on its own (the scan never runs past its end).
 */
function windows(
  text: string,
  start: number,
  end: number,
  taken: (start: number, end: number) => boolean,
  out: TaggedLine[],
): void {
  const line = text.slice(start, end)
  strongCue.lastIndex = 0
  let floor = 0
  let m: RegExpExecArray | null
  while ((m = strongCue.exec(line))) {
    let a = Math.max(floor, m.index - reach)
    let b = Math.min(line.length, m.index + reach)
    if (a > 0) {
      const space = line.indexOf(' ', a)
      if (space >= 0 && space < m.index) a = space + 1
    }
    if (b < line.length) {
      const space = line.lastIndexOf(' ', b)
      if (space > m.index) b = space
    }
    if (!taken(start + a, start + b)) {
      out.push({
        start: start + a,
        end: start + b,
        text: line.slice(a, b),
        prevLength: a,
        nextLength: line.length - b,
        window: a > 0 || b < line.length,
      })
    }
    floor = b
    strongCue.lastIndex = Math.max(b, m.index + 1)
  }
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

/** FNV-1a hash of `s`, 30 bits (a small integer in V8). */
export function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 2
}

/** A feature's key: template `t` with up to three values (hashes or small numbers), 30 bits. */
function key(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1) ^ a
  h = Math.imul(h, 16777619) ^ b
  h = Math.imul(h, 16777619) ^ c
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  return (h ^ (h >>> 13)) >>> 2
}

/** Stand-ins for the line's start and end where a neighbour is missing. */
const START = 1
const END = 2

/**
 * The features of every token of `line`, given to `use` token by token as integer keys (hashes
 * of a template and its values: the word lower case, its shape, its prefix and suffix, its
 * neighbours', its part's, the line's). The model keeps the keys it saw often enough.
 */
export function features(
  line: TaggedLine,
  tokens: readonly Token[],
  use: (token: number, feature: number) => void,
): void {
  const n = tokens.length
  const lower: string[] = []
  const shapes: string[] = []
  const hw = new Int32Array(n)
  const hs = new Int32Array(n)
  let letters = 0
  let capitals = 0
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.text.toLowerCase()
    const s = shapeOf(tokens[i]!.text)
    lower.push(w)
    shapes.push(s)
    hw[i] = hash(w)
    hs[i] = hash(s)
    if (s === 'x' || s === 'Xx' || s === 'X' || s === 'XX' || s === 'xX') {
      letters++
      if (s !== 'x') capitals++
    }
  }
  const caps = letters === 0 ? 0 : Math.round((capitals / letters) * 4)
  const lineKeys = [
    key(1, bucket(Math.ceil(n / 2))),
    key(2, caps),
    key(3, bucket(Math.ceil(line.prevLength / 20))),
    key(4, bucket(Math.ceil(line.nextLength / 20))),
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
  const partShapes = parts.map(([a, b]) => hash(partShape(shapes, a, b)))
  const partKeys = parts.map(([a, b], k) => {
    let agency = 0
    for (let i = a; i < b; i++) if (isAgencyWord(lower[i]!)) agency = 1
    return [
      key(5, partShapes[k]!),
      key(6, bucket(k), bucket(parts.length - 1 - k)),
      key(7, a > 0 ? hw[a - 1]! : START, b < n ? hw[b]! : END),
      key(8, agency, k > 0 && parts[k - 1]![1] + 1 === a ? 1 : 0),
      key(9, k > 0 ? partShapes[k - 1]! : START, partShapes[k]!),
    ]
  })
  let lastCue = START
  let cueDistance = 0
  let depth = 0
  let stops = 0
  for (let i = 0; i < n; i++) {
    const w = lower[i]!
    const prev = i > 0 ? hs[i - 1]! : START
    const next = i + 1 < n ? hs[i + 1]! : END
    const glued = i > 0 && tokens[i - 1]!.end === tokens[i]!.start ? 2 : 0
    const gluedNext = i + 1 < n && tokens[i + 1]!.start === tokens[i]!.end ? 1 : 0
    use(i, key(10, 0))
    use(i, key(11, hw[i]!))
    use(i, key(12, hs[i]!))
    use(i, key(13, hash(w.slice(0, 3))))
    use(i, key(14, hash(w.slice(-3))))
    use(i, key(15, i > 0 ? hw[i - 1]! : START))
    use(i, key(16, i + 1 < n ? hw[i + 1]! : END))
    use(i, key(17, prev))
    use(i, key(18, next))
    use(i, key(19, i > 1 ? hs[i - 2]! : START, prev, hs[i]!))
    use(i, key(20, hs[i]!, next, i + 2 < n ? hs[i + 2]! : END))
    use(i, key(21, glued + gluedNext))
    use(i, key(22, bucket(i)))
    use(i, key(23, bucket(n - 1 - i)))
    use(i, key(24, lastCue, bucket(cueDistance)))
    use(i, key(25, depth > 0 ? 1 : 0))
    use(i, key(26, bucket(stops)))
    if (isAgencyWord(w)) {
      use(i, key(27, 0))
      use(i, key(28, prev))
    }
    const part = partOf[i]!
    if (part >= 0) {
      for (const k of partKeys[part]!) use(i, k)
      const [a, b] = parts[part]!
      use(i, key(29, i === a ? 1 : 0, i === b - 1 ? 1 : 0))
    } else use(i, key(30, 0))
    for (const k of lineKeys) use(i, k)
    if (cues.has(w)) {
      lastCue = hw[i]!
      cueDistance = 0
    } else cueDistance++
    if (w === '(' || w === '[') depth++
    else if ((w === ')' || w === ']') && depth > 0) depth--
    else if ((w === '.' || w === '!' || w === '?') && !(i > 0 && shapes[i - 1] === 'X')) stops++
  }
}
