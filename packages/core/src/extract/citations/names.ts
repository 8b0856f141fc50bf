/**
 * Instrument names: the phrase trie over the registry, reading a name at a position (with
 * "Protocol V to the CCW" and protocol lists), and the instrument phrase after a pinpoint.
 */
import type { InstrumentId } from '../../models/instrument.js'
import {
  ambiguousNames,
  findInstrument,
  getInstrument,
  headWord,
  instrumentPhrases,
} from '../../registry/instruments.js'
import { PhraseTrie, isSeparator, isWordChar } from '../phrase-trie.js'
import {
  amendedTailPattern,
  at,
  genericWordPattern,
  listSeparatorPattern,
  ofInstrumentPattern,
  protocolListPattern,
  protocolNumeralPattern,
  protocolOwnerPattern,
  protocolParentPattern,
  subjectJoinPattern,
  titleContinuationPattern,
  titleWordsPattern,
  unknownNamePattern,
} from './patterns.js'
import { insideUrl } from '../inside-url.js'
import {
  carryPermit,
  cutBeforeToxins,
  inFileName,
  joinedByUnderscore,
  inNavigation,
  namesOrganisation,
  organisationBefore,
  spelledOutAsOther,
} from './context.js'
import { type Target } from './pinpoints.js'
import { type Resolver, noteContext, resolveAmbiguousOnce, resolveEntry } from './resolve.js'
import { wordChar } from './tokenize.js'

/** What a phrase in the trie stands for. */
export type Entry =
  | { type: 'instrument'; id: InstrumentId }
  | {
      type: 'ambiguous'
      text: string
      candidates: readonly InstrumentId[]
      /** The instrument whose title spells the name with hyphens ("Nuclear-Test-Ban Treaty"). */
      hyphenated?: InstrumentId
    }
  /** A name that is no citation but tells which family the text is about ("Geneva Conventions"). */
  | { type: 'context'; id: InstrumentId }
  /**
   * A name that is no citation but says what the whole page is about ("Landmine Monitor"): an
   * article cited before any instrument is named resolves to it (see `resolvePending`).
   */
  | { type: 'subject'; id: InstrumentId }
  /** A known name of something that is not a registry instrument (the Monitor): no citation, no warning. */
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
 * Titles of publications and bodies that work under one instrument: the Landmine Monitor reports
 * on the Mine Ban Treaty, the Cluster Munition Monitor on the Convention on Cluster Munitions
 * (both by the ICBL-CMC: http://www.the-monitor.org/en-gb/reports/2014/landmine-monitor-2014/mine-action-overview.aspx).
 * A page under such a title that cites "Article 5" without naming the treaty means that treaty.
 */
const SUBJECT_NAMES: ReadonlyArray<readonly [string, InstrumentId]> = [
  ['Landmine Monitor', 'apmbt'],
  ['Cluster Munition Monitor', 'ccm'],
  // The organisations a treaty set up: "Article VIII establishes the OPCW as the implementing body
  // of the Convention" (https://www.opcw.org/chemical-weapons-convention/articles); the CTBTO
  // Preparatory Commission was "established by the States Signatories to the Treaty on 19 November
  // 1996" (https://disarmament.unoda.org/about-the-preparatory-commission-for-the-comprehensive-nuclear-test-ban-treaty-organization/).
  // An OPCW paper that cites "Article VI of the Convention" and names no treaty cites the CWC.
  ['OPCW', 'cwc'],
  ['Organisation for the Prohibition of Chemical Weapons', 'cwc'],
  ['Organization for the Prohibition of Chemical Weapons', 'cwc'],
  ['CTBTO', 'ctbt'],
]
/**
 * Abbreviations read as an instrument only right after a pinpoint ("Article 36 of API", "Art. 57
 * API"): elsewhere "API" is far more often the programming term.
 */
const PINPOINT_ONLY_NAMES: ReadonlyArray<readonly [string, InstrumentId]> = [['API', 'ap-1']]

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
  // The Monitor of both treaties says nothing about which one a page is about.
  'Landmine and Cluster Munition Monitor',
]

const UN_PREFIX = /^(?:UN|U\.N\.|United Nations)\s+/

let cachedTrie: PhraseTrie<Entry> | undefined

