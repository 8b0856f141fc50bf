/**
 * Citations of instruments in prose: every mention of an instrument by any name, short name,
 * abbreviation or alias, with its pinpoint when one is given.
 *
 * One left-to-right pass over the places where a citation can start (a regex search for the first
 * words of instrument names and "art"/"para", see `candidateScan`). At each we try, in order:
 * 1. a pinpoint clause ("Article 5(1) of the APMBT", "paragraph 3 of Article 5",
 *    "Articles 8 and 10 of this Convention", "Art. 36 AP I", "article 7, paragraph 1");
 * 2. an instrument name from the registry (a trie of every phrase, longest match wins), possibly
 *    followed by a pinpoint ("CWC Article VI") or a protocol of it ("CCW Protocol V").
 * Work per position is bounded, so the pass is linear in the input.
 *
 * Conventions (they follow the gold annotations of the development set):
 * - Every mention is a citation, with `article`/`paragraph` null when there is no pinpoint.
 * - A pinpoint and the instrument it names form ONE span ("Article 5(1) of the APMBT").
 * - An unnamed pinpoint ("Article 5", "article 5 extension requests") resolves to the instrument
 *   the text is about at that point: one named earlier in the same sentence, else in the same
 *   paragraph, else the one named most often (see `resolveUnnamed`), else `options.instrument`.
 *   With neither, no citation (an `unresolved-article` info diagnostic instead). When the
 *   article does not exist in that instrument ("Article 36" in CCW prose), an earlier named one
 *   that may have it is taken (Additional Protocol I).
 * - Protocol lists: "Protocols I, III and IV" gives one citation per protocol ("Protocols I",
 *   "III", "IV"), each read as "Protocol N" in the current context.
 * - Leading years and "UN" are not part of a name's span ("the 1997 Mine Ban Treaty" ->
 *   "Mine Ban Treaty"); names written all in lower case ("an arms trade treaty") are descriptions,
 *   not citations.
 * - "the Convention" / "this Treaty" / "the Protocol" with a pinpoint resolve to the last named
 *   instrument that the word fits (registry `genericReferents`), else `options.instrument`. On its
 *   own, without a pinpoint, "the Convention" is NOT a citation.
 * - After a singular "Article"/"paragraph" only "and"/"or" join further numbers ("Under Article 7,
 *   12 States reported" cites Article 7 only); after "Articles"/"paragraphs" commas do too.
 * - Lists: one citation per listed item. The first span starts at the clause ("Articles 8"), middle
 *   items span their number ("9"), the last item also covers the instrument phrase
 *   ("10 of this Convention"). Ranges ("Articles 5 to 7") give the two endpoints only.
 * - Roman article numbers are stored as arabic ("Article VI" -> "6"); "8 bis" -> "8bis".
 * - A possessive never belongs to the span ("the CCW's protocols" -> "CCW").
 * - Names next to "/" are parts of document symbols ("CCW/GGE/2008-V/WP.1"), not citations.
 * - Organisations and processes are not instruments: "OPCW", "CTBTO", "Oslo Process", the
 *   "Implementation Support Unit" are never matched (word boundaries keep "CTBTO" from "CTBT");
 *   a name inside them, as in "CCW Implementation Support Unit", is still a citation of the CCW.
 * - "Geneva Conventions" (plural) names no single instrument: no citation, but it sets the
 *   context for ambiguous names ("Protocol II" after it is Additional Protocol II).
 *
 * Diagnostics: `unknown-instrument` (warning) for an explicit reference to an unknown instrument
 * ("Article 3 of the XYZ Convention", at the name), `article-out-of-range` (error) for an article
 * beyond the instrument's last, `unresolved-article` (info) for a pinpoint with no instrument.
 */
import type { Citation, Diagnostic, Draft, ExtractOptions } from '../models/extraction.js'
import type { InstrumentId } from '../models/instrument.js'
import {
  articleWordSource,
  articlesWordSource,
  latinSuffixes,
  paragraphWordSource,
  romanSource,
  subparagraphWordSource,
} from '../pinpoint/pattern.js'
import { fromRoman } from '../pinpoint/roman.js'
import {
  ambiguousNames,
  findInstrument,
  fitsGenericReferent,
  getInstrument,
  instrumentPhrases,
  instrumentUrl,
  lastArticle,
  resolveAmbiguous,
} from '../registry/instruments.js'
import { anyCase, isSeparator, isWordChar, PhraseTrie } from './phrase-trie.js'
import { NextMatch } from './prefilter.js'

/** What a phrase in the trie stands for. */
type Entry =
  | { type: 'instrument'; id: InstrumentId }
  | { type: 'ambiguous'; text: string; candidates: readonly InstrumentId[] }
  /** A name that is no citation but tells which family the text is about ("Geneva Conventions"). */
  | { type: 'context'; id: InstrumentId }
  /** A known name of something that is not a registry instrument ("UN Charter"): no citation, no warning. */
  | { type: 'unregistered' }

/** Names that are not registry instruments but set context or must not be reported as unknown. */
const CONTEXT_NAMES: ReadonlyArray<readonly [string, InstrumentId]> = [
  ['Geneva Conventions', 'gc-1'],
  ['Geneva Conventions of 1949', 'gc-1'],
  ['Geneva Conventions of 12 August 1949', 'gc-1'],
  ['1949 Geneva Conventions', 'gc-1'],
  ['four Geneva Conventions', 'gc-1'],
]
/**
 * Short names the registry does not list because they are generic outside the field, but that in
 * arms-control prose always mean one instrument ("the Programme of Action" is the UN small arms
 * PoA). Matched as written (capitals), and only while the registry itself does not know them.
 */
const FIELD_NAMES: ReadonlyArray<readonly [string, InstrumentId]> = [
  ['Programme of Action', 'poa-salw'],
  ['Program of Action', 'poa-salw'],
]
const UNREGISTERED_NAMES = [
  'Charter of the United Nations',
  'United Nations Charter',
  'UN Charter',
  'Charter',
]

const UN_PREFIX = /^(?:UN|U\.N\.|United Nations)\s+/

let cachedTrie: PhraseTrie<Entry> | undefined

