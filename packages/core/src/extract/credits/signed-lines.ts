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

/**
 * Where the line holding `at` starts and ends, when it is at most `most` characters long; null
 * for a longer line (each search reaches `most` characters only, so a text of one long line costs
 * linear time).
 */
function shortLineAround(
  text: string,
  at: number,
  most: number,
): { start: number; end: number } | null {
  let start = at
  while (start > 0 && text[start - 1] !== '\n') if (at - --start > most) return null
  let end = at
  while (end < text.length && text[end] !== '\n') if (++end - start > most) return null
  return { start, end }
}

/**
 * Where the name before a licence's bracket at `open` starts: after the last sentence's end or
 * at its line's start, at most 60 characters back; -1 when neither is in reach. `atLine` tells
 * whether it starts its line.
 */
function nameBefore(text: string, open: number): { start: number; atLine: boolean } | null {
  let stop = open
  while (stop > 0 && (text[stop - 1] === ' ' || text[stop - 1] === '\t')) stop--
  for (let j = stop - 1; j >= 0 && stop - j <= 61; j--) {
    const ch = text[j]
    const atLine = j === 0 || ch === '\n'
    const sentence = ch === ' ' && /[.!?"\u201d\u2019)]/.test(text[j - 1] ?? '')
    if (!atLine && !sentence) continue
    let start = j === 0 && ch !== '\n' ? 0 : j + 1
    while (start < stop && (text[start] === ' ' || text[start] === '\t')) start++
    return start < stop ? { start, atLine } : null
  }
  return null
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
export function findSignedLicences(
  text: string,
  taken: (at: number) => boolean,
  /** `licenceStarts(text)`, when the caller has it. */
  licences = licenceStarts(text),
): AgencyLine[] {
  const found: AgencyLine[] = []
  const starts = new Set<number>()
  for (const at of licences) {
    if (taken(at) || text[at - 1] !== '(') continue
    const close = text.indexOf(')', at)
    if (close < 0 || close - at > 40) continue
    const [licence] = findLicenses(text.slice(at, close))
    if (!licence || licence.start !== 0 || licence.end !== close - at) continue
    // Nothing but white space after the bracket on its line.
    let k = close + 1
    while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++
    if (k < text.length && text[k] !== '\n') continue
    const before = nameBefore(text, at - 1)
    if (!before || taken(before.start)) continue
    const start = before.start
    const name = text.slice(start, at - 1).trim()
    // A caption's sentence before the bracket is no name: only names fill the span.
    const who = signer(name)
    if (!who || (before.atLine && !underCaption(text, start))) continue
    if (starts.has(start)) continue
    starts.add(start)
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
    const line = taken(at) ? null : shortLineAround(text, at, shortLine)
    if (!line) continue
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

/**
 * A record's field, its name alone on a line and its value on the next (credits12): "Copyright"
 * or "Photographer", then a person's name, with a copyright mark, a year and "all rights
 * reserved" round it or not ("Copyright" / "© 2022 Jane Doe, all rights reserved"). The credit is
 * the value line without the reservation; only a person's name counts (a site's footer writes
 * its own name there).
 */
export const fieldLine =
  /^[ \t]*(Copyright|COPYRIGHT|Photographer|PHOTOGRAPHER)[ \t]*\r?\n[ \t]*((?:[\u00a9\u24b8][ \t]*)?(?:(?:19|20)\d\d,?[ \t]+)?)(\p{Lu}[^\n,]{1,50}?)(?:,?[ \t]+[Aa]ll [Rr]ights [Rr]eserved\.?)?[ \t]*\r?$/gmu

export function findFieldLines(
  text: string,
  taken: (at: number) => boolean,
): (AgencyLine & { kind: 'photo' | 'credit' })[] {
  const found: (AgencyLine & { kind: 'photo' | 'credit' })[] = []
  fieldLine.lastIndex = 0
  for (let m = fieldLine.exec(text); m; m = fieldLine.exec(text)) {
    const who = (m[3] ?? '').trim()
    let start = m.index + m[0].indexOf('\n') + 1
    while (text[start] === ' ' || text[start] === '\t') start++
    if (!personInBrackets(who) || !isPersonName(who) || taken(start)) continue
    const end = start + (m[2] ?? '').length + (m[3] ?? '').trimEnd().length
    const kind = /^p/i.test(m[1] ?? '') ? 'photo' : 'credit'
    found.push({ start, end, creator: who, source: null, license: null, kind })
  }
  return found
}
