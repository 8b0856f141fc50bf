/**
 * Credits on a short line of their own under a caption, without a label: "— Reuters",
 * "NASA via Flickr Commons", "Jane Roe/Example Agency", "Provided by Example Campaign". Position and shape decide, not a list of
 * names: the line above is a caption (a sentence that ends in a full stop or a bracket), and the
 * line reads as a credit phrase (`phrase.ts`) joined by "/", " via " or " for ", or follows a dash,
 * or is a known picture agency alone. A line that repeats the credit printed just above it
 * ("Credit Jane Roe/Wikipedia" then "Jane Roe/Wikipedia") is a credit too, with its fields.
 */
import { findLicenses } from '../../data/licenses.js'
import type { ImageCredit } from '../../models/extraction.js'
import { readPhrase, type PhraseCredit } from './phrase.js'
import {
  agencies,
  gettyRoles,
  isOrganisation,
  isPersonName,
  normaliseSource,
} from './vocabulary.js'

export interface CaptionLine extends PhraseCredit {
  start: number
  end: number
  license: string | null
}

/** "Jane Roe / Stringer": Getty's role word after a photographer closing the line. */
export const gettyRole = new RegExp(String.raw`[ \t]?\/[ \t]?(?:${gettyRoles})$`)

/** Longest credit line read here, and shortest caption above it. */
const longestLine = 70
const shortestCaption = 40

/**
 * A short caption over a photographer's credit: four words or more, in sentence case, ending
 * with a full stop or a word in lower case ("Smoke over the ridge.", "Cars line the road").
 */
const shortCaption = /^\p{Lu}[^\s:]*(?: [^\s:]+){3,}$/u

/** How a short caption ends: a full stop, a bracket or a word in lower case. */
const captionEnd = /[\p{Ll}.!?)]$/u

/** A person's name of two words or more ("Jane Roe"), no organisation's. */
function isPerson(name: string | null): boolean {
  return name !== null && name.includes(' ') && isPersonName(name) && !isOrganisation(name)
}

/** The caption line above `lineStart`, over at most two blank lines: its start and end. */
function lineAbove(text: string, lineStart: number): { start: number; end: number } | null {
  let end = lineStart - 1
  for (let blank = 0; blank < 3; blank++) {
    let start = end
    while (start > 0 && text[start - 1] !== '\n') start--
    if (text.slice(start, end).trim() !== '') {
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--
      return { start, end }
    }
    if (start === 0) return null
    end = start - 1
  }
  return null
}

/**
 * Does the non-blank line above `lineStart` end a sentence or a bracket, or a credit, or run on
 * without a full stop for twice the shortest caption (a gallery's captions, also ending in a
 * date's digits)?
 */
function endsAbove(text: string, lineStart: number, taken: (at: number) => boolean): boolean {
  let k = lineStart - 1
  while (k > 0 && lineStart - k < 8 && /\s/.test(text[k] ?? '')) k--
  return (
    /[.!?)\u201d"'\u2019]/.test(text[k] ?? '') ||
    taken(k) ||
    (/[\p{Ll}\d]/u.test(text[k] ?? '') && text.lastIndexOf('\n', k) < k - 2 * shortestCaption)
  )
}

/** Does the line hold a slash, a bar, a dash or " via " / " for "? */
function hasMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2f || c === 0x7c || c === 0x2014 || c === 0x2013) return true
    if (c === 0x20 && /^(?:[Vv]ia|for) /.test(text.slice(i + 1, i + 5))) return true
  }
  return false
}