/** The phrase trie over the instrument registry, built once. */
function phraseTrie(): PhraseTrie<Entry> {
  if (cachedTrie) return cachedTrie
  const trie = new PhraseTrie<Entry>()
  const entries = new Map<InstrumentId, Entry>()
  const entryOf = (id: InstrumentId): Entry => {
    let entry = entries.get(id)
    if (!entry) {
      entry = { type: 'instrument', id }
      entries.set(id, entry)
    }
    return entry
  }
  for (const phrase of instrumentPhrases) {
    // "UN Convention on Certain Conventional Weapons": the "UN" is not part of the name's span
    // (the gold convention), so the name is searched without it.
    const un = UN_PREFIX.exec(phrase.text)
    if (un && !phrase.caseSensitive) {
      const rest = phrase.text.slice(un[0].length)
      if (/\s/.test(rest)) trie.add(rest, entryOf(phrase.id), false)
      continue
    }
    trie.add(phrase.text, entryOf(phrase.id), phrase.caseSensitive)
    // Abbreviations in mixed case ("PoA") are also written in capitals ("POA").
    if (phrase.caseSensitive && phrase.text !== phrase.text.toUpperCase()) {
      trie.add(phrase.text.toUpperCase(), entryOf(phrase.id), true)
    }
    // Names are often written without a leading "the"; the span never includes it.
    const withoutThe = /^the\s+/i.exec(phrase.text)
    if (withoutThe && !phrase.caseSensitive) {
      trie.add(phrase.text.slice(withoutThe[0].length), entryOf(phrase.id), false)
    }
  }
  for (const name of ambiguousNames) {
    trie.add(
      name.text,
      { type: 'ambiguous', text: name.text, candidates: name.candidates },
      name.caseSensitive,
    )
  }
  for (const [name, id] of CONTEXT_NAMES) trie.add(name, { type: 'context', id }, false)
  for (const [name, id] of FIELD_NAMES) {
    if (!findInstrument(name)) trie.add(name, entryOf(id), true)
  }
  for (const name of UNREGISTERED_NAMES) trie.add(name, { type: 'unregistered' }, true)
  cachedTrie = trie
  return trie
}

/** Literal hint for the pre-filter: every instrument phrase and every pinpoint has a letter in it. */
export const literals = /[A-Za-z]/

// ---------------------------------------------------------------------------------------------
// Pinpoint grammar: small sticky regexes, each linear (checked by test/redos.test.ts).

const latin = `(?:${latinSuffixes.join('|')})`
const sp = '[ \\u00a0]'

/** "Article", "Art.", "ARTICLE" (singular) followed by optional spaces. */
export const articleHeadPattern = new RegExp(`${articleWordSource}${sp}{0,3}`, 'y')
/** "Articles", "Arts." followed by optional spaces. */
export const articlesHeadPattern = new RegExp(`${articlesWordSource}${sp}{0,3}`, 'y')
/** An article number: 5, 36, 8bis, 8 bis, VI. Groups: digits, suffix, roman. */
export const articleNumberPattern = new RegExp(
  `(\\d{1,3})(?![\\d\\p{L}])(?:${sp}?(${latin})(?![\\p{L}\\p{N}]))?|(${romanSource})(?![\\p{L}\\p{N}])`,
  'uy',
)
// `(\d{1,3})(?![\d\p{L}])` refuses "5th" and "1990s"; "8bis" is read by the suffix branch below.
/** An article number with its suffix written solid ("8bis"). */
export const articleNumberSolidPattern = new RegExp(`(\\d{1,3})(${latin})(?![\\p{L}\\p{N}])`, 'uy')
/** A bracketed level: "(1)", " (a)". */
export const levelPattern = /[ \u00a0]?\((\d{1,3}|[a-z]{1,4})\)/y
/** A dotted paragraph: "5.1" (not "5.1.2"). */
export const dotParagraphPattern = /\.(\d{1,3})(?![\d.])/y
/** ", paragraph " / " para. " before a paragraph number. */
export const paragraphWordPattern = new RegExp(`,?${sp}{1,3}${paragraphWordSource}${sp}{0,2}`, 'y')
/** ", subparagraph (a)". */
export const subparagraphPattern = new RegExp(
  `,?${sp}{1,3}${subparagraphWordSource}${sp}{0,2}\\(?([a-z]{1,4})\\)?(?![\\p{L}\\p{N}])`,
  'uy',
)
/** A paragraph number. */
export const paragraphNumberPattern = /(\d{1,3})(?![\d\p{L}])/uy
/** "paragraph 3 of " / "paragraphs 1 and 2 of " before "Article". */
export const paragraphPrefixPattern = new RegExp(`${paragraphWordSource}${sp}{0,2}`, 'y')
/** " of " between a paragraph and its article. */
export const ofArticlePattern = /,?[ \u00a0]{1,3}(?:of|in)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y
/** List separators: ", ", ", and ", " and ", " or ", " to ", "-". Group 1: the word. */
export const listSeparatorPattern =
  /(?:[ \u00a0]?,[ \u00a0]{0,2}(?:(and|or|&)[ \u00a0]{1,2})?|[ \u00a0]{1,2}(and|or|&|to|through)[ \u00a0]{1,2}|[ \u00a0]?(-|\u2013)[ \u00a0]?)/y
/** " of the " / " of this " / " of the 1997 " before an instrument. Group 1: the determiner. */
export const ofInstrumentPattern =
  /,?[ \u00a0\r\n]{1,3}of[ \u00a0\r\n]{1,3}(?:(the|this|that|said|The|This)[ \u00a0\r\n]{1,3})?(?:(?:1[89]|20)\d\d[ \u00a0]{1,3})?/y
/** A generic referent word: "Convention", "Treaty", "Protocol", ... */
export const genericWordPattern =
  /(Convention|Treaty|Protocol|Statute|Declaration|Instrument|Programme|Agreement|convention|treaty|protocol|statute|agreement)(?![\p{L}\p{N}])/uy
