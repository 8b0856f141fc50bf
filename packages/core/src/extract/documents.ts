/**
 * Find UN and treaty-body document symbols in prose: "CCW/GGE/2008-V/WP.1", "A/RES/63/71",
 * "S/RES/1540 (2004)", "document A/63/1." (the sentence's full stop is not part of it).
 *
 * One pass of a token regex whose matches can only start at a token boundary (a lookbehind),
 * so the scan is linear; each candidate is then judged by `parseDocumentSymbol`. Fractions,
 * dates, "and/or", file paths and anything inside a URL never match.
 */
import type { Diagnostic, DocumentReference, ExtractOptions } from '../models/extraction.js'
import { knownBodies } from '../symbols/bodies.js'
import { parseDocumentSymbol } from '../symbols/parse.js'
import { parsePressReleaseSymbol, pressReleaseBodies } from '../symbols/press-releases.js'
import { documentUrl } from '../symbols/url.js'
import { isWordChar } from './phrase-trie.js'

/**
 * Every symbol contains a slash, and a resolution cited by number names itself: the pre-filter
 * can skip texts without either.
 */
const resolutionCues = [
  'esolution',
  'ésolution',
  'esolutie',
  'ezolucj',
  '号决议',
  'ESOLUTION',
  'UNSCR',
  'Res.',
  ' res.',
]
export const literals: readonly string[] = ['/', ...resolutionCues]

/**
 * Resolutions cited by number in prose: Security Council "resolution 1540 (2004)" and "UNSCR 1540
 * (2004)" (the bracketed year marks the Council's series), "General Assembly resolution 75/1" (also
 * "the General Assembly, in its resolution 70/28", "the Assembly in resolution 70/28", "the
 * General Assembly by its resolution 50/245", "UNGA
 * resolution 77/47", "GA res. 76/34" (also "G.A. res. 47/108", as law libraries cite one),
 * "By resolution 65/92, adopted …, the General Assembly" (the sentence names the Assembly), and "its resolutions 63/71 of 2 December 2008 and 70/54" in
 * a text whose last body named before it is the Assembly (so also "adopted the resolution 64/35" and "as per
 * resolution No. 64/35"), as a resolution's preamble recalls the
 * Assembly's own; "res." also before a Council number and year) and a resolution of a
 * special or emergency special session, which names the Assembly itself ("resolution S-10/2", the
 * Final Document of its first special session on disarmament; "resolution ES-11/1"). A
 * session in roman numerals instead of the year is the Assembly's, of its first thirty sessions
 * (1946-1975): "resolution 2028 (XX)", `A/RES/2028(XX)`, as the UN prints "Resolution
 * [2153(XXI)]". "Resolution 2310/2016" is the CTBTO's way of writing a Council resolution with
 * its year (three or four digits: the Assembly's sessions have two), and so is "resolution 1540
 * of 2004". A list may open with "resolutions, in particular", "including" or "notably".
 * Groups: Council number, year (or Assembly session in roman numerals), year after "of"; Assembly
 * session, number; Council number, year after a slash.
 */
