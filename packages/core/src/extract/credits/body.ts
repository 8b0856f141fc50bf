/**
 * Reading a credit's body into TASL fields: licences, links, quoted titles, "Agency/Name"
 * segments, creators, sources ("on Flickr", "via UN Photo").
 */
import { findLicenses } from '../../data/licenses.js'
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
  orgWords,
  agencies as knownAgencies,
  courtesyWords,
  nobodyWords,
} from './vocabulary.js'
import { type Label } from './labels.js'
import { isNameShaped } from './phrase.js'
import { handout } from './agency-lines.js'
import { quotePairs, closingQuote } from './extent.js'

// --- Reading the body -------------------------------------------------------------------------

export interface Fields {
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
export const sourceConnector = new RegExp(
  String.raw`(?:^|[\s,;(])((?:(?:downloaded|taken|retrieved|obtained|reproduced|available|posted|published|shared|found|sourced|used)\s+)?(?:from|on|via|through|for)\s+|(?:${courtesyWords})(?:\s+(?:of|de))?\s+)`,
  'gi',
)

/** Split a trailing source off `s`, trying the last connector first ("view from X ... from Flickr"). */
export function splitSourceSuffix(s: string): {
  rest: string
  source: string | null
  via?: boolean
} {
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
    // "Jane Roe/Department for Example Affairs": "for" inside an organisation's name.
    const before = s.slice(0, f.index).trimEnd()
    const word = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('/')) + 1)
    if (f.connector === 'for' && orgWords.has(word.toLowerCase())) continue
    // "via" may introduce a person; the other connectors only a platform, organisation or site.
    const ok =
      isOrganisation(candidate) ||
      isDomain(candidate) ||
      (/^via/.test(f.connector) && isPersonName(candidate))
    if (!ok) continue
    const cut = /^[\s,;(]/.test(s[f.index] ?? '') ? f.index + 1 : f.index
    return {
      rest: s.slice(0, cut),
      source: normaliseSource(candidate),
      via: /^via/.test(f.connector),
    }
  }
  return { rest: s, source: null }
}

/** Remove and collect links: markdown links keep their label, bare URLs go. */
export function takeLinks(body: string, urls: string[]): string {
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

export function sourceFromUrl(url: string): string | null {
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
export function takeQuotedTitle(s: string): { title: string; rest: string } | null {
  const open = s[0] ?? ''
  if (!(open in quotePairs)) return null
  const close = closingQuote(s, 0)
  if (close <= 1) return null
  return { title: s.slice(1, close).trim(), rest: s.slice(close + 1) }
}

/** ", May 2019", ", 3 May 2019", ", May 3, 2019" at the end of a credit body. */
const trailingDate =
  /,\s?(?:\d{1,2}\s)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s\d{1,2},)?\s(?:19|20)\d\d$/

/**
 * " 20 July 2015" after a name without a comma ("UNICEF/Jane Roe 20 July 2015"), and a date in
 * digits after a colon ("Credit:Example:08.31.2017").
 */
const trailingDayDate =
  /\s\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s(?:19|20)\d\d$|:\d\d?\.\d\d?\.(?:19|20)\d\d$/

/**
 * "Humanity & Inclusion (HI)": a bracketed acronym of the words before it belongs to them, not
 * to a part of its own. Joins such a part to the one before it.
 */
/** The capitals that start the words of `s` ("United Nations Mine Action Team": "UNMAT"). */
function initialsOf(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
}

function joinAcronyms(parts: string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    const previous = out[out.length - 1]
    // "UNMAT (United Nations Mine Action Team)": an acronym and its name in brackets, one source.
    if (
      previous !== undefined &&
      /^\p{Lu}{2,8}$/u.test(previous) &&
      words(part).length >= 2 &&
      initialsOf(part) === previous
    ) {
      out[out.length - 1] = `${previous} (${part})`
      continue
    }
    if (
      previous !== undefined &&
      /^[A-Z][A-Za-z&]{1,7}$/.test(part) &&
      /[A-Z]/.test(part.slice(1))
    ) {
      const initials = (previous.split('/').pop() ?? '')
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('')
      const letters = part.replace(/[^A-Z]/g, '')
      if (letters.length >= 2 && initials.endsWith(letters)) {
        out[out.length - 1] = `${previous} (${part})`
        continue
      }
    }
    out.push(part)
  }
  return out
}

/** A single capitalised word or acronym: an agency's name in a chain ("Afripics", "NTB"). */
/**
 * "Jane Roe UN/MISSION": an acronym at the end of a name before a slash heads the chain of
 * organisations that follows (a person's name ends with no acronym).
 */
function acronymTails(segments: ChainPart[]): ChainPart[] {
  if (segments.length < 2) return segments
  const out: ChainPart[] = []
  segments.forEach((seg, i) => {
    const ws = words(seg.text)
    const tail = ws[ws.length - 1] ?? ''
    const name = ws.slice(0, -1).join(' ')
    if (
      i < segments.length - 1 &&
      ws.length >= 3 &&
      /^\p{Lu}{2,6}$/u.test(tail) &&
      /\p{Ll}/u.test(name) &&
      isPersonName(name) &&
      isOrganisation(segments[i + 1]?.text ?? '')
    ) {
      out.push({ text: name, sep: seg.sep }, { text: tail, sep: ' ' })
    } else out.push(seg)
  })
  return out
}