/** A title-like name of an unknown instrument: capitalised words ending in a treaty word. */
export const unknownNamePattern =
  /(?:[\p{Lu}\d][\p{L}\p{N}'’.]{0,30}[ \u00a0-]){0,8}?(?:Treaty|Convention|Protocol|Agreement|Statute|Covenant|Accord)(?![\p{L}\p{N}])/uy
/** " on the Foo Bar" after a generic word: the name goes on, so it is a title, not a referent. */
export const titleContinuationPattern =
  /[ \u00a0]{1,2}(?:on|for|against|of|relating[ \u00a0]to|concerning)[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?\p{Lu}/uy
/** Capitalised words and small joining words after a title start, for the diagnostic span. */
export const titleWordsPattern =
  /(?:[ \u00a0]{1,2}(?:\p{Lu}[\p{L}\p{N}'’-]{0,30}|on|for|of|the|and|to|in|against|relating|concerning)){1,40}/uy

/** "Protocols I, II and III", "Additional Protocols I and II". Groups: "Additional ", numeral. */
export const protocolListPattern =
  /(Additional[ \u00a0]{1,3})?Protocols[ \u00a0]{1,3}([IV]{1,3})(?![\p{L}\p{N}])/uy
/** A further roman numeral of a protocol list. */
export const protocolNumeralPattern = /([IV]{1,3})(?![\p{L}\p{N}])/uy

/** " of the CCW", " to the Geneva Conventions", " annexed to the Convention on …" after a list. */
export const protocolOwnerPattern =
  /[ \u00a0]{1,3}(?:of|to|annexed[ \u00a0]{1,3}to)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y

/** Every regex this module uses, for the ReDoS test. */
export const citationPatterns: readonly RegExp[] = [
  articleHeadPattern,
  articlesHeadPattern,
  articleNumberPattern,
  articleNumberSolidPattern,
  levelPattern,
  dotParagraphPattern,
  paragraphWordPattern,
  subparagraphPattern,
  paragraphNumberPattern,
  paragraphPrefixPattern,
  ofArticlePattern,
  listSeparatorPattern,
  ofInstrumentPattern,
  genericWordPattern,
  unknownNamePattern,
  titleContinuationPattern,
  titleWordsPattern,
  protocolListPattern,
  protocolNumeralPattern,
  protocolOwnerPattern,
]

/** Run a sticky pattern at `index`. */
function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}

// ---------------------------------------------------------------------------------------------

/** One pinpoint item with its own span inside the clause. */
interface Item {
  start: number
  end: number
  article: string
  paragraph: string | null
  subparagraph: string | null
}

/** How the clause names its instrument. */
type Target =
  | { type: 'named'; id: InstrumentId; nameStart: number; nameEnd: number }
  | { type: 'generic'; word: string }
  | { type: 'unknown'; nameStart: number; nameEnd: number }
  | { type: 'ignored' }
  | { type: 'none' }

interface Clause {
  start: number
  end: number
  items: Item[]
  target: Target
}

interface ArticleNumber {
  value: string
  end: number
  roman: boolean
}

function readArticleNumber(
  text: string,
  index: number,
  romanAllowed: boolean,
): ArticleNumber | null {
  const solid = at(articleNumberSolidPattern, text, index)
  if (solid) {
    return {
      value: String(Number.parseInt(solid[1]!, 10)) + solid[2]!.toLowerCase(),
      end: articleNumberSolidPattern.lastIndex,
      roman: false,
    }
  }
  const match = at(articleNumberPattern, text, index)
  if (!match) return null
  const end = articleNumberPattern.lastIndex
  if (match[1] !== undefined) {
    const suffix = match[2] === undefined ? '' : match[2].toLowerCase()
    return { value: String(Number.parseInt(match[1], 10)) + suffix, end, roman: false }
  }
  if (!romanAllowed || match[3] === undefined || match[3] === '') return null
  const value = fromRoman(match[3])
  return value === null ? null : { value: String(value), end, roman: true }
}

/** Levels after an article number: "(1)(a)", ".1". */
function readLevels(text: string, index: number): { levels: string[]; end: number } {
  const levels: string[] = []
  let end = index
  const dot = at(dotParagraphPattern, text, end)
  if (dot) {
    levels.push(dot[1]!)
    end = dotParagraphPattern.lastIndex
  }
  for (let i = 0; i < 4; i++) {
    const level = at(levelPattern, text, end)
    if (!level) break
    levels.push(level[1]!)
    end = levelPattern.lastIndex
  }
  return { levels, end }
}

/** Whether a matched "paragraphs " / "paras. " word is plural (its letters end in "s"). */
function isPluralWord(word: string): boolean {
  let i = word.length - 1
  while (
    i >= 0 &&
    (word.charCodeAt(i) === 0x20 || word.charCodeAt(i) === 0xa0 || word[i] === '.')
  ) {
    i--
  }
  return word[i] === 's' || word[i] === 'S' || word.includes('\u00b6\u00b6')
}

/** ", paragraph 1", ", paragraphs 1 and 2": the paragraph numbers with their spans. */
function readParagraphList(
  text: string,
  index: number,
): { paragraphs: Array<{ start: number; end: number; value: string }>; end: number } | null {
  const word = at(paragraphWordPattern, text, index)
  if (!word) return null
  let end = paragraphWordPattern.lastIndex
  const first = at(paragraphNumberPattern, text, end)
  if (!first) return null
  const paragraphs = [{ start: end, end: paragraphNumberPattern.lastIndex, value: first[1]! }]
  const plural = isPluralWord(word[0])
  end = paragraphNumberPattern.lastIndex
  for (let i = 0; i < 10; i++) {
    const separator = at(listSeparatorPattern, text, end)
    if (!separator) break
    // As after "Article": "paragraph 1, 12 States" lists no paragraph 12.
    if (!plural && separator[1] === undefined && separator[2] === undefined) break
    const afterSeparator = listSeparatorPattern.lastIndex
    const next = at(paragraphNumberPattern, text, afterSeparator)
    if (!next) break
    paragraphs.push({
      start: afterSeparator,
      end: paragraphNumberPattern.lastIndex,
      value: next[1]!,
    })
    end = paragraphNumberPattern.lastIndex
  }
  return { paragraphs, end }
}

/** One article item of a list: number, levels, ", paragraph(s) N", ", subparagraph (a)". */
function readArticleItem(
  text: string,
  index: number,
  romanAllowed: boolean,
): { items: Item[]; end: number; roman: boolean } | null {
  const number = readArticleNumber(text, index, romanAllowed)
  if (!number) return null
  const { levels, end: levelsEnd } = readLevels(text, number.end)
  let end = levelsEnd
  const items: Item[] = []
  const paragraphs = levels.length === 0 ? readParagraphList(text, end) : null
  if (paragraphs) {
    paragraphs.paragraphs.forEach((paragraph, i) => {
      items.push({
        start: i === 0 ? index : paragraph.start,
        end: paragraph.end,
        article: number.value,
        paragraph: paragraph.value,
        subparagraph: null,
      })
    })
    end = paragraphs.end
  } else {
    const [first, second, ...deeper] = levels
    const isLetter = first !== undefined && /^[a-z]+$/.test(first)
    items.push({
      start: index,
      end,
      article: number.value,
      paragraph: first === undefined || isLetter ? null : first,
      subparagraph: isLetter
        ? first
        : second === undefined
          ? null
          : second + deeper.map((level) => `(${level})`).join(''),
    })
  }
  const sub = items.length === 1 ? at(subparagraphPattern, text, end) : null
  if (sub && items[0]!.subparagraph === null) {
    items[0]!.subparagraph = sub[1]!
    end = subparagraphPattern.lastIndex
    items[0]!.end = end
  }
  return { items, end, roman: number.roman }
}

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128)
for (let code = 0; code < 128; code++) ASCII_WORD[code] = isWordChar(code) ? 1 : 0

function wordChar(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : isWordChar(code)
}

/**
 * The next position after `index` where a citation may start: past the rest of the current word,
 * then past everything that is not a letter, digit or "¶". Nothing starts inside a word.
 */
function advance(text: string, index: number): number {
  const length = text.length
  let i = index + 1
  if (wordChar(text.charCodeAt(index))) {
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

function candidateScan(trie: PhraseTrie<Entry>): CandidateScan | undefined {
  if (cachedScan !== null && cachedScanTrie === trie) return cachedScan
  const words = trie.firstWordSource()
  cachedScan =
    words === undefined
      ? undefined
      : {
          words: new RegExp(`\\b(?:${words}|${anyCase('art')}|${anyCase('para')})`, 'g'),
          alnum: trie.firstWordsAlnum(),
        }
  cachedScanTrie = trie
  return cachedScan
}

/** The candidates of one text in increasing order (`next` takes increasing `from`). */
class Candidates {
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

/** Whether a word starts at `index` (no letter or digit just before it). */
function atWordStart(text: string, index: number): boolean {
  return index === 0 || !wordChar(text.charCodeAt(index - 1))
}

/** "Article …" / "Articles …" / "paragraph N of Article …" at `index`, without the instrument. */
function readPinpoint(
  text: string,
  index: number,
): { start: number; end: number; items: Item[] } | null {
  const code = text.charCodeAt(index)
  // "paragraph 3 of Article 5", "paragraphs 1 and 2 of Article 4".
  if (code === 0x50 || code === 0x70 || code === 0xb6) {
    const word = at(paragraphPrefixPattern, text, index)
    if (!word) return null
    let end = paragraphPrefixPattern.lastIndex
    const first = at(paragraphNumberPattern, text, end)
    if (!first) return null
    const paragraphs = [{ start: index, end: paragraphNumberPattern.lastIndex, value: first[1]! }]
    end = paragraphNumberPattern.lastIndex
    for (let i = 0; i < 10; i++) {
      const separator = at(listSeparatorPattern, text, end)
      if (!separator) break
      const next = at(paragraphNumberPattern, text, listSeparatorPattern.lastIndex)
      if (!next) break
      paragraphs.push({
        start: listSeparatorPattern.lastIndex,
        end: paragraphNumberPattern.lastIndex,
        value: next[1]!,
      })
      end = paragraphNumberPattern.lastIndex
    }
    const level = at(levelPattern, text, end)
    const subparagraph = level && /^[a-z]+$/.test(level[1]!) ? level[1]! : null
    if (level) end = levelPattern.lastIndex
    if (!at(ofArticlePattern, text, end)) return null
    const articleStart = ofArticlePattern.lastIndex
    if (!at(articleHeadPattern, text, articleStart)) return null
    const number = readArticleNumber(text, articleHeadPattern.lastIndex, true)
    if (!number) return null
    const items = paragraphs.map((paragraph, i) => ({
      start: paragraph.start,
      end: i === paragraphs.length - 1 ? number.end : paragraph.end,
      article: number.value,
      paragraph: paragraph.value,
      subparagraph: paragraphs.length === 1 ? subparagraph : null,
    }))
    return { start: index, end: number.end, items }
  }
  if (code !== 0x41 && code !== 0x61) return null
  const plural = at(articlesHeadPattern, text, index)
  const head = plural
    ? articlesHeadPattern.lastIndex
    : at(articleHeadPattern, text, index)
      ? articleHeadPattern.lastIndex
      : -1
  if (head < 0) return null
  const first = readArticleItem(text, head, true)
  if (!first) return null
  const items = first.items
  items[0]!.start = index
  let end = first.end
  for (let i = 0; i < 20; i++) {
    const separator = at(listSeparatorPattern, text, end)
    if (!separator) break
    // After a singular "Article" only "and"/"or" join numbers: in "Under Article 7, 12 States
    // reported" the 12 is no article.
    if (!plural && separator[1] === undefined && separator[2] === undefined) break
    const next = readArticleItem(text, listSeparatorPattern.lastIndex, first.roman)
    if (!next || next.roman !== first.roman) break
    items.push(...next.items)
    end = next.end
  }
  return { start: index, end, items }
}

interface Resolver {
  text: string
  trie: PhraseTrie<Entry>
  /** Instruments named so far, each once, most recent last (for pinpoints and referents). */
  named: InstrumentId[]
  /** Like `named`, plus context names ("Geneva Conventions"): for ambiguous names only. */
  context: InstrumentId[]
  /** How often each instrument was named so far: what the text is mostly about. */
  counts: Map<InstrumentId, number>
  /** End of the latest mention of each named instrument. */
  lastEnd: Map<InstrumentId, number>
  /** Sentence and paragraph breaks seen so far, scanned incrementally (linear overall). */
  breaks: { upTo: number; sentence: number; paragraph: number }
  defaultId: InstrumentId | undefined
  /**
   * Unnamed pinpoints met before any instrument was named ("The Article 5 extension process" in
   * a heading): resolved at the end to what the whole text is about, if it names anything.
   */
  pending: Clause[]
  /** The end of the text is reached: pinpoints are no longer deferred. */
  settled: boolean
}

/** Move `id` to the end of a recency list, keeping each id once (the list stays short). */
function touch(list: InstrumentId[], id: InstrumentId): void {
  if (list[list.length - 1] === id) return
  const previous = list.lastIndexOf(id)
  if (previous === -1) {
    list.push(id)
    return
  }
  // Shift the later ones down by hand: `splice` costs more than the few moves.
  for (let k = previous; k < list.length - 1; k++) list[k] = list[k + 1]!
  list[list.length - 1] = id
}

/** Remember that `id` was named, ending at `end`. */
function noteNamed(resolver: Resolver, id: InstrumentId, end: number): void {
  touch(resolver.named, id)
  touch(resolver.context, id)
  resolver.counts.set(id, (resolver.counts.get(id) ?? 0) + 1)
  resolver.lastEnd.set(id, Math.max(resolver.lastEnd.get(id) ?? -1, end))
}

/** Remember a context name that is no citation ("the Geneva Conventions"). */
function noteContext(resolver: Resolver, id: InstrumentId): void {
  touch(resolver.context, id)
}

/**
 * Where the sentence and the paragraph around `index` start: just after the last "." "!" "?"
 * followed by white space or the last line break (sentence), after the last blank line
 * (paragraph); -1 when none. Calls come in text order, so the text is scanned once.
 */
function lastBreaksBefore(
  resolver: Resolver,
  index: number,
): { sentence: number; paragraph: number } {
  const { text, breaks } = resolver
  const floor = breaks.upTo
  if (index > floor) {
    // Backwards from `index` down to where the previous call stopped: every character is looked
    // at by at most one call, and the nearest break is usually a few words away.
    for (let i = index - 1; i >= floor; i--) {
      const code = text.charCodeAt(i)
      if (code === 0x0a) {
        breaks.sentence = i + 1
        break
      }
      if ((code === 0x2e || code === 0x21 || code === 0x3f) && i + 1 < index) {
        const next = text.charCodeAt(i + 1)
        if (next === 0x20 || next === 0x0a || next === 0x0d || next === 0xa0) {
          breaks.sentence = i + 1
          break
        }
      }
    }
    // A line break after a line of nothing but white space ends a paragraph.
    for (let newline = text.lastIndexOf('\n', index - 1); newline >= floor;) {
      if (newline === 0 || blankBefore(text, newline)) {
        breaks.paragraph = newline + 1
        break
      }
      if (newline === 0) break
      newline = text.lastIndexOf('\n', newline - 1)
    }
    breaks.upTo = index
  }
  return { sentence: breaks.sentence, paragraph: breaks.paragraph }
}

/** Whether the line that ends at `newline` (a "\n") is blank (the previous line break is close). */
function blankBefore(text: string, newline: number): boolean {
  for (let i = newline - 1; i >= 0 && newline - i <= 8; i--) {
    const code = text.charCodeAt(i)
    if (code === 0x0a) return true
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false
  }
  return false
}

/**
 * `resolveAmbiguous`, computed once per name and context (it tidies the name with several regex
 * replacements on every call; the answer depends on nothing else).
 */
const ambiguousCache = new Map<string, InstrumentId | undefined>()

function resolveAmbiguousOnce(
  name: string,
  context: readonly InstrumentId[],
): InstrumentId | undefined {
  const key = `${name}\u0000${context.join(' ')}`
  if (ambiguousCache.has(key)) return ambiguousCache.get(key)
  const id = resolveAmbiguous(name, context)
  if (ambiguousCache.size < 10_000) ambiguousCache.set(key, id)
  return id
}

/** Resolve a trie match to an instrument id (or a context marker), using what came before. */
function resolveEntry(resolver: Resolver, entries: Entry[], matched: string): Entry | undefined {
  const first = entries[0]
  if (!first) return undefined
  if (first.type !== 'ambiguous') return first
  const context = resolver.defaultId ? [resolver.defaultId, ...resolver.context] : resolver.context
  const id = resolveAmbiguousOnce(first.text, context) ?? resolveAmbiguousOnce(matched, context)
  return id ? { type: 'instrument', id } : undefined
}

/**
 * Whether an all-capitals abbreviation stands as a value in arithmetic or code ("-INF + INF",
 * "the YAML value .INF"): a sign or dot glued to its front, or an operator just before it. A
 * hyphen after a word ("non-NPT States") and brackets ("(INF)") still read as prose.
 */
function inArithmetic(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x41 || code > 0x5a) return false
  }
  const before = text.charCodeAt(start - 1)
  if (before === 0x2b || before === 0x2d || before === 0x2e) {
    return !isWordChar(text.charCodeAt(start - 2))
  }
  let i = start - 1
  while (i >= 0 && i > start - 3 && text.charCodeAt(i) === 0x20) i--
  const operator = text.charCodeAt(i)
  // + * = < > ^ and the minus sign
  return (
    i < start - 1 &&
    (operator === 0x2b ||
      operator === 0x2a ||
      operator === 0x3d ||
      operator === 0x3c ||
      operator === 0x3e ||
      operator === 0x5e ||
      operator === 0x2212)
  )
}

/** Whether text[start, end) holds an upper-case letter (ASCII or any script). */
function hasCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x41 && code <= 0x5a) return true
    if (code >= 0x80 && /\p{Lu}/u.test(text[i]!)) return true
  }
  return false
}

/** Characters of a document symbol: letters, digits, "/", ".", "-". */
function symbolChar(code: number): boolean {
  return wordChar(code) || code === 0x2f || code === 0x2e || code === 0x2d
}

/** Whether the slash-joined token around [start, end) has a digit, as every symbol has. */
function inSymbol(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && start - from < 60 && symbolChar(text.charCodeAt(from - 1))) from--
  let to = end
  while (to < text.length && to - end < 60 && symbolChar(text.charCodeAt(to))) to++
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x30 && code <= 0x39) return true
  }
  return false
}