/** The phrase trie over the instrument registry, built once. */
export function phraseTrie(): PhraseTrie<Entry> {
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
    // "UN Convention on Certain Conventional Weapons": the name is searched without the "UN",
    // unless one word would be left ("UN Charter": "Charter" alone is no name).
    const un = UN_PREFIX.exec(phrase.text)
    if (un && !phrase.caseSensitive) {
      const rest = phrase.text.slice(un[0].length)
      trie.add(/\s/.test(rest) ? rest : phrase.text, entryOf(phrase.id), false)
      continue
    }
    trie.add(phrase.text, entryOf(phrase.id), phrase.caseSensitive)
    // A Russian title declines its first word: "Договора о …", "Договору о …", "Договором о …".
    if (phrase.text.startsWith('Договор ')) {
      for (const ending of ['а', 'у', 'ом', 'е']) {
        trie.add(`Договор${ending}${phrase.text.slice(7)}`, entryOf(phrase.id), false)
      }
    }
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
    const entry: Entry = { type: 'ambiguous', text: name.text, candidates: name.candidates }
    if (name.hyphenated) entry.hyphenated = name.hyphenated
    trie.add(name.text, entry, name.caseSensitive)
  }
  for (const [name, id] of CONTEXT_NAMES) trie.add(name, { type: 'context', id }, false)
  for (const [name, id] of SUBJECT_NAMES) trie.add(name, { type: 'subject', id }, false)
  for (const [name, id] of FIELD_NAMES) {
    if (!findInstrument(name)) trie.add(name, entryOf(id), true)
  }
  for (const name of UNREGISTERED_NAMES) trie.add(name, { type: 'unregistered' }, true)
  cachedTrie = trie
  return trie
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
    // Scripts without capitals (Chinese, Arabic) count as capitalised.
    if (code >= 0x80 && /[\p{Lu}\p{Lo}]/u.test(text[i]!)) return true
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

/**
 * An acronym that opens a catalogue code of capitals and hyphens ("BWC-WG-8-CRP.1",
 * "BWC-MSP-2025-WP.41"): a code, no mention ("NPT-related" and "CCW-GGE" are mentions).
 */
export const codeTail = /-[A-Z0-9]{1,8}-[A-Z0-9]/y

function inCode(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2d) return false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x41 || code > 0x5a) return false
  }
  codeTail.lastIndex = end
  return codeTail.test(text)
}

/**
 * Protocols amended by a later instrument: the name followed by ", as amended on 3 May 1996" is
 * the amended protocol (UNTC XXVI-2-b: Protocol II as amended on 3 May 1996).
 */
const AMENDED_AS: Partial<Record<InstrumentId, InstrumentId>> = { 'ccw-p2': 'ccw-ap2' }

/**
 * The amended protocol when ", as amended on 3 May 1996" (or the same in brackets) follows the
 * name of a protocol that was amended, with the end of that tail; else undefined.
 */
export function amendedAfter(
  text: string,
  id: InstrumentId,
  end: number,
): { id: InstrumentId; end: number } | undefined {
  const amended = AMENDED_AS[id]
  if (!amended || !at(amendedTailPattern, text, end)) return undefined
  return { id: amended, end: amendedTailPattern.lastIndex }
}

/**
 * The instrument named in a bracket right after a name (" (Amended Protocol II)") when it is
 * another instrument with the same parent treaty as `id`; else undefined.
 */
function siblingInBracket(
  trie: PhraseTrie<Entry>,
  text: string,
  end: number,
  id: InstrumentId,
): InstrumentId | undefined {
  const parent = getInstrument(id)?.parent
  if (!parent || text.charCodeAt(end) !== 0x20 || text.charCodeAt(end + 1) !== 0x28) return
  const inside = trie.matchAt(text, end + 2)
  const value = inside?.values[0]
  if (!inside || text.charCodeAt(inside.end) !== 0x29 || value?.type !== 'instrument') return
  return value.id !== id && getInstrument(value.id)?.parent === parent ? value.id : undefined
}

/**
 * A name read without regard to case whose only capitals are in its last word, after words in
 * lower case: "non-detectable fragments" then "Protocol" (the next line's "Protocol II") is a
 * description before another name, not the "Non-Detectable Fragments Protocol".
 */
function describesOnly(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  if (first < 0x61 || first > 0x7a) return false
  let last = end - 1
  while (last > start && !isSeparator(text.charCodeAt(last))) last--
  // A place's name last ("the treaty of Semipalatinsk") names the treaty; a numeral or a
  // treaty's word ("protocol II", "fragments Protocol") does not.
  const word = text.slice(last + 1, end)
  if (/^\p{Lu}\p{Ll}/u.test(word) && !headWord(word)) return false
  return last > start && !hasCapital(text, start, last)
}