export const resolutionPattern =
  /(?:(?:Security Council|Council|SECURITY COUNCIL)[ \t]+)?(?:[Rr](?:esolution(?:s|en)?|ésolutions?|esoluties?|ezolucj[aiię](?: nr\.?)?)|RESOLUTIONS?|UNSCRs?|[Rr]es\.)(?:,[ \t](?:in particular|including|notably))?\s{1,4}(?:No\.?[ \t]?)?(?:(?:\d{3,4} (?:and|&) )?(\d{1,4})(?:\s?\(((?:19|20)\d{2}|[XVI]{1,6})[ \t]?\)| of ((?:19|20)\d{2})(?!\d))|((?<=(?:(?:(?:Assembly|\bUNGA|\bGA|\bG\.A\.),?(?:[ \t]+(?:in|by))?(?:[ \t]+its)?|\b(?:[Ii]ts|[Bb]y|[Ii]n|[Uu]nder|[Oo]f|[Tt]o|[Pp]er|[Aa]dopt(?:ed|ing|s)(?:[ \t]+the)?))[ \t]+|\(|^|\n)(?:[Rr]esolutions?|[Rr]es\.)[ \t]+(?:No\.?[ \t]?)?)\d{1,2}|E?S-\d{1,2})\/(\d{1,3})(?![\d/])|(\d{3,4})[/-]((?:19|20)\d{2})(?![\d/]))/g

/**
 * A further resolution of a list: ", 1673 (2006)", " and 1810 (2008)", or only a space before it
 * (a comma lost in the source): a number with a bracketed year is unmistakable.
 */
const nextResolution =
  /(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}(?:(?:and|und|et|en|[iy])\s{1,3})?)(\d{1,4})\s?\(((?:19|20)\d{2}|[XVI]{1,6})[ \t]?\)/y

/**
 * A slash-separated run of components, each alphanumeric runs joined by "." or "-".
 * It cannot start right after a letter, digit or URL/path punctuation, so nothing inside
 * "https://docs.un.org/en/A/RES/63/71" or "src/a/b" can start a match. The repeats are bounded
 * (16 components of up to 9 dotted parts: far more than any symbol has) so that no unbounded
 * repeat nests in another.
 */
export const documentCandidatePattern =
  /(?<![\p{L}\p{N}_./:@#%&=?~+\\\-\u2013])[A-Za-z][A-Za-z0-9]*(?:[.\-\u2013][A-Za-z0-9]+){0,8}(?:\/[A-Za-z0-9]+(?:[.\-\u2013][A-Za-z0-9]+){0,8}){1,16}/gu

/**
 * The rest of a symbol a page wrapped after a slash: the line break (a blank line may follow)
 * and the components on the next line, the first a type or suffix with its number ("WP.20",
 * "Rev.1", "L.43"; a word, "The", is no component). Group: the components.
 */
export const wrappedAfterSlash =
  /\/[ \t]{0,3}\r?\n\s{0,4}([A-Z][A-Za-z]{0,6}\.?\d[A-Za-z0-9]*(?:[.\-\u2013][A-Za-z0-9]+){0,8}(?:\/[A-Za-z0-9]+(?:[.\-\u2013][A-Za-z0-9]+){0,8}){0,15})/y

/** "CTBT – " before "Art.XIV/…": the CTBT's series with spaces around its dash. */
export const spacedCtbt = /CTBT ?[-\u2013] ?$/

/** The candidate pattern without its lookbehind (the part after the first ")"). */
const candidateBody = documentCandidatePattern.source.slice(
  documentCandidatePattern.source.indexOf(')') + 1,
)

/** The same pattern, sticky, run at each token start found from a slash. */
const candidateAt = new RegExp(documentCandidatePattern.source, 'uy')

/**
 * The same pattern without the lookbehind, for a series glued to the word before it by text
 * extracted from a PDF or a web page's table ("Security CouncilSC/8853", "Draft
 * AgendaATT/CSP10/...", "Provisions.ATT/CSP10/...", "the WGTUATT/CSP10/..."): tried only where
 * a known series in capitals ends the token's head after a lower-case letter, after a full stop,
 * or (three capitals or more) after other capitals.
 */
const gluedCandidateAt = new RegExp(candidateBody, 'uy')

/**
 * "CouncilSC", "Provisions.ATT": the capitals at the end of a token glued after a lower-case word
 * or a full stop. (Capitals glued to capitals, "WGTUATT", are tried by `gluedToCapitals`.)
 */
export const gluedSeries = /[a-z.]([A-Z]{1,6})$/

/** The known series of three capitals or more that ends a run of capitals ("WGTUATT"), if any. */
function gluedToCapitals(head: string): string | undefined {
  if (!/^[A-Z]{4,16}$/.test(head)) return undefined
  // At least two capitals stay before the series: "XATT" is a word of its own, "WGTUATT" two.
  for (let length = Math.min(6, head.length - 2); length >= 3; length--) {
    const series = head.slice(head.length - length)
    if (knownBody(series)) return series
  }
  return undefined
}

/** Letters, digits, "." and dashes: what a symbol component is made of. */
function isComponentChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2e ||
    code === 0x2d ||
    code === 0x2013
  )
}

