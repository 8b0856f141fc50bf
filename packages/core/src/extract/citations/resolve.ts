/**
 * Which instrument an unnamed or generic pinpoint refers to: the instruments named so far,
 * sentence and paragraph breaks, the one the text names most.
 */
import type { InstrumentId } from '../../models/instrument.js'
import {
  articleOf,
  fitsGenericReferent,
  instrumentUrl,
  lastArticle,
  resolveAmbiguous,
} from '../../registry/instruments.js'
import { PhraseTrie } from '../phrase-trie.js'
import { type Entry } from './names.js'
import { type Clause, type Item } from './pinpoints.js'
import { type Unregistered, unregisteredBetween } from './unregistered.js'

export interface Resolver {
  text: string
  trie: PhraseTrie<Entry>
  /** Instruments named so far, each once, most recent last (for pinpoints and referents). */
  named: InstrumentId[]
  /** Like `named`, plus context names ("Geneva Conventions"): for ambiguous names only. */
  context: InstrumentId[]
  /** How often each instrument was named so far: what the text is mostly about. */
  counts: Map<InstrumentId, number>
  /** How often a subject name ("Landmine Monitor") pointed at each instrument. */
  subjects: Map<InstrumentId, number>
  /** End of the latest mention of each named instrument. */
  lastEnd: Map<InstrumentId, number>
  /** Instruments named in the first line of the text (its title), if any. */
  titled: Set<InstrumentId>
  /** End of the first line when the text has several (-1 for a single line); set on first use. */
  firstLineEnd?: number
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
  /** Abbreviations the text spells out as something else ("carry a concealed weapon (CCW)"). */
  spelledOut?: Map<string, boolean>
  /** Treaties the registry does not hold, named in the text; found on first use. */
  unregistered?: Unregistered[]
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
export function noteNamed(resolver: Resolver, id: InstrumentId, end: number): void {
  touch(resolver.named, id)
  touch(resolver.context, id)
  resolver.counts.set(id, (resolver.counts.get(id) ?? 0) + 1)
  resolver.lastEnd.set(id, Math.max(resolver.lastEnd.get(id) ?? -1, end))
  if (resolver.firstLineEnd === undefined) {
    const newline = resolver.text.indexOf('\n')
    resolver.firstLineEnd = newline === -1 ? -1 : newline
  }
  if (end <= resolver.firstLineEnd) resolver.titled.add(id)
}

/**
 * Make `id`, named just before, the most recent again without counting it twice (a protocol named
 * with its treaty: "Protocol on Blinding Laser Weapons, to the Convention on ...").
 */
export function noteRecent(resolver: Resolver, id: InstrumentId, end: number): void {
  touch(resolver.named, id)
  touch(resolver.context, id)
  resolver.lastEnd.set(id, Math.max(resolver.lastEnd.get(id) ?? -1, end))
}

/** Remember a subject name that is no citation ("Landmine Monitor"). */
export function noteSubject(resolver: Resolver, id: InstrumentId): void {
  resolver.subjects.set(id, (resolver.subjects.get(id) ?? 0) + 1)
}

/** Remember a context name that is no citation ("the Geneva Conventions"). */
export function noteContext(resolver: Resolver, id: InstrumentId): void {
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
    // (A hand-written scan, not lastIndexOf: that would run on past `floor` to the start of a
    // text with no line break, and cost every citation its position in the text.)
    for (let newline = lastNewline(text, index - 1, floor); newline >= floor;) {
      if (newline === 0 || blankBefore(text, newline)) {
        breaks.paragraph = newline + 1
        break
      }
      if (newline === 0) break
      newline = lastNewline(text, newline - 1, floor)
    }
    breaks.upTo = index
  }
  return { sentence: breaks.sentence, paragraph: breaks.paragraph }
}

