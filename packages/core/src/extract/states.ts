import { rules } from '../data/rules.js'
import { notStatePhrases, stateMisspellings } from '../data/state-aliases.js'
import type { Diagnostic, Draft, ExtractOptions, StateMention } from '../models/extraction.js'
import { insideUrl } from './inside-url.js'
import { trieAdd, trieChild, trieNode, type TrieNode } from './phrase-trie.js'
import {
  acceptAbbreviation,
  withDefinedAbbreviations,
  withoutOtherAbbreviations,
} from './states/abbreviations.js'
import { isCapitalCode, isSpace, isWordChar } from './states/chars.js'
import { withInvertedNames } from './states/inverted.js'
import { mention, stateOf } from './states/mention.js'
import {
  followsOrganisationOf,
  followsOrganisationWord,
  precedesOrganisationWord,
} from './states/organisations.js'
import { withoutPersons } from './states/persons.js'
import { withoutNamesOfThings } from './states/things.js'
import {
  getState,
  stateDemonymPhrases,
  statePhrases,
  type StatePhraseKind,
} from '../registry/states.js'

/**
 * State mentions in prose.
 *
 * One left-to-right pass: at every word start we walk a trie of all state phrases (names, formal
 * names, aliases, former names, abbreviations; demonyms when asked; the extractors' one trie of
 * `phrase-trie.ts`, keyed by folded, lower-cased code points) and keep the longest phrase
 * that ends on a word boundary and passes the case check. Work per position is bounded by the
 * longest phrase, so the whole pass is linear in the input. The word starts that can open a
 * phrase are found by regex searches (`StartCursor`: capitals, letters beyond ASCII) and a table
 * of opening letters (`Triples`), not by a loop over every character.
 *
 * Decisions:
 * - Matching is case-sensitive ("turkey", "chile", "china", "us" are not states); a phrase in a
 *   whole-capitals headline ("CHINA") matches too, except abbreviations, which match as written.
 * - Missing diacritics ("Cote d'Ivoire"), curly or straight apostrophes, hyphen or space ("Timor
 *   Leste") and "&" for "and" are tolerated; a diacritic the registry does not write is another
 *   language ("Colômbia"), no mention; whitespace inside a name may wrap lines but not cross a blank line.
 * - A leading "the" is never part of the span; a possessive "'s" is never part of the span.
 * - Longest match wins: "South Sudan" over "Sudan", "Papua New Guinea" over "Guinea", and the
 *   phrases in `notStatePhrases` ("Mexico City", "Northern Ireland", "New Mexico") swallow the
 *   state name they contain, so cities, seas and territories yield nothing.
 * - A state name right after "Action", "International", "Aid", "Watch" or "Campaign" belongs to
 *   an organisation's name ("Mines Action Canada", "Handicap International Belgium"), and so does
 *   one that opens a name ending in "Centre", "Authority", "Association" and the like ("Lebanon
 *   Mine Action Center"). Names of wars ("Iran-Iraq War") are in `notStatePhrases`. The same
 *   in a heading in capitals ("PERMANENT MISSION OF THE UNITED STATES OF AMERICA", "PALESTINE
 *   REFUGEE AGENCY"); a person's title is no organisation ("the Minister of Defence of Peru").
 * - Nothing inside a URL is a mention ("https://example.org/Mexico-statement").
 * - Abbreviations are rejected next to "/" (document symbols) and "$" ("US$"), in locale tags
 *   ("en-US", "en_GB") and character sets ("US-ASCII"); "US" is rejected
 *   inside a run of capitals ("LET US KNOW"), where it is the pronoun.
 * - Demonyms ("Austrian") are only matched with `options.demonyms` and are tagged
 *   `via: "demonym"`; demonyms shared by two states ("Congolese") are never matched.
 * - "Georgia" is the state unless a US context says otherwise ("Atlanta, Georgia").
 * - Names that are also given names ("Chad", "Jordan", "Georgia") are a person's when a surname
 *   follows in sentence-case prose ("Chad Brennan said", "Michael Jordan"); once a name has been
 *   a person's in a text, its later bare uses are the person too, except inside a comma list.
 *
 * The checks live beside this file: `states/abbreviations.ts` (which uses of an abbreviation are
 * mentions, and abbreviations a text defines), `states/organisations.ts` (names inside an
 * organisation's name), `states/persons.ts` (given names), `states/mention.ts` (the mention a
 * match becomes), `states/things.ts` (names of files, events and programmes, and the region of
 * Micronesia) and `states/chars.ts`.
 */