/** `start` moved past a leading year and its space ("1980 Protocol II" -> "Protocol II"). */
function afterLeadingYear(text: string, start: number, end: number): number {
  for (let i = start; i < start + 4; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x30 || code > 0x39) return start
  }
  let i = start + 4
  if (i >= end || !isSeparator(text.charCodeAt(i))) return start
  while (i < end && isSeparator(text.charCodeAt(i))) i++
  return i < end ? i : start
}

/** The registry name at `index`, resolved, with its span; follows "CCW Protocol V" and "Protocol V to the CCW". */
function readName(
  resolver: Resolver,
  index: number,
): { start: number; end: number; entry: Entry } | null {
  const { text, trie } = resolver
  if (!trie.canStart(text.charCodeAt(index))) return null
  const match = trie.matchAt(text, index)
  if (!match) return null
  // A name written all in lower case ("an arms trade treaty", "cluster munition treaty talks")
  // describes a kind of treaty, not the instrument: names need a capital somewhere.
  if (!match.exact && !hasCapital(text, match.start, match.end)) return null
  // Names next to "/" belong to document symbols ("CCW/GGE/2008-V/WP.1"), unless the slashes
  // only join names ("the CCW/CCM debate").
  const slashBefore = index > 0 && text.charCodeAt(index - 1) === 0x2f
  const slashAfter =
    text.charCodeAt(match.end) === 0x2f && isWordChar(text.charCodeAt(match.end + 1))
  if ((slashBefore || slashAfter) && inSymbol(text, index, match.end)) return null
  if (inArithmetic(text, index, match.end)) return null
  let entry = resolveEntry(resolver, match.values, text.slice(match.start, match.end))
  let end = match.end
  // "Protocol II to the Geneva Conventions", "Protocol I Additional to the Geneva Conventions".
  const first = match.values[0]
  if (first?.type === 'ambiguous') {
    const tail =
      /[ \u00a0]{1,3}(?:[Aa]dditional[ \u00a0]{1,3})?(?:to|of)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y
    if (at(tail, text, end)) {
      const parentStart = tail.lastIndex
      const parent = trie.matchAt(text, parentStart)
      const parentEntry = parent?.values[0]
      const parentId =
        parentEntry?.type === 'instrument' || parentEntry?.type === 'context'
          ? parentEntry.id
          : undefined
      if (parent && parentId) {
        const id = resolveAmbiguousOnce(first.text, [parentId])
        if (id) {
          entry = { type: 'instrument', id }
          end = parent.end
        }
      }
    }
  }
  // "1980 Protocol II", "1925 Geneva Protocol": the year picks the instrument but, as in
  // "the 1997 Mine Ban Treaty", it is not part of the name's span.
  return {
    start: afterLeadingYear(text, match.start, end),
    end,
    entry: entry ?? { type: 'unregistered' },
  }
}

