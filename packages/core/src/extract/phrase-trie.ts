/**
 * The one character trie of the extractors, and the phrase trie of instrument names built on it.
 *
 * `TrieNode`, `trieChild` and `trieAdd` are the trie itself: children keyed by a number (a code
 * unit or code point, after whatever folding the caller applies), with a fast path for the
 * common node that has one child. The state extractor (`states.ts`) walks it with its own folding
 * (diacritics, apostrophes); `PhraseTrie` below walks it for instrument names.
 *
 * `PhraseTrie` matches phrases at word starts in linear time. Separators are normalised: any run
 * of spaces, tabs, line breaks, no-break spaces, hyphens or dashes in the text matches one
 * separator in a phrase, so "Non-Proliferation", "Non Proliferation" and a name broken across
 * lines all match. A phrase with a hyphen also matches written solid ("Antipersonnel"). Two
 * tries: one exact (abbreviations, matched case-sensitively) and one folded (names, matched
 * case-insensitively).
 */

/**
 * A footnote number glued to the end of a name by text that lost its superscript ("the
 * Conventional Weapons Convention1 contains", a title in capitals: "THE OTTAWA TREATY1
 * EXPLAINED"): one or two digits after a lower-case letter or after a word of three capitals or
 * more, then no word character; or a year glued so. Names only (the folded trie); abbreviations
 * keep their digits ("CCW2"), and a numeral keeps its digit ("Protocol II1" is no name).
 */
function capital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

function footnoteAt(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1)
  const capitals =
    capital(before) && capital(text.charCodeAt(i - 2)) && capital(text.charCodeAt(i - 3))
  if (!capitals && (before < 0x61 || before > 0x7a)) return false
  let j = i
  while (j < text.length && j - i < 5 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39)
    j++
  // One or two digits, or a year glued the same way ("the Outer Space Treaty1967").
  const year = j - i === 4 && (text.startsWith('19', i) || text.startsWith('20', i))
  return j > i && (j - i <= 2 || year) && (j >= text.length || !isWordChar(text.charCodeAt(j)))
}

/** Code used in the trie for "one run of separators". */
const SEP = 0x20

/** The longest run of separators walked inside a phrase (a guard for pathological input). */
const MAX_SEPARATOR_RUN = 16

/** A node of the trie: children by key, and the values of the phrases that end here. */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>
  /**
   * Most nodes have one child: its key (-1 with several, -2 with none) and node, so the walk
   * compares a number instead of a Map lookup.
   */
  onlyKey: number
  only: TrieNode<T> | undefined
  values: T[] | undefined
}

/** A new, empty node (a root). */
export function trieNode<T>(): TrieNode<T> {
  return { next: new Map(), onlyKey: -2, only: undefined, values: undefined }
}

/** The child of `current` under `key`. */
export function trieChild<T>(current: TrieNode<T>, key: number): TrieNode<T> | undefined {
  const only = current.onlyKey
  if (only === key) return current.only
  return only === -1 ? current.next.get(key) : undefined
}

/** The child of `current` under `key`, added when missing. */
export function trieAdd<T>(current: TrieNode<T>, key: number): TrieNode<T> {
  let next = current.next.get(key)
  if (!next) {
    next = trieNode()
    current.next.set(key, next)
    if (current.next.size === 1) {
      current.onlyKey = key
      current.only = next
    } else {
      current.onlyKey = -1
      current.only = undefined
    }
  }
  return next
}

const node = trieNode
const child = trieChild

/** Whether a UTF-16 code unit separates the words of a phrase. */
export function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2013 ||
    code === 0x202f
  )
}

const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * A CJK ideograph: Chinese writes no spaces, so a name in ideographs is read where it stands,
 * glued to the words around it ("加入不扩散核武器条约的国家").
 */
export function isHan(code: number): boolean {
  return code >= 0x3400 && code < 0xa000
}

/** Whether a UTF-16 code unit belongs to a word (letters and digits, any script). */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    )
  }
  // Surrogate halves belong to astral letters or symbols; treat them as word characters so a
  // match never starts or ends inside one.
  if (code >= 0xd800 && code <= 0xdfff) return true
  return letterOrDigit.test(String.fromCharCode(code))
}