interface TrieEntry {
  /** null for a phrase that is not a state mention (`notStatePhrases`). */
  iso3: string | null
  kind: StatePhraseKind | 'not-state' | 'misspelling'
  /** The phrase folded without lower-casing, for the case check. */
  exact: string
  /** The letters with diacritics the registry writes in the phrase, lower case ("ô" in "Côte"). */
  accents: string
}

/** The trie of state phrases, with the first characters (case kept) a match can start with. */
interface StateTrie {
  root: TrieNode<TrieEntry>
  starts: Set<string>
}

/** The trie key of a folded character: its lower-case code point (-3, no key, if that is two). */
function keyOf(folded: string): number {
  const lower = folded.toLowerCase()
  const code = lower.codePointAt(0) as number
  return lower.length === (code > 0xffff ? 2 : 1) ? code : -3
}

/** Trie key of "one run of white space or a dash". */
const SPACE = 0x20

/** Literal hint for the pre-filter: every state phrase contains a capital letter. */
export const literals = /\p{Lu}/u

const combining = /[\u0300-\u036f]/g
const foldCache = new Map<string, string>()

/** Case-preserving fold of one character: diacritics off, apostrophes straight, dashes to space. */
function foldExact(char: string): string {
  let folded = foldCache.get(char)
  if (folded === undefined) {
    if (/[\u2018\u2019\u02bc`\u00b4]/.test(char)) folded = "'"
    else if (/[\s\u2010-\u2015-]/.test(char)) folded = ' '
    else folded = char.normalize('NFD').replace(combining, '') || char
    foldCache.set(char, folded)
  }
  return folded
}

function foldPhraseExact(phrase: string): string {
  let out = ''
  let space = false
  for (const char of phrase) {
    const folded = foldExact(char)
    if (folded === ' ') space = true
    else {
      if (space && out) out += ' '
      space = false
      out += folded
    }
  }
  return out
}

function insert(trie: StateTrie, entry: TrieEntry): void {
  let node = trie.root
  for (const char of entry.exact.toLowerCase()) node = trieAdd(node, char.codePointAt(0) as number)
  const first = entry.exact[0] as string
  trie.starts.add(first).add(first.toUpperCase())
  node.values ??= []
  const same = node.values.find((e) => e.exact === entry.exact && e.iso3 === entry.iso3)
  if (same) same.accents += entry.accents
  else node.values.push(entry)
}

/** The letters of `phrase` that carry a diacritic, lower case ("Côte d'Ivoire" -> "ô"). */
function accentsOf(phrase: string): string {
  let out = ''
  for (const char of phrase.normalize('NFC')) {
    const folded = foldExact(char)
    if (folded !== char && /\p{L}/u.test(folded)) out += char.toLowerCase()
  }
  return out
}

/**
 * Does the text write a diacritic the registry's phrase lacks ("Colômbia", "Perú")? Then it is the
 * name in another language, no mention: folding drops the registry's accents ("Cote d'Ivoire"),
 * it never adds any.
 */
function foreignAccent(text: string, start: number, end: number, entry: TrieEntry): boolean {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) < 0xc0) continue
    const char = text[i] as string
    const folded = foldExact(char)
    if (folded !== char && /\p{L}/u.test(folded) && !entry.accents.includes(char.toLowerCase())) {
      return true
    }
  }
  return false
}

let baseTrie: StateTrie | null = null
let demonymTrie: StateTrie | null = null

function buildTrie(withDemonyms: boolean): StateTrie {
  const trie: StateTrie = { root: trieNode(), starts: new Set() }
  for (const { phrase, iso3, kind } of statePhrases) {
    insert(trie, { iso3, kind, exact: foldPhraseExact(phrase), accents: accentsOf(phrase) })
  }
  for (const phrase of notStatePhrases) {
    insert(trie, { iso3: null, kind: 'not-state', exact: foldPhraseExact(phrase), accents: '' })
  }
  for (const [phrase, iso3] of Object.entries(stateMisspellings)) {
    insert(trie, { iso3, kind: 'misspelling', exact: foldPhraseExact(phrase), accents: '' })
  }
  if (withDemonyms) {
    for (const { phrase, iso3, kind } of stateDemonymPhrases) {
      insert(trie, { iso3, kind, exact: foldPhraseExact(phrase), accents: accentsOf(phrase) })
    }
  }
  return trie
}

function trieFor(options: ExtractOptions): StateTrie {
  if (options.demonyms) return (demonymTrie ??= buildTrie(true))
  return (baseTrie ??= buildTrie(false))
}

interface Candidate {
  end: number
  entries: TrieEntry[]
  /** The walk read a lost space ("SriLanka") or a hyphen at a line end ("Herze-\ngovina"). */
  mended?: boolean
}

/**
 * Does the text (`matched`: folded; `raw`: as written) spell `entry` in an accepted case?
 * Abbreviations match exactly as written: folding is for full names, where a missing accent is a
 * real spelling ("Cote d'Ivoire", "Turkiye"), while "ÜK" or "ÙSA" are no abbreviations.
 */
function caseMatches(
  matched: string,
  text: string,
  start: number,
  end: number,
  entry: TrieEntry,
): boolean {
  if (entry.kind === 'abbreviation') {
    return end - start === entry.exact.length && text.startsWith(entry.exact, start)
  }
  if (entry.iso3 !== null && foreignAccent(text, start, end, entry)) return false
  if (matched === entry.exact) return true
  return matched === entry.exact.toUpperCase() && /\p{Lu}{2}/u.test(matched)
}

/** Lower-cased ASCII keys for the trie walk ("`" is an apostrophe), built once. */
const ASCII_KEYS: number[] = Array.from({ length: 128 }, (_, code) =>
  code === 0x60 ? 0x27 : code >= 0x41 && code <= 0x5a ? code + 0x20 : code,
)

/**
 * The trie key the walk reads for an ASCII character, as the first step of a run: white space and
 * "-" are a space (a run of them is one), "`" an apostrophe, letters lower case.
 */
const ASCII_KEYS_FOLDED: number[] = Array.from({ length: 128 }, (_, code) =>
  code === 0x2d || code === 0x20 || (code >= 9 && code <= 13)
    ? SPACE
    : (ASCII_KEYS[code] as number),
)

/** Nothing found: one shared empty list, so most walks allocate nothing. */
const NO_CANDIDATES: Candidate[] = []

/**
 * Walk the trie from `start`. Returns the candidates that end on a word boundary, shortest first.
 * ASCII takes a fast path with the same folding as `foldExact` (white space and "-" are a space,
 * "`" an apostrophe, letters lower-cased).
 */
function walk(text: string, start: number, root: TrieNode<TrieEntry>, glue = true): Candidate[] {
  let found = NO_CANDIDATES
  let node: TrieNode<TrieEntry> | undefined = root
  let i = start
  const n = text.length
  let mended = false
  let mendedAt = -1
  while (i < n && node) {
    const code = text.charCodeAt(i)
    let key = SPACE
    if (isCapitalCode(code) && i > start && i !== mendedAt && isLowerCode(text.charCodeAt(i - 1))) {
      // "SriLanka", "UnitedKingdom": PDF text that lost the space inside a name.
      const space: TrieNode<TrieEntry> | undefined = trieChild(node, SPACE)
      if (space) {
        node = space
        mended = true
        mendedAt = i
        continue
      }
    }
    if (code === 0x2d && i > start) {
      // "Herze-\ngovina": a word the page hyphenated at a line end.
      const after = hyphenBreakEnd(text, i)
      if (after !== -1 && trieChild(node, text.charCodeAt(after))) {
        i = after
        mended = true
        continue
      }
    }
    if (code < 128 && code !== 0x2d && code !== 0x20 && (code < 9 || code > 13)) {
      key = ASCII_KEYS[code] as number
      i += 1
    } else {
      const char = text[i] as string
      const folded = foldExact(char)
      if (folded === ' ') {
        // Whitespace run (at most one line break) or a single dash: one space in the phrase.
        if (isSpace(char)) {
          const run = i
          let breaks = 0
          while (i < n && isSpace(text[i])) {
            if (text[i] === '\n') breaks++
            i++
          }
          // A blank line ends a name, except in a heading in capitals that the page wrapped
          // ("DEMOCRATIC\n\n\nPEOPLE'S REPUBLIC OF KOREA"): capitals on both sides, few breaks.
          if (breaks > 1 && !(breaks <= 3 && wrappedCapitals(text, run, i))) break
        } else {
          // A dash, and the white space after it ("Guinea-\nBissau" at a line end).
          i++
          let breaks = 0
          while (i < n && isSpace(text[i])) {
            if (text[i] === '\n' && ++breaks > 1) break
            i++
          }
        }
      } else {
        key = keyOf(folded)
        i += 1
      }
    }
    node = trieChild(node, key)
    if (!node) break
    if (node.values && key !== SPACE) {
      if (
        text.charCodeAt(i - 1) === 0x2e ||
        !isWordChar(text[i]) ||
        footnoteDigits(text, i) ||
        (glue && gluedToState(text, i, root))
      ) {
        if (found === NO_CANDIDATES) found = []
        found.push(
          mended ? { end: i, entries: node.values, mended } : { end: i, entries: node.values },
        )
      }
    }
  }
  return found
}

const isLowerCode = (code: number) => code >= 0x61 && code <= 0x7a

/**
 * A full name (never an abbreviation: "theUS" is no evidence) of four letters or more in sentence
 * case, glued to a word in lower case that is no hashtag, handle or identifier ("#StandWithUkraine",
 * "@FranceONU", "iOSChina").
 */
function gluedNameAccepted(text: string, start: number, end: number, entry: TrieEntry): boolean {
  if (entry.kind === 'abbreviation' || end - start < 4) return false
  if (!/\p{Ll}/u.test(text.slice(start, end))) return false
  let k = start - 1
  while (k > 0 && k > start - 40 && isWordChar(text[k - 1])) k--
  const before = text.charCodeAt(k - 1)
  // The word before starts after "#", "@", "_", "." or "/" (a tag, a handle, a path, a domain).
  if (before === 0x23 || before === 0x40 || before === 0x5f || before === 0x2e || before === 0x2f)
    return false
  // The word before has capitals inside it or is one letter long only when it is "a" or "n", a
  // table's marks (accession, notification): "iOSChina" and "xChina" are identifiers. Digits
  // glued before are a number alone (an alt text's picture number, "7Laos"; "F35Canada" is a code).
  const word = text.slice(k, start)
  if (isDigitCode(text.charCodeAt(start - 1))) return /^\d{1,4}$/.test(word)
  if (/\p{Lu}/u.test(word.slice(1))) return false
  return word.length > 1 || word === 'a' || word === 'n'
}
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39

/**
 * "Fiji1, Cameroon12": a footnote mark that PDF text turned from a superscript into digits, one
 * or two right after a lower-case letter and before no letter or digit.
 */
function footnoteDigits(text: string, at: number): boolean {
  if (!isDigitCode(text.charCodeAt(at)) || !isLowerCode(text.charCodeAt(at - 1))) return false
  let j = at + 1
  if (isDigitCode(text.charCodeAt(j))) j++
  return !isWordChar(text[j])
}

/**
 * After a "-" at `at` that ends its line before a lower-case letter ("Herze-\ngovina"), the index
 * of that letter; -1 otherwise. Spaces may stand on either side of the line break. Text that
 * turned the line break into a space keeps the hyphen before it ("Mauri- tania"): one or two
 * spaces stand for the break.
 */
function hyphenBreakEnd(text: string, at: number): number {
  let j = at + 1
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++
  if (text.charCodeAt(j) === 0x0d) j++
  if (text.charCodeAt(j) === 0x0a) {
    j++
    while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++
  } else if (j === at + 1 || j > at + 3) return -1
  return isLowerCode(text.charCodeAt(j)) && isLowerCode(text.charCodeAt(at - 1)) ? j : -1
}

/**
 * Does a span the walk mended ("SriLanka", "Herze-\ngovina") spell `entry`? Spaces before
 * capitals may be lost and hyphens at line ends go; the case check is the one of `caseMatches`.
 * Abbreviations are never mended.
 */
function mendedMatches(text: string, start: number, end: number, entry: TrieEntry): boolean {
  if (entry.kind === 'abbreviation' || foreignAccent(text, start, end, entry)) return false
  const matched = foldPhraseExact(text.slice(start, end).replace(HYPHEN_BREAK, '')).replace(
    SPACE_BEFORE_CAPITAL,
    '',
  )
  const exact = entry.exact.replace(SPACE_BEFORE_CAPITAL, '')
  return matched === exact || (matched === exact.toUpperCase() && /\p{Lu}{2}/u.test(matched))
}

const HYPHEN_BREAK = /-(?:[ \t]*\r?\n[ \t]*|[ \t]{1,2})(?=[a-z])/g
const SPACE_BEFORE_CAPITAL = / (?=\p{Lu})/gu

/** Two capitals before the white space at `run..after` and one after it. */
function wrappedCapitals(text: string, run: number, after: number): boolean {
  return (
    isCapitalCode(text.charCodeAt(run - 1)) &&
    isCapitalCode(text.charCodeAt(run - 2)) &&
    isCapitalCode(text.charCodeAt(after)) &&
    isCapitalCode(text.charCodeAt(after + 1))
  )
}

/**
 * "Sri LankaSudan": PDF text that lost the space between two names. A lower-case letter followed
 * by a capital is a boundary only when a state name starts at the capital (one walk, no glue, so
 * the work stays linear).
 */
function gluedToState(text: string, i: number, root: TrieNode<TrieEntry>): boolean {
  const next = text.charCodeAt(i)
  const last = text.charCodeAt(i - 1)
  if (!(next >= 0x41 && next <= 0x5a && last >= 0x61 && last <= 0x7a)) return false
  return walk(text, i, root, false).length > 0
}

/** ASCII letters and digits (1), by code: `isWordChar` without the string. */
const ASCII_WORD = new Uint8Array(128)
for (let code = 0; code < 128; code++)
  ASCII_WORD[code] = isWordChar(String.fromCharCode(code)) ? 1 : 0

/**
 * `foldPhraseExact(text.slice(start, end))`; a span of printable ASCII without "-" or "`" folds
 * to itself, so the slice is returned without the character loop.
 */
function foldSpan(text: string, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k)
    if (code <= 0x20 || code >= 0x7f || code === 0x2d || code === 0x60) {
      return foldPhraseExact(text.slice(start, end))
    }
  }
  return text.slice(start, end)
}

/**
 * Where a phrase may start, found by regex scans instead of a loop over every character (the
 * eyecite idea: a cheap scan first, the trie only where it hits). The scans find a superset of
 * the word starts whose letter can open a phrase (the caller checks the exact conditions):
 * - an ASCII letter or digit that opens a phrase ("A"-"Z", "f" for "former Yugoslav ..."), after
 *   no ASCII letter, digit or "_" (`\b`), or right after "_" (a word boundary for the trie);
 * - every character from U+00C0 but general punctuation (curly quotes and dashes fold to no
 *   letter; letters with diacritics fold to their base letter, "É" to "E").
 * Below U+00C0 nothing folds to a letter. When a phrase opens with anything else (never so far),
 * the scan falls back to every position.
 */
interface StartScan {
  /** One character long (the next letters are a lookahead): a match ends at `lastIndex`. */
  ascii: RegExp
  other: RegExp
  everywhere: boolean
  /** ASCII letters and digits that open a phrase (1), by code. */
  asciiStarts: Uint8Array
  triples: Triples
}

/** Letters a-z (either case) as 1-26, anything else 0. */
function letterSlot(code: number): number {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x60 : 0
}

/**
 * Which three ASCII letters can open a phrase (folded to lower case, as the walk reads them), and
 * which one or two letters end one. Most capitalised words ("The", "This", "Minister") fail here
 * by one table lookup; anything else (a digit, a space, a letter beyond ASCII) goes to the walk.
 */
class Triples {
  private readonly open = new Uint8Array(27 * 27 * 27)
  /** Which ASCII characters may follow a first letter (as the walk folds them), by slot * 128. */
  private readonly second = new Uint8Array(27 * 128)

  constructor(root: TrieNode<TrieEntry>) {
    for (const [k1, n1] of root.next) {
      const s1 = letterSlot(k1)
      if (s1 === 0) continue
      if (n1.values) this.markAll(s1, -1)
      for (let code = 0; code < 128; code++) {
        if (n1.values || n1.next.has(ASCII_KEYS_FOLDED[code] as number)) {
          this.second[s1 * 128 + code] = 1
        }
      }
      for (const [k2, n2] of n1.next) {
        const s2 = letterSlot(k2)
        if (s2 === 0) continue
        if (n2.values) this.markAll(s1, s2)
        // A phrase whose first word has two letters may lose its space ("ElSalvador"): the
        // third letter is the first of the next word.
        const space = n2.next.get(SPACE)
        if (space) {
          for (const k3 of space.next.keys()) {
            const s3 = letterSlot(k3)
            if (s3 !== 0) this.open[(s1 * 27 + s2) * 27 + s3] = 1
          }
        }
        for (const k3 of n2.next.keys()) {
          const s3 = letterSlot(k3)
          if (s3 !== 0) this.open[(s1 * 27 + s2) * 27 + s3] = 1
        }
      }
    }
  }

  /** Every third letter after `s1 s2` (every second and third with `s2` -1). */
  private markAll(s1: number, s2: number): void {
    for (let a = 1; a < 27; a++) {
      if (s2 !== -1 && a !== s2) continue
      for (let b = 1; b < 27; b++) this.open[(s1 * 27 + a) * 27 + b] = 1
    }
  }

  /**
   * False only when `text` at `at` opens no phrase: an ASCII letter and an ASCII character that
   * follows no such letter in a phrase ("A/", "I,"), or three ASCII letters that open none.
   */
  mayOpen(text: string, at: number): boolean {
    const s1 = letterSlot(text.charCodeAt(at))
    if (s1 === 0) return true
    const code2 = text.charCodeAt(at + 1)
    if (code2 < 128 && this.second[s1 * 128 + code2] !== 1) return false
    const s2 = letterSlot(code2)
    const s3 = letterSlot(text.charCodeAt(at + 2))
    if (s2 === 0 || s3 === 0) return true
    return this.open[(s1 * 27 + s2) * 27 + s3] === 1
  }
}

const startScans = new WeakMap<StateTrie, StartScan>()

function startScanFor(trie: StateTrie): StartScan {
  const { root } = trie
  let scan = startScans.get(trie)
  if (!scan) {
    const firsts = [...trie.starts]
    const ascii = firsts.filter((c) => /^[A-Za-z0-9]$/.test(c)).join('')
    const everywhere = firsts.some((c) => c.charCodeAt(0) < 0xc0 && !/^[A-Za-z0-9]$/.test(c))
    // Lower-case starts ("f" of "former Yugoslav ...") would hit every "for" and "from": they go
    // with the next letters of their phrases (any case; a letter beyond ASCII may fold to one).
    const upper = [...ascii].filter((c) => !/[a-z]/.test(c)).join('')
    const lower = [...ascii]
      .filter((c) => /[a-z]/.test(c))
      .map((c) => {
        const next = lowerStartSource(root.next.get(c.charCodeAt(0)))
        return next === '' ? c : `${c}(?=${next})`
      })
    const alternatives = [...(upper === '' ? [] : [`[${upper}]`]), ...lower]
    scan = {
      ascii: new RegExp(
        alternatives.length === 0 ? '(?!)' : `\\b(?:${alternatives.join('|')})`,
        'g',
      ),
      // One class, not an alternation with "_" (found by `indexOf`): twice as fast.
      other: /[\u00c0-\u1fff\u2070-\uffff]/g,
      everywhere,
      asciiStarts: new Uint8Array(128),
      triples: new Triples(root),
    }
    for (const c of ascii) scan.asciiStarts[c.charCodeAt(0)] = 1
    startScans.set(trie, scan)
  }
  return scan
}

/**
 * The next letters (up to three) of the phrases under `node`, as a regex source that matches them
 * in any case or as letters beyond ASCII. A path stops early at anything but a letter (a space, an
 * apostrophe), so the source matches a prefix of every phrase: a superset, checked by the walk.
 */
function lowerStartSource(node: TrieNode<TrieEntry> | undefined, depth = 0): string {
  if (!node || depth === 3 || node.values) return ''
  const paths: string[] = []
  for (const [code, child] of node.next) {
    if (code < 0x61 || code > 0x7a) return ''
    const key = String.fromCharCode(code)
    paths.push(`[${key}${key.toUpperCase()}\\u0080-\\uffff]${lowerStartSource(child, depth + 1)}`)
  }
  return paths.length === 0 ? '' : `(?:${paths.join('|')})`
}

/** A lower-case letter or a digit before a capital: the capital may open a glued name ("7Laos"). */
const GLUED_CAPITAL = /[a-z\d][A-Z]/g

/** The candidate starts of one text, in increasing order (`next` takes increasing `from`). */
class StartCursor {
  private asciiAt = -2
  private otherAt = -2
  private underscoreAt = -2
  private gluedAt = -2

  constructor(
    private readonly text: string,
    private readonly scan: StartScan,
  ) {}

  /** The first candidate at or after `from`; -1 when none. */
  next(from: number): number {
    const { text, scan } = this
    if (from >= text.length) return -1
    if (scan.everywhere) return from
    if (this.asciiAt !== -1 && this.asciiAt < from) {
      scan.ascii.lastIndex = from
      this.asciiAt = scan.ascii.test(text) ? scan.ascii.lastIndex - 1 : -1
    }
    if (this.otherAt !== -1 && this.otherAt < from) {
      scan.other.lastIndex = from
      this.otherAt = scan.other.test(text) ? scan.other.lastIndex - 1 : -1
    }
    // "_X": the candidate is the character after the underscore (looked for from one early).
    if (this.underscoreAt !== -1 && this.underscoreAt + 1 < from) {
      this.underscoreAt = text.indexOf('_', from - 1)
    }
    // "RatificationAfghanistan": a capital right after a lower-case letter opens a name glued to
    // the word before it (tables and headings that PDF or web text ran together);
    // `matchStates` decides which of those are mentions.
    if (this.gluedAt !== -1 && this.gluedAt < from) {
      GLUED_CAPITAL.lastIndex = Math.max(0, from - 1)
      this.gluedAt = GLUED_CAPITAL.test(this.text) ? GLUED_CAPITAL.lastIndex - 1 : -1
    }
    let first = this.asciiAt
    if (this.otherAt !== -1 && (first === -1 || this.otherAt < first)) first = this.otherAt
    const afterUnderscore = this.underscoreAt === -1 ? -1 : this.underscoreAt + 1
    if (afterUnderscore !== -1 && (first === -1 || afterUnderscore < first)) first = afterUnderscore
    if (this.gluedAt !== -1 && (first === -1 || this.gluedAt < first)) first = this.gluedAt
    return first
  }
}

/** All state mentions in text order (the extractor's core). */
export function matchStates(
  text: string,
  options: ExtractOptions = {},
  /** Try every position, without the start scan (for tests that compare the two). */
  everywhere = false,
  /** Receives the mentions written with a known misspelling ("Marshal Islands"). */
  misspelt?: Draft<StateMention>[],
): Draft<StateMention>[] {
  const trie = trieFor(options)
  const root = trie.root
  const out: Draft<StateMention>[] = []
  const scan = startScanFor(trie)
  const starts = new StartCursor(text, everywhere ? { ...scan, everywhere: true } : scan)
  // The next candidate is looked for from `i`: positions before it are inside a match taken.
  let i = 0
  /** Where a state name ended glued to the next word: a start there needs no boundary. */
  let gluedEnd = -1
  for (let at = starts.next(0); at !== -1; at = i === gluedEnd ? i : starts.next(i)) {
    i = at + 1
    const code = text.charCodeAt(at)
    if (code < 128) {
      // ASCII: a letter or digit that opens a phrase (what the tests below say, by table).
      if (scan.asciiStarts[code] !== 1) continue
    } else {
      const char = text[at] as string
      if (!isWordChar(char) || !trie.starts.has(foldExact(char))) continue
    }
    const previous = at === 0 ? 0x20 : text.charCodeAt(at - 1)
    /** A capital glued to the lower-case word before it ("RatificationAfghanistan"). */
    let gluedAfterWord = false
    if (previous < 128 ? ASCII_WORD[previous] === 1 : isWordChar(text[at - 1])) {
      // Unless a state name glued to this one ended here ("Sri LankaSudan").
      if (at !== gluedEnd) {
        if ((!isLowerCode(previous) && !isDigitCode(previous)) || !isCapitalCode(code)) continue
        gluedAfterWord = true
      }
    }
    // Three ASCII letters that open no phrase (and no phrase of one or two letters): no walk.
    if (!scan.triples.mayOpen(text, at)) continue
    i = at
    const candidates = walk(text, i, root)
    let consumed = i + 1
    for (let c = candidates.length - 1; c >= 0; c--) {
      const candidate = candidates[c] as Candidate
      const matched = foldSpan(text, i, candidate.end)
      const entry = candidate.mended
        ? candidate.entries.find((e) => mendedMatches(text, i, candidate.end, e))
        : candidate.entries.find((e) => caseMatches(matched, text, i, candidate.end, e))
      if (!entry) continue
      consumed = candidate.end
      // "the Iran-Iraq war": a past war of one state ("the Iraq war") after another state and a
      // dash is a war between two states, which mentions both.
      if (
        entry.iso3 === null &&
        (text[i - 1] === '-' || text[i - 1] === '\u2013') &&
        text.slice(candidate.end - 4, candidate.end) === ' war'
      )
        continue
      if (
        entry.iso3 === null ||
        insideUrl(text, i) ||
        followsOrganisationWord(text, i, candidate.end) ||
        followsOrganisationOf(text, i, candidate.end) ||
        precedesOrganisationWord(text, i, candidate.end)
      )
        break
      if (entry.kind === 'abbreviation' && !acceptAbbreviation(text, i, candidate.end)) break
      if (gluedAfterWord && !gluedNameAccepted(text, i, candidate.end, entry)) break
      const state = stateOf(entry.iso3)
      if (state) {
        const found = mention(text, i, candidate.end, state, entry.kind === 'demonym')
        out.push(found)
        if (entry.kind === 'misspelling') misspelt?.push(found)
        if (isWordChar(text[candidate.end])) gluedEnd = candidate.end
      }
      break
    }
    i = consumed
  }
  return withDefinedAbbreviations(
    text,
    withCongoOfText(
      text,
      withListOnlyNames(
        text,
        withInvertedNames(
          text,
          withoutPersons(text, withoutOtherAbbreviations(text, withoutNamesOfThings(text, out))),
        ),
      ),
    ),
  )
}

/**
 * Names that are states only among other states: "Korea" alone may mean the peninsula or either
 * state, but in "Australia, Japan, Korea and New Zealand" it is the Republic of Korea (the name
 * it uses for itself). `findState("Korea")` stays undefined.
 */
const LIST_ONLY_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{N}])Korea(?![\p{L}\p{N}'\u2019-])/gu, 'KOR'],
]
const LIST_GAP_BEFORE = /^[ \t]*[,;][ \t]*(?:(?:and|or)[ \t]+)?(?:the[ \t]+)?$/
const LIST_GAP_AFTER = /^[ \t]*(?:[,;][ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)(?:the[ \t]+)?$/

/**
 * Is the name at `start`-`end` beside another state's mention, in a list's gap (at most 12
 * characters: a comma, "and", "or", "the")? `beforeGap` is the gap allowed before it.
 */
function besideState(
  text: string,
  previous: Draft<StateMention> | undefined,
  start: number,
  end: number,
  next: Draft<StateMention> | undefined,
  beforeGap: RegExp,
): boolean {
  const before = previous ? text.slice(previous.end, start) : null
  const after = next ? text.slice(end, next.start) : null
  return (
    (before !== null && before.length <= 12 && beforeGap.test(before)) ||
    (after !== null && after.length <= 12 && LIST_GAP_AFTER.test(after))
  )
}

function withListOnlyNames(text: string, matches: Draft<StateMention>[]): Draft<StateMention>[] {
  const added: Draft<StateMention>[] = []
  for (const [pattern, iso3] of LIST_ONLY_NAMES) {
    const state = getState(iso3)
    if (!state) continue
    pattern.lastIndex = 0
    let k = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      while (k < matches.length && (matches[k] as StateMention).end <= start) k++
      const next = matches[k]
      if (next && next.start < end) continue // inside a longer name ("North Korea")
      if (besideState(text, matches[k - 1], start, end, next, LIST_GAP_BEFORE))
        added.push(mention(text, start, end, state, false))
    }
  }
  if (added.length === 0) return matches
  return [...matches, ...added].sort((a, b) => a.start - b.start)
}

/**
 * "Congo" alone is the UN's short name of the Republic of the Congo, but news of the Democratic
 * Republic of the Congo calls that state "Congo" too ("fighting in eastern Congo"). In a text that
 * names the Democratic Republic (its name, "DRC", "Zaire") and never the Republic by a longer
 * name ("Republic of the Congo", "Congo-Brazzaville"), a bare "Congo" is the Democratic Republic,
 * but beside another state's name (a list, "the DRC and Congo"), where the UN's reading holds.
 */
function withCongoOfText(text: string, matches: Draft<StateMention>[]): Draft<StateMention>[] {
  if (!matches.some((m) => m.iso3 === 'COD')) return matches
  if (matches.some((m) => m.iso3 === 'COG' && m.text.toLowerCase() !== 'congo')) return matches
  const drc = getState('COD')
  if (!drc) return matches
  return matches.map((m, k) => {
    if (m.iso3 !== 'COG') return m
    // Named beside another state ("…, Congo", "Congo and Gabon", "the DRC and Congo").
    return besideState(text, matches[k - 1], m.start, m.end, matches[k + 1], LIST_GAP_AFTER)
      ? m
      : mention(text, m.start, m.end, drc, false)
  })
}

/**
 * Extract state mentions: `{start, end, text, iso3, iso2, name}` sorted by start. Demonyms only
 * with `options.demonyms` (tagged `via: "demonym"`).
 */
export function extractStates(
  text: string,
  options: ExtractOptions = {},
  diagnostics: Diagnostic[] = [],
  /** Try every position, without the start scan (for tests that compare the two). */
  everywhere = false,
): StateMention[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const misspelt: Draft<StateMention>[] = []
  const mentions = matchStates(text, options, everywhere, misspelt)
  if (misspelt.length === 0) return mentions
  const kept = new Set(mentions)
  for (const m of misspelt) {
    // Dropped as a person's name? Then it is no mention to warn about.
    if (!kept.has(m)) continue
    diagnostics.push({
      start: m.start,
      end: m.end,
      ruleId: 'misspelt-state',
      message: `“${m.text}” looks like a misspelling of “${m.name}”; read as ${m.iso3}.`,
      severity: rules['misspelt-state'].severity,
    })
  }
  return mentions
}
