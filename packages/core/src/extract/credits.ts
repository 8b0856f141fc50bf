/**
 * Image and video credit lines ("Photo credit: 'Title' by someone on Flickr, CC BY 2.0",
 * "UN Photo/Jean Dupont", "© ICRC / Jane Doe", "Picture of the room by Jane Doe") parsed into
 * TASL fields: title, creator (author), source, licence.
 *
 * A credit needs a credit-line shape: a label at the start of a line, a sentence or a bracket,
 * then a body that reads as names, organisations, platforms, licences and links. Prose that merely
 * mentions a photo ("a photo by the entrance", "credit to the Chair") is rejected because it has
 * no label at a start or because its body does not read as a credit.
 *
 * The steps, one file each under `credits/`:
 * - `labels.ts`: where a credit can start and how its label reads ("Photo credit:", "©");
 * - `extent.ts`: where it ends (line, sentence, bracket, the next cover credit);
 * - `body.ts`: its body read into title, creator, source and licence;
 * - `agency-lines.ts`: credits of agencies printed without a label ("Jane Doe/AP");
 * - `vocabulary.ts`: the words they are made of (platforms, organisations, names).
 * This file runs them over a text, joins captions to their credits, and warns about missing fields.
 */
import { findLicenses } from '../data/licenses.js'
import type { Diagnostic, Draft, ExtractOptions, ImageCredit } from '../models/extraction.js'
import { findAgencyLines } from './credits/agency-lines.js'
import { findButtonCredits } from './credits/caption-buttons.js'
import { findCaptionLines } from './credits/caption-lines.js'
import { findCommonsLines } from './credits/commons.js'
import { findLicensedAttributions } from './credits/licensed.js'
import { LiteralWindows } from './prefilter.js'
import { particles, clean, words } from './credits/vocabulary.js'
import {
  labelWords,
  labelBarrier,
  isLabelBarrier,
  syncPoint,
  startPattern,
  type Strength,
  type Shape,
  type Label,
  makeLabel,
  readLabel,
  innerOrgLabel,
} from './credits/labels.js'
import { bodyEnd } from './credits/extent.js'
import { type Fields, takeQuotedTitle } from './credits/body.js'
import { type Parsed, parseAt, trimEnd } from './credits/parsed.js'
import { splitAtAnd } from './credits/several.js'
import { inSoftwareNotice, isSiteNotice } from './credits/notices.js'

export { literals, kindLabel } from './credits/labels.js'
export { nextCoverCredit } from './credits/extent.js'
export { hosts } from './credits/vocabulary.js'
export { agencyPattern } from './credits/agencies.js'

// --- The extractor ----------------------------------------------------------------------------

function onlyTitle(f: Fields): boolean {
  return f.title !== null && f.creator === null && f.source === null && f.license === null && !f.url
}

/**
 * "Photo: Delegates in the hall. UN Photo/Jane Doe" -- a caption sentence, then its credit on the
 * same line: one credit whose title is the caption.
 */