/** 5-bit slot of a folded code unit for the triple table: letters 1-26, digits 27, separator 28, other 29. */
function slot(code: number): number {
  const folded = fold(code)
  if (folded >= 0x61 && folded <= 0x7a) return folded - 0x60
  if (folded >= 0x30 && folded <= 0x39) return 27
  if (isSeparator(folded)) return 28
  return 29
}

/**
 * The first three trie symbols at `index` (a run of separators is one symbol), packed into a
 * 15-bit index; -1 when fewer than three ASCII symbols follow.
 */
function leadingSymbols(text: string, index: number): number {
  let packed = 0
  let i = index
  for (let n = 0; n < 3; n++) {
    const code = text.charCodeAt(i)
    if (!(code < 128)) return -1
    const s = slot(code)
    packed = packed * 32 + s
    i++
    if (s === 28) {
      let run = 1
      while (run < MAX_SEPARATOR_RUN && isSeparator(text.charCodeAt(i))) {
        i++
        run++
      }
    }
  }
  return packed
}

/**
 * A regex source that matches `text` (lower case) in any ASCII case: "ccw" -> "[cC][cC][wW]"
 * (with `allScripts`, letters of any script too: "договор" -> "[дД][оО]…"). Other characters are
 * escaped and match as written.
 */
export function anyCase(text: string, allScripts = false): string {
  let out = ''
  for (const char of text) {
    const upper = char.toUpperCase()
    if ((char >= 'a' && char <= 'z') || (allScripts && upper !== char && upper.length === 1)) {
      out += `[${char}${upper}]`
    } else out += char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
  }
  return out
}

/** ASCII case folding; other characters are compared as written. */
/**
 * A capital in lower case: ASCII, and the Latin-1 capitals of titles in other languages
 * ("TRATADO DE NÃO-PROLIFERAÇÃO", "VERTRAG ÜBER"), but not "×". The typographic apostrophe is the
 * straight one ("Traité d’interdiction complète …" is the registry's "Traité d'interdiction …").
 */
function fold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20
  if (code === 0x2019) return 0x27
  return code >= 0xc0 && code <= 0xde && code !== 0xd7 ? code + 0x20 : code
}

export interface PhraseMatch<T> {
  start: number
  end: number
  values: T[]
  /** True when the match came from the exact (case-sensitive) trie. */
  exact: boolean
}

export class PhraseTrie<T> {
  private readonly exactRoot: TrieNode<T> = node()
  private readonly foldedRoot: TrieNode<T> = node()
  /** First code units that can start a match (folded for the folded trie). */
  private readonly firsts = new Set<number>()
  /**
   * Which ASCII pairs can open a phrase: bit 1 for the exact trie, bit 2 for the folded trie
   * (indexed by `first * 128 + second`, the second folded for the folded trie). Most words fail
   * this test, so the tries are walked at few positions.
   */
  private readonly pairs = new Uint8Array(128 * 128)
  /** First code units of phrases that the pair table cannot key (one character, non-ASCII). */
  private readonly unkeyed = new Set<number>()
  /**
   * Which first three trie symbols (folded to 5-bit slots) open a phrase: bit 1 exact, bit 2
   * folded. Common words that share two letters with a name ("the", "co", "pro") stop here.
   */
  private readonly triples = new Uint8Array(32 * 32 * 32)
  /** First code units of phrases too short or too exotic for the triple table. */
  private readonly untripled = new Set<number>()
  /** Every phrase added, as written, for hints and tests. */
  readonly phrases: string[] = []
  /** The first word of every phrase variant (up to its first separator), lower-cased. */
  private readonly firstWords = new Set<string>()
  /** False once a phrase opens with something other than a letter or digit. */
  private anchored = true
  /** First words that open with a letter beyond ASCII ("договор", "不扩散核武器条约"), which `\b` cannot anchor. */
  private readonly others = new Set<string>()
  private firstWordCache: string | undefined | null = null

  /** Add a phrase; `exact` phrases match case-sensitively. */
  add(phrase: string, value: T, exact: boolean): void {
    const trimmed = phrase.trim()
    if (trimmed === '') return
    this.phrases.push(trimmed)
    const variants = new Set([trimmed])
    // "Anti-Personnel" is also written "Antipersonnel".
    if (/[-\u2010\u2011]/.test(trimmed)) variants.add(trimmed.replace(/[-\u2010\u2011]/g, ''))
    for (const variant of variants) this.insert(variant, value, exact)
  }

