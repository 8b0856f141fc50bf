/**
 * Image and video credit lines ("Photo credit: 'Title' by someone on Flickr, CC BY 2.0",
 * "UN Photo/Jean Dupont", "© ICRC / Jane Doe", "Picture of the room by Jane Doe") parsed into
 * TASL fields: title, creator (author), source, licence.
 *
 * A credit needs a credit-line shape: a label at the start of a line, a sentence or a bracket,
 * then a body that reads as names, organisations, platforms, licences and links. Prose that merely
 * mentions a photo ("a photo by the entrance", "credit to the Chair") is rejected because it has
 * no label at a start or because its body does not read as a credit.
 */
import { findLicenses } from '../data/licenses.js'
import type {
  CreditKind,
  Diagnostic,
  Draft,
  ExtractOptions,
  ImageCredit,
} from '../models/extraction.js'
import { findAgencyLines } from './credits/agency-lines.js'
import { LiteralWindows } from './prefilter.js'
import {
  hosts,
  subjectTitles,
  particles,
  prepositions,
  canonicalPlatform,
  clean,
  words,
  isNameWord,
  isPersonName,
  isHandle,
  looksStrongHandle,
  isOrganisation,
  isDomain,
  normaliseSource,
  ignorableSegment,
} from './credits/vocabulary.js'

export { hosts }

/** Hint for the orchestrator's pre-filter: no credit can match where this does not. */
export const literals =
  /photo|image|picture|\bpics?\b|video|footage|illustration|drawing|cartoon|\bmaps?\b|graph|chart|credit|courtesy|copyright|source|©|\(c\)/i

/**
 * The pre-filter inside a text: every label holds one of these words, case-insensitively
 * ("Header image:", "UN Photo/", "ICRC photo by", "Credit:", "Source:", "©", "(c)"), after a run
 * of letters, digits, white space, ".", "&", apostrophes and hyphens (qualifiers, "UN",
 * organisation names). `LiteralWindows` runs the label patterns only where that holds: keep these
 * words in step with `kindLabel`, `orgLabel` and `bareLabel` (test/property.test.ts compares
 * the results with and without it).
 */
const labelWords: readonly (RegExp | string)[] = [
  // Letters as "[pP]": the "i" flag is more than twice as slow on texts beyond Latin-1.
  /[pP](?:[hH][oO][tT][oO]|[iI][cC])|[iI](?:[mM][aA][gG][eE]|[lL][lL][uU][sS][tT][rR][aA][tT][iI][oO][nN])|[vV][iI][dD][eE][oO]|[fF][oO][oO][tT][aA][gG][eE]|[dD][rR][aA][wW][iI][nN][gG]|[cC](?:[aA][rR][tT][oO][oO][nN]|[hH][aA][rR][tT]|[rR][eE][dD][iI][tT]|[oO][uU][rR][tT][eE][sS][yY]|[oO][pP][yY][rR][iI][gG][hH][tT])|[mM][aA][pP]|[gG][rR][aA][pP][hH]|[sS][oO][uU][rR][cC][eE]|[cC][oO][vV][eE][rR]/g,
  // Apart: punctuation in the alternation above makes it twice as slow. "©" by `indexOf`; "(c)"
  // by a regex, whose skip search stays fast on a run of "(" (where `indexOf` slows down tenfold).
  '\u00a9',
  /\([cC]\)/g,
]
/** An ASCII character that no label holds before its word (see `labelWords`). */
const labelBarrier = /[^A-Za-z0-9.&'\s\u0080-\uffff-]/g

function isLabelBarrier(code: number): boolean {
  if (code >= 0x80) return false
  return !(
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2e ||
    code === 0x26 ||
    code === 0x27 ||
    code === 0x2d ||
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d)
  )
}

/**
 * Where the start scan may resume (not before `floor`, where it stands) so that it finds every
 * start at or after `at`: just after the last letter or digit before `at` (no start pattern match
 * holds one, so none spans it).
 */
function syncPoint(text: string, at: number, floor: number): number {
  let k = at - 1
  while (k >= floor) {
    const code = text.charCodeAt(k) | 0x20
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) break
    k--
  }
  return k + 1
}

const quotePairs: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  '\u00ab': '\u00bb',
  '\u201e': '\u201c',
}

// --- Where a credit can start -----------------------------------------------------------------

/**
 * Places a credit line may begin: the start of a line (after list, quote or emphasis markers),
 * the start of a sentence, just inside a bracket, or after a caption separator (" | ", " — ").
 */
