/**
 * The pass over the text: tokenize (candidate starts) -> parse (pinpoint, name) -> resolve
 * (the instrument) -> emit citations and diagnostics.
 */
import type { Citation, Diagnostic, Draft, ExtractOptions } from '../../models/extraction.js'
import type { InstrumentId } from '../../models/instrument.js'
import { getInstrument, lastArticle } from '../../registry/instruments.js'
import { namesBody, namesConference, zoneProtocol } from './context.js'
import { definedAbbreviation, treatyDefinitions } from './defined.js'
import { type GluedName, findGluedNames } from './glued.js'
import { checkArticle, reportUnresolved } from './diagnose.js'
import {
  amendedAfter,
  phraseTrie,
  readName,
  readProtocolList,
  readProtocolOf,
  readTarget,
  titleAroundAbbreviation,
} from './names.js'
import { type Clause, readPinpoint } from './pinpoints.js'
import {
  type Resolver,
  beyondLast,
  fitsWord,
  noteContext,
  noteNamed,
  noteRecent,
  noteSubject,
  resolveAmbiguousOnce,
  resolveGeneric,
  resolveUnnamed,
  urlOf,
} from './resolve.js'
import { Candidates, advance, atWordStart, candidateScan, wordChar } from './tokenize.js'

export function citation(
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

/** Whether the word "Common" (or "common") and a space come right before `index`. */
function afterCommon(text: string, index: number): boolean {
  if (index < 7) return false
  const space = text.charCodeAt(index - 1)
  if (space !== 0x20 && space !== 0xa0) return false
  const word = text.slice(index - 7, index - 1)
  return (word === 'Common' || word === 'common') && !wordChar(text.charCodeAt(index - 8))
}

/**
 * Whether a "Protocol II" (not an "Additional", "original" or "1980" one) is said, later in its
 * sentence, to be "as amended" ("CCW Protocol II on Prohibitions or Restrictions on the Use of
 * Mines, Booby-Traps and Other Devices (as amended on 3 May 1996)"): then it is Amended Protocol
 * II. The look-ahead is bounded (200 characters) and such names are rare: the pass stays linear.
 */
function amendedLater(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end)
  if (!name.endsWith('Protocol II') || /Additional|original|1980/i.test(name)) return false
  const limit = Math.min(text.length, end + 200)
  for (let i = end; i < limit; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x0a || (code === 0x2e && text.charCodeAt(i + 1) === 0x20)) return false
    if (code === 0x61 && text.startsWith('as amended', i) && !wordChar(text.charCodeAt(i - 1))) {
      return true
    }
  }
  return false
}

/** ", to the " (or " to the ", " annexed to the ") between a protocol's name and its treaty's. */
const toParentGap =
  /^,?[ \u00a0\n]{1,3}(?:annexed[ \u00a0]{1,3})?to[ \u00a0\n]{1,3}the[ \u00a0\n]{1,3}$/

function toParent(text: string, from: number, to: number): boolean {
  return to - from <= 24 && toParentGap.test(text.slice(from, to))
}

/** Whether the word "Draft" (or "draft") and a space come right before `index`. */
function afterDraft(text: string, index: number): boolean {
  if (index < 6) return false
  const space = text.charCodeAt(index - 1)
  if (space !== 0x20 && space !== 0xa0) return false
  const word = text.slice(index - 6, index - 1)
  return (word === 'Draft' || word === 'draft') && !wordChar(text.charCodeAt(index - 7))
}

/**
 * Whether `index` is inside brackets that open with a document symbol ("(CCW/CONF.III/11, Part
 * II, Article 8)"): the brackets' "(" is at most 80 characters back, with no ")" or line break
 * between, and a word with a slash and a digit ("CCW/CONF.III/11") follows it.
 */
export const symbolInBrackets = /^\([A-Z][A-Za-z0-9.-]*\/[A-Za-z0-9./-]*\d/

function inDocumentReference(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i <= 80; i--) {
    const code = text.charCodeAt(i)
    if (code === 0x29 || code === 0x0a) return false
    if (code === 0x28) return symbolInBrackets.test(text.slice(i, index))
  }
  return false
}

