/**
 * Instrument registry: lookup by id and by name, articles, URLs, the phrases an extractor searches
 * for, ambiguous names resolved by context, and what "the Convention" / "the Treaty" can refer to.
 */
import { deepFreeze } from '../data/freeze.js'
import { ambiguousNames, instruments } from '../data/instruments/index.js'
import type { AmbiguousName, InstrumentFamily } from '../data/instruments/index.js'
import { instrumentFamilies } from '../data/instruments/index.js'
import type { Article, Instrument, InstrumentId } from '../models/instrument.js'
import { fromRoman } from '../pinpoint/roman.js'

export { ambiguousNames, instrumentFamilies, instruments }
export type { AmbiguousName }

/** How a phrase names its instrument. */
export type InstrumentPhraseKind = 'title' | 'short' | 'abbreviation' | 'alias'

/** One name to look for in prose. Abbreviations are case-sensitive; names are not. */
export interface InstrumentPhrase {
  text: string
  id: InstrumentId
  caseSensitive: boolean
  kind: InstrumentPhraseKind
}

const byId = new Map<InstrumentId, Instrument>(instruments.map((entry) => [entry.id, entry]))

/** The instrument with this id, or undefined. */
export function getInstrument(id: string): Instrument | undefined {
  return byId.get(id as InstrumentId)
}

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const SPACES = /\s+/g
const LEADING_THE = /^the /i
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu
const COMBINING = /\p{M}+/gu