/**
 * A list of protocols by number: one citation per protocol, each numeral read as "Protocol N"
 * (or "Additional Protocol N") in the current context. The first span includes the word
 * ("Protocols I"), the others are the numerals ("II", "III").
 */
function readProtocolList(
  resolver: Resolver,
  index: number,
): { end: number; items: Array<{ start: number; end: number; id: InstrumentId }> } | null {
  const { text, trie } = resolver
  const head = at(protocolListPattern, text, index)
  if (!head) return null
  const prefix = head[1] === undefined ? 'Protocol ' : 'Additional Protocol '
  const numerals = [{ start: index, end: protocolListPattern.lastIndex, numeral: head[2]! }]
  let end = protocolListPattern.lastIndex
  for (let n = 0; n < 6; n++) {
    if (!at(listSeparatorPattern, text, end)) break
    const start = listSeparatorPattern.lastIndex
    const numeral = at(protocolNumeralPattern, text, start)
    if (!numeral) break
    end = protocolNumeralPattern.lastIndex
    numerals.push({ start, end, numeral: numeral[1]! })
  }
  // "Protocols I, III and IV of the CCW": the treaty named right after the list decides the
  // family, before anything named earlier in the text.
  const owner = protocolOwnerAfter(resolver, end)
  const resolve = (numeral: string): InstrumentId | undefined => {
    const phrase = prefix + numeral
    const match = trie.matchAt(phrase, 0)
    if (!match || match.end !== phrase.length) return undefined
    if (owner && match.values[0]?.type === 'ambiguous') {
      const id = resolveAmbiguousOnce(match.values[0].text, [owner])
      if (id) return id
    }
    const entry = resolveEntry(resolver, match.values, phrase)
    return entry?.type === 'instrument' ? entry.id : undefined
  }
  const items: Array<{ start: number; end: number; id: InstrumentId }> = []
  for (const item of numerals) {
    const id = resolve(item.numeral)
    if (!id) break
    items.push({ start: item.start, end: item.end, id })
  }
  if (items.length === 0) return null
  return { end: items[items.length - 1]!.end, items }
}