const startPattern =
  /(?:^|\n)[ \t>#*_-]*(?:[([][*_]*)?|[.!?]["'\u201d\u2019)\]]*[ \t]+[*_]*|[([>][*_]*|[ \t][|\u2013\u2014][ \t]+[*_]*|\.(?=(?:Photo|Image|Credit)s?\b|\u00a9)|(?<=(?:19|20)\d\d)[ \t]+(?=(?:Back|Front|Inside) cover\b)/g

const qualifiers =
  'all|header|featured|feature|top|cover|main|lead|banner|hero|title|inset|background'
const kinds =
  'un\\s+photo|photo(?:graph)?s?|photography|images?|pictures?|pics?|videos?|footage|illustrations?|drawings?|cartoons?|maps?|graphics?|infographics?|charts?|graphs?'

/** "Photo credit:", "Image:", "Photo by", "Picture of", "Photograph courtesy of", "UN Photo/". */
export const kindLabel = new RegExp(
  `(?:(${qualifiers})\\s+)?(${kinds})(?:\\s+(?:(?:at|on)\\s+(?:the\\s+)?)?(?:top|above|below|left|right|bottom)(?=\\s*[:\u00a9]))?` +
    '(\\s*(?:credits?|courtesy|copyright|source)\\b(?:\\s+of\\b)?\\s*[:\\u2013\\u2014-]?' +
    '|\\s*\u00a9|\\s*\\(c\\)' +
    '|\\s*[:\\u2013\\u2014]|\\s+-(?=\\s)' +
    '|\\s+(?:taken\\s+|made\\s+|shot\\s+|drawn\\s+|created\\s+|produced\\s+)?by\\b' +
    '|\\s+courtesy(?:\\s+of)?\\b' +
    '|\\s+of\\b' +
    '|\\s+(?:via|from)\\b' +
    '|\\s*\\/)',
  'iy',
)

/**
 * Labels without a kind: "Credit:", "Courtesy of", "©", "(c) 2008", "Copyright", "Source:", and a
 * report's "Back cover ©" / "Back cover (left) ©".
 */
const bareLabel =
  /(?:photo\s+)?(credits?)\s*[:\u2013\u2014]|(courtesy)(?:\s+of\b)?\s*:?|(copyright)\b[ \t]*(?:\u00a9|\(c\)|(?=(?:19|20)\d\d\b))|(\u00a9)|(\(c\))(?=\s*(?:19|20)\d\d\b)|(source)\s*:|((?:back|front|inside)\s+cover)(?:\s*\((?:left|right|top|bottom)\))?\s*(?:\u00a9|:)/iy

type Strength = 'strong' | 'medium' | 'weak'
type Shape = 'plain' | 'by' | 'of' | 'via'

/** "U.S. Navy photo by ...", "ICRC photo by ...": an organisation's photo, credited to a person. */
const orgLabel =
  /((?:(?:\p{Lu}[\p{L}\p{N}.&'\u2019-]*|of|the)\s+){0,4}\p{Lu}[\p{L}\p{N}.&'\u2019-]*)\s+(photo(?:graph)?s?|images?|videos?|graphics?|illustrations?|footage)\s+(?:by|courtesy(?:\s+of)?)\b/uy

interface Label {
  start: number
  bodyStart: number
  kind: CreditKind
  strength: Strength
  shape: Shape
  /** An explicit credit word ("credit", "courtesy", "©", "UN Photo/"): the body may be a bare title. */
  vouches: boolean
  presetSource: string | null
  /** "Source:" credits must mention an image to count. */
  needsImageWord: boolean
}

/**
 * A label from a base and the rest, field by field: object spreads of bases of several shapes
 * are slow in V8 (three times slower parsing of label-dense text).
 */
function makeLabel(
  base: Pick<Label, 'start' | 'bodyStart' | 'kind' | 'presetSource'>,
  strength: Strength,
  shape: Shape,
  vouches: boolean,
  needsImageWord: boolean,
): Label {
  return {
    start: base.start,
    bodyStart: base.bodyStart,
    kind: base.kind,
    strength,
    shape,
    vouches,
    presetSource: base.presetSource,
    needsImageWord,
  }
}

function kindOf(word: string): CreditKind {
  const w = word.toLowerCase()
  if (w.startsWith('un') || w.startsWith('photo')) return 'photo'
  if (/^(?:image|graph|infographic|chart)/.test(w)) return 'image'
  if (w.startsWith('pic')) return 'picture'
  if (w.startsWith('video') || w === 'footage') return 'video'
  if (w.startsWith('illustration') || w.startsWith('drawing') || w.startsWith('cartoon')) {
    return 'illustration'
  }
  if (w.startsWith('map')) return 'map'
  return 'credit'
}

function readLabel(text: string, at: number): Label | null {
  kindLabel.lastIndex = at
  const k = kindLabel.exec(text)
  // "image::", ".. image:: badge.svg": reStructuredText and AsciiDoc directives, not captions.
  if (k && k[0].endsWith(':') && text[at + k[0].length] === ':') return null
  // A label stays on one line ("Maps" ending a line and "- Sets" starting the next is a list).
  if (k && !k[0].includes('\n')) {
    const kindWord = k[2] ?? ''
    const conn = (k[3] ?? '').trim().toLowerCase()
    const bodyStart = at + k[0].length
    const isUn = /^un\s/i.test(kindWord)
    const base = {
      start: at,
      bodyStart,
      kind: kindOf(kindWord),
      presetSource: isUn ? 'UN Photo' : null,
      needsImageWord: false,
    }
    if (conn === 'of') return makeLabel(base, 'medium', 'of', false, false)
    if (conn === 'via' || conn === 'from') {
      return makeLabel(base, 'medium', 'via', false, false)
    }
    if (/\bby$/.test(conn)) return makeLabel(base, 'medium', 'by', false, false)
    if (conn === '/') {
      // Only "UN Photo/Name" is a credit; "image/video" is prose.
      return isUn ? makeLabel(base, 'strong', 'plain', true, false) : null
    }
    if (/^(?:credit|courtesy|copyright|source|\u00a9|\(c\))/.test(conn)) {
      return makeLabel(base, 'strong', 'plain', true, false)
    }
    // "Header image:", "Featured image:" are captions' credit labels.
    return makeLabel(base, isUn || k[1] ? 'strong' : 'medium', 'plain', isUn, false)
  }
  orgLabel.lastIndex = at
  const o = orgLabel.exec(text)
  if (o && isOrganisation(o[1] ?? '')) {
    return {
      start: at,
      bodyStart: at + o[0].length,
      kind: kindOf(o[2] ?? ''),
      strength: 'medium',
      shape: 'by',
      vouches: false,
      presetSource: normaliseSource(o[1] ?? ''),
      needsImageWord: false,
    }
  }
  bareLabel.lastIndex = at
  const b = bareLabel.exec(text)
  if (!b) return null
  const bodyStart = at + b[0].length
  const base = {
    start: at,
    bodyStart,
    kind: 'credit' as CreditKind,
    presetSource: null,
    shape: 'plain' as Shape,
    vouches: true,
  }
  if (b[1]) return makeLabel(base, 'strong', 'plain', true, false)
  if (b[4] || b[5] || b[7]) return makeLabel(base, 'strong', 'plain', true, false)
  if (b[6]) return makeLabel(base, 'weak', 'plain', true, true)
  return makeLabel(base, 'weak', 'plain', true, false)
}

// --- Where a credit ends ----------------------------------------------------------------------

const abbreviations = new Set(
  'mr mrs ms dr st jr sr prof no nos vol co inc ltd corp dept gen col lt sgt capt rev fig ca approx'.split(
    ' ',
  ),
)

/** The label of the next cover credit on the same line: " Back cover ©", " Back cover (left) ©". */
export const nextCoverCredit =
  /[ \t]+(?:Back|Front|Inside)\s+cover(?:\s*\((?:left|right|top|bottom)\))?\s*(?:\u00a9|:)/y

/** Longest body we accept: credit lines are short; anything longer is prose. */
const maxBody = 320

/**
 * End of the credit body that starts at `from`: the end of the line, the end of the sentence,
 * or the bracket that opened before the label. Quoted titles and brackets are skipped whole.
 * Returns -1 when the body runs on too long to be a credit.
 */
function bodyEnd(text: string, from: number, closer: string | null): number {
  let depth = 0
  let i = from
  const limit = Math.min(text.length, from + maxBody)
  while (i < limit) {
    const c = text[i] ?? ''
    if (c === '\n' || c === '\r') return i
    if (c === '<' && /^<(?:\/|br\b)/i.test(text.slice(i, i + 4))) return i
    // "© Jane Doe / MAG, May 2013Deminer at work": a year glued to the caption that follows.
    if (
      c >= 'A' &&
      c <= 'Z' &&
      i >= from + 4 &&
      /(?:^|[\s,])(?:19|20)\d\d$/.test(text.slice(i - 5, i))
    ) {
      return i
    }
    // "... May 2019 Back cover © ...": the next credit of a row of cover credits.
    if (c === ' ' && depth === 0 && /[BFI]/.test(text[i + 1] ?? '')) {
      nextCoverCredit.lastIndex = i
      if (nextCoverCredit.test(text)) return i
    }
    if (closer && depth === 0 && c === closer) return i
    if (c === '(' || c === '[') depth++
    else if ((c === ')' || c === ']') && depth > 0) depth--
    else if (c in quotePairs && isOpeningQuote(text, i)) {
      const close = closingQuote(text, i)
      if (close > i) {
        i = close + 1
        continue
      }
    } else if ((c === '.' || c === '!' || c === '?') && depth === 0 && isSentenceEnd(text, i)) {
      return i
    }
    i++
  }
  if (i >= text.length) return text.length
  return -1
}

function isOpeningQuote(text: string, i: number): boolean {
  const c = text[i] ?? ''
  if (c === '\u201c' || c === '\u2018' || c === '\u00ab' || c === '\u201e') return true
  // Straight quotes open only after a space or bracket (not "user's").
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ')
  return /[\s([:]/.test(before)
}

function closingQuote(text: string, i: number): number {
  const open = text[i] ?? ''
  const close = quotePairs[open] ?? open
  const limit = Math.min(text.length, i + 200)
  for (let j = i + 1; j < limit; j++) {
    const c = text[j] ?? ''
    if (c === '\n') return -1
    if (c === close) {
      // A straight apostrophe inside a word ("Let's") does not close.
      if ((close === "'" || close === '\u2019') && /[A-Za-z]/.test(text[j + 1] ?? '')) continue
      return j
    }
  }
  return -1
}

function isSentenceEnd(text: string, i: number): boolean {
  const next = text[i + 1]
  if (next === undefined) return true
  if (!/[\s"'\u201d\u2019)*_]/.test(next)) return false
  // Skip closing quotes/brackets/emphasis, then whitespace.
  let j = i + 1
  while (j < text.length && /["'\u201d\u2019)*_]/.test(text[j] ?? '')) j++
  if (j < text.length && !/\s/.test(text[j] ?? '')) return false
  if (text[i] !== '.') return true
  // "J. Doe", "U.S. Army", "Dr. Doe": not the end of the sentence.
  let k = i - 1
  const stop = Math.max(-1, i - 40)
  while (k > stop && /[\p{L}.]/u.test(text[k] ?? '')) k--
  const word = text.slice(k + 1, i)
  if (/^\p{Lu}$/u.test(word)) return false
  if (word.includes('.')) return false
  if (abbreviations.has(word.toLowerCase())) {
    // Only when a word follows on the same line.
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++
    return j >= text.length || text[j] === '\n'
  }
  return true
}

// --- Reading the body -------------------------------------------------------------------------

interface Fields {
  title: string | null
  /** The title was quoted (or given after a Flickr id): a credit label may stand on it alone. */
  titleQuoted: boolean
  creator: string | null
  source: string | null
  license: string | null
  licenseUrl: string | null
  url: string | null
}

/** Connectors that introduce a source at the end of the body: "on Flickr", "downloaded from Flickr". */
const sourceConnector =
  /(?:^|[\s,;(])((?:(?:downloaded|taken|retrieved|obtained|reproduced|available|posted|published|shared|found|sourced|used)\s+)?(?:from|on|via|through|for)\s+|courtesy(?:\s+of)?\s+)/gi

/** Split a trailing source off `s`, trying the last connector first ("view from X ... from Flickr"). */
function splitSourceSuffix(s: string): { rest: string; source: string | null } {
  const found: { index: number; connector: string; tail: number }[] = []
  sourceConnector.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = sourceConnector.exec(s))) {
    found.push({
      index: m.index,
      connector: (m[1] ?? '').trim().toLowerCase(),
      tail: m.index + m[0].length,
    })
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!
    let candidate = s.slice(f.tail).trim()
    if (candidate.endsWith(')')) candidate = candidate.slice(0, -1).trim()
    if (!candidate || /[,;()]/.test(candidate)) continue
    // "via" may introduce a person; the other connectors only a platform, organisation or site.
    const ok =
      isOrganisation(candidate) ||
      isDomain(candidate) ||
      (/^via/.test(f.connector) && isPersonName(candidate))
    if (!ok) continue
    const cut = /^[\s,;(]/.test(s[f.index] ?? '') ? f.index + 1 : f.index
    return { rest: s.slice(0, cut), source: normaliseSource(candidate) }
  }
  return { rest: s, source: null }
}

/** Remove and collect links: markdown links keep their label, bare URLs go. */
function takeLinks(body: string, urls: string[]): string {
  return body
    .replace(
      /\[([^\]\n]{1,200})\]\((https?:\/\/[^)\s]{1,500})\)/g,
      (_all, label: string, href: string) => {
        urls.push(href)
        return label
      },
    )
    .replace(/<?(https?:\/\/[^\s<>()[\]]{1,500})>?/g, (_all, href: string) => {
      urls.push(href.replace(/[.,;:!?'"\u201d\u2019]+$/, ''))
      return ' '
    })
}

function sourceFromUrl(url: string): string | null {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  for (const [pattern, name] of hosts) if (pattern.test(host)) return name
  return null
}

/** Leading title in quotes: `'Title' by ...`, `“Title” ...`. */
function takeQuotedTitle(s: string): { title: string; rest: string } | null {
  const open = s[0] ?? ''
  if (!(open in quotePairs)) return null
  const close = closingQuote(s, 0)
  if (close <= 1) return null
  return { title: s.slice(1, close).trim(), rest: s.slice(close + 1) }
}

/** Classify what is left after title, licence and links: creator and/or source. */
function assignRest(rest: string, fields: Fields, label: Label, signal: boolean): boolean {
  let hasSignal = signal
  let s = clean(rest.replace(/^(?:\u00a9|\(c\)|copyright)\s*/i, ''))
  // Years and year ranges ("2008", "2014-2017", "2017-present"), e-mail addresses.
  s = clean(s.replace(/^(?:19|20)\d\d(?:[ \t]?[-\u2013][ \t]?(?:(?:19|20)\d\d|present))?\b,?/i, ''))
  s = clean(withoutEmails(s))
  // A trailing year: "Jane Doe, 2008", "Jane Doe 2008" (but "SIPRI Yearbook 2008" keeps it).
  if (/^(?:19|20)\d\d$/.test(s.slice(-4)) && !/[\p{L}\p{N}]/u.test(s.charAt(s.length - 5))) {
    const before = s.slice(0, -4).trimEnd()
    const comma = before.endsWith(',')
    const name = comma ? before.slice(0, -1) : before
    if (comma || (isPersonName(name) && !isOrganisation(name))) s = clean(name)
  }
  s = clean(s.replace(/^(?:by|courtesy(?:\s+of)?|go(?:es)?\s+to|to)(?:\s+|$)/i, ''))
  if (label.shape === 'via' && s && !/^(?:via|from)\s/i.test(s)) s = `via ${s}`
  if (!s) return true

  // "Landmine Monitor, based on data from X": where the data came from is a note, not the source.
  s = clean(s.replace(/(?:^|,)\s*based on\b[^,;()]*$/i, ''))
  if (!s) return true
  const suffix = splitSourceSuffix(s)
  if (suffix.source) {
    fields.source ??= suffix.source
    s = clean(suffix.rest)
    if (!s) return true
    hasSignal = true
  }

  // Comma or bracket separated parts: "Jane Doe, ICRC", "Jane Doe (Flickr)".
  const parts = s
    .split(/\s*[,;]\s*|\s*\(\s*|\s*\)\s*/)
    .map(clean)
    .filter(Boolean)
  for (const part of parts) {
    if (!assignPart(part, fields, label, hasSignal)) return false
  }
  return true
}

/** Drop e-mail addresses (with their angle brackets, raw or as HTML entities). */
function withoutEmails(s: string): string {
  return s
    .split(' ')
    .filter((token) => {
      const at = token.indexOf('@')
      return !(at > 0 && token.indexOf('.', at) > at + 1)
    })
    .join(' ')
}

/** "Flickr user jdoe", "YouTube channel UNODA". */
const platformUser =
  /^(?:(?:via|from|on)\s+)?(flickr|youtube|instagram|twitter|vimeo|unsplash|wikimedia commons|wikipedia)\s+(?:user|member|account|channel|contributor)\s+(@?[\p{L}\p{N}_.-]+)$/iu

function assignPart(part: string, fields: Fields, label: Label, hasSignal: boolean): boolean {
  // A quoted part anywhere is the title: "Jane Doe, 'Sunset over the lake', Flickr".
  const quoted = takeQuotedTitle(part)
  if (quoted && !clean(quoted.rest) && fields.title === null) {
    fields.title = quoted.title
    fields.titleQuoted = true
    return true
  }
  const user = platformUser.exec(part)
  if (user) {
    fields.source ??= canonicalPlatform(user[1] ?? '') ?? user[1] ?? null
    fields.creator ??= user[2] ?? null
    return true
  }

  // "Agency/Name", "Name/Agency", "AFP/Getty Images", "UNICEF/UN0123456/Name".
  if (part.includes('/')) {
    const segments = part
      .split(/\s*\/\s*/)
      .map(clean)
      .filter((seg) => seg && !ignorableSegment.test(seg))
    if (segments.length === 1) return assignPart(segments[0]!, fields, label, true)
    if (segments.length > 1) {
      const orgs = segments.filter((seg) => isOrganisation(seg))
      const others = segments.filter((seg) => !isOrganisation(seg))
      if (others.length === 0) {
        fields.source ??= canonicalPlatform(part) ?? orgs.map(normaliseSource).join('/')
        return true
      }
      if (orgs.length > 0) {
        fields.source ??= orgs.map(normaliseSource).join('/')
        return others.every((seg) => assignCreator(seg, fields, label, true))
      }
      // Neither is a known agency: the one-word segment is the agency ("Jane Doe/Panos").
      if (segments.length === 2) {
        const [first, second] = segments as [string, string]
        if (words(second).length === 1 && words(first).length > 1 && isNameWord(second)) {
          fields.source ??= second
          return assignCreator(first, fields, label, true)
        }
        if (words(first).length === 1 && words(second).length > 1 && isNameWord(first)) {
          fields.source ??= first
          return assignCreator(second, fields, label, true)
        }
      }
    }
  }

  if (isOrganisation(part) || isDomain(part)) {
    if (fields.source === null) fields.source = normaliseSource(part)
    else if (fields.creator === null && isPersonName(part)) fields.creator = part
    return true
  }
  // "Photo by Jane Doe, taken during the meeting": the circumstance is not part of the credit.
  if (fields.creator !== null || fields.source !== null) {
    if ((label.shape === 'by' || label.shape === 'of') && /^\p{Ll}/u.test(part)) return true
    // "..., cropped", "..., modified by the author": notes on the use, not TASL elements.
    if (
      /^(?:taken|shot|made|modified|cropped|adapted|edited|altered|resized|annotated|annotations|labell?ed|colou?ri[sz]ed|enhanced|translated)\b/i.test(
        part,
      )
    ) {
      return true
    }
  }
  return assignCreator(part, fields, label, hasSignal)
}

function assignCreator(s: string, fields: Fields, label: Label, hasSignal: boolean): boolean {
  if (isPersonName(s)) {
    // "Jane Doe, John Roe": several authors; a lone capitalised word after a name is a place.
    if (fields.creator === null) fields.creator = s
    else if (words(s).length > 1 && isPersonName(fields.creator)) fields.creator += `, ${s}`
    return true
  }
  if (isHandle(s) && (hasSignal || label.strength === 'strong' || looksStrongHandle(s))) {
    fields.creator ??= s
    return true
  }
  // "Jane Doe at the Palais des Nations": keep the name, drop the circumstance.
  const ws = words(s)
  let n = 0
  while (n < ws.length && (isNameWord(ws[n] ?? '') || (n > 0 && particles.has(ws[n] ?? '')))) n++
  while (n > 0 && particles.has(ws[n - 1] ?? '')) n--
  const minName = label.shape === 'by' ? 1 : 2
  // "Photo: Ambassador Jane Doe of Norway addresses ...": an office names who is pictured.
  const pictured =
    subjectTitles.has((ws[0] ?? '').replace(/\.$/, '')) || /^(?:The|A|An)$/.test(ws[0] ?? '')
  if (
    !pictured &&
    n >= minName &&
    n < ws.length &&
    prepositions.has(ws[n] ?? '') &&
    ws.length - n <= 8
  ) {
    fields.creator ??= ws.slice(0, n).join(' ')
    return true
  }
  // A credit label, a licence, a link or a source vouch for a body that is not a plain name:
  // a descriptive phrase is the title, anything else the creator.
  const vouched = label.strength === 'strong' || hasSignal || fields.source !== null
  if (vouched && s.length <= 160) {
    const descriptive = ws.some((w) => /^\p{Ll}/u.test(w) && !particles.has(w) && w !== 'and')
    if (descriptive || fields.creator !== null) {
      if (fields.title !== null) return false
      fields.title = s
    } else {
      fields.creator = s
    }
    return true
  }
  return false
}

const imageWord =
  /photo|image|picture|video|flickr|wikimedia|unsplash|getty|shutterstock|pixabay|pexels|istock|youtube|vimeo/i

function readBody(body: string, label: Label): Fields | null {
  const fields: Fields = {
    title: null,
    titleQuoted: false,
    creator: null,
    source: label.presetSource,
    license: null,
    licenseUrl: null,
    url: null,
  }
  if (label.needsImageWord && !imageWord.test(body)) return null
  // "All photos courtesy of the author": the author of the text around it.
  if (/^\s*the (?:author|photographer|writer)s?[\s.]*$/i.test(body)) {
    fields.creator = body.trim().replace(/\.$/, '')
    return fields
  }

  // Licences first (they contain words like "Attribution" and URLs of their own).
  let s = body
  const licences = findLicenses(s)
  if (licences.length > 0) {
    const first = licences[0]!
    fields.license = first.name
    fields.licenseUrl = first.url
    let out = ''
    let from = 0
    for (const l of licences) {
      out += s.slice(from, l.start) + ' , '
      from = l.end
    }
    s = out + s.slice(from)
  }
  const someRights = /\(?\s*some rights reserved\s*\)?/i
  s = s.replace(someRights, ' , ')
  s = s.replace(
    /\b(?:(?:used|reproduced|republished|reprinted)\s+)?(?:with|by)\s+(?:kind\s+)?permission(?:\s+of\s+the\s+(?:author|photographer|owner))?/gi,
    ' , ',
  )
  s = s.replace(
    /(?:\b(?:is|are)\s+)?\b(?:licen[cs]ed|used|available|shared|released|reproduced)\s+under(?:\s+(?:a|an|the))?(?=\s*(?:,|$))/gi,
    ' , ',
  )
  s = s.replace(/\b(?:under|licen[cs]e:?)(?=\s*,)/gi, ' , ')

  const urls: string[] = []
  s = takeLinks(s, urls)
  const workUrl = urls.find((u) => !/creativecommons\.org/i.test(u))
  if (workUrl) fields.url = workUrl
  s = clean(s)

  let hasSignal = fields.license !== null || fields.url !== null

  // "12345678 (username): Title" -- Flickr's old attribution line; the number is the photo id.
  const flickrId = /^\d{4,}\s*\(([^()\n]{1,60})\)\s*:?\s*/.exec(s)
  if (flickrId) {
    fields.creator = (flickrId[1] ?? '').trim()
    let rest = s.slice(flickrId[0].length)
    const suffix = splitSourceSuffix(clean(rest))
    if (suffix.source) {
      fields.source ??= suffix.source
      rest = suffix.rest
    }
    const title = clean(rest)
    if (title) {
      fields.title = title
      fields.titleQuoted = true
    }
    return finish(fields, label)
  }

  const quoted = takeQuotedTitle(s)
  if (quoted) {
    fields.title = quoted.title
    fields.titleQuoted = true
    s = clean(quoted.rest)
    hasSignal = true
  } else if (label.shape === 'of') {
    // "Picture of the conference room by Jane Doe": the last " by " that leaves a creator.
    const at = s.toLowerCase().lastIndexOf(' by ')
    if (at <= 0) return null
    // "Photo of the hall taken by Jane Doe": the verb belongs to neither part.
    let title = s.slice(0, at).trimEnd()
    const space = title.lastIndexOf(' ')
    if (space > 0 && /^(?:taken|made|shot|drawn|painted|created)$/i.test(title.slice(space + 1))) {
      title = title.slice(0, space)
    }
    fields.title = clean(title)
    s = clean(s.slice(at + 4))
    if (!fields.title || fields.title.length > 160) return null
  } else if (label.shape === 'plain' && label.strength !== 'weak') {
    // "Photo credit: Sunset over the lake by jdoe / Flickr": unquoted title before " by ".
    const at = s.toLowerCase().lastIndexOf(' by ')
    if (at > 0) {
      const title = clean(s.slice(0, at))
      const trial: Fields = { ...fields }
      const after = s.slice(at + 4)
      if (title && assignRest(after, trial, label, true) && trial.creator !== null) {
        Object.assign(fields, trial)
        fields.title = title
        return finish(fields, label)
      }
    }
  }

  if (!assignRest(s, fields, label, hasSignal)) return null
  return finish(fields, label)
}

function finish(fields: Fields, label: Label): Fields | null {
  if (fields.source === null && fields.url) fields.source = sourceFromUrl(fields.url)
  if (fields.title !== null && !fields.title) fields.title = null
  const named = fields.creator !== null || fields.source !== null || fields.title !== null
  // "Image: public domain" names only a licence; fine after a label, not after "Courtesy".
  const licensed = fields.license !== null && label.strength !== 'weak'
  if (!named && fields.url === null && !licensed) return null
  return fields
}

// --- The extractor ----------------------------------------------------------------------------

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s.,;:*_]/.test(text[e - 1] ?? '')) e--
  return e
}

interface Parsed {
  label: Label
  rawEnd: number
  end: number
  fields: Fields
}

function parseAt(text: string, label: Label, closer: string | null): Parsed | null {
  const rawEnd = bodyEnd(text, label.bodyStart, closer)
  if (rawEnd < 0) return null
  const end = trimEnd(text, label.bodyStart, rawEnd)
  if (end <= label.bodyStart) return null
  const fields = readBody(text.slice(label.bodyStart, end), label)
  if (!fields) return null
  return { label, rawEnd, end, fields }
}

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

/**
 * Words of a software or legal licence notice: a copyright line among them ("Copyright (c) 2015
 * Jane Roe / Permission is hereby granted, ...", "Copyright 2022 Free Software Foundation, Inc.
 * License GPLv3+") is the notice of a program or a text, not the credit of an image.
 */
const softwareNotice =
  /permission is hereby granted|permission to use, copy|this (?:program|library|software|file|package|documentation) is (?:free|distributed)|redistribution and use|licen[cs]ed under the (?:apache|mit|bsd|gnu|mozilla|eclipse)|(?:apache|mit|bsd|isc|mozilla public|gnu (?:lesser |library |affero )?general public) licen[cs]e|\bl?gpl ?v?\d|\bwarrant(?:y|ies)\b|free software foundation|open source|source code|\b(?:npm|github|pypi|crates?)\b|^(?:files|license|upstream-\w+):/im

/** Holders that only software notices name: "Google, Inc", "The OpenSSL Project Authors". */
const softwareHolder =
  /(?:,?\s(?:Inc|L\.?P|LLC|Ltd|GmbH|Corp)\.?|\bProject(?:\sAuthors)?|\bAuthors|\band\s(?:its\s)?contributors|\band\sothers)$/i

/** Is the copyright line at `start..end` part of a software or legal licence notice? */
function inSoftwareNotice(text: string, start: number, end: number): boolean {
  if (softwareHolder.test(text.slice(start, end))) return true
  // A run of copyright lines ("© 2006 Jane Roe © 2011 John Doe ...") is a notice block.
  const near = text.slice(Math.max(0, start - 120), start) + ' ' + text.slice(end, end + 120)
  if (/\u00a9|\(c\)|\bcopyright\b/i.test(near)) return true
  return softwareNotice.test(text.slice(Math.max(0, start - 300), Math.min(text.length, end + 400)))
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
    const missing = [
      credit.license === null ? 'license' : null,
      credit.source === null && credit.url === undefined ? 'source' : null,
    ].filter((x): x is string => x !== null)
    if (missing.length > 0) {
      diagnostics.push({
        start: credit.start,
        end: credit.end,
        ruleId: 'credit-incomplete',
        message: `Credit without a ${missing.join(' or ')}: add the ${missing.join(' and ')} to attribute the work`,
        severity: 'warning',
      })
    }
  }
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
    if (!label) continue
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
    parsed = extendRights(text, parsed) ?? parsed
    // A bare copyright line ("© 2015 Jane Roe") within a licence notice credits no image.
    if (
      label.kind === 'credit' &&
      /^(?:\u00a9|\(c\)|copyright)/i.test(text.slice(label.start, label.bodyStart).trim())
    ) {
      if (inSoftwareNotice(text, label.start, parsed.end)) continue
    }
    const { fields, end } = parsed
    const credit: Draft<ImageCredit> = {
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
    emit(credit)
    floor = end
    startPattern.lastIndex = Math.max(startPattern.lastIndex, end)
  }
  // Unlabelled agency credits ("Jane Doe/AP", "AFP/Getty Images") where no label found one.
  const labelled = credits.slice()
  const taken = (at: number): boolean => {
    let lo = 0
    let hi = labelled.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const c = labelled[mid]!
      if (at < c.start) hi = mid - 1
      else if (at >= c.end) lo = mid + 1
      else return true
    }
    return false
  }
  for (const line of findAgencyLines(text, taken)) {
    emit({
      start: line.start,
      end: line.end,
      text: text.slice(line.start, line.end),
      kind: 'credit',
      title: null,
      creator: line.creator,
      source: line.source,
      license: null,
    })
  }
  if (credits.length > labelled.length) credits.sort((a, b) => a.start - b.start)
  return credits
}