/** A part of a chain and the separator written before it ("/", " / ", " | "; "" for the first). */
interface ChainPart {
  text: string
  sep: string
}

/**
 * A slash (with the space round it) or a bar between spaces: where a chain's parts meet. Parts
 * are read after `clean`, which leaves one space at most between words.
 */
const chainSeparator = / ?\/ ?| \| /g

/** Does `s` hold a chain of parts ("Jane Roe/AFP", "Jane Roe | Example Agency")? */
function isChain(s: string): boolean {
  return s.includes('/') || s.includes(' | ')
}

/** The parts of a chain, each with the separator as written before it (spaces kept, one each). */
export function chainParts(s: string): ChainPart[] {
  const out: ChainPart[] = []
  chainSeparator.lastIndex = 0
  let from = 0
  let sep = ''
  let m: RegExpExecArray | null
  // "Jane Roe/For example.com": after a slash, the paper she worked for.
  const part = (to?: number) => {
    const t = clean(s.slice(from, to))
    return out.length > 0 ? t.replace(/^for /i, '') : t
  }
  while ((m = chainSeparator.exec(s))) {
    out.push({ text: part(m.index), sep })
    const w = m[0]
    sep = w.includes('|')
      ? ' | '
      : `${w.charAt(0) === '/' ? '' : ' '}/${w.charAt(w.length - 1) === '/' ? '' : ' '}`
    from = m.index + w.length
  }
  out.push({ text: part(), sep })
  return out
}

/** The parts joined again as the author wrote them, platforms in their own spelling. */
export function joinChain(list: readonly ChainPart[]): string {
  let out = ''
  list.forEach((part, i) => {
    out += (i > 0 ? part.sep || '/' : '') + normaliseSource(part.text)
  })
  return out
}

/**
 * A part of a chain of slashes that names an organisation: a known one or one of its shape, a
 * brand written in one word with an inner capital ("GeoEye", "NorthLight"), or capitalised words
 * with a number ("Example 38"): no one's name.
 */