/** Curly quotes to straight, runs of whitespace to one space, trimmed, without a leading "the". */
function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .trim()
    .replace(/^["']+|["'.,;:]+$/g, '')
    .trim()
    .replace(LEADING_THE, '')
}

/**
 * Key for case- and punctuation-tolerant name lookup: lower case, diacritics dropped, a leading
 * "the" dropped, and everything but letters and digits removed ("Mine-Ban Treaty" = "mine ban treaty"
 * = "minebantreaty", "Anti-Personnel" = "antipersonnel").
 */
export function normalizeInstrumentName(text: string): string {
  return tidy(text).normalize('NFKD').replace(COMBINING, '').toLowerCase().replace(NOT_ALNUM, '')
}

function buildPhrases(): InstrumentPhrase[] {
  const phrases: InstrumentPhrase[] = []
  for (const entry of instruments) {
    phrases.push({ text: entry.title, id: entry.id, caseSensitive: false, kind: 'title' })
    // "Convention on the Prohibition of … Chemical Weapons", the title without its closing "and on
    // their Destruction" (the Mine Ban Treaty, the CWC and the BWC end so): prose often stops there.
    const head = entry.title.replace(/ and on their Destruction$/, '')
    if (head !== entry.title)
      phrases.push({ text: head, id: entry.id, caseSensitive: false, kind: 'alias' })
    for (const text of entry.shortTitles) {
      phrases.push({ text, id: entry.id, caseSensitive: false, kind: 'short' })
    }
    for (const text of entry.abbreviations) {
      phrases.push({ text, id: entry.id, caseSensitive: true, kind: 'abbreviation' })
    }
    for (const text of entry.aliases) {
      phrases.push({ text, id: entry.id, caseSensitive: false, kind: 'alias' })
    }
  }
  return phrases
}

/**
 * Every unambiguous name of every instrument, for extractors to search prose with. Names shared by
 * several instruments are not here: they are in `ambiguousNames`.
 */
export const instrumentPhrases: readonly InstrumentPhrase[] = deepFreeze(buildPhrases())

const byAbbreviation = new Map<string, InstrumentId>()
const byUpperAbbreviation = new Map<string, InstrumentId>()
const byName = new Map<string, InstrumentId>()
for (const phrase of instrumentPhrases) {
  if (phrase.caseSensitive) {
    byAbbreviation.set(phrase.text, phrase.id)
    byUpperAbbreviation.set(phrase.text.toUpperCase(), phrase.id)
  } else {
    byName.set(normalizeInstrumentName(phrase.text), phrase.id)
  }
}

const HAS_LETTER = /\p{L}/u

/**
 * The instrument a name refers to, or undefined when the name is unknown or ambiguous (see
 * `resolveAmbiguous`). Names are case- and punctuation-tolerant ("ottawa treaty", "the Mine-Ban
 * Treaty", curly quotes, extra spaces); abbreviations match as written or in all capitals
 * ("PoA" and "POA", but not "att").
 */
export function findInstrument(name: string): Instrument | undefined {
  if (typeof name !== 'string') return undefined
  const tidied = tidy(name)
  if (tidied === '') return undefined
  const exact = byAbbreviation.get(tidied)
  if (exact) return byId.get(exact)
  if (HAS_LETTER.test(tidied) && tidied === tidied.toUpperCase()) {
    const upper = byUpperAbbreviation.get(tidied)
    if (upper) return byId.get(upper)
  }
  const key = normalizeInstrumentName(tidied)
  const id = key === '' ? undefined : byName.get(key)
  return id ? byId.get(id) : undefined
}

/** "XIV" -> 14 for the small numerals treaty articles use (any case); NaN otherwise. */
function romanToNumber(text: string): number {
  if (!/^[ivxl]+$/i.test(text)) return Number.NaN
  return fromRoman(text.toUpperCase()) ?? Number.NaN
}

/** Article number as stored: digits as written ("5", "8bis"); Roman numerals ("VI") as digits ("6"). */
export function normalizeArticleNumber(n: string | number): string | undefined {
  if (typeof n === 'number') {
    return Number.isInteger(n) && n > 0 ? String(n) : undefined
  }
  if (typeof n !== 'string') return undefined
  const text = n.trim()
  if (/^\d+[a-z]*$/i.test(text)) return text.replace(/^0+(?=\d)/, '').toLowerCase()
  const roman = romanToNumber(text)
  return Number.isNaN(roman) ? undefined : String(roman)
}

/** Article n (number, "5", or Roman "V") of the instrument, or undefined. */
export function articleOf(id: string, n: string | number): Article | undefined {
  const articles = getInstrument(id)?.articles
  if (!articles) return undefined
  const number = normalizeArticleNumber(n)
  if (number === undefined) return undefined
  return articles.find((article) => article.number === number)
}

/** The last article of the instrument (Article 22 of the APMBT), or undefined when not listed. */
export function lastArticle(id: string): Article | undefined {
  const articles = getInstrument(id)?.articles
  return articles?.[articles.length - 1]
}

const ICRC_TREATY = /^https:\/\/ihl-databases\.icrc\.org\/en\/ihl-treaties\/[a-z0-9-]+$/

/**
 * URL of the instrument's text. With `article`, a URL of that article where the source has one
 * page per article (the ICRC IHL databases: `.../article-5`); otherwise the text URL. An article
 * the instrument does not have also gives the text URL. `instrumentUrl(id, '5')` is short for
 * `instrumentUrl(id, { article: '5' })`.
 */
export function instrumentUrl(
  id: string,
  options: { article?: string | number | null } | string | number | null = {},
): string | undefined {
  const entry = getInstrument(id)
  if (!entry) return undefined
  // The article may also be passed directly: instrumentUrl('apmbt', '5').
  const article = typeof options === 'object' && options !== null ? options.article : options
  if (article === undefined || article === null || !ICRC_TREATY.test(entry.url)) return entry.url
  const number = entry.articles ? articleOf(id, article)?.number : normalizeArticleNumber(article)
  return number ? `${entry.url}/article-${number}` : entry.url
}

const ambiguousByExact = new Map<string, AmbiguousName>()
const ambiguousByKey = new Map<string, AmbiguousName>()
for (const entry of ambiguousNames) {
  if (entry.caseSensitive) ambiguousByExact.set(entry.text, entry)
  else ambiguousByKey.set(normalizeInstrumentName(entry.text), entry)
}

/** The ambiguous-name entry for a name ("protocol ii", "the Geneva Protocol"), or undefined. */
export function findAmbiguousName(name: string): AmbiguousName | undefined {
  if (typeof name !== 'string') return undefined
  const tidied = tidy(name)
  return ambiguousByExact.get(tidied) ?? ambiguousByKey.get(normalizeInstrumentName(tidied))
}

const familyOf = new Map<InstrumentId, InstrumentFamily>()
for (const [family, ids] of Object.entries(instrumentFamilies) as [
  InstrumentFamily,
  InstrumentId[],
][]) {
  for (const id of ids) familyOf.set(id, family)
}

/**
 * What an ambiguous name means given the instruments named before it, in text order (the last is
 * the nearest). From the nearest back: a context instrument that is itself a candidate wins; else
 * one of the same family (CCW context -> CCW protocol, Geneva Conventions -> Additional Protocol,
 * BWC/CWC -> 1925 Geneva Protocol) when exactly one candidate is of that family; a treaty of a
 * nuclear-weapon-free zone leaves "Protocol III" unresolved (its own protocol). Without such
 * context, the entry's documented `default` (which may be undefined: "Geneva Convention").
 * A name that is not ambiguous resolves like `findInstrument`.
 */
export function resolveAmbiguous(
  name: string,
  contextIds: readonly InstrumentId[] = [],
): InstrumentId | undefined {
  const entry = findAmbiguousName(name)
  if (!entry) return findInstrument(name)?.id
  for (let index = contextIds.length - 1; index >= 0; index--) {
    const context = contextIds[index]!
    if (entry.candidates.includes(context)) return context
    const family = familyOf.get(context)
    if (!family) continue
    const inFamily = entry.candidates.filter((candidate) => familyOf.get(candidate) === family)
    if (inFamily.length === 1) return inFamily[0]
    if (family === 'zones') return undefined
  }
  return entry.default ?? undefined
}

/** Words that stand for an instrument already named: "the Convention", "this Treaty", "the Protocol". */
export type GenericReferentWord =
  | 'Convention'
  | 'Treaty'
  | 'Protocol'
  | 'Statute'
  | 'Declaration'
  | 'Instrument'
  | 'Programme'
  | 'Charter'

const GENERIC_WORDS: readonly GenericReferentWord[] = [
  'Convention',
  'Treaty',
  'Protocol',
  'Statute',
  'Declaration',
  'Instrument',
  'Programme',
  'Charter',
]
const HEAD_WORD =
  /\b(Convention|Treaty|Protocol|Statute|Declaration|Instrument|Programme|Program|Charter)\b/i

/** The head noun of a name: the first generic word in it ("Protocol Additional to the Geneva Conventions" -> Protocol). */
export function headWord(name: string): GenericReferentWord | undefined {
  const match = HEAD_WORD.exec(name)
  if (!match) return undefined
  const word = match[1]!.toLowerCase()
  if (word === 'program') return 'Programme'
  return GENERIC_WORDS.find((candidate) => candidate.toLowerCase() === word)
}

function buildGenericReferents(): Record<GenericReferentWord, InstrumentId[]> {
  const table = Object.fromEntries(
    GENERIC_WORDS.map((word) => [word, [] as InstrumentId[]]),
  ) as Record<GenericReferentWord, InstrumentId[]>
  for (const entry of instruments) {
    const words = new Set<GenericReferentWord>()
    for (const name of [entry.title, ...entry.shortTitles, ...entry.aliases]) {
      const word = headWord(name)
      if (word) words.add(word)
    }
    for (const word of words) table[word].push(entry.id)
  }
  return table
}

/**
 * Which instruments "the Convention" / "this Treaty" / "the Protocol" ... can refer to: those with a
 * title, short title or alias whose head noun is that word (the APMBT is both a Convention and,
 * as the Mine Ban Treaty, a Treaty; the CCW is only a Convention). An extractor resolves the
 * generic word to the last named instrument listed under it.
 */
export const genericReferents: Readonly<Record<GenericReferentWord, readonly InstrumentId[]>> =
  deepFreeze(buildGenericReferents())

/** Whether "the {word}" can refer to the instrument (`word` in any case, "Program" = "Programme"). */
export function fitsGenericReferent(word: string, id: InstrumentId): boolean {
  const head = headWord(word)
  return head !== undefined && genericReferents[head].includes(id)
}
