import { rules } from '../data/rules.js'
import { notStatePhrases, stateMisspellings } from '../data/state-aliases.js'
import type { Diagnostic, Draft, ExtractOptions, StateMention } from '../models/extraction.js'
import type { State } from '../models/state.js'
import { trieAdd, trieChild, trieNode, type TrieNode } from './phrase-trie.js'
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
 * - Diacritics, curly or straight apostrophes, hyphen or space ("Timor Leste") and "&" for "and"
 *   are tolerated; whitespace inside a name may wrap lines but not cross a blank line.
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
 */

interface TrieEntry {
  /** null for a phrase that is not a state mention (`notStatePhrases`). */
  iso3: string | null
  kind: StatePhraseKind | 'not-state' | 'misspelling'
  /** The phrase folded without lower-casing, for the case check. */
  exact: string
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
  if (!node.values.some((e) => e.exact === entry.exact && e.iso3 === entry.iso3)) {
    node.values.push(entry)
  }
}

let baseTrie: StateTrie | null = null
let demonymTrie: StateTrie | null = null

function buildTrie(withDemonyms: boolean): StateTrie {
  const trie: StateTrie = { root: trieNode(), starts: new Set() }
  for (const { phrase, iso3, kind } of statePhrases) {
    insert(trie, { iso3, kind, exact: foldPhraseExact(phrase) })
  }
  for (const phrase of notStatePhrases) {
    insert(trie, { iso3: null, kind: 'not-state', exact: foldPhraseExact(phrase) })
  }
  for (const [phrase, iso3] of Object.entries(stateMisspellings)) {
    insert(trie, { iso3, kind: 'misspelling', exact: foldPhraseExact(phrase) })
  }
  if (withDemonyms) {
    for (const { phrase, iso3, kind } of stateDemonymPhrases) {
      insert(trie, { iso3, kind, exact: foldPhraseExact(phrase) })
    }
  }
  return trie
}

function trieFor(options: ExtractOptions): StateTrie {
  if (options.demonyms) return (demonymTrie ??= buildTrie(true))
  return (baseTrie ??= buildTrie(false))
}

const wordChar = /[\p{L}\p{Nd}\p{Nl}\p{M}]/u

/**
 * Letters, digits and marks; an ASCII fast path keeps the scan cheap. Superscript digits and other
 * \p{No} are footnote marks, not part of a word ("Chile\u00b9, Peru"); so are the modifier
 * letters U+02B9-U+02CC that stand for apostrophes and accents.
 */
function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0)
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }
  // Modifier letters that pages use as apostrophes ("Iranˈs", "Iranʼs"): no part of a word.
  if (code >= 0x2b9 && code <= 0x2cc) return false
  return wordChar.test(char)
}

function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && /\s/.test(char)
}

function isUpperWord(word: string): boolean {
  return word.length >= 2 && /^[A-Z]+$/.test(word)
}

/** A name written in capitals ("UNITED STATES OF AMERICA"): letters, none in lower case. */
function inCapitals(name: string): boolean {
  return !/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name)
}

/** Abbreviations that are also English words when written in capitals. */
const AMBIGUOUS_ABBREVIATIONS = new Set(['US'])

const abbreviationSet = new Set(
  statePhrases.filter((p) => p.kind === 'abbreviation').map((p) => p.phrase.replaceAll('.', '')),
)

const isAsciiLetter = (char: string | undefined) => char !== undefined && /^[A-Za-z]$/.test(char)
const isAsciiLetterCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
const isCapitalCode = (code: number) => code >= 0x41 && code <= 0x5a

/** The word before `start` and after `end` on the same line (letters only), for the capitals check. */
function neighbourWords(text: string, start: number, end: number): [string, string] {
  let b = start
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--
  let a = b
  while (a > 0 && isAsciiLetter(text[a - 1])) a--
  let c = end
  while (c < text.length && (text[c] === ' ' || text[c] === '\t')) c++
  let d = c
  while (d < text.length && isAsciiLetter(text[d])) d++
  return [text.slice(a, b), text.slice(c, d)]
}

