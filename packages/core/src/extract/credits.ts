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
 * The steps, one file each under `credits/` (eyecite's tokenize -> parse -> resolve -> diagnose):
 * - tokenize: `labels.ts` (where a credit can start, how its label reads: "Photo credit:", "©"),
 *   `extent.ts` (where it ends: line, sentence, bracket, a glued next sentence, see `glue.ts`);
 * - parse: `parsed.ts` and `body.ts` (its body read into title, creator, source and licence),
 *   `phrase.ts` (a credit read by its shape alone), `several.ts` (two credits on one line);
 * - find credits without a label: `agency-lines.ts` (credits of agencies, "Jane Doe/AP", with
 *   the agencies as data in `agencies.ts`), `caption-buttons.ts` (a news site's "hide caption" /
 *   "toggle caption"), `caption-lines.ts` (a short credit line under a caption), `commons.ts`
 *   and `licensed.ts` (the attributions Wikimedia Commons and Creative Commons write);
 * - resolve: `captions.ts` (a caption joined to its credit), `rights.ts` ("All rights reserved."),
 *   `notices.ts` (copyright notices that credit no image), `resolve.ts` (the entities);
 * - diagnose: `resolve.ts` (`credit-incomplete`).
 * Their words: `vocabulary.ts` (platforms, organisation words, names). This file runs the steps.
 */
import type { Diagnostic, ExtractOptions, ImageCredit } from '../models/extraction.js'
import { agencyPattern } from './credits/agencies.js'
import { findAgencyLines } from './credits/agency-lines.js'
import { findButtonCredits } from './credits/caption-buttons.js'
import { findCaptionLines } from './credits/caption-lines.js'
import {
  findCaptionAcronyms,
  findCommaPapers,
  findCommaPlatforms,
  findCaptionNames,
  findStaffPhotographers,
  findCaptionTails,
  tailLines,
  withoutPlaceLine,
} from './credits/caption-tails.js'
import { captionThenCredit, extendCaption, onlyTitle } from './credits/captions.js'
import { findCommonsLines } from './credits/commons.js'
import { findFlickrEmbeds } from './credits/flickr-embeds.js'
import { findGluedCaptions } from './credits/glued-captions.js'
import { findOrgBrackets } from './credits/org-brackets.js'
import {
  findBracketedLicences,
  findLicensedAttributions,
  licenceStarts,
} from './credits/licensed.js'
import {
  labelWords,
  copyrightHolderBelow,
  gluedCopyright,
  labelBarrier,
  isLabelBarrier,
  syncPoint,
  startPattern,
  textOpening,
  readLabel,
  innerOrgLabel,
} from './credits/labels.js'
import { inSoftwareNotice, isSiteNotice } from './credits/notices.js'
import { type Parsed, parseAt, parseUntil } from './credits/parsed.js'
import {
  agencies,
  isOrganisation,
  isPersonName,
  looksStrongHandle,
  normaliseSource,
} from './credits/vocabulary.js'
import { role } from './credits/body.js'
import { acronymBeforeSentence, agencyAlone, agencyAtSlash } from './credits/extent.js'
import { findHangulCredits } from './credits/hangul.js'
import { findOrgPhotos } from './credits/org-photos.js'
import { coveredBy, diagnose, lineCredit, toCredit } from './credits/resolve.js'
import { extendRights } from './credits/rights.js'
import { splitAtAnd } from './credits/several.js'
import { findAgencyColonLines, findFieldLines, findSignedLicences } from './credits/signed-lines.js'
import { LiteralWindows } from './prefilter.js'

export { literals, kindLabel } from './credits/labels.js'
export { nextCoverCredit } from './credits/extent.js'
export { hosts } from './credits/vocabulary.js'
export { agencyPattern } from './credits/agencies.js'

/**
 * Getty's "Photo credit should read …" (or "… should be given to"): the words between the label
 * and the credit.
 */
const shouldRead = /^[ \t]*(?:should|must)[ \t]+(?:read|be[ \t]+given[ \t]+to)[ \t]+/i

/**
 * Getty's formula names a person, then the agencies after the first slash ("Jane Doe/ Example
 * Agency/Future Publishing via Getty Images"): the creator is the person only, the rest of the
 * chain as written is the source. Other bodies keep the fields their reader gave.
 */
function shouldReadFields(text: string, parsed: Parsed): Parsed {
  const body = text.slice(parsed.label.bodyStart, parsed.end)
  const slash = body.indexOf('/')
  if (slash < 0) return parsed
  const who = body.slice(0, slash).trim()
  const rest = body.slice(slash + 1).trim()
  const { creator, source } = parsed.fields
  if (!creator?.startsWith(who) || !isPersonName(who) || isOrganisation(who) || !rest) return parsed
  // The reader's own spelling of the chain stays when it holds every part ("AFP/Getty Images").
  const bare = (s: string | null) => (s ?? '').toLowerCase().replace(/\s+/g, '')
  if (creator === who && bare(source) === bare(rest)) return parsed
  return { ...parsed, fields: { ...parsed.fields, creator: who, source: rest } }
}

/**
 * "Jane Roe / Getty Images World-renowned artist …", "Jane Roe / Reuters On Monday, …": a credit
 * opening a caption's line ends with the known agency that closes its chain; the capitalised
 * words after it open the caption.
 */
function atAgencyEnd<T extends { start: number; end: number; source: string | null }>(
  text: string,
  one: T,
): T {
  const slash = text.lastIndexOf('/', one.end)
  if (slash < one.start || text[one.end] === '\n' || one.end >= text.length) return one
  const from = slash + (text[slash + 1] === ' ' ? 2 : 1)
  agencyPattern.lastIndex = 0
  const name = agencyPattern.exec(text.slice(from, one.end))
  const end = name ? from + name[0].length : 0
  const extra = text.slice(end, one.end)
  if (name?.index !== 0 || !/^ \p{Lu}/u.test(extra) || !one.source?.endsWith(extra)) return one
  return { ...one, end, source: one.source.slice(0, -extra.length) }
}

/** A label that names a source: "Image source:", "Quelle:", Vietnamese "Nguồn ảnh:". */
const sourceLabel = /source|quelle|fonte|fuente|ngu\u1ed3n/i

/** A wire's picture desk named alone as a source: "AP Photo", "AFP PHOTO". */
const wireDesk = /^(AP|AFP|EPA|Reuters|Xinhua) (?:Photo|PHOTO)$/

/**
 * Find credit lines in `text`. Returns credits sorted by `start`, each with
 * `text === input.slice(start, end)`; pushes a `credit-incomplete` warning for every credit
 * that names no licence or no source.
 */
export function extractCredits(
  text: string,
  options: ExtractOptions = {},
  diagnostics: Diagnostic[] = [],
  /** Test every start, without the label-word pre-filter (for tests that compare the two). */
  everywhere = false,
): ImageCredit[] {
  // "ⓒ Jane Roe" (Korean and Japanese sites) and "Ⓒ" stand for "©": read as it, spans as written.
  // A broadcaster's "Image copyright" with its holder alone on the next line is read as one line,
  // and one glued to its holder and the "Image caption" after it as "Image:" before the holder.
  // Both rewrites keep every offset.
  if (typeof text !== 'string') return readCredits(text, options, diagnostics, everywhere)
  // Two searches for one character each: a class of two scans a long text eight times slower.
  const circled = text.includes('\u24d2') || text.includes('\u24b8')
  const split = text.includes('Image copyright')
  if (!circled && !split) return readCredits(text, options, diagnostics, everywhere)
  let read = circled ? text.replace(/[\u24b8\u24d2]/g, '\u00a9') : text
  if (split)
    read = read
      .replace(copyrightHolderBelow, (m) => m.replace(/[\r\n]/g, ' '))
      // "Image copyrightEPAImage caption": the holder between the labels, as scraped.
      .replace(
        gluedCopyright,
        (_, holder: string, caption: string) =>
          `Image:${' '.repeat(9)}${holder}${caption ? '\nmage caption' : ''}`,
      )
  return readCredits(read, options, diagnostics, everywhere).map((c) => ({
    ...c,
    text: text.slice(c.start, c.end),
  }))
}

function readCredits(
  text: string,
  _options: ExtractOptions,
  diagnostics: Diagnostic[],
  everywhere: boolean,
): ImageCredit[] {
  const credits: ImageCredit[] = []
  // No test of `literals` first: the label-word windows below (a superset of `literals`, which
  // every label holds) end the scan at once when no label word occurs, at a lower cost.
  if (typeof text !== 'string') return credits
  startPattern.lastIndex = 0
  let floor = 0
  /** Keep `credit` and warn when it names no licence or no source. */
  // Which pass found a credit first, and its warning: see `withoutOverlaps`.
  const order = new Map<ImageCredit, number>()
  const warnings = new Map<ImageCredit, Diagnostic>()
  const emit = (credit: ImageCredit): void => {
    // A table's bar or a dash after a credit ("Photo: Jane Roe/Example.vn |", "Jane Roe / Getty
    // -") is no part of it.
    let kept = credit.text
    while (/\s[|*\u2013\u2014-]$/.test(kept)) kept = kept.slice(0, -1).trimEnd()
    if (kept.length < credit.text.length && kept)
      credit = { ...credit, text: kept, end: credit.start + kept.length }
    // "AP Photo" alone (on its line, in brackets, after a label): a wire's picture desk credits
    // the wire; with the photographer ("AP Photo/Jane Roe") the desk stays as written.
    const desk = credit.creator === null ? wireDesk.exec(credit.source ?? '') : null
    if (desk) credit = { ...credit, source: desk[1]! }
    order.set(credit, order.size)
    credits.push(credit)
    const warning = diagnose(credit)
    if (warning) {
      diagnostics.push(warning)
      warnings.set(credit, warning)
    }
  }
  // Credits around caption buttons first: a label inside one ("Courtesy Example Books hide
  // caption") must not read the button's words as its body.
  const buttons = findButtonCredits(text, () => false)
  const inButton = coveredBy(buttons)
  const windows = new LiteralWindows(text, labelWords, labelBarrier, isLabelBarrier)
  // The text's first line first (no "\n" before it for `startPattern`), then the other starts.
  let m = text.charCodeAt(0) === 10 ? startPattern.exec(text) : textOpening.exec(text)
  if (m && m.index === 0) startPattern.lastIndex = m[0].length
  for (; m; m = startPattern.exec(text)) {
    if (m[0].length === 0) startPattern.lastIndex++
    const at = m.index + m[0].length
    if (at < floor || at >= text.length) continue
    // No label word in reach of `at` (or of the "(" before it): skip to where one is. An "@" for
    // a "©" opening the text has no "\n" before it for the windows to find.
    const atOpening = at === 0 && text.charCodeAt(0) === 0x40
    if (!everywhere && !atOpening && windows.skipTo(at > 0 ? at - 1 : 0) !== -1) {
      const skip = windows.skipTo(at)
      if (skip >= text.length) break
      if (skip !== -1) {
        startPattern.lastIndex = syncPoint(text, skip, startPattern.lastIndex)
        continue
      }
    }
    let label = readLabel(text, at)
    let opener = /[([]/.exec(m[0])?.[0] ?? null
    // "[File: Courtesy of Example Group]": a file picture's note opens the bracket.
    const filed = opener
      ? null
      : /([([])(?:File|FILE):[ \t]*$/.exec(text.slice(Math.max(0, at - 9), at))
    if (filed) opener = filed[1] ?? null
    // "(c) 2008 Name": the bracket is the label itself, not one around the credit.
    if (!label && opener === '(' && text[at - 1] === '(') {
      label = readLabel(text, at - 1)
      opener = null
    }
    if (!label || (buttons.length > 0 && inButton(label.start))) continue
    // "Image Source: U.S. Navy photo by Jane Roe": the organisation's photo inside the body.
    label = innerOrgLabel(text, label) ?? label
    // "(Photo credit should read JANE ROE/AFP/Getty Images)": the agencies' formula before a credit.
    const formula = shouldRead.exec(text.slice(label.bodyStart, label.bodyStart + 24))
    if (formula) label = { ...label, bodyStart: label.bodyStart + formula[0].length }
    const closer = opener === '(' ? ')' : opener === '[' ? ']' : null
    // "(Source: Example Agency)" after a caption: a known agency alone in the bracket names the
    // picture's source, though no image word is there.
    if (
      label.needsImageWord &&
      closer &&
      (filed !== null || agencyAlone(text, label.bodyStart, closer))
    ) {
      label = { ...label, needsImageWord: false }
    }
    // "Source: AFP/Jane Roe", "Zdroj: ČTK / Jane Roe" on a line of its own: a known agency at a
    // slash names a picture's source.
    if (label.needsImageWord && !closer && agencyAtSlash(text, label.bodyStart))
      label = { ...label, needsImageWord: false }
    // "© ACRONYM Often called ...", "Image: X via AP A satellite …": the caption's first sentence
    // glued to the credit.
    const cut = acronymBeforeSentence(
      text,
      label.bodyStart,
      label.kind === 'credit' || label.vouches,
    )
    let parsed = cut > 0 ? parseUntil(text, label, cut) : parseAt(text, label, closer)
    if (cut < 0) parsed = captionThenCredit(text, label, closer, parsed) ?? parsed
    if (!parsed) continue
    if (formula) parsed = shouldReadFields(text, parsed)
    // "All photos courtesy of the author": a role names no one.
    const f = parsed.fields
    if (f.creator && role.test(f.creator) && !f.source && !f.license && !f.title) continue
    if (onlyTitle(parsed.fields)) {
      // A caption without a credit is no credit, unless a credit label vouches for it.
      const extended = extendCaption(text, parsed, closer)
      if (extended) parsed = extended
      else if (!label.vouches || !parsed.fields.titleQuoted) continue
    }
    // "© Jane Roe Source: AFP", "Foto: Jane Roe Foto: DPA": the agency that sent the picture,
    // after its photographer.
    const sent =
      parsed.fields.source === null &&
      /^ (?:Source|Foto): /.test(text.slice(parsed.end, parsed.end + 9))
        ? /^ (?:Source|Foto): ([^\n]{2,30}?)[ \t]*(?:\n|$)/.exec(
            text.slice(parsed.end, parsed.end + 42),
          )
        : null
    if (sent && agencies.has((sent[1] ?? '').toLowerCase())) {
      const source = normaliseSource(sent[1] ?? '')
      const end = parsed.end + sent[0].trimEnd().length
      parsed = { ...parsed, end, fields: { ...parsed.fields, source } }
    }
    // "Image source: Example", "Nguồn ảnh: Example": one word after a source's label names the
    // source, not a creator; so does one word after any other label but "by" ("Foto: Forsvaret",
    // "Credit: Example", "© Example", "Photo courtesy of Example": an office, a firm or a site, as
    // every real-page set annotates it); after a credit's label or "©" a user's handle stays the
    // creator ("Photo credit: jdoe_42"), not after a kind's colon ("Foto: example24").
    const one = parsed.fields
    if (
      one.creator &&
      !one.source &&
      !/[\s/]/.test(one.creator) &&
      (sourceLabel.test(text.slice(label.start, label.bodyStart)) ||
        (label.shape === 'plain' &&
          label.bodyStart > label.start &&
          (!looksStrongHandle(one.creator) ||
            (!label.vouches && /:\s*$/.test(text.slice(label.start, label.bodyStart))))))
    )
      parsed = { ...parsed, fields: { ...one, creator: null, source: one.creator } }
    const rights = extendRights(text, parsed)
    parsed = rights ?? parsed
    // A bare copyright line ("© 2015 Jane Roe") within a licence notice or a site's footer
    // credits no image.
    if (
      label.kind === 'credit' &&
      /^(?:\u00a9|\(c\)|copyright)/i.test(text.slice(label.start, label.bodyStart).trim())
    ) {
      if (inSoftwareNotice(text, label.start, parsed.end)) continue
      const reserved = parsed.fields.license === 'All rights reserved'
      if (isSiteNotice(text, label.start, parsed.end, parsed.fields.creator, reserved)) continue
    }
    // "© HI, March 2019 and Jane Roe/MAG, May 2018": two credits on one line.
    const pair =
      parsed.fields.title === null || / and /.test(parsed.fields.title)
        ? splitAtAnd(text, parsed)
        : null
    // "Photo credit: © Ch" at the very end of the text: an excerpt cut inside the credit.
    if (
      parsed.end >= text.length &&
      /^[\s\u00a9]*\p{Lu}\p{Ll}?$/u.test(text.slice(label.bodyStart))
    )
      break
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
  // Flickr's embed attributions ("Morning Mist, originally uploaded by jroe123").
  for (const one of findFlickrEmbeds(text, coveredBy(credits.slice()))) {
    emit({ ...lineCredit(text, { ...one, source: null, license: null }), title: one.title })
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
  for (const line of findAgencyLines(text, coveredBy(credits.slice()))) {
    emit(lineCredit(text, atAgencyEnd(text, withoutPlaceLine(text, line))))
  }
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  // A user and a licence in brackets ("(jroe, via and used under Creative Commons zero)").
  before = credits.length
  // Where licences are written, found once for this pass and the signed licences' below.
  const licences = licenceStarts(text)
  for (const one of findBracketedLicences(text, coveredBy(credits.slice()), licences)) {
    emit(lineCredit(text, { ...one, source: null }))
  }
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  // An organisation with a licence ("Example Service (CC BY 4.0)") and an agency with its
  // photographer ("Reuters: Jane Roe") closing a caption's line without a label.
  before = credits.length
  for (const one of findSignedLicences(text, coveredBy(credits.slice()), licences))
    emit(lineCredit(text, one))
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  before = credits.length
  for (const one of findAgencyColonLines(text, coveredBy(credits.slice()))) {
    emit(lineCredit(text, one))
  }
  // A record's "Copyright" line, its value on the next ("© 2022 Jane Roe").
  for (const one of findFieldLines(text, coveredBy(credits.slice()))) {
    emit({ ...lineCredit(text, one), kind: one.kind })
  }
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  // Short credit lines under captions ("— Reuters", "NASA via Flickr Commons").
  before = credits.length
  // "Jane Roe, USA TODAY", "(Jane Roe, The Associated Press)" closing a caption.
  const tails = tailLines(text)
  for (const one of findCommaPapers(text, coveredBy(credits.slice()), tails))
    emit(lineCredit(text, one))
  const found = credits.slice()
  for (const line of findCaptionLines(text, coveredBy(found), found)) emit(lineCredit(text, line))
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  // Credits closing a caption's line ("... in the valley Jane Roe/Example Images").
  before = credits.length
  // A paper's own photographer and her role ("… 2023. JANE DOE / STAFF PHOTOGRAPHER").
  for (const one of findStaffPhotographers(text, coveredBy(credits.slice()))) {
    emit(lineCredit(text, one))
  }
  for (const line of findCaptionTails(text, coveredBy(credits.slice()))) {
    emit(lineCredit(text, line))
  }
  for (const one of findCaptionAcronyms(text, coveredBy(credits.slice()))) {
    emit(lineCredit(text, one))
  }
  // "… at the dam, 1949, Wikimedia Commons".
  for (const one of findCommaPlatforms(text, coveredBy(credits.slice()), tails))
    emit(lineCredit(text, one))
  // A photographer's name in brackets closing a caption ("… in September. (Jane Roe)").
  for (const one of findCaptionNames(text, coveredBy(credits.slice()))) {
    emit(lineCredit(text, one))
  }
  // A credit glued to its caption ("… in the capital.JANE DOE (REUTERS)Next caption").
  for (const one of findGluedCaptions(text, coveredBy(credits.slice()))) emit(lineCredit(text, one))
  // An organisation's name in brackets closing a caption ("… on June 2. [Example Trust]").
  for (const one of findOrgBrackets(text, coveredBy(credits.slice()))) emit(lineCredit(text, one))
  // An organisation's photo service alone ("(Example Ministry Photo)", "XYZ photo").
  for (const one of findOrgPhotos(text, coveredBy(credits.slice()))) emit(lineCredit(text, one))
  // Korean papers' " / Name 기자", " / Example Office 제공", "사진=Name 기자" (`hangul.ts`).
  for (const one of findHangulCredits(text, coveredBy(credits.slice()))) {
    emit({ ...lineCredit(text, one), kind: one.kind ?? (one.labelled ? 'photo' : 'credit') })
  }
  if (credits.length > before) credits.sort((a, b) => a.start - b.start)
  return withoutOverlaps(credits, order, warnings, diagnostics)
}

/**
 * Each pass skips the starts of credits found before it, but a later one may start before an
 * earlier credit and run over it ("AP / Jane Roe© Photo:" around "© Photo"): of two credits that
 * overlap, the one found first stays, and the other's warning goes with it.
 */
function withoutOverlaps(
  credits: ImageCredit[],
  order: ReadonlyMap<ImageCredit, number>,
  warnings: ReadonlyMap<ImageCredit, Diagnostic>,
  diagnostics: Diagnostic[],
): ImageCredit[] {
  const kept: ImageCredit[] = []
  const dropped = new Set<Diagnostic>()
  for (const credit of credits) {
    const last = kept[kept.length - 1]
    if (!last || credit.start >= last.end) {
      kept.push(credit)
      continue
    }
    const [stay, go] =
      (order.get(credit) ?? 0) < (order.get(last) ?? 0) ? [credit, last] : [last, credit]
    kept[kept.length - 1] = stay
    const warning = warnings.get(go)
    if (warning) dropped.add(warning)
  }
  if (dropped.size > 0) {
    const rest = diagnostics.filter((d) => !dropped.has(d))
    diagnostics.splice(0, diagnostics.length, ...rest)
  }
  return kept
}