  private insert(phrase: string, value: T, exact: boolean): void {
    this.noteFirstWord(phrase)
    this.notePair(phrase, exact)
    this.noteTriple(phrase, exact)
    let current = exact ? this.exactRoot : this.foldedRoot
    let previousSeparator = false
    let first = true
    for (let i = 0; i < phrase.length; i++) {
      const raw = phrase.charCodeAt(i)
      let code: number
      if (isSeparator(raw)) {
        if (previousSeparator) continue
        previousSeparator = true
        code = SEP
      } else {
        previousSeparator = false
        code = exact ? raw : fold(raw)
      }
      if (first) {
        this.firsts.add(code)
        if (!exact && code >= 0x61 && code <= 0x7a) this.firsts.add(code - 0x20)
        first = false
      }
      current = trieAdd(current, code)
    }
    if (current.values === undefined) current.values = []
    if (!current.values.includes(value)) current.values.push(value)
  }

  private noteFirstWord(phrase: string): void {
    let end = 0
    while (end < phrase.length && !isSeparator(phrase.charCodeAt(end))) end++
    const word = phrase.slice(0, end).toLowerCase()
    if (!/^[a-z0-9]/.test(word)) {
      if (/^[\p{L}]/u.test(word) && word.charCodeAt(0) > 0x7f) this.others.add(word)
      else this.anchored = false
    }
    this.firstWords.add(word)
    this.firstWordCache = null
  }

  /**
   * A regex source, to follow a `\b`, that matches the first word of every phrase in any case
   * (ASCII letters as "[cC]": the "i" flag is twice as slow on texts beyond Latin-1): wherever `matchAt` can succeed at a word start, it matches (the text
   * there opens with a phrase's first word). A search for it visits a few places per text where
   * a loop over every word would test them all. Undefined when some phrase opens with a character
   * that `\b` cannot anchor (then every word start must be tried).
   */
  firstWordSource(): string | undefined {
    if (this.firstWordCache !== null) return this.firstWordCache
    let source: string | undefined
    if (this.anchored && this.firstWords.size > 0) {
      // A word that another one opens adds nothing: no boundary follows the first word.
      const words = [...this.firstWords].filter((w) => !this.others.has(w)).sort()
      const kept = words.filter((w) => !words.some((v) => v !== w && w.startsWith(v)))
      const groups = new Map<string, string[]>()
      for (const word of kept) {
        const group = groups.get(word[0]!) ?? []
        group.push(anyCase(word.slice(1)))
        groups.set(word[0]!, group)
      }
      source = [...groups]
        .map(([first, rests]) =>
          rests.includes('') ? anyCase(first) : `${anyCase(first)}(?:${rests.join('|')})`,
        )
        .join('|')
    }
    this.firstWordCache = source
    return source
  }

  /**
   * A regex source for the first words that open with a letter beyond ASCII, in any case, to
   * search without `\b` (it sees no boundary before them); undefined when there are none.
   */
  otherFirstWordSource(): string | undefined {
    const words = [...this.others]
    const kept = words.filter((w) => !words.some((v) => v !== w && w.startsWith(v)))
    return kept.length > 0 ? kept.map((word) => anyCase(word, true)).join('|') : undefined
  }

  /** Whether every first word is ASCII letters and digits only (a match of them holds nothing else). */
  firstWordsAlnum(): boolean {
    for (const word of this.firstWords) if (!/^[a-z0-9]+$/.test(word)) return false
    return true
  }

  private notePair(phrase: string, exact: boolean): void {
    const first = phrase.charCodeAt(0)
    let second = phrase.charCodeAt(1)
    if (phrase.length < 2 || first >= 128 || second >= 128 || Number.isNaN(second)) {
      this.unkeyed.add(exact ? first : fold(first))
      if (!exact && first >= 0x61 && first <= 0x7a) this.unkeyed.add(first - 0x20)
      if (!exact && first >= 0x41 && first <= 0x5a) this.unkeyed.add(first)
      return
    }
    if (isSeparator(second)) second = SEP
    if (exact) {
      this.pairs[first * 128 + second]! |= 1
    } else {
      const a = fold(first)
      const b = fold(second)
      for (const x of a >= 0x61 && a <= 0x7a ? [a, a - 0x20] : [a]) this.pairs[x * 128 + b]! |= 2
    }
  }