/** The run of letters, digits, dots and hyphens around `start..end` (at most 40 characters). */
function hyphenatedToken(text: string, start: number, end: number): string {
  let a = start
  while (a > 0 && start - a < 40 && /[\w.-]/.test(text[a - 1] as string)) a--
  let b = end
  while (b < text.length && b - end < 40 && /[\w.-]/.test(text[b] as string)) b++
  return text.slice(a, b)
}

function acceptAbbreviation(text: string, start: number, end: number): boolean {
  const prev = text[start - 1]
  const next = text[end]
  if (prev === '/' || next === '/' || next === '$' || prev === '$') return false
  if (prev === '.' && isWordChar(text[start - 2])) return false
  // Locale tags and character sets: "en-US", "en_GB", "English-US", "US-ASCII", "non-US-ASCII".
  if (
    (prev === '-' || prev === '_') &&
    /(?:(?:^|[^A-Za-z])[a-z]{2}|English|French|Spanish|Portuguese|German|Chinese)$/.test(
      text.slice(Math.max(0, start - 12), start - 1),
    )
  ) {
    return false
  }
  if (next === '-' && /^-ascii\b/i.test(text.slice(end, end + 7))) return false
  // Inside a hyphenated identifier with a number: "CC-BY-SA-3.0-US", "ISO-3166-US".
  if ((prev === '-' || text[end] === '-') && /\d/.test(hyphenatedToken(text, start, end)))
    return false
  if (next === '.' && isWordChar(text[end + 1])) return false
  // "LET US KNOW": "US" between words in capitals is the pronoun. Only "US" spells a word.
  // (Lengths first: most abbreviations are not two letters, and a slice per mention costs.)
  if (end - start !== 2 || !AMBIGUOUS_ABBREVIATIONS.has(text.slice(start, end))) return true
  const [before, after] = neighbourWords(text, start, end)
  const capsBefore = isUpperWord(before) && !abbreviationSet.has(before)
  const capsAfter = isUpperWord(after) && !abbreviationSet.has(after)
  if (capsBefore && capsAfter) return false
  if ((capsBefore && after === '') || (capsAfter && before === '')) return false
  return true
}