/** The instrument (or family marker) named right after a list of protocols, if any. */
function protocolOwnerAfter(resolver: Resolver, index: number): InstrumentId | undefined {
  const { text, trie } = resolver
  if (!at(protocolOwnerPattern, text, index)) return undefined
  const start = protocolOwnerPattern.lastIndex
  if (start >= text.length || !trie.canStart(text.charCodeAt(start))) return undefined
  const match = trie.matchAt(text, start)
  const entry = match?.values[0]
  if (!entry) return undefined
  return entry.type === 'instrument' || entry.type === 'context' ? entry.id : undefined
}

/** After a resolved treaty name: " Protocol V" of that treaty ("CCW Protocol V" is one span). */
function readProtocolOf(
  resolver: Resolver,
  parent: InstrumentId,
  index: number,
): { end: number; id: InstrumentId } | null {
  const { text, trie } = resolver
  let start = index
  while (start < text.length && start - index < 3 && isSeparator(text.charCodeAt(start))) start++
  if (start === index || start >= text.length) return null
  if (!trie.canStart(text.charCodeAt(start))) return null
  const match = trie.matchAt(text, start)
  const entry = match?.values[0]
  if (!match || !entry) return null
  if (entry.type === 'instrument' && getInstrument(entry.id)?.parent === parent) {
    return { end: match.end, id: entry.id }
  }
  if (entry.type === 'ambiguous') {
    const id = resolveAmbiguousOnce(entry.text, [parent])
    if (id && getInstrument(id)?.parent === parent) return { end: match.end, id }
  }
  return null
}

const JOINING_WORDS = new Set([
  'on',
  'for',
  'of',
  'the',
  'and',
  'to',
  'in',
  'against',
  'relating',
  'concerning',
])

/** Drop trailing joining words from a title span ("Convention on Widgets and the" -> "... Widgets"). */
function trimJoiningWords(text: string, floor: number, end: number): number {
  let current = end
  for (let i = 0; i < 20 && current > floor; i++) {
    let space = current - 1
    while (space >= floor && text.charCodeAt(space) !== 0x20 && text.charCodeAt(space) !== 0xa0)
      space--
    if (space < floor || !JOINING_WORDS.has(text.slice(space + 1, current))) break
    current = space
    while (
      current > floor &&
      (text.charCodeAt(current - 1) === 0x20 || text.charCodeAt(current - 1) === 0xa0)
    ) {
      current--
    }
  }
  return current
}

/**
 * A title the phrase trie did not know: the registry's tolerant lookup (`findInstrument`) may
 * still know it in another spelling; else it is an unknown instrument.
 */
function unknownOrFound(text: string, start: number, end: number): Target {
  const found = findInstrument(text.slice(start, end))
  if (found) return { type: 'named', id: found.id, nameStart: start, nameEnd: end }
  return { type: 'unknown', nameStart: start, nameEnd: end }
}

/** The instrument phrase after a pinpoint: " of the APMBT", " of this Convention", " AP I". */
function readTarget(resolver: Resolver, index: number): { target: Target; end: number } {
  const { text } = resolver
  const of = at(ofInstrumentPattern, text, index)
  if (of) {
    const start = ofInstrumentPattern.lastIndex
    const determiner = of[1]
    const name = readName(resolver, start)
    if (name) {
      const protocol =
        name.entry.type === 'instrument' ? readProtocolOf(resolver, name.entry.id, name.end) : null
      if (protocol) {
        return {
          target: { type: 'named', id: protocol.id, nameStart: name.start, nameEnd: protocol.end },
          end: protocol.end,
        }
      }
      if (name.entry.type === 'instrument') {
        return {
          target: { type: 'named', id: name.entry.id, nameStart: name.start, nameEnd: name.end },
          end: name.end,
        }
      }
      // "Common Article 3 of the Geneva Conventions": no single instrument, but the context.
      if (name.entry.type === 'context') noteContext(resolver, name.entry.id)
      return { target: { type: 'ignored' }, end: name.end }
    }
    const generic = at(genericWordPattern, text, start)
    if (generic && determiner !== undefined) {
      const wordEnd = genericWordPattern.lastIndex
      if (!at(titleContinuationPattern, text, wordEnd)) {
        return { target: { type: 'generic', word: generic[1]! }, end: wordEnd }
      }
      const words = at(titleWordsPattern, text, wordEnd)
      let nameEnd = words ? titleWordsPattern.lastIndex : wordEnd
      nameEnd = trimJoiningWords(text, wordEnd, nameEnd)
      return { target: unknownOrFound(text, start, nameEnd), end: nameEnd }
    }
    const unknown = at(unknownNamePattern, text, start)
    if (unknown) {
      const nameEnd = unknownNamePattern.lastIndex
      return { target: unknownOrFound(text, start, nameEnd), end: nameEnd }
    }
    // "Article 5 of its national law", "Article 4 of resolution 1540": another text, not ours.
    return { target: { type: 'ignored' }, end: index }
  }
  // "Art. 36 AP I", "Article VI NPT": an abbreviation right after the number.
  let start = index
  while (
    start < text.length &&
    start - index < 2 &&
    (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0xa0)
  ) {
    start++
  }
  if (start > index) {
    const name = readName(resolver, start)
    if (name && name.entry.type === 'instrument') {
      const match = resolver.trie.matchAt(text, start)
      if (match?.exact) {
        return {
          target: { type: 'named', id: name.entry.id, nameStart: name.start, nameEnd: name.end },
          end: name.end,
        }
      }
    }
  }
  return { target: { type: 'none' }, end: index }
}