/**
 * A name read without regard to case that ends in a generic word written in lower case ("New START
 * treaty", "INF treaty"), where the words before it are a name of the same instrument on their own
 * ("New START", "INF"): the span ends before the generic word, a description, as in "the CTBT
 * treaty text". Names that need the word keep it ("Ottawa treaty", "Mine Ban treaty").
 */
const LOWER_GENERIC = new Set(['treaty', 'convention', 'protocol', 'agreement'])

function withoutLowerGeneric(
  trie: PhraseTrie<Entry>,
  text: string,
  start: number,
  end: number,
  entry: Entry | undefined,
): number {
  if (entry?.type !== 'instrument') return end
  // The last word, when it starts with a small letter (the common case, a capital, returns here).
  let space = end - 1
  while (space > start && text.charCodeAt(space) !== 0x20) space--
  const first = text.charCodeAt(space + 1)
  if (space <= start || first < 0x61 || first > 0x7a) return end
  if (!LOWER_GENERIC.has(text.slice(space + 1, end))) return end
  const rest = text.slice(start, space)
  const shorter = trie.matchAt(rest, 0)
  const value = shorter?.values[0]
  return shorter &&
    shorter.end === rest.length &&
    value?.type === 'instrument' &&
    value.id === entry.id
    ? start + rest.length
    : end
}

/**
 * Whether the year the instrument was adopted comes right before a name in lower case: "the 1997
 * antipersonnel mine ban treaty", "the 2013 arms trade treaty" name one instrument, while "an arms
 * trade treaty" describes a kind.
 */
function adoptedYearBefore(resolver: Resolver, start: number, values: readonly Entry[]): boolean {
  const { text } = resolver
  if (start < 5 || text.charCodeAt(start - 1) !== 0x20) return false
  for (let i = start - 5; i < start - 1; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x30 || code > 0x39) return false
  }
  if (start > 5 && wordChar(text.charCodeAt(start - 6))) return false
  const entry = values[0]
  if (entry?.type !== 'instrument') return false
  const adopted = getInstrument(entry.id)?.adopted?.date
  return adopted !== undefined && adopted.startsWith(text.slice(start - 5, start - 1))
}

/**
 * Whether a name read without regard to case opens with a word in lower case and the words after
 * it, holding a capital, are a name of the same instrument up to the same end ("nuclear
 * Non-Proliferation Treaty" is "Non-Proliferation Treaty" after a description). Names in lower
 * case after their year ("the 1997 antipersonnel mine ban treaty") have no capital after their
 * first word and keep it.
 */
function lowerWordBeforeName(
  trie: PhraseTrie<Entry>,
  text: string,
  start: number,
  end: number,
  values: readonly Entry[],
): boolean {
  const first = text.charCodeAt(start)
  if (first < 0x61 || first > 0x7a) return false
  let next = start
  while (next < end && !isSeparator(text.charCodeAt(next))) next++
  while (next < end && isSeparator(text.charCodeAt(next))) next++
  if (next >= end || !hasCapital(text, next, end)) return false
  const rest = trie.matchAt(text, next)
  const entry = values[0]
  const restEntry = rest?.values[0]
  return (
    rest !== null &&
    rest !== undefined &&
    rest.end === end &&
    entry?.type === 'instrument' &&
    restEntry?.type === 'instrument' &&
    restEntry.id === entry.id
  )
}

/**
 * Whether an abbreviation ends in an Arabic numeral after a space or a line break ("press START 1
 * time", "## START", a line break, "1. Install"): a count or a list's number, not its part, which
 * is written after a hyphen or a dash ("START-1"). Roman numerals keep theirs ("START I", "AP
 * II", also wrapped: "AP", a line break, "I").
 */
function looseNumeral(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1)
  if (last < 0x30 || last > 0x39) return false
  let i = end - 1
  while (i > start && !isSeparator(text.charCodeAt(i))) i--
  for (let code; i > start && isSeparator((code = text.charCodeAt(i))); i--) {
    if (code !== 0x2d && code !== 0x2010 && code !== 0x2011 && code !== 0x2013) return true
  }
  return false
}