/** Whether " common to" follows `index` ("Article 1 common to the four Conventions"). */
function commonAfter(text: string, index: number): boolean {
  const space = text.charCodeAt(index)
  return (space === 0x20 || space === 0xa0) && text.startsWith('common to', index + 1)
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
    id = resolveGeneric(resolver, target.word, clause.start)
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
  if (
    !id &&
    (target.type === 'none' || target.type === 'generic') &&
    resolver.named.length === 0 &&
    !resolver.settled
  ) {
    resolver.pending.push(clause)
    return
  }
  if (!id) {
    reportUnresolved(diagnostics, text, clause)
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

/** A generic word's possessive right before a pinpoint ("Charter's "). */
export const possessiveOwner = /(Convention|Treaty|Charter|Protocol|Statute)['’]s $/

/** The words between a pinpoint and its instrument's name: " of the ", " under ". */
const ofThe = /^[ \u00a0]{1,2}(?:of|in|under|to)[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?$/

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
    subjects: new Map(),
    lastEnd: new Map(),
    titled: new Set(),
    breaks: { upTo: 0, sentence: -1, paragraph: -1 },
    defaultId,
    pending: [],
    settled: false,
  }
  const out: Citation[] = []
  /** Bare ambiguous names read before any instrument was named: index in `out`, name. */
  const early: Array<readonly [number, string]> = []
  const length = text.length
  const scan = everywhere ? undefined : candidateScan(trie)
  const candidates = scan ? new Candidates(scan, text) : undefined
  // Abbreviations glued to their neighbours ("theNPT"): emitted, in order, once the pass is past
  // them, unless a citation already covers them.
  const glued: GluedName[] = findGluedNames(text)
  let g = 0
  const emitGlued = (before: number): void => {
    for (; g < glued.length; g++) {
      const name = glued[g] as GluedName
      if (name.start >= before) return
      if ((out.at(-1)?.end ?? 0) > name.start) continue
      noteNamed(resolver, name.id, name.end)
      out.push(citation(text, name.start, name.end, name.id, null, null, null))
    }
  }
  // Abbreviations the text defines for an instrument ("… Convention (IWC)"): their uses join the
  // queue of names the pass emits once it is past them.
  const defined = new Set<string>()
  const known = (word: string): boolean => trie.matchAt(word, 0)?.end === word.length
  const define = (start: number, end: number, id: InstrumentId): void => {
    const uses = definedAbbreviation(text, start, end, id, known, defined)
    if (uses.length === 0) return
    const rest = glued.splice(g).concat(uses)
    rest.sort((a, b) => a.start - b.start)
    glued.push(...rest)
  }
  // "the Strategic Offensive Arms Treaty (START)": no registry name before the bracket.
  for (const [start, end, id] of treatyDefinitions(
    text,
    (from, to) => trie.matchAt(text, from)?.end === to,
  )) {
    define(start, end, id)
  }
  /** A defined abbreviation's use right after a pinpoint's "of the", taken off the queue. */
  const definedUseAfter = (from: number): GluedName | undefined => {
    if (defined.size === 0) return undefined
    const next = glued[g]
    if (!next || !ofThe.test(text.slice(from, next.start))) return undefined
    g++
    return next
  }
  let i = 0
  while (i < length) {
    if (candidates) {
      // Jump to the next place where a pinpoint or a name can start (see `candidateScan`).
      const next = candidates.next(i)
      if (next === -1 || next >= length) break
      i = next
    }
    if (g < glued.length) emitGlued(i)
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
      if (pinpoint && (afterCommon(text, i) || commonAfter(text, pinpoint.end))) {
        // "Common Article 3", "Article 1 common to the Geneva Conventions": the article every
        // Geneva Convention shares, no single instrument.
        const { end } = readTarget(resolver, pinpoint.end)
        noteContext(resolver, 'gc-1')
        i = Math.max(end, pinpoint.end)
        continue
      }
      if (
        pinpoint &&
        (afterDraft(text, i) ||
          // "CTBT – Art.XIV/2003/3": a document's series, not an article.
          (text.charCodeAt(pinpoint.end) === 0x2f &&
            /^Art\.[IVXL]+$/.test(text.slice(i, pinpoint.end))))
      ) {
        // "Draft Art. 86", "draft article 5": an article of a negotiating text, not of the
        // instrument adopted later.
        i = pinpoint.end
        continue
      }
      if (pinpoint) {
        let { target, end } = readTarget(resolver, pinpoint.end)
        const use =
          target.type === 'none' || target.type === 'ignored'
            ? definedUseAfter(pinpoint.end)
            : undefined
        if (use) {
          // "Article 8 of the IWC", where the text defined "IWC": one citation.
          target = { type: 'named', id: use.id, nameStart: use.start, nameEnd: use.end }
          end = use.end
        }
        if (
          target.type === 'none' &&
          (namesConference(text, pinpoint.end) || namesBody(text, pinpoint.start))
        ) {
          // "the Article XIV Conference", "the Committee on Article 5 Implementation": the name of
          // a conference or a body, not a place in a treaty.
          i = pinpoint.end
          continue
        }
        if (target.type === 'none' && inDocumentReference(text, i)) {
          // "(CCW/CONF.I/16, Part I, Annex III, Final Declaration, Article 8)": a place in a
          // document, not an article of an instrument.
          i = Math.max(end, pinpoint.end)
          continue
        }
        // "the Charter's Article 41": the instrument's possessive before the pinpoint.
        const owner =
          target.type === 'none' ? possessiveOwner.exec(text.slice(Math.max(0, i - 13), i)) : null
        if (owner) target = { type: 'generic', word: owner[1]! }
        emitClause(
          resolver,
          { start: pinpoint.start - (owner?.[0].length ?? 0), end, items: pinpoint.items, target },
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
    if (name.entry.type === 'subject') {
      noteSubject(resolver, name.entry.id)
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
      // "CCW Protocol II on Prohibitions … Devices (as amended on 3 May 1996)": the tail too.
      const amended = amendedAfter(text, id, end)
      if (amended) {
        id = amended.id
        end = amended.end
      }
    }
    if ((id === 'ccw-p2' || id === 'ap-2') && amendedLater(text, name.start, end)) id = 'ccw-ap2'
    // "the Treaty of Tlatelolco … its Second Additional Protocol": the zone treaty's own protocol.
    if (zoneProtocol(resolver.context, id, text.slice(name.start, end))) {
      i = end
      continue
    }
    // "Intermediate-range Nuclear Forces (INF) Treaty": one mention, the whole title.
    const title = titleAroundAbbreviation(resolver, name.start, end, id, out.at(-1)?.end ?? 0)
    if (title) {
      noteNamed(resolver, id, title.end)
      out.push(citation(text, title.start, title.end, id, null, null, null))
      define(title.start, title.end, id)
      i = title.end
      continue
    }
    // "CWC Article VI", "APMBT Article 5(1)": a name directly followed by its pinpoint, also
    // after its possessive ("CWC's Article IX (2)").
    const own = /^['’]s /.test(text.slice(end, end + 3)) ? 2 : 0
    let next = end + own
    while (
      next < length &&
      next - end < 2 + own &&
      (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0xa0)
    ) {
      next++
    }
    const pinpoint = next > end + own ? readPinpoint(text, next) : null
    if (
      pinpoint &&
      (text.charCodeAt(next) === 0x41 || text.charCodeAt(next) === 0x61) &&
      // "the Comprehensive Nuclear-Test-Ban Treaty Article XIV Conference": the treaty's name, then
      // a conference's name.
      !namesConference(text, pinpoint.end)
    ) {
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
    const child = out.at(-1)
    noteNamed(resolver, id, end)
    out.push(citation(text, name.start, end, id, null, null, null))
    if (name.early && id === name.entry.id) early.push([out.length - 1, name.early])
    define(name.start, end, id)
    // "Protocol on Blinding Laser Weapons, to the Convention on …, Vienna, 13 October 1995,
    // Article 1": the protocol's title names its treaty; the protocol stays the one cited.
    if (
      child &&
      getInstrument(child.treaty)?.parent === id &&
      toParent(text, child.end, name.start)
    ) {
      noteRecent(resolver, child.treaty, end)
    }
    i = end
  }
  if (g < glued.length) emitGlued(length)
  if (early.length > 0) settleEarly(resolver, out, early)
  if (resolver.pending.length > 0) resolvePending(resolver, out, diagnostics)
  return out
}

/**
 * Ambiguous names read before the text named any instrument (a headline's "Nuclear Test Ban
 * Treaty" above prose about the CTBT): resolved again with what the whole text names, the
 * instrument named most weighing most; their own mentions do not count.
 */
function settleEarly(
  resolver: Resolver,
  out: Citation[],
  early: ReadonlyArray<readonly [number, string]>,
): void {
  const counts = new Map(resolver.counts)
  for (const [index] of early) {
    const id = out[index]!.treaty
    counts.set(id, (counts.get(id) ?? 0) - 1)
  }
  // `resolveAmbiguous` reads its context from the end: least named first.
  const context = [...counts]
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[1] - b[1])
    .map(([id]) => id)
  if (context.length === 0) return
  for (const [index, name] of early) {
    const old = out[index]!
    const id = resolveAmbiguousOnce(name, context)
    if (id && id !== old.treaty)
      out[index] = citation(resolver.text, old.start, old.end, id, null, null, null)
  }
}

/**
 * Pinpoints met before the first named instrument ("The Article 5 extension process", a heading
 * above the text that names the Ottawa Convention): the instrument named most often in the whole
 * text (one instrument, not a tie), when it has the article; else the `unresolved-article`
 * diagnostic.
 */
function resolvePending(resolver: Resolver, out: Citation[], diagnostics: Diagnostic[]): void {
  const clauses = resolver.pending
  resolver.pending = []
  resolver.settled = true
  let subject: InstrumentId | undefined
  let most = 0
  // What the text names most; when it names nothing, what its subject names point at.
  const counts = resolver.counts.size > 0 ? resolver.counts : resolver.subjects
  for (const [id, count] of counts) {
    if (count > most) {
      subject = id
      most = count
    } else if (count === most) {
      // A tie says nothing about the subject: an article page that mentions two other
      // instruments once each in its text (ICRC's page of Article 5 of the Mine Ban Convention
      // cites CCW Amended Protocol II and the CCW) is about neither.
      subject = undefined
    }
  }
  const before = out.length
  for (const clause of clauses) {
    const { target } = clause
    const fits =
      subject !== undefined &&
      // "Article 5 of the Convention" before the Convention is named: a Convention.
      (target.type !== 'generic' || fitsWord(target.word, subject)) &&
      // Only where the registry knows the articles: a heading's number must exist there.
      lastArticle(subject) !== undefined &&
      clause.items.every((item) => !beyondLast(subject, item.article))
    if (!fits) {
      reportUnresolved(diagnostics, resolver.text, clause)
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
