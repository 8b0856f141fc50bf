/**
 * Credits that sign a caption's line without a label, found by their shape:
 * - an organisation or a site and a licence in brackets closing the line, alone on it or after
 *   the caption's last sentence ("… on the road. Example Emergency Service (CC BY 4.0)",
 *   "example.gov.ua (CC BY 4.0)"): the organisation is the source;
 * - an agency, a colon and a person filling a line under a caption ("Reuters: Jane Doe"): the
 *   person is the creator, the agency the source.
 * Words of the text are read as shapes (capitalised words, a known agency), never as a list of
 * names of the pages read.
 */
import { findLicenses } from '../../data/licenses.js'
import type { AgencyLine } from './agency-lines.js'
import { personInBrackets } from './caption-tails.js'
import { licenceStarts } from './licensed.js'
import { agencies, isDomain, isOrganisation, isPersonName, normaliseSource } from './vocabulary.js'

/** A name's words: capitalised words and the small words inside names ("National Guard of X"). */
const nameWord = /^(?:\p{Lu}[\p{L}\p{N}.&'\u2019-]*|of|the|for|and|de|du|des|la|le|&)$/u

/** Longest line an agency with its photographer fills. */
const shortLine = 80

/** Where the line holding `at` starts and ends. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const nl = text.indexOf('\n', at)
  return { start, end: nl < 0 ? text.length : nl }
}

/** The name before a licence's bracket, back to its line's start or the sentence before. */
function nameBefore(text: string, lineStart: number, open: number): number {
  let k = open
  while (k > lineStart && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--
  const stop = k
  let start = lineStart
  // The last sentence end before the name: ". ", "! ", "? " (a closing quote too).
  for (let j = stop - 1; j > lineStart; j--) {
    if (text[j] === ' ' && /[.!?"\u201d\u2019)]/.test(text[j - 1] ?? '')) {
      start = j + 1
      break
    }
  }
  while (start < stop && (text[start] === ' ' || text[start] === '\t')) start++
  return start < stop && stop - start <= 60 ? start : -1
}

/**
 * Who signs a picture under a licence: an organisation ("Example Emergency Service", "National
 * Guard of Example"), a site ("example.gov.ua") or a person ("Jane Doe"); null for other words.
 */
function signer(name: string): { creator: string | null; source: string | null } | null {
  if (isDomain(name)) return { creator: null, source: name }
  const ws = name.split(/[ \t]+/)
  if (ws.length > 6 || !/^\p{Lu}/u.test(ws[0] ?? '') || !/^\p{Lu}/u.test(ws.at(-1) ?? ''))
    return null
  if (!ws.every((w) => nameWord.test(w))) return null
  if (isOrganisation(name)) return { creator: null, source: normaliseSource(name) }
  // Two words or more joined by "of" or "for" name a body, not a person.
  if (ws.length >= 3 && ws.some((w) => w === 'of' || w === 'for'))
    return { creator: null, source: name }
  return ws.length <= 3 && personInBrackets(name) && isPersonName(name)
    ? { creator: name, source: null }
    : null
}

/** Does the line before `lineStart` (blank lines skipped) end a caption's sentence? */
function underCaption(text: string, lineStart: number): boolean {
  let k = lineStart - 1
  while (k > 0 && /\s/.test(text[k - 1] ?? '')) k--
  return k > 0 && /[.!?"\u201d\u2019)]/.test(text[k - 1] ?? '')
}

/**
 * Organisations and sites with a licence in brackets closing their line ("Example Emergency
 * Service (CC BY 4.0)"), sorted by start; `taken` marks offsets other credits hold.
 */
export function findSignedLicences(text: string, taken: (at: number) => boolean): AgencyLine[] {
  const found: AgencyLine[] = []
  for (const at of licenceStarts(text)) {
    if (taken(at) || text[at - 1] !== '(') continue
    const close = text.indexOf(')', at)
    if (close < 0 || close - at > 40) continue
    const [licence] = findLicenses(text.slice(at, close))
    if (!licence || licence.start !== 0 || licence.end !== close - at) continue
    const line = lineAround(text, at)
    if (text.slice(close + 1, line.end).trim() !== '') continue
    const start = nameBefore(text, line.start, at - 1)
    if (start < 0 || taken(start)) continue
    const name = text.slice(start, at - 1).trim()
    // A caption's sentence before the bracket is no name: only names fill the span.
    const who = signer(name)
    if (!who || (start === line.start && !underCaption(text, line.start))) continue
    if (found.some((f) => f.start === start)) continue
    found.push({ start, end: close + 1, ...who, license: licence.name })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * "Reuters: Jane Doe" filling a line: an agency, a colon and a person's name (two to four
 * capitalised words). Sorted by start; `taken` marks offsets other credits hold.
 */
export function findAgencyColonLines(text: string, taken: (at: number) => boolean): AgencyLine[] {
  const found: AgencyLine[] = []
  for (let at = text.indexOf(': '); at !== -1; at = text.indexOf(': ', at + 2)) {
    const line = lineAround(text, at)
    if (line.end - line.start > shortLine || taken(at)) continue
    let start = line.start
    while (start < at && (text[start] === ' ' || text[start] === '\t')) start++
    let end = line.end
    while (end > at && /[\s.]/.test(text[end - 1] ?? '')) end--
    const agency = text.slice(start, at)
    const who = text.slice(at + 2, end).trim()
    if (!agencies.has(agency.toLowerCase()) || !personInBrackets(who) || !isPersonName(who))
      continue
    if (taken(start)) continue
    found.push({ start, end, creator: who, source: normaliseSource(agency), license: null })
  }
  return found
}