/** Whether the instrument lists its articles and `article` is beyond the last. */
function beyondLast(id: InstrumentId, article: string): boolean {
  const last = lastArticle(id)
  if (!last) return false
  const n = Number.parseInt(article, 10)
  const max = Number.parseInt(last.number, 10)
  return Number.isFinite(n) && Number.isFinite(max) && n > max
}

/** Weight of `options.instrument` among the named instruments: the author chose it. */
const DEFAULT_WEIGHT = 2

/**
 * The instrument of an unnamed pinpoint ("Article 5"), i.e. the one the text is about there:
 * - an instrument named earlier in the same sentence ("The Mine Ban Treaty requires, under
 *   Article 5, ...");
 * - else one named in the same paragraph, the one named most often in the whole text first;
 * - else the instrument named most often so far, the default counting twice, ties to the most
 *   recent (a passing mention of "the Firearms Protocol" does not take over a text about the ATT);
 * - and when the article does not exist in that one ("Article 36" in CCW prose), the next one
 *   in that order that may have it (its articles are not listed, or go that far).
 */
function resolveUnnamed(
  resolver: Resolver,
  start: number,
  items: readonly Item[],
): InstrumentId | undefined {
  const { named, counts, lastEnd, defaultId } = resolver
  if (named.length === 0) return defaultId
  const weight = (id: InstrumentId): number =>
    (counts.get(id) ?? 0) + (id === defaultId ? DEFAULT_WEIGHT : 0)
  // Recency order, most recent first; the default (when never named) is the oldest.
  const recent = [...named].reverse()
  if (defaultId !== undefined && !named.includes(defaultId)) recent.push(defaultId)
  const byWeight = (ids: InstrumentId[]): InstrumentId[] =>
    ids
      .map((id, order) => ({ id, order, weight: weight(id) }))
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .map((entry) => entry.id)
  const { sentence, paragraph } = lastBreaksBefore(resolver, start)
  const inSentence = recent.filter((id) => (lastEnd.get(id) ?? -1) > sentence)
  const inParagraph = recent.filter((id) => (lastEnd.get(id) ?? -1) > paragraph)
  // Same sentence (by recency), then same paragraph, then the whole text (by weight).
  const ranked = [...new Set([...inSentence, ...byWeight(inParagraph), ...byWeight(recent)])]
  const fits = (id: InstrumentId): boolean => items.every((item) => !beyondLast(id, item.article))
  return ranked.find(fits) ?? ranked[0]
}

/** URLs and referent fits are the same for every mention: computed once per pair. */
const urlCache = new Map<string, string | undefined>()
const fitCache = new Map<string, boolean>()

function urlOf(treaty: InstrumentId, article: string | null): string | undefined {
  const key = `${treaty}|${article ?? ''}`
  if (urlCache.has(key)) return urlCache.get(key)
  const url = instrumentUrl(treaty, article === null ? {} : { article })
  if (urlCache.size < 10_000) urlCache.set(key, url)
  return url
}

function fitsWord(word: string, id: InstrumentId): boolean {
  const key = `${word}|${id}`
  let fit = fitCache.get(key)
  if (fit === undefined) {
    fit = fitsGenericReferent(word, id)
    if (fitCache.size < 10_000) fitCache.set(key, fit)
  }
  return fit
}

/** The last named instrument that "the {word}" can refer to, else the default. */
function resolveGeneric(resolver: Resolver, word: string): InstrumentId | undefined {
  for (let i = resolver.named.length - 1; i >= 0; i--) {
    const id = resolver.named[i]!
    if (fitsWord(word, id)) return id
  }
  if (resolver.defaultId) return resolver.defaultId
  return undefined
}

function citation(
  text: string,
  start: number,
  end: number,
  treaty: InstrumentId,
  article: string | null,
  paragraph: string | null,
  subparagraph: string | null,
): Citation {
  const result: Draft<Citation> = {
    type: 'citation',
    start,
    end,
    text: text.slice(start, end),
    treaty,
    article,
    paragraph,
  }
  if (subparagraph !== null) result.subparagraph = subparagraph
  const url = urlOf(treaty, article)
  if (url) result.url = url
  return result
}

/** A short name for messages: the abbreviation, else the first short title. */
function instrumentName(id: InstrumentId): string {
  const entry = getInstrument(id)
  return entry?.abbreviations[0] ?? entry?.shortTitles[0] ?? id
}

function checkArticle(diagnostics: Diagnostic[], item: Item, id: InstrumentId): void {
  const last = lastArticle(id)
  if (!last) return
  const n = Number.parseInt(item.article, 10)
  const max = Number.parseInt(last.number, 10)
  if (Number.isFinite(n) && Number.isFinite(max) && n > max) {
    diagnostics.push({
      start: item.start,
      end: item.end,
      ruleId: 'article-out-of-range',
      message: `Article ${item.article} does not exist: the ${instrumentName(id)} ends with Article ${last.number}`,
      severity: 'error',
    })
  }
}