/** Credits on short lines under captions; `credits` are those found so far (sorted by start). */
export function findCaptionLines(
  text: string,
  taken: (at: number) => boolean,
  credits: readonly ImageCredit[],
): CaptionLine[] {
  const found: CaptionLine[] = []
  /**
   * Organisations that close a caption's line after its last sentence, by name: where each
   * closing starts and what it holds ("The Example Trust", "The Example Trust/Jane Roe").
   */
  const trailers = new Map<string, { start: number; written: string }[]>()
  /** A photographer's name alone on its line: where, and whether a caption's stop is above. */
  const lone = new Map<string, { start: number; sure: boolean }[]>()
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    if (lineEnd - lineStart <= 40 && galleryName.test(text.slice(lineStart, lineEnd))) {
      const name = text.slice(lineStart, lineEnd).trimEnd()
      const list = lone.get(name) ?? []
      // Under a caption: a line of 30 characters or more that ends a sentence.
      const sure =
        /[.!?]/.test(text[lineStart - 2] ?? '') &&
        lineStart - 1 - text.lastIndexOf('\n', lineStart - 2) > 30
      list.push({ start: lineStart, sure })
      lone.set(name, list)
    }
    const labelled = underLabel(text, lineStart, lineEnd, taken)
    if (labelled) {
      found.push(labelled)
      lineStart = lineEnd + 1
      continue
    }
    // Short lines only, under a line that ends a sentence or a credit (cheap tests first).
    // A caption without a full stop above a photographer's credit ("Cars line the road").
    const under =
      lineEnd - lineStart <= longestLine + 12 &&
      lineEnd - lineStart >= 2 &&
      (endsAbove(text, lineStart, taken) ||
        (/\p{Ll}/u.test(text[lineStart - 2] ?? '') && hasMark(text, lineStart, lineEnd)))
    const line = under ? readLine(text, lineStart, lineEnd, taken, credits) : null
    if (line) found.push(line)
    else if (!under && lineEnd - lineStart <= 40 && lineEnd - lineStart >= 6) {
      const named = agencyAboveCaption(text, lineStart, lineEnd, taken)
      if (named) found.push(named)
    } else if (lineEnd - lineStart > shortestCaption) {
      const at = trailerStart(text, lineStart, lineEnd)
      if (at > 0) {
        const written = text.slice(at, lineEnd).trimEnd()
        const slash = written.indexOf('/')
        const name = slash < 0 ? written : written.slice(0, slash)
        const list = trailers.get(name)
        if (list) list.push({ start: at, written })
        else if (
          (isOrganisation(name) && !agencies.has(name.toLowerCase())) ||
          (name === written && galleryName.test(name) && !isOrganisation(name))
        )
          trailers.set(name, [{ start: at, written }])
      }
    }
    lineStart = lineEnd + 1
  }
  // A gallery's captions that all end with the same organisation's name: its credit.
  let more = false
  for (const [name, closings] of trailers) {
    const person = galleryName.test(name) && !isOrganisation(name)
    const alone = lone.get(name) ?? []
    // A photographer's name alone closing three captions or more, or on its line under them
    // (a gallery; "Read More" under each teaser names no one).
    if (person) {
      if (closings.length + alone.filter((l) => l.sure).length < 3) continue
      for (const { start } of alone) closings.push({ start, written: name })
      lone.delete(name)
    }
    if (closings.length < 2) continue
    for (const { start, written } of closings) {
      if (taken(start)) continue
      // "The Example Trust/Jane Roe": the organisation, then its photographer.
      const who = written.length > name.length ? written.slice(name.length + 1) : null
      if (who !== null && !(who.includes(' ') && isPersonName(who))) continue
      const [creator, source] = person ? [name, null] : [who, name]
      found.push({ start, end: start + written.length, creator, source, license: null })
      more = true
    }
  }
  for (const [name, alone] of lone) {
    if (alone.filter((l) => l.sure).length < 3 || isOrganisation(name)) continue
    for (const { start } of alone) {
      if (taken(start)) continue
      found.push({ start, end: start + name.length, creator: name, source: null, license: null })
      more = true
    }
  }
  return more ? found.sort((a, b) => a.start - b.start) : found
}

/**
 * A photographer's name as a gallery prints it under or after each caption: two or three
 * capitalised words ("Jane Roe", "André Doe-Roe"), none a button's ("Read More", "Show All").
 */
const galleryName =
  /^(?!(?:Read|Learn|Show|View|See|Share|Continue|Load|Click|Leave|Watch|Listen|Sign|Log|Next|Previous|Back|Go|Get|Join|Subscribe|Follow|More|Full|All|Top|Home|Related|Latest|Most)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}[ \t]*$/u

/** A credit's label alone on its line: "Credit", "Photo credit:", "Copyright", "©". */
const loneLabel =
  /^[ \t]*(?:(?:(?:photo|image|picture)[ \t]+)?(credit)|(copyright|\u00a9))[ \t]*(?::[ \t]*)?\n$/i