/** Whether text[start, end) holds a blank line and a letter in lower case (no heading in capitals). */
function overBlankLine(text: string, start: number, end: number): boolean {
  let blank = false
  for (let i = start; i < end && !blank; i++) {
    if (text.charCodeAt(i) !== 0x0a) continue
    let j = i + 1
    while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0d)) j++
    blank = text.charCodeAt(j) === 0x0a
  }
  if (!blank) return false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x61 && code <= 0x7a) return true
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
export function readName(
  resolver: Resolver,
  index: number,
): { start: number; end: number; entry: Entry; early?: string } | null {
  const { text, trie } = resolver
  if (!trie.canStart(text.charCodeAt(index))) return null
  const match = trie.matchAt(text, index)
  if (!match) return null
  if (match.exact && looseNumeral(text, match.start, match.end)) return null
  // A name written all in lower case ("an arms trade treaty", "cluster munition treaty talks")
  // describes a kind of treaty, not the instrument: names need a capital somewhere, or the year the instrument was adopted right before them.
  if (
    !match.exact &&
    (!hasCapital(text, match.start, match.end) || describesOnly(text, match.start, match.end)) &&
    !adoptedYearBefore(resolver, match.start, match.values)
  ) {
    return null
  }
  // "the nuclear Non-Proliferation Treaty": a word in lower case before a name of the same
  // instrument written with its capitals is a description, outside the span (read at the next word).
  if (!match.exact && lowerWordBeforeName(trie, text, match.start, match.end, match.values)) {
    return null
  }
  // A name never runs over a blank line ("Blinding Laser Weapons", a blank line, then "Protocol
  // IV"): a heading and the next paragraph. Headings in capitals may wrap so.
  if (!match.exact && overBlankLine(text, match.start, match.end)) return null
  if (!match.exact && cutBeforeToxins(text, match.end)) return null
  // Names next to "/" belong to document symbols ("CCW/GGE/2008-V/WP.1"), unless the slashes
  // only join names ("the CCW/CCM debate").
  const slashBefore = index > 0 && text.charCodeAt(index - 1) === 0x2f
  const slashAfter =
    text.charCodeAt(match.end) === 0x2f && isWordChar(text.charCodeAt(match.end + 1))
  if (
    ((slashBefore || slashAfter) && inSymbol(text, index, match.end)) ||
    inCode(text, match.start, match.end)
  ) {
    // No citation, but the series says what the page is about ("APLC/MSP.21/2023/5": the Mine
    // Ban Convention), should it cite "Article 5" without naming any instrument.
    const entry = resolveEntry(resolver, match.values, text.slice(match.start, match.end))
    return entry?.type === 'instrument'
      ? { start: match.start, end: match.end, entry: { type: 'subject', id: entry.id } }
      : null
  }
  if (inArithmetic(text, index, match.end)) return null
  // "a CCW permit", or a text that spells "(CCW)" out as "carry a concealed weapon": no treaty.
  if (match.exact && (carryPermit(text, match.start, match.end) || otherThing(resolver, match))) {
    return null
  }
  // A web address or a file's name is no mention ("…/ACA_CTBT_Report.pdf", "BWC
  // Participation.svg", "CCM_MSP_2019_Report.pdf").
  if (
    insideUrl(text, match.start) ||
    inFileName(text, match.end) ||
    joinedByUnderscore(text, match.start, match.end)
  ) {
    return null
  }
  let entry = resolveEntry(resolver, match.values, text.slice(match.start, match.end))
  let end = match.exact ? match.end : withoutLowerGeneric(trie, text, match.start, match.end, entry)
  // "Protocol II to the Geneva Conventions", "Protocol I Additional to the Geneva Conventions".
  const first = match.values[0]
  // The name's own words named its treaty ("Protocol I additional to the 1949 Geneva
  // Conventions"): no later context re-reads it.
  let parentNamed = false
  const ownParent =
    first?.type === 'instrument' ? (getInstrument(first.id)?.parent ?? undefined) : undefined
  if (first?.type === 'ambiguous' || ownParent) {
    // "Protocol IV of the 1980 Convention on Certain Conventional Weapons": a year may come first.
    const tail = protocolParentPattern
    if (first?.type === 'instrument' && at(tail, text, end)) {
      // A protocol with one treaty ("Protocol IV"): its treaty's name after it is in its span.
      const parent = trie.matchAt(text, tail.lastIndex)
      const parentEntry = parent?.values[0]
      if (parent && parentEntry?.type === 'instrument' && parentEntry.id === ownParent) {
        end = parent.end
      }
    } else if (first?.type === 'ambiguous' && at(tail, text, end)) {
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
          parentNamed = true
        }
      }
    }
  }
  // "the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other
  // Devices, as amended on 3 May 1996": the amended protocol, the tail inside the span.
  // "the Ottawa Convention on the Prohibition of the Use, …", "CCW Protocol II on Prohibitions
  // …": a nickname, then the title from one of its words on, one mention.
  if (entry?.type === 'instrument') end = titleAfterNickname(trie, text, match.start, end, entry.id)
  // "Protocol I additional to the 1949 Geneva Conventions on the protection of victims of
  // international armed conflicts": the subject its title gives, in any case, in the span.
  if (entry?.type === 'instrument') end = subjectAfter(text, entry.id, end)
  const amended = entry?.type === 'instrument' ? amendedAfter(text, entry.id, end) : undefined
  if (amended) {
    entry = { type: 'instrument', id: amended.id }
    end = amended.end
  }
  // "the Protocol on … Other Devices (Amended Protocol II)": a title followed by the bracketed
  // name of another protocol of the same treaty is that protocol's (the span stays the title's).
  if (entry?.type === 'instrument') {
    const other = siblingInBracket(trie, text, end, entry.id)
    if (other) entry = { type: 'instrument', id: other }
  }
  // "Comprehensive Nuclear-Test-Ban Treaty Organization" ("Organización del Tratado de …"): the
  // organisation, no mention; it says what the page is about, as "CTBTO" does.
  // "| CTBT | BWC | CWC |", "Home > CCW": an item of the site's navigation links to the treaty's
  // page; it says what the site is about, it cites nothing.
  if (
    entry?.type === 'instrument' &&
    (namesOrganisation(text, end) ||
      organisationBefore(text, match.start) ||
      inNavigation(text, match.start, end))
  ) {
    return { start: match.start, end, entry: { type: 'subject', id: entry.id } }
  }
  if (entry?.type === 'instrument') {
    const start = afterLeadingYear(text, match.start, end)
    // An ambiguous name read before the text names any instrument ("Nuclear Test Ban Treaty" in
    // a headline above CTBT prose): the whole text decides at the end (`settleEarly`).
    if (
      first?.type === 'ambiguous' &&
      resolver.context.length === 0 &&
      !resolver.defaultId &&
      !(first.hyphenated && entry.id === first.hyphenated) &&
      !parentNamed
    ) {
      return { start, end, entry, early: first.text }
    }
    // "1980 Protocol II", "1925 Geneva Protocol": the year picks the instrument but, as in
    // "the 1997 Mine Ban Treaty", it is not part of the name's span. Neither is a "UN" or
    // "United Nations" before the name (the samples' gold convention: "UN [Convention on Certain
    // Conventional Weapons]"), unless the name would be one word ("UN Charter").
    return { start, end, entry }
  }
  return {
    start: afterLeadingYear(text, match.start, end),
    end,
    entry: entry ?? { type: 'unregistered' },
  }
}