/** The last "\n" at or before `from` and not before `floor`, else -1. */
function lastNewline(text: string, from: number, floor: number): number {
  for (let i = from; i >= floor; i--) if (text.charCodeAt(i) === 0x0a) return i
  return -1
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

export function resolveAmbiguousOnce(
  name: string,
  context: readonly InstrumentId[],
): InstrumentId | undefined {
  const key = `${name}\u0000${context.join(' ')}`
  if (ambiguousCache.has(key)) return ambiguousCache.get(key)
  const id = resolveAmbiguous(name, context)
  if (ambiguousCache.size < 10_000) ambiguousCache.set(key, id)
  return id
}

/**
 * Whether the words of a name before its last are joined by hyphens and nothing else
 * ("Nuclear-Test-Ban Treaty", "NUCLEAR-TEST-BAN TREATY"; not "Nuclear Test-Ban Treaty").
 */
function hyphenatedWords(matched: string): boolean {
  let last = matched.length - 1
  while (last > 0 && !isSpace(matched.charCodeAt(last))) last--
  if (last <= 0) return false
  let hyphen = false
  for (let i = 0; i < last; i++) {
    const code = matched.charCodeAt(i)
    if (isSpace(code)) return false
    if (code === 0x2d || code === 0x2010 || code === 0x2011) hyphen = true
  }
  return hyphen
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x0a || code === 0x0d || code === 0x09
}

/** Resolve a trie match to an instrument id (or a context marker), using what came before. */
export function resolveEntry(
  resolver: Resolver,
  entries: Entry[],
  matched: string,
): Entry | undefined {
  const first = entries[0]
  if (!first) return undefined
  if (first.type !== 'ambiguous') return first
  if (first.hyphenated && hyphenatedWords(matched))
    return { type: 'instrument', id: first.hyphenated }
  const context = resolver.defaultId ? [resolver.defaultId, ...resolver.context] : resolver.context
  const id = resolveAmbiguousOnce(first.text, context) ?? resolveAmbiguousOnce(matched, context)
  return id ? { type: 'instrument', id } : undefined
}

/** Whether the instrument lists its articles and `article` is beyond the last. */
export function beyondLast(id: InstrumentId, article: string): boolean {
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
export function resolveUnnamed(
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
  // "Article 21: Relations with States Not Party to the Convention": the heading's title is that
  // article's title in one instrument named so far.
  const headed = items.length === 1 ? byHeading(resolver.text, items[0]!, recent) : undefined
  if (headed) return headed
  const inSentence = recent.filter((id) => (lastEnd.get(id) ?? -1) > sentence)
  const inParagraph = recent.filter((id) => (lastEnd.get(id) ?? -1) > paragraph)
  // Same sentence (by recency), then same paragraph, then the whole text (by weight).
  const ranked = [...new Set([...inSentence, ...byWeight(inParagraph), ...byWeight(recent)])]
  const fits = (id: InstrumentId): boolean => items.every((item) => !beyondLast(id, item.article))
  const fit = ranked.find(fits)
  // "the ENMOD Convention … (Articles I and II)": a treaty the registry does not hold was named
  // since, so the article may be that treaty's.
  if (fit) return unregisteredBetween(resolver, lastEnd.get(fit) ?? -1, start) ? undefined : fit
  // No instrument named so far has the article, and each lists its articles: "Article 36" on a
  // TPNW page (twenty articles) is the NGO of that name, not a TPNW article.
  return ranked.every((id) => lastArticle(id) !== undefined) ? undefined : ranked[0]
}

/** ": ", " – ", ". " between an article's number and its title in a heading. */
export const headingSeparator = /[ \u00a0]{0,2}(?::|\.|[-\u2013\u2014])[ \u00a0]{1,3}/y

/** Lower-case letters and single spaces: "Relations with States not party" -> "relations with states not party". */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/**
 * The one instrument among `ids` whose article `item.article` has the title written after the
 * pinpoint as a heading ("Article 21: Relations with States Not Party to the Convention" is the
 * CCM's Article 21, not the Mine Ban Treaty's, "Depositary"): its first four words (all, when
 * fewer) follow a colon, full stop or dash. Undefined when none or several fit.
 */
function byHeading(
  text: string,
  item: Item,
  ids: readonly InstrumentId[],
): InstrumentId | undefined {
  if (ids.length < 2 || item.paragraph !== null) return undefined
  headingSeparator.lastIndex = item.end
  if (!headingSeparator.test(text)) return undefined
  const after = words(text.slice(headingSeparator.lastIndex, headingSeparator.lastIndex + 80))
  let found: InstrumentId | undefined
  for (const id of ids) {
    const title = articleOf(id, item.article)?.title
    if (!title) continue
    const head = words(title).slice(0, 4)
    if (head.length === 0 || !head.every((word, i) => after[i] === word)) continue
    if (found !== undefined && found !== id) return undefined
    found = id
  }
  return found
}

/** URLs and referent fits are the same for every mention: computed once per pair. */
const urlCache = new Map<string, string | undefined>()
const fitCache = new Map<string, boolean>()

export function urlOf(treaty: InstrumentId, article: string | null): string | undefined {
  const key = `${treaty}|${article ?? ''}`
  if (urlCache.has(key)) return urlCache.get(key)
  const url = instrumentUrl(treaty, article === null ? {} : { article })
  if (urlCache.size < 10_000) urlCache.set(key, url)
  return url
}

export function fitsWord(word: string, id: InstrumentId): boolean {
  const key = `${word}|${id}`
  let fit = fitCache.get(key)
  if (fit === undefined) {
    fit = fitsGenericReferent(word, id)
    if (fitCache.size < 10_000) fitCache.set(key, fit)
  }
  return fit
}

/**
 * The instrument "the {word}" refers to ("Article 4 of the Convention"):
 * - the last one named in the same paragraph that the word fits;
 * - else, among those named before that it fits, the one the text is about: named most often,
 *   the one in the title counting once more, ties to the most recent (an aside on the
 *   Convention on Cluster Munitions in a page about the Mine Ban Convention does not take
 *   "the Convention" of the next paragraph);
 * - else the default.
 */
export function resolveGeneric(
  resolver: Resolver,
  word: string,
  start: number,
): InstrumentId | undefined {
  const { named, counts, lastEnd, titled } = resolver
  const { paragraph } = lastBreaksBefore(resolver, start)
  let best: InstrumentId | undefined
  let bestWeight = -1
  for (let i = named.length - 1; i >= 0; i--) {
    const id = named[i]!
    if (!fitsWord(word, id)) continue
    if ((lastEnd.get(id) ?? -1) > paragraph) {
      return unregisteredBetween(resolver, lastEnd.get(id)!, start, word) ? undefined : id
    }
    const weight = (counts.get(id) ?? 0) + (titled.has(id) ? 1 : 0)
    if (weight > bestWeight) {
      best = id
      bestWeight = weight
    }
  }
  const id = best ?? resolver.defaultId
  return id !== undefined && unregisteredBetween(resolver, lastEnd.get(id) ?? -1, start, word)
    ? undefined
    : id
}
