/**
 * Where a citation can start: a regex search for the first words of names and
 * "art"/"para", and word steps, so the pass stays linear.
 */
import { PhraseTrie, anyCase, isHan, isWordChar } from '../phrase-trie.js'
import { NextMatch } from '../prefilter.js'
import { type Entry } from './names.js'

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128)
for (let code = 0; code < 128; code++) ASCII_WORD[code] = isWordChar(code) ? 1 : 0

export function wordChar(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : isWordChar(code)
}

/**
 * The next position after `index` where a citation may start: past the rest of the current word,
 * then past everything that is not a letter, digit or "¶". Nothing starts inside a word.
 */
export function advance(text: string, index: number): number {
  const length = text.length
  let i = index + 1
  const code = text.charCodeAt(index)
  // A name in ideographs may start at the next one (Chinese writes no spaces).
  if (isHan(code) && isHan(text.charCodeAt(i))) return i
  if (wordChar(code)) {
    while (i < length && wordChar(text.charCodeAt(i))) i++
  }
  while (i < length) {
    const code = text.charCodeAt(i)
    if (code === 0xb6 || (code < 128 ? ASCII_WORD[code] === 1 : isWordChar(code))) break
    i++
  }
  return i
}

/**
 * Where a citation may start, for regex searches instead of tests at every word (the eyecite
 * idea). `words`: at a word start (`\b`), the first word of a phrase of the trie in any case, or
 * "art"/"para" (pinpoints). Apart, by `indexOf`: "¶", and "_" (the word after it starts at a word
 * boundary that `\b` does not see); an alternation of all is twice as slow. The places found are
 * a superset of those where the loop's own tests can pass, and the loop still runs those tests,
 * so the results are those of testing every word (test/property.test.ts compares the two).
 * Undefined when the trie cannot say (then every word is tested).
 */
interface CandidateScan {
  words: RegExp
  /** Matches of `words` hold ASCII letters and digits only: `test` and a step back find the start. */
  alnum: boolean
}

let cachedScan: CandidateScan | undefined | null = null
let cachedScanTrie: PhraseTrie<Entry> | undefined

export function candidateScan(trie: PhraseTrie<Entry>): CandidateScan | undefined {
  if (cachedScan !== null && cachedScanTrie === trie) return cachedScan
  const words = trie.firstWordSource()
  // First words beyond ASCII ("Договор", "不扩散核武器条约") are searched without `\b`.
  const others = trie.otherFirstWordSource()
  cachedScan =
    words === undefined
      ? undefined
      : {
          words: new RegExp(
            `\\b(?:${words}|${anyCase('art')}|${anyCase('para')})${others ? `|${others}` : ''}`,
            'g',
          ),
          alnum: trie.firstWordsAlnum(),
        }
  cachedScanTrie = trie
  return cachedScan
}

/** The candidates of one text in increasing order (`next` takes increasing `from`). */
export class Candidates {
  private wordAt = -2
  /** "_" and "¶" by `indexOf`, far faster than a regex search for either. */
  private readonly underscores: NextMatch
  private readonly pilcrows: NextMatch

  constructor(
    private readonly scan: CandidateScan,
    private readonly text: string,
  ) {
    this.underscores = new NextMatch('_', text)
    this.pilcrows = new NextMatch('\u00b6', text)
  }

  /** The first candidate at or after `from`, or -1. */
  next(from: number): number {
    const { words } = this.scan
    if (this.wordAt !== -1 && this.wordAt < from) {
      words.lastIndex = from
      if (!this.scan.alnum) {
        this.wordAt = words.exec(this.text)?.index ?? -1
      } else if (words.test(this.text)) {
        // No match object: the match is letters and digits after a `\b`, so its start is where
        // the run of them that ends at `lastIndex` starts.
        let start = words.lastIndex - 1
        while (start > from && ASCII_WORD[this.text.charCodeAt(start - 1)] === 1) start--
        this.wordAt = start
      } else {
        this.wordAt = -1
      }
    }
    let first = this.wordAt
    // The word after "_" starts at `_ + 1`: look for "_" from one early.
    const underscore = this.underscores.from(from > 0 ? from - 1 : 0)
    if (underscore !== -1 && (first === -1 || underscore + 1 < first)) first = underscore + 1
    const pilcrow = this.pilcrows.from(from)
    if (pilcrow !== -1 && (first === -1 || pilcrow < first)) first = pilcrow
    return first
  }
}

/** Whether a word starts at `index` (no letter or digit just before it, or an ideograph there). */
export function atWordStart(text: string, index: number): boolean {
  return index === 0 || !wordChar(text.charCodeAt(index - 1)) || isHan(text.charCodeAt(index))
}