/**
 * "Credit" alone on the line above, then "Jane Roe/Example Trust": the credit is the second line,
 * read by its shape. After "Copyright" only a person's name under a caption counts (a footer
 * prints "Copyright" over the site's or its owner's name).
 */
function underLabel(
  text: string,
  lineStart: number,
  lineEnd: number,
  taken: (at: number) => boolean,
): CaptionLine | null {
  if (lineEnd - lineStart > longestLine || !/[tT:\u00a9]/.test(text[lineStart - 2] ?? ''))
    return null
  // The label's line, looked for within 24 characters (not back over a long line).
  const from = Math.max(0, lineStart - 25)
  const nl = text.slice(from, lineStart - 1).lastIndexOf('\n')
  const above = nl >= 0 ? from + nl + 1 : from
  const label = nl >= 0 || from === 0 ? loneLabel.exec(text.slice(above, lineStart)) : null
  if (!label || taken(lineStart)) return null
  let end = lineEnd
  while (end > lineStart && /\s/.test(text[end - 1] ?? '')) end--
  const credit = readPhrase(text.slice(lineStart, end))
  if (!credit || (label[2] && !(isPerson(credit.creator) && endsAbove(text, above, () => false))))
    return null
  return { start: lineStart, end, ...credit, license: null }
}

/**
 * Where a short name after the last sentence of a line starts ("… a hazardous area. The Example
 * Trust"): two to five capitalised words, no full stop after them. -1 when there is none.
 */
function trailerStart(text: string, lineStart: number, lineEnd: number): number {
  let end = lineEnd
  while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  if (end - lineStart < shortestCaption || /[.!?:;,)\]"'\u201d\u2019]/.test(text[end - 1] ?? ''))
    return -1
  const floor = Math.max(lineStart + 20, end - 40)
  for (let i = end - 1; i > floor; i--) {
    if (text[i] !== ' ' || !/[.!?)]/.test(text[i - 1] ?? '')) continue
    const name = text.slice(i + 1, end)
    const n = name.split(' ').length
    return n >= 2 && n <= 7 && /^\p{Lu}/u.test(name) && !name.includes('|') ? i + 1 : -1
  }
  return -1
}

function readLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  taken: (at: number) => boolean,
  credits: readonly ImageCredit[],
): CaptionLine | null {
  if (lineEnd - lineStart > longestLine + 12 || lineStart === 0 || lineEnd - lineStart < 2)
    return null
  // Most short lines are headings and list items: no slash, bar, dash or "via", not a short name,
  // and no credit just above (all checked before any slicing).
  if (
    !hasMark(text, lineStart, lineEnd) &&
    !taken(lineStart - 2) &&
    !text.startsWith('Provided by ', lineStart)
  ) {
    // Only an agency's name alone is left ("Reuters"): short, with a capital.
    if (lineEnd - lineStart > 24) return null
    const first = text.charCodeAt(lineStart)
    if (first < 0x41 || first > 0x5a) return null
  }
  let start = lineStart
  // "/AP/SIPA": a slash opening the line leaves the photographer's slot empty.
  while (start < lineEnd && /[ \t\u2022*>/]/.test(text[start] ?? '')) start++
  // "— Reuters": a dash before the credit, as some papers print it.
  const dashed = /^[\u2014\u2013-][ \t]/.test(text.slice(start, start + 2))
  if (dashed) start += 2
  let end = lineEnd
  while (end > start && /[\s.]/.test(text[end - 1] ?? '')) end--
  if (end - start < 2 || end - start > longestLine || taken(start)) return null
  const written = text.slice(start, end)
  // The cheap tests first: most short lines are headings and list items.
  const chained = written.includes('/') || / [Vv]ia | for | \| /.test(written)
  // "Provided by Example Campaign": who gave the picture, alone on its line.
  const provided = written.startsWith('Provided by ') ? written.slice(12) : null
  const shaped = chained || dashed || provided !== null || agencies.has(written.toLowerCase())
  let before = lineStart - 1
  while (before > 0 && lineStart - before < 8 && /\s/.test(text[before] ?? '')) before--
  const afterCredit = taken(before)
  if (!shaped && !afterCredit) return null
  const above = lineAbove(text, lineStart)
  if (!above) return null
  // The same credit as the line above, its label left off.
  const echo = afterCredit
    ? credits.find((c) => c.start <= above.start + 12 && c.end === above.end)
    : undefined
  if (echo && echo.text.endsWith(written) && echo.text.length > written.length) {
    return { start, end, creator: echo.creator, source: echo.source, license: echo.license }
  }
  if (!shaped) return null
  // A short caption, or one without a full stop, is a caption only for a photographer's credit.
  const short =
    above.end - above.start < shortestCaption || !endsAbove(text, lineStart, () => false)
  const caption = text.slice(above.start, above.end)
  if (short && (dashed || !shortCaption.test(caption) || !captionEnd.test(caption))) return null
  if (provided !== null) {
    const credit = readPhrase(provided)
    return credit ? { start, end, ...credit, license: null } : null
  }
  // "CC BY-NC-ND / ICRC / Jane Roe": the licence opens the chain of an organisation's picture.
  const [licence] = /^CC[ -]/.test(written) ? findLicenses(written) : []
  const rest = licence?.start === 0 ? /^[ \t]*\/[ \t]*/.exec(written.slice(licence.end)) : null
  const credit = readPhrase(rest && licence ? written.slice(licence.end + rest[0].length) : written)
  if (!credit) return null
  if (rest && licence) return { start, end, ...credit, license: licence.name }
  // An organisation among the sources ("… Images", "Flickr", an acronym): a line of tags
  // ("Nuclear Weapons/Disarmament") names none.
  const sources = credit.source?.split(/\/| via | \| /) ?? []
  // "Jane Roe / Stringer": a person and Getty's role word name the photographer alone.
  const role = isPerson(credit.creator) && gettyRole.test(written)
  if (!role && !sources.some((part) => isOrganisation(part))) return null
  // Under a short caption, a person and the organisations they work for, nothing else.
  if (short && !(isPerson(credit.creator) && sources.every((part) => isOrganisation(part))))
    return null
  // "— Reuters" names an agency; "— Jane Roe" under a paragraph is a byline or a quote's author.
  if (dashed && !chained && credit.source === null) return null
  return { start, end, ...credit, license: null }
}

/**
 * "Honoring the fallen / The Yomiuri Shimbun / Ukrainian flags planted in …": a paper's or an
 * agency's name of two words or more alone on its line between blank lines, over the caption it
 * credits (a paragraph of 60 characters or more ending with a full stop), where a title stands
 * above it: a newspaper ("… Shimbun") or a picture library ("… Images"). A wire there ("AFP",
 * "Associated Press") is a story's byline, and is left alone, but under a gallery's counter
 * ("2/15", a button's line after it) it credits the picture.
 */
const pictureDesk = / (?:Shimbun|Images|Photos?|Pictures)$/
const galleryCounter = /(?:^|\n)\d{1,3} ?(?:\/|of) ?\d{1,3}\n(?:[^\n]{1,40}\n)?\n$/

function agencyAboveCaption(
  text: string,
  lineStart: number,
  lineEnd: number,
  taken: (at: number) => boolean,
): CaptionLine | null {
  const first = text.charCodeAt(lineStart)
  if (first < 0x41 || first > 0x5a || lineStart < 2 || text[lineStart - 2] !== '\n') return null
  const written = text.slice(lineStart, lineEnd).trimEnd()
  if (!agencies.has(written.toLowerCase()) || taken(lineStart)) return null
  if (
    !pictureDesk.test(written) &&
    !galleryCounter.test(text.slice(Math.max(0, lineStart - 64), lineStart))
  )
    return null
  if (text[lineEnd + 1] !== '\n') return null
  let end = text.indexOf('\n', lineEnd + 2)
  if (end < 0) end = text.length
  const caption = text.slice(lineEnd + 2, end).trimEnd()
  if (caption.length < 60 || !/[.!?]$/.test(caption)) return null
  return {
    start: lineStart,
    end: lineStart + written.length,
    creator: null,
    source: normaliseSource(written),
    license: null,
  }
}
