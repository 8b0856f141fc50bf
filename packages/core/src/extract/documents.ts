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
import { documentUrl } from '../symbols/url.js'

/** Every symbol contains a slash: the pre-filter can skip texts without one. */
export const literals: readonly string[] = ['/']

/**
 * A slash-separated run of components, each alphanumeric runs joined by "." or "-".
 * It cannot start right after a letter, digit or URL/path punctuation, so nothing inside
 * "https://docs.un.org/en/A/RES/63/71" or "src/a/b" can start a match.
 */
export const documentCandidatePattern =
  /(?<![\p{L}\p{N}_./:@#%&=?~+\\\-\u2013])[A-Za-z][A-Za-z0-9]*(?:[.\-\u2013][A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:[.\-\u2013][A-Za-z0-9]+)*)+/gu

/** The same pattern, sticky, run at each token start found from a slash. */
const candidateAt = new RegExp(documentCandidatePattern.source, 'uy')

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

/** "S/RES/1540 (2004)": the bracketed year after a Security Council resolution. */
const securityCouncilYear = /\s?\((?:19|20)\d{2}\)/y

/** What may follow a symbol: not a slash, not URL or e-mail punctuation that continues a token. */
const continuesToken = /^(?:\/|[@#?=&][^\s]|[\p{L}\p{N}_])/u

/** Series whose documents are commonly numbered without session or year. */
const twoPartSeries: ReadonlySet<string> = new Set(['CD', 'CCM'])

/** A word that announces a document, needed before short symbols such as "S/23500". */
const documentCue = /(?:\b(?:[Dd]ocuments?|[Dd]ocs?\.?|DOC\.?|[Ss]ymbols?)|UN Doc\.?)\s{1,3}$/

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
  if (typeof text !== 'string' || !text.includes('/')) return found
  // Every symbol has a slash: jump from slash to slash, step back to the start of the token
  // and run the sticky candidate pattern there. Each character is stepped over a bounded
  // number of times, so the scan stays linear and skips slash-free prose at indexOf speed.
  let from = 0
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', from)) {
    let tokenStart = slash
    while (tokenStart > from && isComponentChar(text.charCodeAt(tokenStart - 1))) tokenStart--
    candidateAt.lastIndex = tokenStart
    const match = candidateAt.exec(text)
    if (!match) {
      from = slash + 1
      continue
    }
    from = match.index + match[0].length
    const start = match.index
    let end = start + match[0].length
    if (continuesToken.test(text.slice(end, end + 2))) continue
    const body = match[0].slice(0, match[0].indexOf('/'))
    // In prose the series must be written in capitals ("A/", "CCW/"), which also keeps
    // words such as "and/or" or "km/h" out cheaply.
    if (!knownBodies.has(body)) continue
    if (/^S\/RES\/\d+$/.test(match[0])) {
      securityCouncilYear.lastIndex = end
      if (securityCouncilYear.test(text)) end = securityCouncilYear.lastIndex
    }
    const span = text.slice(start, end)
    const parsed = parseDocumentSymbol(span)
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
    if (value.components.length === 2 && !twoPartSeries.has(body) && value.type !== 'PV') {
      if (!documentCue.test(text.slice(Math.max(0, start - 20), start))) continue
    }
    found.push({ start, end, text: span, symbol: value.symbol, url: documentUrl(value.symbol) })
  }
  return found
}