/**
 * A lower-case word glued after the number that ends a candidate ("/10httpAssets", "/1and",
 * "/WP.3and"): text extraction lost the space. So is a word in sentence case or two to six
 * capitals glued there by a web page's table cells ("/2017/3Working Papers", "/L.43GA"): no
 * component of the grammar is a number with letters after it (a suffix word, "/1Rev", is not cut). Components that go on in capitals ("/776/DrAgenda")
 * are not glued words. So is a word in sentence case after a hyphen ("/9-Annex III"): a part of
 * the document, named after its symbol.
 */
export const gluedWordAfter =
  /(?<=\/(?:[A-Za-z]{1,6}\.)?\d{1,5})(?:[a-z]{2}[A-Za-z]{0,30}|-[A-Z][a-z]{2,30}|(?!(?:Add|Rev|Corr|Amend)$)[A-Z][a-z]{2,30}|[A-Z]{2,6})$/

/**
 * A further Assembly resolution of a list: ", 70/54", " and 71/45", after the date and the
 * subject of the one before it ("63/71 of 2 December 2008 on the Convention, 64/36 of 2 December
 * 2009 and 65/92"; the subject holds no digit, slash, colon, semicolon or bracket). Groups: session, number. A resolution with a letter after it ("34/83 A", one of a
 * lettered series) is skipped, and the list goes on after its letters ("54/55 B of 1 December
 * 1999, 57/74 of 22 November 2002 and 58/53").
 */