/** Emit the citations of one pinpoint clause. */
function emitClause(
  resolver: Resolver,
  clause: Clause,
  out: Citation[],
  diagnostics: Diagnostic[],
): void {
  const { text } = resolver
  const { target, items } = clause
  let id: InstrumentId | undefined
  if (target.type === 'named') {
    id = target.id
  } else if (target.type === 'generic') {
    id = resolveGeneric(resolver, target.word)
  } else if (target.type === 'none') {
    id = resolveUnnamed(resolver, clause.start, items)
  } else if (target.type === 'unknown') {
    const name = text.slice(target.nameStart, target.nameEnd)
    diagnostics.push({
      start: target.nameStart,
      end: target.nameEnd,
      ruleId: 'unknown-instrument',
      message: `Unknown instrument: "${name}" is not in the instrument registry`,
      severity: 'warning',
    })
    return
  } else {
    return
  }
  if (!id && target.type === 'none' && resolver.named.length === 0 && !resolver.settled) {
    resolver.pending.push(clause)
    return
  }
  if (!id) {
    diagnostics.push({
      start: clause.start,
      end: clause.end,
      ruleId: 'unresolved-article',
      message: `No instrument for "${text.slice(clause.start, clause.end)}": name one, or set a default instrument`,
      severity: 'info',
    })
    return
  }
  items.forEach((item, i) => {
    const start = i === 0 ? clause.start : item.start
    const end = i === items.length - 1 ? clause.end : item.end
    out.push(citation(text, start, end, id, item.article, item.paragraph, item.subparagraph))
    checkArticle(diagnostics, item, id)
  })
  // "Article VI of the Treaty" is a mention of the NPT too; an unnamed "Article 5" is not.
  if (target.type === 'named' || target.type === 'generic') noteNamed(resolver, id, clause.end)
}

/**
 * Find every citation of an instrument in `text`. Returns citations sorted by start; pushes
 * `unknown-instrument`, `article-out-of-range` and `unresolved-article` diagnostics.
 */
export function extractCitations(
  text: string,
  options: ExtractOptions = {},
  diagnostics: Diagnostic[] = [],
  /** Test every word, without the candidate search (for tests that compare the two). */
  everywhere = false,
): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const trie = phraseTrie()
  const defaultId =
    options.instrument !== undefined && getInstrument(options.instrument)
      ? options.instrument
      : undefined
  const resolver: Resolver = {
    text,
    trie,
    named: [],
    context: [],
    counts: new Map(),
    lastEnd: new Map(),
    breaks: { upTo: 0, sentence: -1, paragraph: -1 },
    defaultId,
    pending: [],
    settled: false,
  }
  const out: Citation[] = []
  const length = text.length
  const scan = everywhere ? undefined : candidateScan(trie)
  const candidates = scan ? new Candidates(scan, text) : undefined
  let i = 0
  while (i < length) {
    if (candidates) {
      // Jump to the next place where a pinpoint or a name can start (see `candidateScan`).
      const next = candidates.next(i)
      if (next === -1 || next >= length) break
      i = next
    }
    const code = text.charCodeAt(i)
    // Cheap tests first: "Ar…"/"ar…" or "Pa…"/"pa…"/"¶" may open a pinpoint; the phrase trie's
    // first-two-character table says whether a name may start here.
    const second = text.charCodeAt(i + 1) | 0x20
    const pinpointStart =
      ((code === 0x41 || code === 0x61) &&
        second === 0x72 &&
        (text.charCodeAt(i + 2) | 0x20) === 0x74) ||
      ((code === 0x50 || code === 0x70) &&
        second === 0x61 &&
        (text.charCodeAt(i + 2) | 0x20) === 0x72 &&
        (text.charCodeAt(i + 3) | 0x20) === 0x61) ||
      code === 0xb6
    if ((!pinpointStart && !trie.mayMatchAt(text, i)) || !atWordStart(text, i)) {
      i = advance(text, i)
      continue
    }
    if (pinpointStart) {
      const pinpoint = readPinpoint(text, i)
      if (pinpoint) {
        const { target, end } = readTarget(resolver, pinpoint.end)
        emitClause(
          resolver,
          { start: pinpoint.start, end, items: pinpoint.items, target },
          out,
          diagnostics,
        )
        i = Math.max(end, pinpoint.end)
        continue
      }
    }
    const protocols =
      (code === 0x50 && text.startsWith('Protocols', i)) ||
      (code === 0x41 && text.startsWith('Additional', i))
        ? readProtocolList(resolver, i)
        : null
    if (protocols) {
      for (const item of protocols.items) {
        out.push(citation(text, item.start, item.end, item.id, null, null, null))
        noteNamed(resolver, item.id, item.end)
      }
      i = protocols.end
      continue
    }
    const name = readName(resolver, i)
    if (!name) {
      i = advance(text, i)
      continue
    }
    if (name.entry.type === 'context') {
      noteContext(resolver, name.entry.id)
      i = name.end
      continue
    }
    if (name.entry.type !== 'instrument') {
      i = name.end
      continue
    }
    let id = name.entry.id
    let end = name.end
    const protocol = readProtocolOf(resolver, id, end)
    if (protocol) {
      id = protocol.id
      end = protocol.end
    }
    // "CWC Article VI", "APMBT Article 5(1)": a name directly followed by its pinpoint.
    let next = end
    while (
      next < length &&
      next - end < 2 &&
      (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0xa0)
    ) {
      next++
    }
    const pinpoint = next > end ? readPinpoint(text, next) : null
    if (pinpoint && (text.charCodeAt(next) === 0x41 || text.charCodeAt(next) === 0x61)) {
      emitClause(
        resolver,
        {
          start: name.start,
          end: pinpoint.end,
          items: pinpoint.items,
          target: { type: 'named', id, nameStart: name.start, nameEnd: end },
        },
        out,
        diagnostics,
      )
      i = pinpoint.end
      continue
    }
    noteNamed(resolver, id, end)
    out.push(citation(text, name.start, end, id, null, null, null))
    i = end
  }
  if (resolver.pending.length > 0) resolvePending(resolver, out, diagnostics)
  return out
}

/**
 * Pinpoints met before the first named instrument ("The Article 5 extension process", a heading
 * above the text that names the Ottawa Convention): the instrument named most often in the whole
 * text, when it has the article; else the `unresolved-article` diagnostic.
 */
function resolvePending(resolver: Resolver, out: Citation[], diagnostics: Diagnostic[]): void {
  const clauses = resolver.pending
  resolver.pending = []
  resolver.settled = true
  let subject: InstrumentId | undefined
  let most = 0
  for (const [id, count] of resolver.counts) {
    if (count > most) {
      subject = id
      most = count
    }
  }
  const before = out.length
  for (const clause of clauses) {
    const fits =
      subject !== undefined &&
      // Only where the registry knows the articles: a heading's number must exist there.
      lastArticle(subject) !== undefined &&
      clause.items.every((item) => !beyondLast(subject, item.article))
    if (!fits) {
      diagnostics.push({
        start: clause.start,
        end: clause.end,
        ruleId: 'unresolved-article',
        message: `No instrument for "${resolver.text.slice(clause.start, clause.end)}": name one, or set a default instrument`,
        severity: 'info',
      })
      continue
    }
    emitClause(
      resolver,
      {
        ...clause,
        target: { type: 'named', id: subject!, nameStart: clause.start, nameEnd: clause.start },
      },
      out,
      diagnostics,
    )
  }
  if (out.length > before) out.sort((a, b) => a.start - b.start)
}