function extendCaption(text: string, parsed: Parsed, closer: string | null): Parsed | null {
  if (!/[.!?]/.test(text[parsed.rawEnd] ?? '')) return null
  let p = parsed.rawEnd + 1
  while (p < text.length && /["'\u201d\u2019)*_]/.test(text[p] ?? '')) p++
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++
  if (p >= text.length || text[p] === '\n') return null
  const next: Label = readLabel(text, p) ?? {
    start: p,
    bodyStart: p,
    kind: parsed.label.kind,
    strength: 'medium',
    shape: 'plain',
    vouches: false,
    presetSource: null,
    needsImageWord: false,
  }
  const tail = parseAt(text, next, closer)
  if (!tail || tail.fields.title !== null) return null
  if (tail.fields.creator === null && tail.fields.source === null) return null
  return {
    label: parsed.label,
    rawEnd: tail.rawEnd,
    end: tail.end,
    fields: { ...tail.fields, title: parsed.fields.title },
  }
}

/** Does `s` read as a description (a lower-case word that is no name particle)? */
function isDescriptive(s: string): boolean {
  return words(clean(s)).some(
    (w) => /^\p{Ll}/u.test(w) && !particles.has(w) && w !== 'and' && !/^(?:https?:|www\.)/.test(w),
  )
}

/** The credit that `label` begins parsed with no title, naming a creator or a source. */
function titlelessCredit(text: string, label: Label, closer: string | null): Parsed | null {
  const parsed = parseAt(text, label, closer)
  if (!parsed || parsed.fields.title !== null) return null
  if (parsed.fields.creator === null && parsed.fields.source === null) return null
  // "p. 12": a page number is no one's name.
  if (parsed.fields.creator !== null && !/\p{L}/u.test(parsed.fields.creator)) return null
  return parsed
}

/**
 * A caption, then its credit, after one label: "Photo: A deminer at work, Tajikistan. © FSD /
 * Jane Doe", "Image: Limbs at the workshop (photo: Jane Doe)". The caption is the title, even
 * when it would read as a credit of its own ("..., Jamaica" is a place, not a creator). A first
 * sentence that is a credit without a title ("Photo: Jane Doe. UN Photo/John Roe") stays one.
 */
function captionThenCredit(
  text: string,
  label: Label,
  closer: string | null,
  first: Parsed | null,
): Parsed | null {
  if (label.shape !== 'plain' || label.strength === 'weak' || label.needsImageWord) return null
  const rawEnd = bodyEnd(text, label.bodyStart, closer)
  if (rawEnd < 0) return null
  const end = trimEnd(text, label.bodyStart, rawEnd)
  let captionEnd = -1
  let tail: Parsed | null = null
  if (text[end - 1] === ')') {
    // "Caption (photo: Jane Doe)": a labelled credit in a closing bracket.
    const open = label.bodyStart + text.slice(label.bodyStart, end - 1).lastIndexOf('(')
    // Only after a descriptive caption: "Photo: Jane Doe (ICRC)" is a name and its agency.
    const descriptive = isDescriptive(text.slice(label.bodyStart, Math.max(label.bodyStart, open)))
    // "Caption (Jane Doe)": a bare name or agency in the bracket credits the caption.
    const inner =
      open > label.bodyStart && descriptive
        ? (readLabel(text, open + 1) ?? {
            start: open + 1,
            bodyStart: open + 1,
            kind: label.kind,
            strength: 'medium' as Strength,
            shape: 'plain' as Shape,
            vouches: false,
            presetSource: null,
            needsImageWord: false,
          })
        : null
    if (inner && !text.slice(open + 1, end - 1).includes('(')) {
      const credit = titlelessCredit(text, inner, ')')
      if (credit && credit.end === end - 1) {
        captionEnd = open
        tail = { ...credit, rawEnd, end }
      }
    }
  }
  // "Photo: Jane Doe. UN Photo/John Roe": a first sentence that is a credit stays one, unless
  // it reads as a description ("The GGE in session, Palais des Nations").
  const creditFirst =
    first !== null &&
    first.fields.title === null &&
    !isDescriptive(text.slice(label.bodyStart, end))
  if (!tail && /[.!?]/.test(text[rawEnd] ?? '') && !creditFirst) {
    let p = rawEnd + 1
    while (p < text.length && /["'\u201d\u2019)*_]/.test(text[p] ?? '')) p++
    while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++
    if (p < text.length && text[p] !== '\n') {
      const labelled = readLabel(text, p)
      // "Image: A cluster bomb. Source: HRW": the first label already says it is an image.
      const next: Label = (labelled &&
        makeLabel(labelled, labelled.strength, labelled.shape, labelled.vouches, false)) ?? {
        start: p,
        bodyStart: p,
        kind: label.kind,
        strength: 'medium',
        shape: 'plain',
        vouches: false,
        presetSource: null,
        needsImageWord: false,
      }
      tail = titlelessCredit(text, next, closer)
      captionEnd = end
    }
  }
  if (!tail) return null
  const caption = clean(text.slice(label.bodyStart, captionEnd))
  if (!caption || caption.length > 200 || !/\p{Ll}/u.test(caption)) return null
  const quoted = takeQuotedTitle(caption)
  const title = quoted && !clean(quoted.rest) ? quoted.title : caption
  return { label, rawEnd: tail.rawEnd, end: tail.end, fields: { ...tail.fields, title } }
}

/** "All rights reserved.", "CC BY 2.0.", "Used with permission." as a sentence of its own. */
const rightsSentence =
  /(?:all rights reserved|some rights reserved|(?:used|reproduced|republished|reprinted) with (?:kind )?permission|with permission)(?=[.!]?\s*(?:$|\n))/iy

/** "© 2008 Jane Doe. All rights reserved." -- the rights statement that closes a credit line. */
function extendRights(text: string, parsed: Parsed): Parsed | null {
  if (!/[.!]/.test(text[parsed.rawEnd] ?? '')) return null
  let p = parsed.rawEnd + 1
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++
  if (p >= text.length || text[p] === '\n') return null
  // Look no further than the longest sentence we accept: a search to the end of the line would
  // make one long line (pasted text, PDF extractions) quadratic.
  const reach = Math.min(text.length, p + 121)
  let lineEnd = p
  while (lineEnd < reach && text[lineEnd] !== '\n') lineEnd++
  if (lineEnd - p > 120) return null
  let sentenceEnd = lineEnd
  while (sentenceEnd > p && /[\s.!*_]/.test(text[sentenceEnd - 1] ?? '')) sentenceEnd--
  const sentence = text.slice(p, sentenceEnd)
  rightsSentence.lastIndex = p
  const rights = rightsSentence.exec(text)
  if (rights && p + rights[0].length === p + sentence.length) {
    const fields = { ...parsed.fields }
    if (/^all/i.test(rights[0])) {
      fields.license ??= 'All rights reserved'
    }
    return { ...parsed, rawEnd: p + sentence.length, end: p + sentence.length, fields }
  }
  const [licence] = findLicenses(sentence)
  if (licence && licence.start === 0 && licence.end === sentence.length) {
    const fields = { ...parsed.fields }
    fields.license ??= licence.name
    if (fields.licenseUrl === null) fields.licenseUrl = licence.url
    return { ...parsed, rawEnd: p + sentence.length, end: p + sentence.length, fields }
  }
  return null
}

/** Does one of `sorted` (credits sorted by start, not overlapping) cover offset `at`? */
function coveredBy(sorted: readonly { start: number; end: number }[]): (at: number) => boolean {
  return (at) => {
    let lo = 0
    let hi = sorted.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const c = sorted[mid]!
      if (at < c.start) hi = mid - 1
      else if (at >= c.end) lo = mid + 1
      else return true
    }
    return false
  }
}

/** The credit that `parsed` reads, with the text from its label's start. */
function toCredit(text: string, parsed: Parsed): ImageCredit {
  const { fields, end, label } = parsed
  const credit: Draft<ImageCredit> = {
    type: 'credit',
    start: label.start,
    end,
    text: text.slice(label.start, end),
    kind: label.kind,
    title: fields.title,
    creator: fields.creator,
    source: fields.source,
    license: fields.license,
  }
  if (fields.url && /^https?:\/\//i.test(fields.url)) credit.url = fields.url
  if (fields.licenseUrl && /^https:\/\//i.test(fields.licenseUrl))
    credit.licenseUrl = fields.licenseUrl
  return credit
}

/**
 * Find credit lines in `text`. Returns credits sorted by `start`, each with
 * `text === input.slice(start, end)`; pushes a `credit-incomplete` warning for every credit
 * that names no licence or no source.
 */
export function extractCredits(
  text: string,
  _options: ExtractOptions = {},
  diagnostics: Diagnostic[] = [],
  /** Test every start, without the label-word pre-filter (for tests that compare the two). */
  everywhere = false,
): ImageCredit[] {
  const credits: ImageCredit[] = []
  // No test of `literals` first: the label-word windows below (a superset of `literals`, which
  // every label holds) end the scan at once when no label word occurs, at a lower cost.
  if (typeof text !== 'string') return credits
  startPattern.lastIndex = 0
  let floor = 0
  let m: RegExpExecArray | null
  /** Keep `credit` and warn when it names no licence or no source. */
  const emit = (credit: ImageCredit): void => {
    credits.push(credit)
    const noLicense = credit.license === null
    const noSource = credit.source === null && credit.url === undefined
    if (noLicense || noSource) {
      const missing =
        noLicense && noSource ? ['license', 'source'] : [noLicense ? 'license' : 'source']
      diagnostics.push({
        start: credit.start,
        end: credit.end,
        ruleId: 'credit-incomplete',
        message: `Credit without a ${missing.join(' or ')}: add the ${missing.join(' and ')} to attribute the work`,
        severity: 'warning',
      })
    }
  }
  // Credits around caption buttons first: a label inside one ("Courtesy Example Books hide
  // caption") must not read the button's words as its body.
  const buttons = findButtonCredits(text, () => false)
  const inButton = coveredBy(buttons)
  const windows = new LiteralWindows(text, labelWords, labelBarrier, isLabelBarrier)
  while ((m = startPattern.exec(text))) {
    if (m[0].length === 0) startPattern.lastIndex++
    const at = m.index + m[0].length
    if (at < floor || at >= text.length) continue
    // No label word in reach of `at` (or of the "(" before it): skip to where one is.
    if (!everywhere && windows.skipTo(at > 0 ? at - 1 : 0) !== -1) {
      const skip = windows.skipTo(at)
      if (skip >= text.length) break
      if (skip !== -1) {
        startPattern.lastIndex = syncPoint(text, skip, startPattern.lastIndex)
        continue
      }
    }
    let label = readLabel(text, at)
    let opener = /[([]/.exec(m[0])?.[0] ?? null
    // "(c) 2008 Name": the bracket is the label itself, not one around the credit.
    if (!label && opener === '(' && text[at - 1] === '(') {
      label = readLabel(text, at - 1)
      opener = null
    }
    if (!label || (buttons.length > 0 && inButton(label.start))) continue
    // "Image Source: U.S. Navy photo by Jane Roe": the organisation's photo inside the body.
    label = innerOrgLabel(text, label) ?? label
    const closer = opener === '(' ? ')' : opener === '[' ? ']' : null
    let parsed = parseAt(text, label, closer)
    parsed = captionThenCredit(text, label, closer, parsed) ?? parsed
    if (!parsed) continue
    if (onlyTitle(parsed.fields)) {
      // A caption without a credit is no credit, unless a credit label vouches for it.
      const extended = extendCaption(text, parsed, closer)
      if (extended) parsed = extended
      else if (!label.vouches || !parsed.fields.titleQuoted) continue
    }
    const rights = extendRights(text, parsed)
    parsed = rights ?? parsed
    // A bare copyright line ("© 2015 Jane Roe") within a licence notice or a site's footer
    // credits no image.
    if (
      label.kind === 'credit' &&
      /^(?:\u00a9|\(c\)|copyright)/i.test(text.slice(label.start, label.bodyStart).trim())
    ) {
      if (inSoftwareNotice(text, label.start, parsed.end)) continue
      const reserved = rights !== null && rights.fields.license === 'All rights reserved'
      if (isSiteNotice(text, label.start, parsed.end, parsed.fields.creator, reserved)) continue
    }
    // "© HI, March 2019 and Jane Roe/MAG, May 2018": two credits on one line.
    const pair =
      parsed.fields.title === null || / and /.test(parsed.fields.title)
        ? splitAtAnd(text, parsed)
        : null
    for (const one of pair ?? [parsed]) emit(toCredit(text, one))
    floor = parsed.end
    startPattern.lastIndex = Math.max(startPattern.lastIndex, parsed.end)
  }
  // Commons' attribution lines ("By Jane Roe - Own work, CC BY-SA 4.0, https://commons...").
  const byLabel = credits.length
  const inLabelled = coveredBy(credits.slice())
  for (const line of findCommonsLines(text, inLabelled)) {
    const credit = lineCredit(text, { ...line, source: 'Wikimedia Commons' })
    credit.url = line.url
    if (line.licenseUrl) credit.licenseUrl = line.licenseUrl
    emit(credit)
  }
  // Creative Commons' attributions ("“Title” by jroe is licensed under CC BY 2.0").
  for (const parsed of findLicensedAttributions(text, coveredBy(credits.slice()))) {
    emit(toCredit(text, parsed))
  }
  if (credits.length > byLabel) credits.sort((a, b) => a.start - b.start)
  // Credits printed around a news site's caption buttons ("Jane Roe/AP hide caption").
  let before = credits.length
  const labelled = coveredBy(credits.slice())
  for (const line of buttons) if (!labelled(line.start)) emit(lineCredit(text, line))
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  // Unlabelled agency credits ("Jane Doe/AP", "AFP/Getty Images") where no label found one.
  before = credits.length
  for (const line of findAgencyLines(text, coveredBy(credits.slice()))) emit(lineCredit(text, line))
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  // Short credit lines under captions ("— Reuters", "NASA via Flickr Commons").
  before = credits.length
  const found = credits.slice()
  for (const line of findCaptionLines(text, coveredBy(found), found)) emit(lineCredit(text, line))
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  return credits
}

/** A credit read from one unlabelled line (an agency line, a Commons attribution). */
function lineCredit(
  text: string,
  line: {
    start: number
    end: number
    creator: string | null
    source: string | null
    license: string | null
  },
): Draft<ImageCredit> {
  return {
    type: 'credit',
    start: line.start,
    end: line.end,
    text: text.slice(line.start, line.end),
    kind: 'credit',
    title: null,
    creator: line.creator,
    source: line.source,
    license: line.license,
  }
}