/**
 * "CCW" where the text spells it out as no instrument ("carry a concealed weapon (CCW)"), cached
 * per text. Only "CCW" so far: other abbreviations are spelt out by words that are not all in the
 * instrument's names ("the Intermediate-Range Nuclear Forces (INF) debate" is the INF Treaty's).
 */
function otherThing(resolver: Resolver, match: { start: number; end: number }): boolean {
  if (match.end - match.start !== 3) return false
  const word = resolver.text.slice(match.start, match.end)
  if (word !== 'CCW') return false
  resolver.spelledOut ??= new Map()
  let other = resolver.spelledOut.get(word)
  if (other === undefined) {
    other = spelledOutAsOther(resolver.text, word)
    resolver.spelledOut.set(word, other)
  }
  return other
}

/**
 * After the name of a protocol whose title ends "relating to the <subject> (Protocol N)" (the
 * Additional Protocols), that subject joined by "on", "relating to" or ", and relating to", in
 * any case and over any spaces ("… Geneva Conventions on the protection of victims of
 * international armed conflicts"): the subject's end, else `end`.
 */
function subjectAfter(text: string, id: InstrumentId, end: number): number {
  if (!at(subjectJoinPattern, text, end)) return end
  const title = getInstrument(id)!.title
  const from = title.indexOf(' relating to the ')
  const subject = from > 0 ? title.slice(from + 17, title.lastIndexOf(' (')) : ''
  let i = subjectJoinPattern.lastIndex
  for (let k = 0; subject && k < subject.length; k++) {
    if (subject[k] === ' ' && isSeparator(text.charCodeAt(i))) {
      while (isSeparator(text.charCodeAt(i))) i++
    } else if (text[i++]?.toLowerCase() !== subject[k]!.toLowerCase()) return end
  }
  return subject && !isWordChar(text.charCodeAt(i)) ? i : end
}