  private noteTriple(phrase: string, exact: boolean): void {
    const symbols = leadingSymbols(phrase, 0)
    const first = phrase.charCodeAt(0)
    if (symbols < 0) {
      this.untripled.add(first)
      if (!exact) this.untripled.add(first >= 0x61 && first <= 0x7a ? first - 0x20 : fold(first))
      return
    }
    this.triples[symbols]! |= exact ? 1 : 2
  }

  /** Whether a match can start with this code unit (a cheap test before `matchAt`). */
  canStart(code: number): boolean {
    return this.firsts.has(code)
  }

  /** Whether a match can start at `index`, by its first two code units (cheaper than `matchAt`). */
  mayMatchAt(text: string, index: number): boolean {
    return this.tries(text, index) !== 0
  }

  /** Which tries may match at `index`: bit 1 the exact trie, bit 2 the folded trie. */
  private tries(text: string, index: number): number {
    const first = text.charCodeAt(index)
    let second = text.charCodeAt(index + 1)
    if (first >= 128 || !(second < 128) || this.unkeyed.has(first)) {
      return this.firsts.has(first) ? 3 : 0
    }
    if (isSeparator(second)) second = SEP
    const bits =
      (this.pairs[first * 128 + second]! & 1) | (this.pairs[first * 128 + fold(second)]! & 2)
    if (bits === 0 || this.untripled.has(first)) return bits
    const symbols = leadingSymbols(text, index)
    return symbols < 0 ? bits : bits & this.triples[symbols]!
  }

  /**
   * The longest phrase starting at `start` and ending at a word boundary, or undefined.
   * The caller checks the boundary before `start`.
   */
  matchAt(text: string, start: number): PhraseMatch<T> | undefined {
    const tries = this.tries(text, start)
    if (tries === 0) return undefined
    const exact = tries & 1 ? this.walk(text, start, this.exactRoot, false) : undefined
    const folded = tries & 2 ? this.walk(text, start, this.foldedRoot, true) : undefined
    if (exact && (!folded || exact.end >= folded.end)) {
      return { start, end: exact.end, values: exact.values, exact: true }
    }
    if (folded) return { start, end: folded.end, values: folded.values, exact: false }
    return undefined
  }

  private walk(
    text: string,
    start: number,
    root: TrieNode<T>,
    folded: boolean,
  ): { end: number; values: T[] } | undefined {
    let current = root
    let best: { end: number; values: T[] } | undefined
    let i = start
    const length = text.length
    while (i < length) {
      const raw = text.charCodeAt(i)
      let next: TrieNode<T> | undefined
      let width = 1
      if (isSeparator(raw)) {
        next = child(current, SEP)
        while (
          i + width < length &&
          width < MAX_SEPARATOR_RUN &&
          isSeparator(text.charCodeAt(i + width))
        ) {
          width++
        }
        // "CCW - Protocol V": a dash between spaces parts two abbreviated names, as two titles.
        const mid = text.charCodeAt(i + 1)
        if (width === 3 && raw === 0x20 && (mid === 0x2d || mid === 0x2013)) break
      } else {
        next = child(current, folded ? fold(raw) : raw)
        // "… to Prevent, Combat, and Eradicate …": a serial comma the title does not print.
        if (!next && raw === 0x2c && folded && isSeparator(text.charCodeAt(i + 1))) {
          const and = text.slice(i + 2, i + 6)
          if (and === 'and ' || and === 'and\n') {
            next = child(current, SEP)
            width = 2
          }
        }
      }
      if (!next) break
      current = next
      i += width
      if (
        current.values &&
        (i >= length ||
          !isWordChar(text.charCodeAt(i)) ||
          isHan(text.charCodeAt(i - 1)) ||
          (folded && footnoteAt(text, i)))
      ) {
        // A phrase never ends on a separator: "CCW " must not swallow the space.
        if (!isSeparator(text.charCodeAt(i - 1))) best = { end: i, values: current.values }
      }
    }
    return best
  }
}