/** Is `start` inside a URL ("https://example.org/Mexico-statement", "www.example.org/UK")? */
function insideUrl(text: string, start: number): boolean {
  let i = start
  const stop = Math.max(0, start - 300)
  while (i > stop && !/[\s<>"'()[\]]/.test(text[i - 1] as string)) i--
  if (i === start) return false
  const token = text.slice(i, start)
  return token.includes('://') || token.startsWith('www.')
}

/**
 * Words that make a following state name part of an organisation's name ("Mines Action Canada",
 * "Handicap International Belgium", "Amnesty International UK").
 */
const ORGANISATION_PREFIXES = new Set([
  'Action',
  'International',
  'Aid',
  'Watch',
  'Campaign',
  'Children',
  'Oxfam',
  'Unicef',
  'Vision',
  'Women',
  'Trust',
])

/** Words in capitals that are no acronyms ("THE Gambia" in a heading). */
const CAPITAL_WORDS = new Set(['THE', 'AND', 'FOR', 'FROM', 'WITH', 'INTO', 'OVER', 'UPON', 'NEAR'])

/** Two-letter acronyms of organisations that run country offices ("UN Afghanistan", "HI Laos"). */
const SHORT_ORGANISATION_ACRONYMS = new Set(['UN', 'HI'])

/**
 * "Mines Action Canada", "Handicap International Belgium", and the country office of an
 * organisation named by its acronym: "UNICEF Afghanistan", "UNDP Iraq" (capitals before a name
 * written in lower case, the acronym not a state's own: "US Chile" stays two states).
 */
function followsOrganisationWord(text: string, start: number, end: number): boolean {
  // The cheap test first: a space or tab right before the name.
  const previous = text.charCodeAt(start - 1)
  if (previous !== 0x20 && previous !== 0x09) return false
  // The ASCII word before the spaces (as `neighbourWords` reads it), without slicing the after.
  let b = start
  while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--
  let a = b
  while (a > 0 && isAsciiLetterCode(text.charCodeAt(a - 1))) a--
  if (a === b) return false
  const word = text.slice(a, b)
  if (ORGANISATION_PREFIXES.has(word)) return true
  // An acronym: the word is all capitals and the name is not ("UNICEF Afghanistan"), and the
  // acronym stands at a word start ("A/RES" or "No.5 UK" are no acronyms of organisations).
  if (word.length < 2 || !/^[A-Z]+$/.test(word) || !/\p{Ll}/u.test(text.slice(start, end))) {
    return false
  }
  if (a > 0 && !/[\s([{"'\u201c\u2018]/.test(text[a - 1] as string)) return false
  if (word.length === 2 && !SHORT_ORGANISATION_ACRONYMS.has(word)) return false
  return !abbreviationSet.has(word) && !CAPITAL_WORDS.has(word)
}

/**
 * "Armed Forces of Ukraine", "African Union Mission in Somalia", "Relief and Works Agency for
 * Palestine Refugees", "the Permanent Mission of Austria", "Royal Embassy of Thailand": a state
 * named after the head word of a capitalised organisation's name and its preposition. A title is
 * no organisation: "the Permanent Representative of Austria" is a mention. The head words, with
 * the prepositions that join a state's name to them:
 */
const ORGANISATION_OF = new Map<string, ReadonlySet<string>>([
  ['Forces', new Set(['of', 'in'])],
  ['Force', new Set(['of', 'in'])],
  ['Mission', new Set(['in', 'of', 'to'])],
  ['Missions', new Set(['in', 'of', 'to'])],
  ['Agency', new Set(['for'])],
  ['Office', new Set(['in'])],
  ['Command', new Set(['in'])],
  ['Embassy', new Set(['of'])],
  // Authorities and centres of a state's mine action ("National Mine Action Authority of Angola",
  // "Mine Action Coordination Centre of Afghanistan"), and other bodies named the same way.
  ['Authority', new Set(['of', 'in'])],
  ['Centre', new Set(['of', 'in', 'for'])],
  ['Center', new Set(['of', 'in', 'for'])],
  ['Commission', new Set(['of', 'in'])],
  ['Institute', new Set(['of', 'in'])],
  ['Society', new Set(['of', 'in'])],
  ['Organization', new Set(['of'])],
  ['Organisation', new Set(['of'])],
  // Ministries, banks, universities and newspapers of a state: "Ministry of Foreign Affairs of
  // Ukraine", "Central Bank of Nigeria", "University of Malta", "the Times of India".
  ['Affairs', new Set(['of'])],
  ['Defence', new Set(['of'])],
  ['Defense', new Set(['of'])],
  ['Bank', new Set(['of'])],
  ['University', new Set(['of', 'in'])],
  ['Times', new Set(['of'])],
])

/** Heads that name an organisation without a capitalised word before them ("the Bank of Japan"). */
const STANDALONE_HEADS = new Set(['Bank', 'University', 'Times'])

/** The ASCII word (letters) that ends at `end` after spaces or tabs, and where it starts. */
function wordBefore(text: string, end: number): [string, number] {
  let b = end
  while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--
  if (b === end) return ['', end]
  let a = b
  while (a > 0 && b - a < 20 && isAsciiLetterCode(text.charCodeAt(a - 1))) a--
  return [text.slice(a, b), a]
}

/**
 * A word of a heading in capitals read as prose writes it: "OF" as "of", "MISSION" as "Mission"
 * (only when `capitals`: the state's name is in capitals too).
 */
function asProse(word: string, capitals: boolean, head = false): string {
  if (!capitals || word.length === 0 || word !== word.toUpperCase()) return word
  const lower = word.toLowerCase()
  return head ? word[0] + lower.slice(1) : lower
}

function followsOrganisationOf(text: string, start: number, end: number): boolean {
  // Cheap test first: the name follows a space after "of", "in", "for", "to" (or "the"), in
  // prose or in a heading in capitals ("PERMANENT MISSION OF THE UNITED STATES").
  const previous = text.charCodeAt(start - 1)
  if (previous !== 0x20 && previous !== 0x09) return false
  const last = text.charCodeAt(start - 2) | 0x20
  if (last !== 0x66 && last !== 0x6e && last !== 0x72 && last !== 0x6f && last !== 0x65)
    return false
  const capitals = inCapitals(text.slice(start, end))
  let [word, at] = wordBefore(text, start)
  word = asProse(word, capitals)
  if (word === 'the') {
    ;[word, at] = wordBefore(text, at)
    word = asProse(word, capitals)
  }
  if (word !== 'of' && word !== 'in' && word !== 'for' && word !== 'to') return false
  const [rawHead, headAt] = wordBefore(text, at)
  const head = asProse(rawHead, capitals, true)
  if (!ORGANISATION_OF.get(head)?.has(word)) return false
  if (STANDALONE_HEADS.has(head)) return true
  // A capitalised word before the head: "Armed Forces", "Permanent Mission", "UN Mission",
  // "Ministry of Defence".
  let [first, firstAt] = wordBefore(text, headAt)
  // "the Minister of Foreign Affairs of Japan" is a person's title, as "the Permanent
  // Representative of Japan" is: a mention ("the Ministry of Foreign Affairs of Japan" is not).
  let [word2, at2] = [first, firstAt]
  for (let k = 0; k < 4 && word2 !== ''; k++) {
    if (TITLES.has(asProse(word2, capitals, true))) return false
    if (asProse(word2, capitals) !== 'of' && !isCapitalCode(word2.charCodeAt(0))) break
    ;[word2, at2] = wordBefore(text, at2)
  }
  if (asProse(first, capitals) === 'of') [first, firstAt] = wordBefore(text, firstAt)
  return first !== '' && isCapitalCode(first.charCodeAt(0))
}

/** Titles of persons before "of Defence", "of Foreign Affairs" ... of a state. */
const TITLES = new Set(['Minister', 'Secretary', 'Director', 'Head', 'Chief', 'Commissioner'])

/**
 * The name of an organisation that opens with a state's name: "Lebanon Mine Action Center",
 * "Cambodia Mine Action Authority", "Afghanistan Landmine Survivors Organization". One to four
 * capitalised words after the name, the last an organisation's head word.
 */
const ORGANISATION_HEADS = new Set(
  (
    'Centre Center Authority Association Organization Organisation Foundation Society Network ' +
    'Programme Program Coalition Institute Agency Commission Navy Army Force Forces Corps Guard ' +
    'Marines Demining Trust Fund Initiative Project Department Ministry Embassy Mission Command ' +
    'Congress Senate War Wars Police Dept Times Daily Herald Tribune Gazette Today Office Bureau ' +
    'Survey Academy Committee Council Laboratory Laboratories Service Court Corporation Company ' +
    'Airlines Airways Railways University College School Hospital Museum Bank Group Movement ' +
    'Campaign Defence Defense Cross Crescent'
  ).split(' '),
)

function precedesOrganisationWord(text: string, start: number, end: number): boolean {
  // Up to four capitalised ASCII words after a space, the last an organisation's head word
  // ("Sudan People's Liberation Movement", "Afghanistan Independent Human Rights Commission"); in
  // a heading in capitals, words in capitals ("PALESTINE REFUGEE AGENCY").
  let at = end
  for (let word = 0; word < 4; word++) {
    const space = text.charCodeAt(at)
    if (space !== 0x20 && space !== 0x09) return false
    const first = text.charCodeAt(at + 1)
    if (first < 0x41 || first > 0x5a) return false
    let stop = at + 2
    while (stop < text.length && stop - at < 30) {
      const code = text.charCodeAt(stop)
      if (!isAsciiLetterCode(code) && code !== 0x2d && code !== 0x27 && code !== 0x2019) break
      stop++
    }
    const found = text.slice(at + 1, stop)
    if (ORGANISATION_HEADS.has(found)) return true
    // A head word in capitals counts after a name in capitals only (tested last: it is rare).
    if (
      found.length > 2 &&
      ORGANISATION_HEADS.has(asProse(found, true, true)) &&
      inCapitals(text.slice(start, end))
    )
      return true
    at = stop
  }
  return false
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
 * of that letter; -1 otherwise. Spaces may stand on either side of the line break.
 */
function hyphenBreakEnd(text: string, at: number): number {
  let j = at + 1
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++
  if (text.charCodeAt(j) === 0x0d) j++
  if (text.charCodeAt(j) !== 0x0a) return -1
  j++
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++
  return isLowerCode(text.charCodeAt(j)) && isLowerCode(text.charCodeAt(at - 1)) ? j : -1
}

/**
 * Does a span the walk mended ("SriLanka", "Herze-\ngovina") spell `entry`? Spaces before
 * capitals may be lost and hyphens at line ends go; the case check is the one of `caseMatches`.
 * Abbreviations are never mended.
 */
function mendedMatches(text: string, start: number, end: number, entry: TrieEntry): boolean {
  if (entry.kind === 'abbreviation') return false
  const matched = foldPhraseExact(text.slice(start, end).replace(HYPHEN_BREAK, '')).replace(
    SPACE_BEFORE_CAPITAL,
    '',
  )
  const exact = entry.exact.replace(SPACE_BEFORE_CAPITAL, '')
  return matched === exact || (matched === exact.toUpperCase() && /\p{Lu}{2}/u.test(matched))
}

const HYPHEN_BREAK = /-[ \t]*\r?\n[ \t]*(?=[a-z])/g
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

/** A mention as `extract()` returns it, built once per match (no intermediate objects). */
export function mention(
  text: string,
  start: number,
  end: number,
  state: State,
  demonym = false,
): StateMention {
  const m: Draft<StateMention> = {
    type: 'state',
    start,
    end,
    text: text.slice(start, end),
    iso3: state.iso3,
    iso2: state.iso2,
    name: state.name,
  }
  if (demonym) m.via = 'demonym'
  return m
}

/** States whose short names are also common given names. */
const GIVEN_NAMES = new Set(['Chad', 'Jordan', 'Georgia'])

const GIVEN_NAME_LENGTHS = new Set([...GIVEN_NAMES].map((name) => name.length))

/** `getState` once per code (it trims and tests the code on every call). */
const stateCache = new Map<string, State | undefined>()

function stateOf(iso3: string): State | undefined {
  let state = stateCache.get(iso3)
  if (state === undefined && !stateCache.has(iso3)) {
    state = getState(iso3)
    stateCache.set(iso3, state)
  }
  return state
}

/** Capitalised words that may stand right after a state's name without making it a person's. */
const NOT_SURNAMES = new Set(
  (
    'I A The And Or But In On At Of For To From By With As Is Was Has Had Will Would Should Could ' +
    'May Can Must Government Republic Kingdom President Minister Ministry Parliament Army Delegation ' +
    'Mission Embassy Ambassador Basin River Valley Lake Strait Sea Gulf State States Party Parties ' +
    'Armed Forces National Royal Foreign Defence Defense Police Red Mine Mines Permanent Office ' +
    'Council Court Supreme Federal Air Navy Border Interior Justice Ministers Times'
  ).split(' '),
)

/** Lower-case words a title-case headline keeps small ("Chad Signs Treaty with Niger"). */
const HEADLINE_SMALL_WORDS = new Set(
  'with from into over upon onto than that after about under amid among during against between without through toward towards'.split(
    ' ',
  ),
)

/** Is the line of `at` a title-case headline (no lower-case word but small ones)? */
function inTitleCaseLine(text: string, at: number): boolean {
  // Headlines are short: look at most 200 characters either way (keeps the pass linear).
  let lineStart = at
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    if (at - lineStart > 200) return false
    lineStart--
  }
  let lineEnd = at
  while (lineEnd < text.length && text[lineEnd] !== '\n') {
    if (lineEnd - at > 200) return false
    lineEnd++
  }
  const words = text.slice(lineStart, lineEnd).match(/\p{L}{4,}/gu) ?? []
  return words.every((w) => /^\p{Lu}/u.test(w) || HEADLINE_SMALL_WORDS.has(w))
}

/** "Chad Brennan", "Michael Jordan": a given name with its surname, in running prose. */
function isPersonName(text: string, start: number, end: number): boolean {
  const after = /^[ \t]+(\p{Lu}[\p{Ll}'\u2019-]+)/u.exec(text.slice(end, end + 40))
  if (after && !NOT_SURNAMES.has(after[1] as string)) return !inTitleCaseLine(text, start)
  // A capitalised first name before it, itself inside a sentence ("star Michael Jordan"), not
  // "In Chad", "Kingdom of Jordan" or "Northern Chad".
  const before = /[\p{Ll},][ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  )
  if (!before) return false
  const word = before[1] as string
  if (NOT_SURNAMES.has(word) || ORGANISATION_PREFIXES.has(word) || COMPASS.test(word)) return false
  return !inTitleCaseLine(text, start)
}

const COMPASS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Hashemite)$/

/**
 * Drop given-name states used as a person's name, and their later bare uses (see above). In
 * place: most texts drop nothing, and a copy of every mention would cost more than the check.
 */
function withoutPersons(text: string, matches: Draft<StateMention>[]): Draft<StateMention>[] {
  const persons = new Set<string>()
  const keep = (m: Draft<StateMention>): boolean => {
    // Most names are not given names: compare lengths before the set.
    if (!GIVEN_NAME_LENGTHS.has(m.end - m.start)) return true
    const name = m.text
    if (!GIVEN_NAMES.has(name)) return true
    if (isPersonName(text, m.start, m.end)) {
      persons.add(name)
      return false
    }
    if (!persons.has(name)) return true
    // A later bare use stays a state only inside a comma list ("Chad, Djibouti and Egypt").
    return /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) || text[m.end] === ','
  }
  let kept = 0
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Draft<StateMention>
    if (keep(m)) matches[kept++] = m
  }
  matches.length = kept
  return matches
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

/** The candidate starts of one text, in increasing order (`next` takes increasing `from`). */
class StartCursor {
  private asciiAt = -2
  private otherAt = -2
  private underscoreAt = -2

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
    let first = this.asciiAt
    if (this.otherAt !== -1 && (first === -1 || this.otherAt < first)) first = this.otherAt
    const afterUnderscore = this.underscoreAt === -1 ? -1 : this.underscoreAt + 1
    if (afterUnderscore !== -1 && (first === -1 || afterUnderscore < first)) first = afterUnderscore
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
    if (previous < 128 ? ASCII_WORD[previous] === 1 : isWordChar(text[at - 1])) {
      // Unless a state name glued to this one ended here ("Sri LankaSudan").
      if (at !== gluedEnd) continue
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
      if (
        entry.iso3 === null ||
        insideUrl(text, i) ||
        followsOrganisationWord(text, i, candidate.end) ||
        followsOrganisationOf(text, i, candidate.end) ||
        precedesOrganisationWord(text, i, candidate.end)
      )
        break
      if (entry.kind === 'abbreviation' && !acceptAbbreviation(text, i, candidate.end)) break
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
  return withDefinedAbbreviations(text, withListOnlyNames(text, withoutPersons(text, out)))
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
      const previous = matches[k - 1]
      const before = previous ? text.slice(previous.end, start) : null
      const after = next ? text.slice(end, next.start) : null
      const listed =
        (before !== null && before.length <= 12 && LIST_GAP_BEFORE.test(before)) ||
        (after !== null && after.length <= 12 && LIST_GAP_AFTER.test(after))
      if (listed) added.push(mention(text, start, end, state, false))
    }
  }
  if (added.length === 0) return matches
  return [...matches, ...added].sort((a, b) => a.start - b.start)
}

/**
 * Abbreviations a text defines in brackets after a state's name and then uses: "the Central
 * African Republic (CAR)", "Papua New Guinea (PNG)". "CAR" and "PNG" are no abbreviations of
 * their own (a car, an image format), but once defined they name the state until the text ends.
 * The abbreviation must be two to six capitals (dots allowed: "P.N.G.") taken in order from the
 * initials of the name, the first initial first; the definition in brackets is a mention too.
 */
const DEFINITION = /^[ \t]*\((?:the[ \t]+)?((?:[A-Z]\.?){2,6})\)/
const CAPITALS_WORD = /(?<![\p{L}\p{N}.])(?:[A-Z]\.?){2,6}(?![\p{L}\p{N}])/gu

function initialsAllow(name: string, abbreviation: string): boolean {
  const initials = (name.match(/\p{Lu}/gu) ?? []).join('')
  if (initials[0] !== abbreviation[0]) return false
  let k = 0
  for (const letter of initials) if (letter === abbreviation[k]) k++
  return k === abbreviation.length
}

function withDefinedAbbreviations(
  text: string,
  matches: Draft<StateMention>[],
): Draft<StateMention>[] {
  let defined: Map<string, Draft<StateMention>> | null = null
  let first = text.length
  for (const m of matches) {
    // Cheap test first: "(" right after the name or after a space or two.
    let paren = m.end
    while (paren < m.end + 3 && text.charCodeAt(paren) === 0x20) paren++
    if (text.charCodeAt(paren) !== 0x28) continue
    const found = DEFINITION.exec(text.slice(m.end, m.end + 24))
    if (!found) continue
    const written = found[1] as string
    const abbreviation = written.replaceAll('.', '')
    if (abbreviationSet.has(abbreviation) || !initialsAllow(m.text, abbreviation)) continue
    defined ??= new Map()
    // Used with or without its dots: "P.N.G." and "PNG".
    for (const form of [written, abbreviation]) if (!defined.has(form)) defined.set(form, m)
    first = Math.min(first, m.end)
  }
  if (defined === null) return matches
  const added: Draft<StateMention>[] = []
  let k = 0
  CAPITALS_WORD.lastIndex = first
  for (let hit = CAPITALS_WORD.exec(text); hit; hit = CAPITALS_WORD.exec(text)) {
    let word = hit[0]
    // "P.N.G." keeps its dots; "CAR." at a sentence end does not.
    if (word.endsWith('.') && !defined.has(word)) word = word.slice(0, -1)
    const owner = defined.get(word)
    if (!owner || hit.index < owner.end) continue
    const start = hit.index
    const end = start + word.length
    while (k < matches.length && (matches[k] as StateMention).end <= start) k++
    const next = matches[k]
    if (next && next.start < end) continue
    if (!acceptAbbreviation(text, start, end)) continue
    const state = stateOf(owner.iso3)
    if (state) added.push(mention(text, start, end, state, false))
  }
  if (added.length === 0) return matches
  return [...matches, ...added].sort((a, b) => a.start - b.start)
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