/** The words that join a title's head word to the rest ("Convention on …", "Treaty for …"). */
const TITLE_JOINS = ['on ', 'for ', 'against ', 'of ', 'between ', 'banning ']

/**
 * A name followed by a joining word and the rest of a title of the same instrument that opens
 * with one of the name's later words ("Ottawa Convention on the Prohibition of the Use,
 * Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction", "CCW
 * Protocol II on Prohibitions … Devices"), or with "Protocol" when the name ends in a protocol's
 * number ("CCW Protocol III on Prohibitions or Restrictions on the Use of Incendiary Weapons"):
 * the end of that title, else `end`. At most seven trie walks, and only when a joining word
 * follows the name.
 */
function titleAfterNickname(
  trie: PhraseTrie<Entry>,
  text: string,
  start: number,
  end: number,
  id: InstrumentId,
): number {
  const space = text.charCodeAt(end)
  if (space !== 0x20 && space !== 0xa0) return end
  const next = text.slice(end + 1, end + 10).toLowerCase()
  if (!TITLE_JOINS.some((word) => next.startsWith(word))) return end
  let walks = 0
  for (let head = start + 1; head < end && walks < 6; head++) {
    if (!isSeparator(text.charCodeAt(head - 1)) || !isWordChar(text.charCodeAt(head))) continue
    walks++
    const title = trie.matchAt(text, head)
    const value = title?.values[0]
    if (title && title.end > end && value?.type === 'instrument' && value.id === id) {
      // In lower case the words after the name describe it ("the Ottawa Convention on
      // anti-personnel mines"): outside the span.
      return hasCapital(text, end, title.end) ? title.end : end
    }
  }
  // "CCW Protocol III on Prohibitions or Restrictions on the Use of Incendiary Weapons": the
  // protocol's number between its word and the rest of its title ("Protocol on Prohibitions …").
  const numbered = protocolNumeralEnd.exec(text.slice(Math.max(start, end - 16), end))
  if (numbered) {
    const probe = `Protocol${text.slice(end, end + 400)}`
    const title = trie.matchAt(probe, 0)
    const value = title?.values[0]
    if (title && title.end > 8 && value?.type === 'instrument' && value.id === id) {
      return hasCapital(probe, 8, title.end) ? end + title.end - 8 : end
    }
  }
  return end
}

/** A name's end in "Protocol" and a roman numeral ("CCW Protocol III"). */
export const protocolNumeralEnd = /(?:^|[^\p{L}\p{N}])Protocol[ \u00a0][IVX]{1,4}$/u

/** "UN", "U.N." or "United Nations" (or "UNITED NATIONS") and one space, ending at a name. */
const UN_BEFORE = ['UN', 'U.N.', 'United Nations', 'UNITED NATIONS']

/** The length of "UN ", "U.N. " or "United Nations " at `index` (0 when none). */
export function unPrefixAt(text: string, index: number): number {
  for (const prefix of UN_BEFORE) {
    if (!text.startsWith(prefix, index)) continue
    const space = text.charCodeAt(index + prefix.length)
    if (space === 0x20 || space === 0xa0) return prefix.length + 1
  }
  return 0
}

/**
 * A list of protocols by number: one citation per protocol, each numeral read as "Protocol N"
 * (or "Additional Protocol N") in the current context. The first span includes the word
 * ("Protocols I"), the others are the numerals ("II", "III").
 */