const nextAssemblyResolution =
  /(?:\s{1,3}of\s{1,3}\d{1,2}\s{1,3}[A-Z][a-z]{2,8}\s{1,3}(?:19|20)\d{2})?(?:\s{1,3}on\s[^;:/\d()]{1,200}?)?(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(\d{1,2})\/(\d{1,3})(?![\d/])/y

/**
 * The letters of a resolution in a lettered series: " A", " A and B", " A, B and C", and a letter
 * glued to the number ("55/33S").
 */
export const lettered =
  /[ \t]?[A-Z](?![A-Za-z0-9])(?:(?:,[ \t]{0,2}|[ \t]{1,2}and[ \t]{1,2})[A-Z](?![A-Za-z0-9])){0,8}/y

/**
 * A revision's number after its full stop and a space ("Rev. 2") or a page's break ("Rev.", a
 * blank line, "2"; not "3." there, a paragraph's number). Groups: the number on the line, after
 * the break.
 */
export const spacedRevision =
  /\.(?:[ \t]{1,2}(\d{1,3})(?!\d|\.\d|\/)|[ \t]{0,2}(?:\r?\n[ \t]*){1,3}(\d{1,3})(?![\d/.]))/y

/** "PV.2-12", "L.1-L.20": a range of numbered meetings or documents; the symbol is its first. */
export const numberedRange = /(?<=\.\d{1,5})[-\u2013](?:[A-Z]{1,3}\.)?\d{1,5}$/

/** What names the body of "its resolutions": the Assembly, or a council (which numbers its own). */
const bodyName = /\b(?:Assembly|ASSEMBLY|UNGA|Council|COUNCIL)\b/g

/** How far back "its resolutions" looks for the body named before it. */
const bodyReach = 6000

/** Where a sentence ends: a full stop before a capital, or a blank line. */
const sentenceEnd = /\.\s{1,3}[A-Z]|\n[ \t]*\n/

/** "the General Assembly, in its", "UNGA", "GA res.": the Assembly named right before "resolution". */
const assemblyRightBefore =
  /(?:Assembly|\bUNGA|\bGA|\bG\.A\.),?(?:[ \t]+(?:in|by))?(?:[ \t]+its)?[ \t]+$/

/**
 * "S/RES/1540 (2004)": the bracketed year after a Security Council resolution; "A/RES/2028(XX)",
 * "E/RES/1848(LVI)": the session in roman numerals after an early Assembly or ECOSOC resolution.
 */
const resolutionBracket = /\s?\((?:(?:19|20)\d{2}|[IVXL]{1,7})\)/y

/** What may follow a symbol: not a slash, not URL or e-mail punctuation that continues a token. */
const continuesToken = /^(?:\/|[@#?=&][^\s]|[\p{L}\p{N}_])/u

/** Series whose documents are commonly numbered without session or year. */
const twoPartSeries: ReadonlySet<string> = new Set(['CD', 'CCM'])

/**
 * A word that announces a document, needed before short symbols such as "S/23500", or a full
 * date, as lists of documents print it before the symbol ("28 May 1993 S/25859").
 */
const documentCue =
  /(?:\b(?:[Dd]ocuments?|[Dd]ocs?\.?|DOC\.?|[Ss]ymbols?)|UN Doc\.?|\b\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d\d)\s{1,3}$/

function ruleMessage(text: string, reason: string): string {
  return `"${text}" looks like a document symbol but is not one: ${reason}`
}

/**
 * Document references in `text`, sorted by start, with the normalised symbol and its
 * docs.un.org URL. Near misses of a known series (e.g. "A/RES/63/71 (2008)") get a warning.
 */
export function extractDocuments(
  text: string,
  _options: ExtractOptions = {},
  diagnostics: Diagnostic[] = [],
): DocumentReference[] {
  const found: DocumentReference[] = []
  if (typeof text !== 'string') return found
  if (resolutionCues.some((cue) => text.includes(cue))) found.push(...resolutionsInProse(text))
  if (!text.includes('/')) return found
  // Every symbol has a slash: jump from slash to slash, step back to the start of the token
  // and run the sticky candidate pattern there. Each character is stepped over a bounded
  // number of times, so the scan stays linear and skips slash-free prose at indexOf speed.
  let from = 0
  let jointNext = -1
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', from)) {
    let tokenStart = slash
    while (tokenStart > from && isComponentChar(text.charCodeAt(tokenStart - 1))) tokenStart--
    // The second symbol of a joint one starts after its hyphen: no lookbehind there.
    const second = tokenStart === jointNext
    const pattern = second ? gluedCandidateAt : candidateAt
    pattern.lastIndex = tokenStart
    let match = pattern.exec(text)
    // "2017CCW/GGE.1/2017/3": a table's year (or a footnote's number) glued before the series.
    if (!match && text.charCodeAt(tokenStart) <= 0x39) {
      let k = tokenStart
      while (k - tokenStart < 5 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++
      if (isCapitalAscii(text.charCodeAt(k))) {
        gluedCandidateAt.lastIndex = k
        match = gluedCandidateAt.exec(text)
      }
    }
    if (match) {
      const head = match[0].slice(0, match[0].indexOf('/'))
      const series = knownBody(head)
        ? undefined
        : (gluedSeries.exec(head)?.[1] ?? gluedToCapitals(head))
      if (series !== undefined && knownBody(series)) {
        gluedCandidateAt.lastIndex = match.index + head.length - series.length
        match = gluedCandidateAt.exec(text) ?? match
      }
    }
    if (!match) {
      from = slash + 1
      continue
    }
    from = match.index + match[0].length
    let start = match.index
    // A word glued after the number ("CCW/CONF.V/10httpAssets", "A/63/1and"): the symbol ends
    // at the number.
    const glued = gluedWordAfter.exec(match[0])
    let candidate = glued ? match[0].slice(0, glued.index) : match[0]
    // "E/4140-E/CN.7/488", "A/52/371-S/1997/719": one document issued under two symbols, a
    // hyphen between them. The first ends at the hyphen; the second is read next.
    const joint = jointAt(candidate)
    if (joint > 0) {
      candidate = candidate.slice(0, joint)
      from = jointNext = start + joint + 1
    }
    const range = joint > 0 ? null : numberedRange.exec(candidate)
    if (range) candidate = candidate.slice(0, range.index)
    let end = start + candidate.length
    // "NPT/CONF.2010/PC.II/", a line break, "WP.20": a symbol a page wrapped after a slash. The
    // span keeps the break, the symbol does not.
    wrappedAfterSlash.lastIndex = end
    const rest = glued || joint > 0 ? null : wrappedAfterSlash.exec(text)
    if (rest) {
      candidate += `/${rest[1]}`
      end = from = wrappedAfterSlash.lastIndex
    }
    // "…/CRP.1/Rev. 2", "…/Add.\n\n1": a space or a page's break after a revision's full stop.
    spacedRevision.lastIndex = end
    const revision =
      glued || rest || !/\/(?:Rev|Add|Corr|Amend)$/.test(candidate)
        ? null
        : spacedRevision.exec(text)
    if (revision) {
      candidate += `.${revision[1] ?? revision[2]}`
      end = from = spacedRevision.lastIndex
    }
    if (!glued && continuesToken.test(text.slice(end, end + 2))) continue
    let body = candidate.slice(0, candidate.indexOf('/'))
    // "CTBT – Art.XIV/2003/3", as a title page prints the series: spaces around its dash.
    let printed = candidate
    if (body === 'Art.XIV') {
      const dash = spacedCtbt.exec(text.slice(Math.max(0, start - 8), start))
      if (dash) {
        start -= dash[0].length
        body = `CTBT-${body}`
        printed = `CTBT-${candidate}`
      }
    }
    // In prose the series must be written in capitals ("A/", "CCW/"), which also keeps
    // words such as "and/or" or "km/h" out cheaply.
    if (!knownBody(body)) continue
    const release = pressReleaseBodies.has(body) ? parsePressReleaseSymbol(candidate) : null
    if (release) {
      // Press releases are not in the Official Document System: no docs.un.org page, and the
      // press.un.org address needs the year of issue, which the symbol lacks. No URL.
      found.push({ type: 'document', start, end, text: candidate, symbol: release.symbol })
      continue
    }
    if (!knownBodies.has(body)) continue
    if (/^[AES]\/RES\/(?:\d{4}\/)?\d+$/.test(candidate)) {
      resolutionBracket.lastIndex = end
      if (resolutionBracket.test(text)) end = resolutionBracket.lastIndex
    }
    const span = text.slice(start, end)
    const parsed = parseDocumentSymbol(
      printed === candidate ? span.replace(/\/\s+/, '/').replace(/\.\s+(?=\d+$)/, '.') : printed,
    )
    if (!parsed.ok) {
      if (/\d/.test(span)) {
        diagnostics.push({
          start,
          end,
          ruleId: 'invalid-document-symbol',
          message: ruleMessage(span, parsed.reason),
          severity: 'warning',
        })
      }
      continue
    }
    const { value } = parsed
    // Two-part symbols ("S/23500", "CRC/32") need a cue such as "document", except in the
    // series where they are the usual form (Conference on Disarmament "CD/1299", "CCM/78").
    // Meeting records ("S/PV.9616") are unmistakable on their own.
    // So does a symbol of a joint one.
    if (
      value.components.length === 2 &&
      !twoPartSeries.has(body) &&
      value.type !== 'PV' &&
      joint < 0 &&
      !second
    ) {
      if (
        !documentCue.test(text.slice(Math.max(0, start - 24), start)) &&
        !bracketedAlone(text, start, end, value.number)
      ) {
        continue
      }
    }
    found.push({
      type: 'document',
      start,
      end,
      text: span,
      symbol: value.symbol,
      url: documentUrl(value.symbol),
    })
    const further = suffixAfter(text, end, value.symbol)
    if (further) found.push(further)
  }
  return found.length > 1 ? dropOverlaps(found) : found
}

/**
 * " and Add.1", " & Corr.2" right after a symbol, as resolutions print their drafts ("(A/61/L.45
 * and Add.1)"): the addendum, corrigendum or revision of that symbol. Groups: the words, kind,
 * number.
 */
export const andSuffix =
  /[ \t]{1,3}(?:and|&)[ \t]{1,3}((Add|Corr|Rev)\.[ \t]?(\d{1,3}))(?![\p{L}\p{N}/]|\.\d)/uy

/** A symbol's last suffix: "L.22/Rev.1 and Rev.2" is the second revision of L.22. */
export const lastSuffix = /\/(Add|Corr|Rev)\.\d+$/

/** The document "and Add.1" names after `symbol`, if any. */
function suffixAfter(text: string, end: number, symbol: string): DocumentReference | undefined {
  andSuffix.lastIndex = end
  const [, words = '', kind, number] = andSuffix.exec(text) ?? []
  const base = symbol.replace(lastSuffix, (suffix, last) => (last === kind ? '' : suffix))
  const parsed = kind ? parseDocumentSymbol(`${base}/${kind}.${number}`) : undefined
  if (!parsed?.ok) return undefined
  end = andSuffix.lastIndex
  const further = parsed.value.symbol
  const start = end - words.length
  return { type: 'document', start, end, text: words, symbol: further, url: documentUrl(further) }
}

/**
 * A two-part symbol with a number of four digits or more that opens round brackets and ends
 * them or their first item ("(S/23500)", "(S/23500, para. 3)"): the way resolutions cite a
 * document, a cue of its own.
 */
function bracketedAlone(text: string, start: number, end: number, number: string | null): boolean {
  if (text.charCodeAt(start - 1) !== 0x28 || number === null || !/^\d{4,6}$/.test(number)) {
    return false
  }
  const after = text.charCodeAt(end)
  return after === 0x29 || after === 0x2c || after === 0x3b
}

/**
 * Where a joint symbol's hyphen is: after a digit and before a known series and its slash
 * ("4140-E/CN.7/488"); -1 if none.
 */
function jointAt(candidate: string): number {
  for (let i = 1; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i)
    if ((code !== 0x2d && code !== 0x2013) || !/\d/.test(candidate[i - 1]!)) continue
    const slash = candidate.indexOf('/', i)
    if (slash > i && knownBodies.has(candidate.slice(i + 1, slash))) return i
  }
  return -1
}

function isCapitalAscii(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

function knownBody(body: string): boolean {
  return knownBodies.has(body) || pressReleaseBodies.has(body)
}

/** Sorted by start; of two overlapping references the one found first (by number) is dropped. */
function dropOverlaps(found: DocumentReference[]): DocumentReference[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: DocumentReference[] = []
  for (const ref of found) {
    const last = out[out.length - 1]
    if (last && ref.start < last.end) continue
    out.push(ref)
  }
  return out
}

/** `S/RES/1540 (2004)` for a year, `A/RES/2028(XX)` for an Assembly session in roman numerals. */
function numberedResolution(number: string, bracket: string): string {
  return bracket.charCodeAt(0) <= 0x39
    ? `S/RES/${number} (${bracket})`
    : `A/RES/${number}(${bracket})`
}

/**
 * A UN vote record's field "GA Resolution/Decision: 57/79" (also glued to the cell before it,
 * "L.43GA Resolution…"): the Assembly's resolution, the span its number. Groups: session, number.
 */
export const voteRecordResolution =
  /(?<![A-Za-z])(?:GA|General Assembly)[ \t]+Resolution(?:\/Decision)?:[ \t]{0,3}(\d{1,2})\/(\d{1,3})(?![\d/])/g

/**
 * A Council resolution as the UN's Chinese texts cite it, number and year glued: "第2375(2017)号决议",
 * and a list of them before one "号决议" ("第825(1993)、1695(2006)和2371(2017)号决议"), brackets
 * half- or full-width. Group: the list; `chineseMember` reads each of its resolutions.
 */
export const chineseResolutions =
  /第[ \t]?(\d{1,4}[(（](?:19|20)\d\d[)）](?:[、,，和][ \t]?\d{1,4}[(（](?:19|20)\d\d[)）]){0,40})[ \t]?号决议/g
const chineseMember = /(\d{1,4})[(（](\d{4})[)）]/g

/** The words a resolution glued to the word before it may open with (not "res."). */
const gluedLabel = /^(?:[Rr]esolutions?|UNSCRs?|(?:Security )?Council)\s/

/** "resolution 1540 (2004)", "resolutions 1718 (2006) and 1874 (2009)", "General Assembly resolution 75/1". */
function resolutionsInProse(text: string): DocumentReference[] {
  const found: DocumentReference[] = []
  const add = (start: number, end: number, symbol: string): void => {
    const parsed = parseDocumentSymbol(symbol)
    if (!parsed.ok) return
    const { value } = parsed
    found.push({
      type: 'document',
      start,
      end,
      text: text.slice(start, end),
      symbol: value.symbol,
      url: documentUrl(value.symbol),
    })
  }
  /** The resolutions listed after one ending at `end` (", 1673 (2006) and 1810 (2008)"); their end. */
  const listed = (end: number): number => {
    nextResolution.lastIndex = end
    let next: RegExpExecArray | null
    while ((next = nextResolution.exec(text))) {
      const start = next.index + next[0].indexOf(next[1] ?? '', next[0].search(/\d/))
      add(start, next.index + next[0].length, numberedResolution(next[1] ?? '', next[2] ?? ''))
      end = nextResolution.lastIndex
    }
    return end
  }
  /** Assembly resolutions listed after one ending at `end` (", 70/54 of … and 71/45"); their end. */
  const listedAssembly = (end: number): number => {
    nextAssemblyResolution.lastIndex = end
    let next: RegExpExecArray | null
    while ((next = nextAssemblyResolution.exec(text))) {
      const stop = nextAssemblyResolution.lastIndex
      lettered.lastIndex = stop
      if (lettered.test(text)) {
        nextAssemblyResolution.lastIndex = end = lettered.lastIndex
        continue
      }
      add(stop - next[1]!.length - 1 - next[2]!.length, stop, `A/RES/${next[1]}/${next[2]}`)
      end = stop
    }
    return end
  }
  // The last body named in the 6000 characters before a position. Each part of the text is
  // scanned once (matches come in order) and only near the resolutions that need it.
  let scannedTo = 0
  let last: { body: string; at: number } | undefined
  const lastBodyBefore = (at: number): string | undefined => {
    const from = Math.max(scannedTo, at - bodyReach)
    if (from < at) {
      const region = text.slice(from, at)
      bodyName.lastIndex = 0
      let found: RegExpExecArray | null
      while ((found = bodyName.exec(region))) {
        last = { body: /^[AU]/.test(found[0]) ? 'Assembly' : 'Council', at: from + found.index }
      }
      scannedTo = at
    }
    return last && last.at >= at - bodyReach ? last.body : undefined
  }
  /** The body the rest of the sentence names first (up to 160 characters), if any. */
  const bodyAfter = (at: number): string | undefined => {
    let window = text.slice(at, at + 160)
    const stop = window.search(sentenceEnd)
    if (stop >= 0) window = window.slice(0, stop)
    const body = /\b(?:Assembly|Council)\b/.exec(window)
    return body?.[0]
  }
  voteRecordResolution.lastIndex = text.includes('Resolution') ? 0 : text.length
  for (let v; (v = voteRecordResolution.exec(text));) {
    const end = v.index + v[0].length
    add(end - v[1]!.length - 1 - v[2]!.length, end, `A/RES/${v[1]}/${v[2]}`)
  }
  chineseResolutions.lastIndex = text.includes('号决议') ? 0 : text.length
  for (let c; (c = chineseResolutions.exec(text));) {
    const at = c.index + c[0].indexOf(c[1]!)
    for (const r of c[1]!.matchAll(chineseMember)) {
      add(at + r.index, at + r.index + r[0].length, `S/RES/${r[1]} (${r[2]})`)
    }
  }
  let council: boolean | undefined
  resolutionPattern.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = resolutionPattern.exec(text))) {
    // The pattern has no "\b" in front, so that a resolution glued to the word before it by
    // extracted text ("toresolution 1737 (2006)", "underUNSCR 1540 (2004)") is found: glued, it
    // must be a Council resolution with its year, after "resolution" or "UNSCR" ("measures. 12
    // (2004)" is no "res." glued to "measu").
    const glued = m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))
    if (glued) {
      const before = text.charCodeAt(m.index - 1)
      if (
        before < 0x61 ||
        before > 0x7a ||
        m[1] === undefined ||
        !/^(?:19|20)\d\d$/.test(m[2] ?? '') ||
        !gluedLabel.test(m[0])
      ) {
        continue
      }
    }
    if (m[6] !== undefined || m[3] !== undefined) {
      // "Resolution 2310/2016" (or "2310-2016"), as the CTBTO writes a Council resolution, and
      // "resolution 1540 of 2004", as statements do: read only in a text that names the Council
      // (other bodies number theirs so: "Resolution 357/2005").
      council ??=
        text.includes('Security Council') ||
        text.includes('SECURITY COUNCIL') ||
        /\bUNSC\b/.test(text)
      if (!council) continue
      // The Council had adopted fewer than 50 resolutions a year on average: "resolution 1514 of
      // 1960" or "2625 of 1970" is the Assembly's, "1503 of 1970" ECOSOC's.
      if (m[3] && +m[1]! > 50 * (+m[3] - 1944)) continue
    }
    if (m[6] !== undefined) {
      const end = m.index + m[0].length
      add(end - m[6].length - 1 - m[7]!.length, end, `S/RES/${m[6]} (${m[7]!})`)
      continue
    }
    if (m[4] !== undefined) {
      if (
        !m[4].startsWith('S-') &&
        !m[4].startsWith('ES-') &&
        !assemblyRightBefore.test(text.slice(Math.max(0, m.index - 24), m.index))
      ) {
        // "its resolutions 63/71", "By resolution 65/92, …, the General Assembly": the Assembly's
        // only if the last body named before is the Assembly or the sentence names it next (a
        // council's "its resolution 7/12" is the council's, and so is "in resolution 7/12 of the
        // Human Rights Council"), and not one of a lettered series ("its resolution 34/83 A").
        const next = bodyAfter(m.index + m[0].length)
        if (next === 'Council') continue
        if (next !== 'Assembly' && lastBodyBefore(m.index) !== 'Assembly') continue
      }
      lettered.lastIndex = m.index + m[0].length
      if (/^\d/.test(m[4]) && lettered.test(text)) {
        // "(resolutions 44/118 A and B, 45/60, 47/43)", "General Assembly resolution 46/36 L": a
        // lettered series is no one document, but a list goes on after its letters.
        resolutionPattern.lastIndex = listedAssembly(lettered.lastIndex)
        continue
      }
      const start = m.index + m[0].length - m[4].length - 1 - (m[5]?.length ?? 0)
      add(start, m.index + m[0].length, `A/RES/${m[4]}/${m[5]}`)
      if (/^\d/.test(m[4])) resolutionPattern.lastIndex = listedAssembly(m.index + m[0].length)
      continue
    }
    const number = m[1] ?? ''
    const start = m.index + m[0].length - (m[0].length - m[0].indexOf(number, m[0].search(/\d/)))
    add(start, m.index + m[0].length, numberedResolution(number, m[2] ?? m[3] ?? ''))
    resolutionPattern.lastIndex = listed(m.index + m[0].length)
  }
  return found
}