function isOrganisationPart(seg: string, label: Label): boolean {
  if (isOrganisation(seg)) return true
  const ws = words(seg)
  // "McDonald", "MacLeod" are surnames; after "Photo by" a one-word name is its author's.
  if (ws.length === 1)
    return label.shape !== 'by' && /^(?!Ma?c\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(seg)
  // "Example 38", "1º RM": a number, or an ordinal as Portuguese and Spanish write it.
  const n = /^\d{1,4}[\u00ba\u00aa]?$/
  return ws.length <= 4 && ws.some((w) => n.test(w)) && ws.every((w) => n.test(w) || isNameWord(w))
}

/**
 * "© KameraOne": a brand in one word with an inner capital, alone in a body, is a firm; not a
 * surname with a prefix ("MacArthur", "VanDyke", "DeLuca").
 */
const loneBrand = /^(?!(?:Ma?c|Van|Von|De[lnrs])\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}*$/u

function isSourceWord(seg: string): boolean {
  const name = seg.replace(/ \(\p{Lu}{2,8}\)$/u, '')
  return (
    isOrganisation(name) ||
    (words(name).length === 1 && isNameWord(name)) ||
    (words(name).length <= 6 && words(name).every((w) => isNameWord(w) || particles.has(w)))
  )
}

/** "Screenshot", "Screengrab", "Video grab", Russian "Снимок с видео" before a source. */
const screenGrab =
  /^(?:screen ?(?:shot|grab)|video grab|\u0441\u043d\u0438\u043c\u043e\u043a \u0441 \u0432\u0438\u0434\u0435\u043e|\u0441\u043a\u0440\u0438\u043d\u0448\u043e\u0442)(?:\/| (?=from ))/i

/** "by", "courtesy of", "goes to" opening what is left of a body: the words before a name. */
export const creditedTo = new RegExp(
  String.raw`^(?:by|(?:${courtesyWords})(?:\s+(?:of|de))?|go(?:es)?\s+to|to)(?:\s+|$)`,
  'i',
)

/** Classify what is left after title, licence and links: creator and/or source. */
export function assignRest(rest: string, fields: Fields, label: Label, signal: boolean): boolean {
  let hasSignal = signal
  let s = clean(rest.replace(/^(?:\u00a9|\(c\)|copyright)\s*/i, ''))
  // Years and year ranges ("2008", "2014-2017", "2017-present"), e-mail addresses.
  s = clean(s.replace(/^(?:19|20)\d\d(?:[ \t]?[-\u2013][ \t]?(?:(?:19|20)\d\d|present))?\b,?/i, ''))
  // "© AFP 2023 / Jane Roe": the year after the first part of a chain dates the picture.
  s = s.replace(/^([^/\d]{2,40}?) (?:19|20)\d\d(?= ?\/)/, '$1')
  s = clean(withoutEmails(s))
  // A trailing date after a comma: "Jane Doe, May 2019", "Jane Doe, 3 May 2019".
  s = clean(s.replace(trailingDate, '').replace(trailingDayDate, ''))
  // A trailing year: "Jane Doe, 2008", "Jane Doe 2008" (but "SIPRI Yearbook 2008" keeps it).
  if (/^(?:19|20)\d\d$/.test(s.slice(-4)) && !/[\p{L}\p{N}]/u.test(s.charAt(s.length - 5))) {
    const before = s.slice(0, -4).trimEnd()
    const comma = before.endsWith(',')
    const name = comma ? before.slice(0, -1) : before
    if (comma || (isPersonName(name) && !isOrganisation(name))) s = clean(name)
  }
  s = clean(s.replace(creditedTo, ''))
  // "Screenshot from Wikipedia", "Video grab from Example TV", "Снимок с видео/Example TV": a
  // grab from a screen says how the picture was made and names no one.
  s = s.replace(screenGrab, '')
  // "Jane Roe 4252x2809 / 5.0MB": a picture library's size and weight of the file.
  s = clean(s.replace(fileSize, ''))
  // "Jane Roe, AFP file picture", "Example / XYZ file image": a note on the picture, after its source.
  s = s.replace(/ file (?:photo|picture|image)$/i, '')
  // "© IWM MH 29427", "Jane Roe / ABC 123456": an archive's catalogue number names no one.
  const last = s.charCodeAt(s.length - 1)
  if (last >= 0x30 && last <= 0x39) s = s.replace(catalogueNumber, '')
  // "picture alliance / dpa | Jane Roe": a bar between agency and photographer separates the
  // parts of the chain as a slash does (and stays a bar in the source).
  if (label.shape === 'via' && s && !/^(?:via|from)\s/i.test(s)) s = `via ${s}`
  // "Foto: Jane Roe (Archiv), via Example Agentur": who a file picture shows ("Archiv") is no
  // author; the agency after "via" is the source.
  s = s.replace(archivedSubject, '')
  // "Foto: Arkiv: Jane Doe": a file picture, the archive named before a second colon, then the
  // photographer alone.
  const filed = /^(Ar[ck]hiv[eo]?|Arkiv|Arkisto): (?=\p{Lu})/u.exec(s)
  const filer = filed ? s.slice(filed[0].length) : ''
  if (filed && isPersonName(filer) && !isOrganisation(filer)) {
    fields.source ??= filed[1] ?? null
    s = s.slice(filed[0].length)
  }
  // "Kép: Jane Doe fotográfus", "Fotó: Jane Doe zászlós": a Hungarian role or rank after the name.
  const rank = roleAfterName.exec(s)
  if (rank && isPersonName(s.slice(0, rank.index))) s = s.slice(0, rank.index)
  if (!s) return true

  // "Example News Agency reporter Jane Roe": the agency is the source, its reporter the author.
  const role = /\s(?:reporter|photographer|correspondent|photojournalist)\s/i.exec(s)
  if (role) {
    const org = s.slice(0, role.index).trim()
    const who = s.slice(role.index + role[0].length).trim()
    if (isOrganisation(org) && words(who).length >= 2 && isPersonName(who)) {
      fields.source ??= normaliseSource(org)
      fields.creator ??= who
      return true
    }
  }
  // "Jane Roe - Anadolu Agency": a photographer, a dash, and the agency she works for.
  const dashed = personDashOrganisation(s)
  if (dashed) {
    fields.creator ??= dashed.creator
    fields.source ??= normaliseSource(dashed.source)
    return true
  }
  // "Landmine Monitor, based on data from X": where the data came from is a note, not the source;
  // so is Getty's "AFP or licensors" (the agency or those who license its pictures).
  s = clean(s.replace(/(?:^|,)\s*based on\b[^,;()]*$/i, '').replace(/ or (?:its )?licensors$/i, ''))
  if (!s) return true
  const suffix = splitSourceSuffix(s)
  const chained = clean(suffix.rest)
  // "Jane Roe/SOPA Images/LightRocket via Getty Images": the agencies before "via" head the
  // chain of sources; the photographer stays before them.
  if (suffix.source && suffix.via && isChain(chained)) {
    const segments = chainParts(chained)
    let k = segments.length
    // "Example Ministry/Handout via Reuters": the handout stays in the chain as written.
    while (
      k > 0 &&
      (isOrganisation(segments[k - 1]?.text ?? '') || handout.test(segments[k - 1]?.text ?? ''))
    )
      k--
    const agencies = segments
      .slice(k)
      .filter((seg) => handout.test(seg.text) || !ignorableSegment.test(seg.text))
    if (agencies.length > 0) {
      // "AFP / KCNA via KNS": the author's spacing round the slashes.
      fields.source ??= `${joinChain(agencies)} via ${suffix.source}`
      s = clean(
        segments
          .slice(0, k)
          .map((seg, i) => (i > 0 ? seg.sep || '/' : '') + seg.text)
          .join(''),
      )
      if (!s) return true
      return assignPart(s, fields, label, true)
    }
  }
  // "KCNA via Reuters": an agency's picture distributed by another is a chain of sources.
  if (suffix.source && suffix.via && chained && isOrganisation(chained)) {
    fields.source ??= `${normaliseSource(chained)} via ${suffix.source}`
    return true
  }
  if (suffix.source) {
    fields.source ??= suffix.source
    s = clean(suffix.rest)
    if (!s) return true
    hasSignal = true
  }

  // Comma or bracket separated parts: "Jane Doe, ICRC", "Jane Doe (Flickr)".
  // "Jane Roe / Médecins Sans Frontières (MSF) / NTB": an acronym in brackets inside a chain of
  // slashes stays with its name (marked so that the split below keeps it).
  let marked = s.includes('/') && s.includes(' (')
  if (marked) s = s.replace(chainAcronym, ' \ue000$1\ue001')
  // "The Lowell (Mass.) Sun": a paper's state, abbreviated in brackets, inside its name.
  if (s.includes('.) ')) {
    const kept = s.replace(stateInName, ' \ue000$1\ue001')
    marked ||= kept !== s
    s = kept
  }
  const parts = joinAcronyms(
    s
      .split(/\s*[,;]\s*|\s*\(\s*|\s*\)\s*/)
      .map((part) => clean(marked ? part.replace(/\ue000/g, '(').replace(/\ue001/g, ')') : part))
      // "UN Photo/Jane Roe (file)": an archive picture's note names no one.
      .filter((part) => part && !/^(?:file(?: photo)?|archive)$/i.test(part)),
  )
  for (const part of parts) {
    // "U.S. Army photo by Sgt. Jane Roe, 71st Ordnance Group": after the organisation's
    // photographer, the rest names the unit she serves in, not the credit.
    if (label.presetSource !== null && label.shape === 'by' && fields.creator !== null) break
    // "© picture-alliance, JOKER": one word in capitals after an agency is one more agency.
    if (
      !fields.creator &&
      knownAgencies.has(fields.source?.toLowerCase() ?? '') &&
      /^\p{Lu}{2,}$/u.test(part)
    ) {
      fields.source += `, ${part}`
      continue
    }
    if (!assignPart(part, fields, label, hasSignal)) return false
  }
  return true
}

/**
 * "Jane Roe - Anadolu Agency", "Jane Roe – Example News": a person's name of two words or more, a
 * dash between spaces, and an organisation (one dash only) or a site in capitals ("Example.com"),
 * or null.
 */
export function personDashOrganisation(s: string): { creator: string; source: string } | null {
  for (const dash of [' - ', ' \u2013 ', ' \u2014 ']) {
    const at = s.indexOf(dash)
    if (at < 0) continue
    const who = s.slice(0, at).trim()
    const org = s.slice(at + 3).trim()
    if (/ [-\u2013\u2014] /.test(org)) return null
    // "Jane Roe - Example.com": a picture library's site as the organisation.
    const site = isDomain(org) && /\p{Lu}/u.test(org.charAt(0))
    if (
      words(who).length >= 2 &&
      isPersonName(who) &&
      !isOrganisation(who) &&
      (site || isOrganisation(org))
    )
      return { creator: who, source: org }
    // "AFP – Jane ROE": a known agency first, then its photographer.
    const name = clean(org)
    if (knownAgencies.has(who.toLowerCase()) && words(name).length >= 2 && isPersonName(name))
      return isOrganisation(name) ? null : { creator: name, source: who }
    return null
  }
  // "Jane Roe ANP": a known agency in capitals after the name, without a dash.
  const tail = / (\p{Lu}{2,6})$/u.exec(s)
  const who = tail ? s.slice(0, tail.index) : ''
  if (tail && knownAgencies.has(tail[1]!.toLowerCase()) && words(who).length >= 2)
    return isPersonName(who) && !isOrganisation(who) ? { creator: who, source: tail[1]! } : null
  return null
}

/** " (MSF)" before a slash or the end, in a chain of slashes. */
/** "(Ma.)", "(Mass.)", "(N.J.)" between capitalised words of a paper's name. */
const stateInName =
  /(?<=\p{Lu}\p{Ll}+) \(((?:\p{Lu}\p{Ll}{0,4}|\p{Lu}\.\p{Lu})\.)\)(?= \p{Lu}\p{Ll})/gu
const chainAcronym = / \((\p{Lu}{2,8})\)(?=\s*(?:\/|$))/gu

/** "Jane Roe (Archiv), via": what a German file picture shows, before the agency that sent it. */
const archivedSubject = /^[^,()/]{2,60} \(Archiv(?:bild|foto)?\),? (?=via )/i

/** "4252x2809", "4109px × 2734px", "/ 5.0MB": the size of an image file after its credit. */
export const fileSize =
  /\s\d{2,5}(?:px)?[ \t]?[x\u00d7][ \t]?\d{2,5}(?:px)?(?:[ \t]?\/[ \t]?\d{1,4}(?:\.\d{1,2})?[ \t]?[KMG]B)?$/i

/**
 * A catalogue number at the end of a credit: a short code in capitals, then digits ("IWM MH 29427"),
 * or a short word and five digits or more (a wire's "TT kod 10060"; "in 2006" is a year), or "#"
 * and five digits or more (the UN's "UN Photo/Jane Roe #123456").
 */
export const catalogueNumber = /\s(?:\p{Lu}{1,4}[ -]?\d{3,8}|#\d{5,8}|\p{Ll}{2,3}\.?[ -]?\d{5,8})$/u

/** Drop e-mail addresses (with their angle brackets, raw or as HTML entities). */
export function withoutEmails(s: string): string {
  if (!s.includes('@')) return s
  return s
    .split(' ')
    .filter((token) => {
      const at = token.indexOf('@')
      return !(at > 0 && token.indexOf('.', at) > at + 1)
    })
    .join(' ')
}

/** "Flickr user jdoe", "YouTube channel UNODA". */
export const platformUser =
  /^(?:(?:via|from|on)\s+)?(flickr|youtube|instagram|twitter|vimeo|unsplash|wikimedia commons|wikipedia)\s+(?:user|member|account|channel|contributor)\s+(@?[\p{L}\p{N}_.-]+)$/iu

/** "Jane Gallery": a first name and "Gallery", not a gallery's ("National Gallery", "Art Gallery"). */
const galleryName =
  /^(?!(?:National|Royal|State|City|Art|Modern|Public|Portrait|Municipal|Photo)\s)\p{Lu}\p{Ll}+ Gallery$/u

/**
 * A wire in capitals, then a name, its surname in capitals or not ("AFP Jane ROE", "AFP Jane Roe"),
 * or after a hyphen ("REUTERS-Jane Roe").
 */
const agencyThenName =
  /^([A-Z]{2,12})(?:\/File)?[ -](\p{Lu}\p{Ll}+(?:[ -]\p{Lu}(?:\p{Ll}+|\p{Lu}+))+)$/u

export function assignPart(raw: string, fields: Fields, label: Label, hasSignal: boolean): boolean {
  const part = raw.replace(militaryRank, '')
  // A quoted part anywhere is the title: "Jane Doe, 'Sunset over the lake', Flickr".
  const quoted = takeQuotedTitle(part)
  if (quoted && !clean(quoted.rest) && fields.title === null) {
    fields.title = quoted.title
    fields.titleQuoted = true
    return true
  }
  // "UNMAT (United Nations Mine Action Team)": an acronym and its name, one organisation.
  const spelled = /^(\p{Lu}{2,8}) \(([^()]+)\)$/u.exec(part)
  if (spelled && initialsOf(spelled[2] ?? '') === spelled[1]) {
    fields.source ??= part
    return true
  }
  // "© AFP=뉴스1", "ⓒ 로이터=뉴스1": a wire's picture sent on by a Korean one, the source as written.
  if (/^(?:\p{Lu}{2,8}|\p{Script=Hangul}{2,4})=\p{Script=Hangul}{2,4}\d?$/u.test(part)) {
    fields.source ??= part
    return true
  }
  // "© News1 Jane Roe 기자": a Korean wire, then its reporter ("기자") or correspondent ("특파원").
  const reporter = /^(\S{2,20}) (\p{Script=Hangul}{2,4}) (?:기자|특파원)$/u.exec(part)
  if (reporter) {
    fields.source ??= reporter[1] ?? null
    fields.creator ??= reporter[2] ?? null
    return true
  }
  // "Humanity & Inclusion (HI)": read the name, then give the acronym back to its field.
  const acronym = /^([^()]*[^()\s])\s\(([A-Z][A-Za-z&]{1,7})\)$/.exec(part)
  if (acronym) {
    const { source, creator } = fields
    if (!assignPart(acronym[1] as string, fields, label, hasSignal)) return false
    if (fields.source !== source && fields.source !== null) fields.source += ` (${acronym[2]})`
    else if (fields.creator !== creator && fields.creator !== null)
      fields.creator += ` (${acronym[2]})`
    return true
  }
  // "Photograph by US Navy, copyright by National Geographic": the holder is the source, and
  // an organisation named after "by" is then the author.
  const holder = /^(?:copyright|\u00a9)\s*(?:by\s+)?(\S.*)$/i.exec(part)
  if (holder && (isOrganisation(holder[1] ?? '') || isPersonName(holder[1] ?? ''))) {
    if (label.shape === 'by' && fields.creator === null && fields.source !== null) {
      fields.creator = fields.source
      fields.source = null
    }
    fields.source ??= normaliseSource(holder[1] ?? '')
    return true
  }
  // "© AFP Jane ROE": AFP's style, the agency, then the photographer with the surname in capitals.
  const afp = agencyThenName.exec(part)
  const who = afp?.[2] ?? ''
  if (
    afp &&
    knownAgencies.has(afp[1]!.toLowerCase()) &&
    (/\p{Lu}{2}/u.test(who) || (words(who).length < 4 && isPersonName(who) && !isOrganisation(who)))
  ) {
    fields.source ??= normaliseSource(afp[1]!)
    fields.creator ??= who
    return true
  }
  const user = platformUser.exec(part)
  if (user) {
    fields.source ??= canonicalPlatform(user[1] ?? '') ?? user[1] ?? null
    fields.creator ??= user[2] ?? null
    return true
  }

  // "Agency/Name", "Name/Agency", "AFP/Getty Images", "UNICEF/UN0123456/Name".
  if (isChain(part)) {
    // The source keeps the author's spacing round the slashes ("CORBIS / Getty Images") and
    // the bars between its parts ("Example News | Getty Images").
    const list = acronymTails(
      chainParts(part)
        .filter((seg) => seg.text && (handout.test(seg.text) || !ignorableSegment.test(seg.text)))
        // "Photo/Agency": the kind of work before a slash names no one.
        .filter((seg, i) => i > 0 || !/^(?:photos?|pictures?|images?|video)$/i.test(seg.text)),
    )
    const segments = list.map((seg) => seg.text)
    // A handout, and a name written twice ("ExamplePix/ExamplePix via Getty Images": the
    // agency that took the picture and sent it), name no photographer.
    // "Jane Gallery/Example Trust": a given name and a surname that is an archive's word, before
    // an organisation, is the photographer.
    const named = galleryName.test(segments[0] ?? '') && isOrganisation(segments[1] ?? '')
    const isOrg = (seg: string, i: number): boolean =>
      handout.test(seg) ||
      (isOrganisationPart(seg, label) && (i > 0 || !named)) ||
      segments[i - 1] === seg ||
      segments[i + 1] === seg
    if (segments.length === 1) return assignPart(segments[0]!, fields, label, true)
    if (segments.length > 1) {
      const orgs = list.filter((seg, i) => isOrg(seg.text, i))
      const others = segments.filter((seg, i) => !isOrg(seg, i))
      if (others.length === 0) {
        fields.source ??= canonicalPlatform(part) ?? joinChain(orgs)
        return true
      }
      // "Uncredited/Nordbild/dpa": no photographer named; every part is a source.
      if (orgs.length > 0 && /^(?:uncredited|unknown|str|stringer)\s*\//i.test(part)) {
        fields.source ??= joinChain(list)
        return true
      }
      if (orgs.length > 0) {
        // "Jane Roe/Alamy/Afripics", "APFootage/Alamy": the first part that is no agency is
        // the photographer; every part after an agency is one more agency, whatever its shape.
        let firstOrg = segments.findIndex((seg, i) => isOrg(seg, i))
        // "Jane Roe/Exampleaid/XYZ": one-word parts between the photographer and an agency are
        // agencies of the chain too.
        if (
          firstOrg > 1 &&
          words(segments[0]!).length > 1 &&
          isPersonName(segments[0]!) &&
          segments.slice(1, firstOrg).every((seg) => words(seg).length === 1)
        )
          firstOrg = 1
        const who = segments.slice(0, firstOrg)
        const chain = segments.slice(firstOrg)
        if (who.length > 0 && chain.length > 1 && chain.slice(1).every(isSourceWord)) {
          fields.source ??= joinChain(list.slice(firstOrg))
          return who.every((seg) => assignCreator(seg, fields, label, true))
        }
        // "Example Collection / Alamy / Afripics": a picture library's chain, no one's name in
        // it (a name of two words or more is a photographer's: "Getty Images/Jane Roe").
        if (
          who.length === 0 &&
          chain.length > 2 &&
          chain.slice(1).every(isSourceWord) &&
          !others.some((seg) => words(seg).length > 1 && isPersonName(seg))
        ) {
          fields.source ??= part
          return true
        }
        fields.source ??= joinChain(orgs)
        return others.every((seg) => assignCreator(seg, fields, label, true))
      }
      // Neither is a known agency: the one-word segment is the agency ("Jane Doe/Panos").
      if (segments.length === 2) {
        const [first, second] = segments as [string, string]
        if (words(first).length > 1 && isDomain(second) && isPersonName(first)) {
          fields.source ??= second
          return assignCreator(first, fields, label, true)
        }
        // "Jane Roe/freelance": after a full name, any single word is where it came from.
        if (
          words(second).length === 1 &&
          words(first).length > 1 &&
          (isNameWord(second) || /^\p{Ll}+$/u.test(second)) &&
          isPersonName(first)
        ) {
          fields.source ??= second
          return assignCreator(first, fields, label, true)
        }
        // "© Jane Roe / Agence Exemple": a spaced slash between a person and a name.
        // "Image by Jane Roe/Example Beat": after "by", the name first, then where she works.
        if (
          (list[1]?.sep === ' / ' || label.shape === 'by') &&
          words(first).length > 1 &&
          isPersonName(first) &&
          words(second).every(isNameWord)
        ) {
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

  if (
    (isOrganisation(part) && !armedRank(part)) ||
    isDomain(part) ||
    (label.shape !== 'by' && loneBrand.test(part))
  ) {
    if (fields.source === null) fields.source = normaliseSource(part)
    else if (fields.creator === null && words(part).length > 1 && isPersonName(part))
      fields.creator = part
    // "AFP, Scanpix", "Example Laboratory, XYZ": organisations listed with commas, one source.
    else fields.source += `, ${normaliseSource(part)}`
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

/**
 * A military rank before a photographer's name, as armed forces print their credits ("U.S. Navy
 * photo by Mass Communication Specialist 2nd Class Jane Doe", "U.S. Air Force photo by Senior
 * Airman John Roe", "Army photo by Staff Sgt. Jane Doe", "SSG Jane Doe", "LCpl Jane Doe",
 * "Photo: LPhot Jane Doe/Royal Navy", "LSIS Jane Doe", "PH2 Jane Doe", "Lieutenant Commander Jane
 * Doe"): the rank is no part of the name.
 */
export const militaryRank =
  /^(?:(?:(?:Senior |Master )?Chief )?Mass Communications? Specialist(?: Seaman(?: Apprentice| Recruit)?| (?:1st|2nd|3rd) Class)?|MC(?:[1-3]|C|CS|SN|SA)|PH(?:[1-3]|CS?)|LCpl|S(?:SG|FC)|SPC|PFC|LPhot|Lieutenant(?: Commander)?|(?:Senior |Staff |Master |Tech\.? |Technical |Chief Master |Chief |First |1st |Command |Sgt\. 1st Class |Lance )?(?:Airman(?: (?:1st|First) Class| Basic)?|Sgt\.(?: (?:1st|First) Class)?|Sergeant|Spc\.|Specialist|Pfc\.|Pvt\.|Cpl\.|Corporal|Petty Officer(?: (?:1st|2nd|3rd) Class)?|Seaman)|(?:(?:1st|2nd) )?Lt\.(?: Col\.| Cmdr\.)?|Capt\.|Maj\.|Col\.|Cmdr\.|Ens\.|Cadet|CPL|SGT|(?:AB|LS|PO)IS|Kaptein)\s(?=\p{Lu})/u

/** A Hungarian photographer's role or rank after the name ("fotográfus", "zászlós", "főhadnagy"). */
export const roleAfterName =
  / (?:fot(?:ogr\u00e1fus|\u00f3riporter|\u00f3s)|(?:f\u0151)?(?:t\u00f6rzs)?(?:z\u00e1szl\u00f3s|\u0151rmester)|(?:f\u0151)?hadnagy|sz\u00e1zados|\u0151rnagy|(?:al)?ezredes|tizedes|honv\u00e9d)$/

/** An armed service before a rank and a name ("U.S. Army Sgt. Jane Doe"). */
const armedService =
  /^((?:U\.S\. |US )?(?:Army|Navy|Air Force|Marine Corps|Coast Guard|Space Force|(?:Air |Army )?National Guard)) /

function armedRank(s: string): { service: string; name: string } | null {
  const served = armedService.exec(s)
  const rest = served ? s.slice(served[0].length) : ''
  const name = rest.replace(militaryRank, '')
  return served?.[1] && name !== rest && isPersonName(name) ? { service: served[1], name } : null
}

export function assignCreator(
  raw: string,
  fields: Fields,
  label: Label,
  hasSignal: boolean,
): boolean {
  // "U.S. Army Sgt. 1st Class Jane Doe", "Navy Petty Officer 3rd Class Jane Doe": the service
  // is the source, the rank no part of the name.
  const served = armedRank(raw)
  if (served) {
    fields.creator ??= served.name
    fields.source ??= served.service
    return true
  }
  const s = raw.replace(militaryRank, '')
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
  // "Photo: Example Service of the Northern region": an organisation of a place is one name.
  if (ws[n] === 'of' && n > 1 && ws.length - n <= 4 && isOrganisation(ws.slice(0, n).join(' '))) {
    fields.source ??= s
    return true
  }
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
  // "Foto: Magistrát města Pardubice", "fot. KMP w Olsztynie", "Foto: Forsvarets
  // forskningsinstitutt": an office named in its own language, one lower-case word in it.
  if (fields.source === null && ws.length <= 4 && isLocalOffice(ws)) {
    fields.source = s
    return true
  }
  // A credit label, a licence, a link or a source vouch for a body that is not a plain name:
  // a descriptive phrase is the title, anything else the creator.
  const vouched = label.strength === 'strong' || hasSignal || fields.source !== null
  // "Photo credit: Voice of Example", "Bureau of Statistics": capitalised words joined by "of",
  // "for" or "the" name an organisation, not a picture's subject.
  if (
    vouched &&
    fields.source === null &&
    ws.length >= 3 &&
    ws.length <= 6 &&
    ws.some((w) => /^(?:of|for|the)$/.test(w)) &&
    isNameShaped(s)
  ) {
    fields.source = s
    return true
  }
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

/** The stem of an office or institute's name, in the languages of the pages ("Magistrát"). */
const officeStem = /(?:institutt?|magistr\u00e1t|police|politi)$/i

/** Two to four words, capitalised but for one (a short preposition after an acronym, or any beside an office's stem). */
function isLocalOffice(ws: string[]): boolean {
  const low = ws.filter((w) => /^\p{Ll}/u.test(w))
  return (
    ws.length > 1 &&
    low.length === 1 &&
    /^\p{Lu}/u.test(ws[0] ?? '') &&
    ws.every((w) => /^[\p{L}-]+$/u.test(w)) &&
    ws.some((w) => officeStem.test(w) || (/^\p{Lu}{2,5}$/u.test(w) && (low[0] ?? '').length < 3))
  )
}

export const imageWord =
  /photo|image|picture|video|flickr|wikimedia|unsplash|getty|shutterstock|pixabay|pexels|istock|youtube|vimeo/i

/**
 * "Image: Deminers Return To The Valley After The Floods": a headline in title case (five words
 * or more, each capitalised, a preposition among them written with a capital) names no one.
 */
function isHeadline(s: string): boolean {
  // The preposition first: a cheap scan that most bodies fail.
  if (!/ (?:For|To|In|On|At|With|From|After|Over|Into|Amid|Against|As) \p{Lu}/u.test(s))
    return false
  const ws = words(clean(s))
  return ws.length >= 5 && ws.every((w) => /^\p{Lu}/u.test(w))
}

export function readBody(body: string, label: Label): Fields | null {
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
  if (!label.vouches && label.shape === 'plain' && isHeadline(body)) return null
  // "All photos courtesy of the author": the author of the text around it.
  if (/^\s*the (?:author|photographer|writer)s?[\s.]*$/i.test(body)) {
    fields.creator = body.trim().replace(/\.$/, '')
    return fields
  }

  // Turkish "UNICEF/Dağıtım Xinhua aracılığıyla" ("UNICEF/Handout via Xinhua"): an organisation's
  // chain of sources ending in a known agency, as written.
  const via = /^\s*([^/\n]{2,40})\/[^\n]{0,40}?(\S+) arac\u0131l\u0131\u011f\u0131yla\s*$/.exec(
    body,
  )
  if (via && isOrganisation(via[1]!) && knownAgencies.has(via[2]!.toLowerCase())) {
    fields.source ??= clean(body)
    return fields
  }

  // "Photographer : DOE, Jane": the creator as the record writes it, surname first or not. A
  // chain or an agency ("Photographer: Jane Roe/AFP via Getty Images", "Photographer: Getty
  // Images", a news site's caption) is read as any label's body.
  if (label.shape === 'who' && !chainAfterPhotographer(body)) {
    const name = clean(body)
    // "Photographers: Jane Roe, John Doe, XYZ and Ann Poe": three names or more, as written.
    const list = name.split(/,? and |, /)
    const several =
      list.length > 2 &&
      list.every((w) => /^[A-Z]{2,6}$/.test(w) || (words(w).length < 4 && isPersonName(w)))
    const single = name.length <= 80 && isPersonName(name.replace(/,/g, ''))
    if (!name || name.length > 200 || !(single || several)) return null
    fields.creator = name
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

/** "Jane Roe/AFP via Getty Images", "Getty Images": a chain led by a person or an agency. */
function chainAfterPhotographer(body: string): boolean {
  const cut = body.search(/\/|\bvia\b/)
  const head = clean(cut > 0 ? body.slice(0, cut) : body)
  return (
    knownAgencies.has(head.toLowerCase()) || (cut > 0 && !head.includes(',') && isPersonName(head))
  )
}

/** "the author", "the photographer": a role that names no one ("All photos courtesy of the author"). */
export const role = /^(?:the|this|our) (?:author|writer|photographer|reporter|contributor)s?$/i

export const nobody = new RegExp(`^(?:Uncredited|Unknown|${nobodyWords})$`, 'i')
/** "Imagem: Reprodução Wikipédia": the platform after the word is the source. */
export const nobodyBefore = new RegExp(`^(?:${nobodyWords})\\s+`, 'i')

export function finish(fields: Fields, label: Label): Fields | null {
  if (fields.source === null && fields.url) fields.source = sourceFromUrl(fields.url)
  if (fields.title !== null && !fields.title) fields.title = null
  // "Photo: Uncredited", "Photo by: Unknown", "Foto: Reprodução": the words say no one is named.
  if (fields.creator !== null && nobody.test(fields.creator)) fields.creator = null
  if (fields.source !== null)
    fields.source = nobody.test(fields.source) ? null : fields.source.replace(nobodyBefore, '')
  const named = fields.creator !== null || fields.source !== null || fields.title !== null
  // "Image: public domain" names only a licence; fine after a label, not after "Courtesy".
  const licensed = fields.license !== null && label.strength !== 'weak'
  if (!named && fields.url === null && !licensed) return null
  return fields
}