export function readProtocolList(
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
export function readProtocolOf(
  resolver: Resolver,
  parent: InstrumentId,
  index: number,
): { end: number; id: InstrumentId } | null {
  const { text, trie } = resolver
  let start = index
  while (start < text.length && start - index < 3 && isSeparator(text.charCodeAt(start))) start++
  if (start === index || start >= text.length) return null
  // "Convention on Certain Conventional Weapons – Protocol V": a dash between spaces separates
  // two names, as a comma does.
  if (start - index === 3 && text.charCodeAt(index) === 0x20 && text.charCodeAt(start - 1) === 0x20)
    return null
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

/** A `PINPOINT_ONLY_NAMES` abbreviation at `start`, as a whole word. */
function pinpointOnlyName(
  text: string,
  start: number,
): { id: InstrumentId; end: number } | undefined {
  for (const [name, id] of PINPOINT_ONLY_NAMES) {
    const end = start + name.length
    if (text.startsWith(name, start) && !wordChar(text.charCodeAt(end))) return { id, end }
  }
  return undefined
}

/** The instrument phrase after a pinpoint: " of the APMBT", " of this Convention", " AP I". */
export function readTarget(resolver: Resolver, index: number): { target: Target; end: number } {
  const { text } = resolver
  const of = at(ofInstrumentPattern, text, index)
  if (of) {
    const start = ofInstrumentPattern.lastIndex
    const determiner = of[1]
    const only = determiner === undefined ? pinpointOnlyName(text, start) : undefined
    if (only) {
      return {
        target: { type: 'named', id: only.id, nameStart: start, nameEnd: only.end },
        end: only.end,
      }
    }
    const prefix = unPrefixAt(text, start)
    // "of the UN Arms Trade Treaty": the name after the prefix, its span from the prefix on.
    const name =
      readName(resolver, start) ?? (prefix > 0 ? readName(resolver, start + prefix) : null)
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
    const only = pinpointOnlyName(text, start)
    if (only) {
      return {
        target: { type: 'named', id: only.id, nameStart: start, nameEnd: only.end },
        end: only.end,
      }
    }
    const name = readName(resolver, start)
    if (name && name.entry.type === 'instrument') {
      const match = resolver.trie.matchAt(text, start)
      // An abbreviation, or a protocol's name with its capitals ("article 36 Additional Protocol
      // I"); a treaty's title after the number may start another phrase (a document's title).
      const first = text.charCodeAt(start)
      if (
        match?.exact ||
        (first >= 0x41 && first <= 0x5a && getInstrument(name.entry.id)?.kind === 'protocol')
      ) {
        return {
          target: { type: 'named', id: name.entry.id, nameStart: name.start, nameEnd: name.end },
          end: name.end,
        }
      }
    }
  }
  return { target: { type: 'none' }, end: index }
}

/** ") Treaty" after an abbreviation in brackets inside a title ("... Forces (INF) Treaty"). */
export const bracketedTitleTail =
  /\)[ \u00a0]{1,2}(Treaty|Convention|Agreement|Protocol)(?![\p{L}\p{N}])/uy

function spaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 0x20 || code === 0xa0
}

/**
 * A title written with its abbreviation in brackets before the last word: "the 1987
 * Intermediate-range Nuclear Forces (INF) Treaty" is one mention, from the title's first word to
 * "Treaty", when the words before the brackets and that word make a name of the same instrument.
 * Looks back at most eight words on the same line, never before `floor` (the last citation's end).
 */
export function titleAroundAbbreviation(
  resolver: Resolver,
  start: number,
  end: number,
  id: InstrumentId,
  floor: number,
): { start: number; end: number } | null {
  const { text, trie } = resolver
  if (start < 2 || text.charCodeAt(start - 1) !== 0x28) return null
  const tail = at(bracketedTitleTail, text, end)
  if (!tail) return null
  const tailEnd = bracketedTitleTail.lastIndex
  let headEnd = start - 1
  while (headEnd > floor && spaceAt(text, headEnd - 1)) headEnd--
  if (headEnd === start - 1) return null
  let best = -1
  let wordEnd = headEnd
  for (let n = 0; n < 8; n++) {
    let wordStart = wordEnd
    while (
      wordStart > floor &&
      text.charCodeAt(wordStart - 1) > 0x20 &&
      !spaceAt(text, wordStart - 1)
    ) {
      wordStart--
    }
    if (wordStart === wordEnd) break
    const phrase = `${text.slice(wordStart, headEnd)} ${tail[1]!}`
    const match = trie.matchAt(phrase, 0)
    const value = match?.values[0]
    if (match?.end === phrase.length && value?.type === 'instrument' && value.id === id) {
      best = wordStart
    }
    wordEnd = wordStart
    while (wordEnd > floor && spaceAt(text, wordEnd - 1)) wordEnd--
    if (wordEnd === wordStart) break
  }
  return best === -1 ? null : { start: best, end: tailEnd }
}
