/**
 * Credits of news and photo agencies written without a label, the way agencies and newspapers
 * print them under a picture: "Jane Doe/AP", "AFP/Getty Images", "STR/AFP/Getty Images",
 * "Getty Images/ICRC/Jane Doe", "KCNA via Reuters", "Jane Doe for NPR", "(Wikimedia Commons)",
 * on a line of their own or closing a caption ("... in 2002. Jane Doe/AP").
 *
 * Where they start: a known agency name (`agencyPattern`, literal spellings) found by one global
 * regex; around each, a bounded window back to the start of the line, sentence or bracket and
 * forward to its end. The whole segment must read as a credit: parts joined by "/", " via " or
 * " for ", each a person's name, an organisation or an ignorable word ("STR", "Handout", "File",
 * a year or an asset id), at least one of them a known agency. Prose that names an agency ("AP
 * reported", "the Reuters/Ipsos poll") has parts that are neither and is left alone.
 */
import { findLicenses } from '../../data/licenses.js'
import {
  agencies,
  signers,
  clean,
  gettyRoles,
  ignorableSegment,
  isDomain,
  isOrganisation,
  isPersonName,
  normaliseSource,
  words,
} from './vocabulary.js'
import {
  agencyPattern,
  bracketClosingAgencyNames,
  datedClosingAgencyNames,
  pictureAgencyNames,
} from './agencies.js'
import { militaryRank, personDashOrganisation } from './body.js'
import { abbreviations, nameBeforeSentence } from './extent.js'
import { isGlued } from './glue.js'
import { lineStartNear } from './caption-tails.js'
import { readLabel } from './labels.js'

/** "UNICEF Afghanistan", "UN Nairobi", "UN Women", "WFP Sudan": an agency and its office. */
function agencyOffice(part: string, set: ReadonlySet<string>): boolean {
  const ws = words(part)
  if (ws.length < 2 || ws.length > 4) return false
  return (
    set.has((ws[0] ?? '').toLowerCase()) && ws.slice(1).every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w))
  )
}

/** Is `part` a known picture agency (or one of its offices, or one of its collections)? */
function isAgency(part: string): boolean {
  const key = part.toLowerCase()
  // "Reportage by Getty Images", "Hulton Archive by Getty": a collection an agency sells (in
  // Polish "Reportage wg Getty Images").
  const by = key.search(/ (?:by|wg) /)
  return (
    agencies.has(key) ||
    agencyOffice(part, agencies) ||
    (/^pool /.test(key) && agencies.has(key.slice(5))) ||
    (by > 0 && /^\p{Lu}/u.test(part) && agencies.has(key.slice(by + 4)))
  )
}

/**
 * Is `part` an organisation that signs its pictures (or one of its offices)? Any organisation's
 * own photo service ("United Nations Photo", "EXAMPLE MISSION PHOTO") signs its pictures too.
 */
function isSigner(part: string): boolean {
  return (
    signers.has(part.toLowerCase()) ||
    agencyOffice(part, signers) ||
    (/[ \t](?:Photo|PHOTO)$/.test(part) && isOrganisation(part))
  )
}

/**
 * Picture libraries that may stand alone in brackets after a caption ("(Wikimedia Commons)");
 * an agency's acronym there ("... the Red Cross (ICRC)") is the acronym of a name.
 */
const picturePlatforms: ReadonlySet<string> = new Set([
  'wikimedia commons',
  'getty images',
  'un photo',
  'shutterstock',
  'alamy',
])

/** Words between parts that name no one: stringers, pools, file pictures. */
export const ignorable = new RegExp(
  `^(?:${gettyRoles}|HO|Pool|POOL|File|FILE|File Photo|Illustration|ILLUSTRATION)$`,
)

/** A pool's picture ("UPI/Jane Roe/Pool"). */
const pool = /^(?:Pool|POOL)$/

/**
 * "Example Ministry/Handout via Reuters", "Jane Roe/Pool/EPA": a handout or a pool names no one,
 * but it says how the picture came: it stays in the source chain as written.
 */
export const handout = /^(?:Handout|HANDOUT|Pool|POOL)$/

/**
 * What may follow a bracketed credit on its line: bars, a usage note in capitals, "[next]", a
 * gallery's "Show More Show Less" and its counter ("3 of21"), a wire's service in brackets ("(Jane Roe/PA) (PA Wire)"),
 * AP's state code ("(…via AP) =ME").
 */
const afterBracket =
  /^(?:[|*\s\p{Lu}=]|\[(?:next|prev(?:ious)?|more)\]|Show (?:More|Less)|\d{1,3} of ?\d{1,3}(?!\d)|\(\p{Lu}[\p{L} ]{0,20}\))*$/u

/** A firm's name in one word with an inner capital ("GeoEye", "NorthLight"; not "McDonald"). */
function isBrand(part: string): boolean {
  return /^(?!Ma?c\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(part)
}

/** Capitalised words, as a brand writes its name ("ExamplePix", "Example Pix Agency"). */
const brandName = /^\p{Lu}[\p{L}\p{N}.&'-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.&'-]*){0,3}$/u

/** After " via ": capitalised words or numbers name where the picture came from ("38 North"). */
function viaSite(part: string, sep: string): boolean {
  return (
    sep.endsWith('via ') && /^[\p{Lu}\d][\p{L}\d.'-]*(?: [\p{Lu}\d][\p{L}\d.'-]*){0,4}$/u.test(part)
  )
}

/**
 * A button's label after a credit: "hide caption", " | License Photo", "Buy Photo", a gallery's
 * "...more" that cut the caption short.
 */
export const buttonTail =
  /(?: (?:\| )?(?:hide caption|License Photo|Buy Photo)|(?:\.\.\.|\u2026)more)$/

/** Two words in capitals opening what follows a bracket: "NO SALES", "MANDATORY CREDIT". */
const usageWords = /^[A-Z]{2,}[ ,]+[A-Z]{2,}\b/

/** How far a credit segment may reach on either side of its agency name. */
const reach = 90

export interface AgencyLine {
  start: number
  end: number
  creator: string | null
  source: string | null
  license: string | null
}

/** Start of the segment around `at`: line start, sentence start or an opening bracket. */
function segmentStart(text: string, at: number): { start: number; closer: string | null } | null {
  // A link in angle brackets inside the credit ("Jane Roe, CC BY-SA 4.0 <https://…>, via
  // Wikimedia Commons") widens the reach by its length.
  // Looked for in the reach only: a search back to the text's start at every agency is quadratic.
  const near = text.slice(Math.max(0, at - reach), at).lastIndexOf('<http')
  const link = near < 0 ? -1 : Math.max(0, at - reach) + near
  const back = link >= 0 ? 2 * reach : reach
  const floor = Math.max(0, at - back)
  // "… August 5, 2015.REUTERS/Jane Roe": an agency glued to the caption's full stop.
  if (text[at - 1] === '.' && /[\d\p{Ll}]/u.test(text[at - 2] ?? ''))
    return { start: at, closer: null }
  for (let j = at - 1; j >= floor; j--) {
    const ch = text[j]
    // "… a group.<br />/ AFP PHOTO / JANE ROE": a line break written as HTML.
    if (ch === '\n' || (ch === '>' && text[j - 1] === '/' && /<br ?\/$/.test(text.slice(j - 5, j))))
      return { start: j + 1, closer: null }
    // Over a link in angle brackets.
    if (ch === '>' && link >= floor && link < j) {
      j = link
      continue
    }
    // "(AP Photo/Jane Roe)", and Al Jazeera's "[Jane Roe/Reuters]".
    if (ch === '(') return { start: j + 1, closer: ')' }
    if (ch === '[') return { start: j + 1, closer: ']' }
    // "[File: Jane Roe/AP]": an archive picture's note opens the bracket.
    if (ch === ':' && /[[(](?:File|FILE)$/.test(text.slice(Math.max(0, j - 5), j))) continue
    if (ch === ')' || ch === ']' || ch === '"' || ch === ':' || ch === ';') return null
    // A sentence's end, its closing quote too ("… the plan.' EPA/JANE ROE").
    if ((ch === ' ' || ch === '\t') && /[.!?]["'\u201d\u2019]?$/.test(text.slice(j - 2, j))) {
      // "J. Doe", "U.S. Navy": a capital initial or a dotted abbreviation ends no sentence.
      if (/(?:^|[\s.])\p{Lu}\.$/u.test(text.slice(Math.max(0, j - 3), j))) continue
      // "2nd Lt. Jane Roe", "Sgt. Jane Roe": a rank's abbreviation ends no sentence.
      const word = /(?:^|\s)(\p{Lu}\p{Ll}{1,3})\.$/u.exec(text.slice(Math.max(0, j - 6), j))
      if (word && abbreviations.has((word[1] ?? '').toLowerCase())) continue
      return { start: j + 1, closer: null }
    }
  }
  return at - back <= 0 ? { start: 0, closer: null } : null
}

/** A dash, spaced, after an agency: " - ", " – ", " — ". */
const dashes = /^[-\u2013\u2014]$/

/**
 * A wire's usage note in capitals opening after the credit on its line ("REUTERS/Jane Roe SEARCH
 * "MINES" FOR THIS STORY.", "… ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD
 * PARTY.", "… TPX IMAGES OF THE DAY", "… NO RESALES. NO ARCHIVES"): it ends the credit.
 */
const wireNote =
  / (?:SEARCH ["\u201c]|ATTENTION EDITORS|TPX IMAGES|NO (?:RESALES|ARCHIVES|SALES)\b|MANDATORY CREDIT|(?:FOR )?EDITORIAL USE ONLY|PICTURE TAKEN|THIS IMAGE HAS BEEN)/y

/** End of the segment: line end (an NPR "hide caption" cut off), or the closing bracket. */
function segmentEnd(text: string, at: number, closer: string | null): number | null {
  const ceiling = Math.min(text.length, at + reach)
  // "Jane Roe / Getty - The ministry said …": a spaced dash right after the agency ends it.
  if (!closer && text[at] === ' ' && dashes.test(text[at + 1] ?? '') && text[at + 2] === ' ')
    return at
  let j = at
  // Where a wire's note starts: a line too long for a credit ends there.
  let noteAt = -1
  while (j < ceiling && text[j] !== '\n') {
    const ch = text[j]
    // "… 2013. REUTERS/Jane Roe</p>": a closing tag of scraped markup ends the credit.
    if (ch === '<' && text[j + 1] === '/') break
    // "REUTERS/Jane Roe/File PhotoSource: …": the next line glued on where its break was lost.
    if (!closer && j > at && isGlued(text, j)) break
    if (!closer && noteAt < 0 && ch === ' ' && text.charCodeAt(j + 1) < 0x5b) {
      wireNote.lastIndex = j
      if (wireNote.test(text)) noteAt = j
    }
    // "EPA/Jane Roe — Image by © Jane Roe/epa/Corbis": a spaced dash before a second credit's
    // label parts the two; a bar or a slash only before a label with a colon, "by" or "©"
    // ("EPA/Jane Roe | Photo: John Doe/AFP").
    if (
      !closer &&
      ch === ' ' &&
      text[j + 2] === ' ' &&
      /[-\u2013\u2014|/]/.test(text[j + 1] ?? '')
    ) {
      const label = readLabel(text, j + 3)
      if (
        label &&
        (dashes.test(text[j + 1] ?? '') ||
          /[:\u00a9]|\bby\b/i.test(text.slice(label.start, label.bodyStart)))
      )
        return j
    }
    // "… / AFP / JANE ROE (Photo credit should read JANE ROE/AFP/Getty Images)": the agencies'
    // formula in its own bracket after the credit.
    if (ch === '(' && !closer && formulaAfter.test(text.slice(j, j + 32))) return j
    if (ch === ')' || ch === ']') {
      if (ch !== closer) return null
      // A bracketed credit closes its line: "... 1955 (Wikimedia Commons)", or only a table's
      // bar, a usage note in capitals ("** NO SALES **") or a gallery's "[next]" follow it.
      // "… 2025. (AP Photo/Jane Roe)A student …", "…)FILE- A …": the next caption glued where
      // its break was lost, the bracket after the caption's full stop.
      const open = text.lastIndexOf('(', j)
      if (
        /[.!?] $/.test(text.slice(open - 2, open)) &&
        /^(?:\p{Lu}[\p{Ll} ]|FILE[-:])/u.test(text.slice(j + 1, j + 6))
      )
        return j
      let k = j + 1
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '.')) k++
      if (k >= text.length || text[k] === '\n') return j
      let e = k
      while (e < text.length && text[e] !== '\n' && e - k < 60) e++
      if (e - k < 60 && afterBracket.test(text.slice(k, e))) return j
      // "(AP Photo/Jane Roe) NO SALES, MANDATORY CREDITThe next sentence": a usage note of two
      // words in capitals or more after the bracket, whatever follows it.
      return usageWords.test(text.slice(k, k + 40)) ? j : null
    }
    j++
  }
  if (!closer && j === ceiling && j < text.length)
    return noteAt >= 0 ? noteAt : beforeLongNote(text, at, ceiling)
  if (closer || (j === ceiling && j < text.length)) return null
  return j
}

/** Getty's formula opening a bracket: "(Photo credit should read". */
const formulaAfter = /^\((?:Photo|Image) credit (?:should|must) read /i

/** Five words in capitals or more (a dash between them too): a wire's usage note. */
const capitalNote = / [A-Z]{2,}[,.:]?(?: (?:-|[A-Z]+[,.:]?)){4}/y

/**
 * "… 2017. KCNA via REUTERS ATTENTION EDITORS - THIS PICTURE WAS PROVIDED BY A THIRD PARTY. …":
 * a line too long for a credit ends it where a wire's note in capitals starts after a word that
 * names an agency; null when there is none in reach.
 */
function beforeLongNote(text: string, at: number, ceiling: number): number | null {
  for (let p = text.indexOf(' ', at); p !== -1 && p < ceiling; p = text.indexOf(' ', p + 1)) {
    capitalNote.lastIndex = p
    if (!capitalNote.test(text)) continue
    const word =
      text
        .slice(text.lastIndexOf(' ', p - 1) + 1, p)
        .split('/')
        .pop() ?? ''
    if (agencies.has(word.toLowerCase())) return p
  }
  return null
}

/**
 * Split "A/B via C" into parts with the separator written before each (string splits: no
 * regex). A slash keeps the author's spacing ("AFP / KCNA": " / "; "AFP/Getty Images": "/");
 * `bars`: a bar between spaces separates parts too ("Jane Roe | Example Agency", sep " | ").
 */
export function parts(segment: string, bars = false): { text: string; sep: string }[] {
  const out: { text: string; sep: string }[] = []
  const barred = bars ? segment.split(' | ') : [segment]
  barred.forEach((bar, b) => {
    const slashes = bar.split('/')
    slashes.forEach((slashed, i) => {
      // " Via " as a headline-cased site prints it ("Kcna Via Kns/Ritzau Scanpix"), " VIA " in capitals.
      slashed.split(/ (?:[Vv]ia|VIA) /).forEach((piece, j) => {
        let sep = ''
        if (j > 0) sep = ' via '
        else if (i > 0) {
          const before = slashes[i - 1] ?? ''
          const spaced = (c: string | undefined) => c === ' ' || c === '\t'
          sep = `${spaced(before.charAt(before.length - 1)) ? ' ' : ''}/${spaced(slashed.charAt(0)) ? ' ' : ''}`
        } else if (b > 0) sep = ' | '
        let part = piece.trim()
        // "KCNA/via Reuters": the slash kept as written.
        if (part.startsWith('via ')) {
          part = part.slice(4)
          sep = `${i > 0 ? sep : ' '}via `
        }
        // "Jane Roe / for Example Daily", "JANE ROE/FOR EXAMPLE DAILY": the paper she worked for.
        if (i > 0 && /^for /i.test(part)) part = part.slice(4)
        if (part !== '') out.push({ text: clean(part), sep })
      })
    })
  })
  return out
}

/** A photographer on assignment or a newspaper's own: "for NPR", "for The Guardian". */
function isAssignment(agency: string): boolean {
  return (
    isAgency(agency) || isSigner(agency) || (/^The\s\p{Lu}/u.test(agency) && isOrganisation(agency))
  )
}

/** Who may stand where a photographer's name goes in "Name - role, Agency". */
const uncredited = /^(?:Uncredited|Handout|HANDOUT|STR|Stringer|Pool|POOL)$/

/**
 * Read a chain of agencies ("Pool AFP", "KCNA via KNS", "AFP/Getty Images") as a source, as
 * written, or null when one of its parts is not an organisation or none is a known agency.
 */
function agencyChain(s: string): string | null {
  const list = parts(s)
  if (list.length === 0 || list.length > 4) return null
  let known = false
  for (const { text: part } of list) {
    if (isAgency(part)) known = true
    // "AP Photo/Keystone": every part after an agency is one more agency, whatever its shape.
    else if (known && /^\p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*){0,2}$/u.test(part)) continue
    else if (!isOrganisation(part) && !isSigner(part)) return null
  }
  return known ? clean(s) : null
}

/**
 * `s` without a usage note in capitals after an agency's credit ("... SOUTH KOREA OUT", "... **
 * NO SALES **"): the note stays in the credit's text, not in its fields. Words, not a regex run
 * from every offset of the segment.
 */
export function withoutUsageNote(s: string): string {
  const ws = s.split(' ')
  let n = ws.length
  if (ws[n - 1] === 'OUT') {
    n--
    let k = 0
    while (k < 5 && n > 1 && /^\p{Lu}{2,}$/u.test(ws[n - 1] ?? '')) {
      n--
      k++
    }
    return k > 0 ? ws.slice(0, n).join(' ') : s
  }
  if (ws[n - 1] === '**') {
    const open = ws.lastIndexOf('**', n - 2)
    if (open > 0 && ws.slice(open + 1, n - 1).every((w) => /^\p{Lu}{2,}$/u.test(w))) {
      return ws.slice(0, open).join(' ')
    }
  }
  return s
}

/**
 * Read `segment` as an agency credit, or null. `alone`: the segment is a bracket that fills its
 * line ("(Reuters)" under a headline), where an agency's name alone credits the picture.
 */
export function readAgencyCredit(
  written: string,
  closer: string | null,
  alone = false,
): { creator: string | null; source: string | null; license: string | null } | null {
  // "By Jane Roe, AP": an article's byline, not a picture's credit.
  if (/^By\s/i.test(written)) return null
  // "[Photo/Xinhua]": the kind of work before the slash names no one; nor does a French paper's
  // "PHOTO Jane Roe, ARCHIVES REUTERS" (its archive's picture).
  let segment = written.replace(/^(?:(?:File|FILE):[ \t]*|Photo\/)/, '')
  if (segment.startsWith('PHOTO ')) segment = segment.slice(6)
  segment = withoutUsageNote(segment)
  // "Jane Roe, CC BY-SA 4.0, via Wikimedia Commons": the attribution Commons suggests.
  let license: string | null = null
  if (/\b(?:CC|cc|Creative|Public|public|Attribution)\b|creativecommons/.test(segment)) {
    const [found] = findLicenses(segment)
    if (!found) return null
    license = found.name
    segment = clean(
      `${segment.slice(0, found.start)} ${segment.slice(found.end).replace(/^\s*<[^<>\s]{1,200}>/, '')}`,
    )
    if (!segment.endsWith('Wikimedia Commons')) return null
  }
  const read = (creator: string | null, source: string | null) => ({ creator, source, license })
  // "AP Photo/Jane Doe, File": an archive picture; the note is no part of a name.
  const file = /,[ \t]?(?:File|FILE)(?:[ \t][Pp]hoto)?$/.exec(segment)
  if (file) segment = segment.slice(0, file.index)
  // "Jane Roe - pool, Pool AFP", "Uncredited - hogp, KCNA via KNS": the photographer, a dash and
  // the agency's slug, then the credit line of the picture service.
  const dash = /^([^,]{2,60}?) - [\p{Ll}\p{N}][\p{L}\p{N}.-]{0,20}, (.+)$/u.exec(segment)
  if (dash) {
    const who = dash[1] ?? ''
    const source = agencyChain(dash[2] ?? '')
    if (!source) return null
    if (uncredited.test(who)) return read(null, source)
    return words(who).length >= 2 && isPersonName(who) ? read(who, source) : null
  }
  // "(Jane Roe – Anadolu Agency)": in a bracket, a photographer, a dash and a known agency.
  if (closer) {
    const dashed = personDashOrganisation(segment)
    if (dashed && agencyChain(dashed.source))
      return read(dashed.creator, normaliseSource(dashed.source))
  }
  // "Jane Doe for NPR": a photographer on assignment.
  const forAt = segment.indexOf(' for ')
  if (forAt > 0 && !segment.includes('/')) {
    const person = segment.slice(0, forAt).trim()
    const agency = segment.slice(forAt + 5).trim()
    // "Jane Doe for The Example Post via Getty Images": the paper, then the agency that sent it.
    const via = agency.indexOf(' via ')
    const sent =
      via > 0 &&
      isAgency(agency.slice(via + 5)) &&
      /^(?:The\s)?\p{Lu}[\p{L}.&'-]*(?:\s\p{Lu}[\p{L}.&'-]*){0,3}$/u.test(agency.slice(0, via))
    if (words(person).length >= 2 && isPersonName(person) && (sent || isAssignment(agency))) {
      return read(person, normaliseSource(agency))
    }
    return null
  }
  // "Jane Doe, AP", "Jane Doe, AFP/Getty Images": a photographer, a comma, then the agency
  // (newspaper captions).
  const comma = segment.lastIndexOf(', ')
  if (comma > 0 && !segment.slice(0, comma).includes('/')) {
    const person = segment.slice(0, comma).trim()
    const agency = segment
      .slice(comma + 2)
      .trim()
      .replace(/^ARCHIVES /, '')
    if (
      words(person).length >= 2 &&
      isPersonName(person) &&
      !isOrganisation(person) &&
      !/ VIA /.test(person) &&
      agencies.has(agency.replace(/\/.*/, '').toLowerCase())
    ) {
      return read(person, normaliseSource(agency))
    }
    // "(UNHCR, Flickr)": an organisation and the platform it posts on, in a bracket.
    if (closer && isSigner(person) && agencies.has(agency.toLowerCase())) return read(null, segment)
  }
  // "AP Photo/Example Daily, Jane Roe": a chain of sources, then the photographer after a comma.
  let named: string | null = null
  const lastComma = segment.lastIndexOf(', ')
  if (lastComma > 0 && segment.lastIndexOf('/') < lastComma) {
    const who = segment.slice(lastComma + 2)
    if (words(who).length >= 2 && isPersonName(who) && !isOrganisation(who)) {
      named = who
      segment = segment.slice(0, lastComma)
    }
  }
  const list = parts(segment)
  if (list.length === 0 || list.length > 5) return null
  if (named !== null) {
    const source = agencyChain(segment)
    return source ? read(named, source) : null
  }
  if (list.length === 1) {
    // Only a bracketed platform stands alone: "(Wikimedia Commons)", or an agency's own
    // photo: "(CNN Photo)".
    const only = list[0]!.text
    if (!closer) return null
    // "[Reuters]": a news site's credit in square brackets ("(AP)" is a dateline's agency).
    if (
      picturePlatforms.has(only.toLowerCase()) ||
      ((closer === ']' || (alone && !/ Photo$/.test(only))) && agencies.has(only.toLowerCase()))
    )
      return read(null, normaliseSource(only))
    // "(Example News file photo)": a newspaper's archive picture.
    const ownPhoto = / (?:[Ff]ile )?Photo$| [Ff]ile photo$/.exec(only)
    const own = ownPhoto ? only.slice(0, ownPhoto.index) : ''
    return agencies.has(own.toLowerCase()) && own !== 'UN' ? read(null, normaliseSource(own)) : null
  }
  const creators: string[] = []
  let source = ''
  let pendingSep = ''
  let known = false
  let signed = false
  for (const [i, { text: part, sep }] of list.entries()) {
    if (!pendingSep || sep.endsWith('via ')) pendingSep = sep
    // A handout, and a name written twice ("ExamplePix/ExamplePix via Getty Images": the agency
    // that took the picture and sent it), name no photographer but stay in the source.
    const twice = list[i - 1]?.text === part || list[i + 1]?.text === part
    if (handout.test(part) || (twice && brandName.test(part))) {
      known ||= isAgency(part)
      source += (source ? pendingSep || '/' : '') + normaliseSource(part)
      pendingSep = ''
      continue
    }
    // "UPI/Jane Roe/Pool": a pool after the person in the middle of a chain is part of the
    // source, the parts round the person joined ("UPI/Pool").
    if (pool.test(part) && source && creators.length > 0 && i === list.length - 1) {
      source += (pendingSep || '/') + part
      pendingSep = ''
      continue
    }
    // "News1/Pool via REUTERS": a known agency with a digit is no asset's number.
    if (!agencies.has(part.toLowerCase()) && (ignorable.test(part) || ignorableSegment.test(part)))
      continue
    const agency = isAgency(part)
    // "Morell / EPA": a photographer's surname alone before a known agency (a paper's style).
    if (
      i === 0 &&
      list.length === 2 &&
      !agency &&
      list[1]!.sep.includes('/') &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(part) &&
      isAgency(list[1]!.text) &&
      !isSigner(part) &&
      !isOrganisation(part)
    ) {
      creators.push(part)
      continue
    }
    // "Albania / UNHCR / Jane Roe / 04.1999": the country first, as a refugee agency writes it,
    // before a known agency (or an organisation that signs) and a photographer, names no one.
    if (
      i === 0 &&
      list.length >= 3 &&
      !agency &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(part) &&
      (isAgency(list[1]!.text) || isSigner(list[1]!.text)) &&
      list.slice(2).some((p) => words(p.text).length >= 2 && isPersonName(p.text))
    )
      continue
    const signer = !agency && isSigner(part)
    // "Jane Roe / AFP / picturedesk.com": a picture library's site after a known agency.
    if (
      agency ||
      signer ||
      isOrganisation(part) ||
      isBrand(part) ||
      viaSite(part, sep) ||
      (known && isDomain(part))
    ) {
      known ||= agency
      signed ||= signer
      source += (source ? pendingSep || '/' : '') + normaliseSource(part)
    } else if (words(part).length >= 2 && isPersonName(part.replace(militaryRank, ''))) {
      // "U.S. Army/2nd Lt. Jane Roe/Handout": the rank is no part of the name.
      creators.push(part.replace(militaryRank, ''))
    } else {
      return null
    }
    pendingSep = ''
  }
  // An organisation that signs its pictures makes a credit only beside a photographer's name.
  if (!(known || (signed && creators.length > 0)) || creators.length > 2) return null
  if (!source && creators.length === 0) return null
  return read(creators.length > 0 ? creators.join(', ') : null, source || null)
}

/**
 * "A headline of the story - AFP": a wire agency after a dash closing a line that ends no
 * sentence (a headline or a caption's title, as news sites print them), or null.
 */
function dashedAgency(text: string, at: number, name: string): AgencyLine | null {
  if (text[at - 1] !== ' ' || text[at - 3] !== ' ' || !/[-\u2013\u2014]/.test(text[at - 2] ?? ''))
    return null
  const end = at + name.length
  let k = end
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++
  if (k < text.length && text[k] !== '\n') return null
  if (!agencies.has(name.toLowerCase())) return null
  let lineStart = at - 3
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && at - lineStart < 200) lineStart--
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return null
  const head = text.slice(lineStart, at - 3).trim()
  // Four words or more that end no sentence and name no one ("Jane Roe - AFP" is a byline).
  if (words(head).length < 4 || /[.!?:;,]$/.test(head) || /^By\s/i.test(head)) return null
  return { start: at, end, creator: null, source: normaliseSource(name), license: null }
}

/**
 * "… behind Cambodia and Laos - Jane Roe/AFP": a photographer and an agency after a spaced dash
 * closing a caption's line of four words or more, or null. The credit must name a person.
 */
function dashedChain(text: string, at: number, name: string): AgencyLine | null {
  const end = at + name.length
  if (text[at - 1] !== '/' && !(text[at - 1] === ' ' && text[at - 2] === '/')) return null
  if (end < text.length && text[end] !== '\n' && text.slice(end, end + 2).trim() !== '') return null
  const back = text.slice(Math.max(0, at - 60), at)
  const dash = Math.max(
    back.lastIndexOf(' - '),
    back.lastIndexOf(' \u2013 '),
    back.lastIndexOf(' \u2014 '),
  )
  if (dash < 0 || back.includes('\n', dash)) return null
  const start = at - back.length + dash + 3
  if (words(text.slice(lineStartNear(text, start - 3), start - 3)).length < 4) return null
  const credit = readAgencyCredit(text.slice(start, end), null)
  return credit?.creator ? { start, end, ...credit } : null
}

/** The agencies read in brackets closing a caption (see `bracketClosingAgencyNames`). */
const bracketClosers: ReadonlySet<string> = new Set(
  [...bracketClosingAgencyNames, ...pictureAgencyNames].map((n) => n.toLowerCase()),
)
/** Wires read in brackets closing a dated caption only (see `datedClosingAgencyNames`). */
const datedClosers: ReadonlySet<string> = new Set(
  datedClosingAgencyNames.map((n) => n.toLowerCase()),
)
/** A caption's line that ends with its date: "… on Oct. 30, 2024." */
const dated = /\b(?:19|20)\d\d\.[ \t]*$/

/** Longest caption line that a bare agency after its last sentence closes. */
const captionLine = 640

/**
 * "… in the capital on Monday. Reuters", "… on Jan. 3. (Kyodo)": an agency's name alone after
 * the last sentence of a caption's line, or null. A bare name closes the line (a line of at most
 * `captionLine` characters: a caption, not a story's paragraph); a bracketed name may be followed
 * by the next caption glued to it or a wire's "==Kyodo". "Reuters reported" goes on, a dateline's
 * "(AP) —" follows no sentence.
 */
function closingAgency(text: string, at: number, name: string): AgencyLine | null {
  const end = at + name.length
  const bracket = text[at - 1] === '(' && text[end] === ')'
  const open = bracket ? at - 1 : at
  if (text[open - 1] !== ' ') return null
  // "… on Tuesday. | KYODO": a bar between the caption and the agency, as some papers print it.
  // "… on Aug. 20, 2018. – AP Photo": a dash there too; a slash ("… on Monday./ Yonhap").
  const sep = bracket ? '' : text[open - 2] || ''
  const spaced = text[open - 3] === ' '
  const barred =
    '|\u2013\u2014/'.includes(sep) && (spaced || (sep === '/' && text[open - 3] === '.'))
  // The sentence before: a full stop (after an abbreviation too: "Jan. 3."), or a bracketed
  // usage note before a bracketed name ("… No Redistribution) (Yonhap)").
  let q = barred ? open - (spaced ? 4 : 3) : open - 2
  while (q > 0 && /["'\u201d\u2019]/.test(text[q] ?? '')) q--
  const stop = /[.!?]/.test(text[q] ?? '') || (bracket && text[q] === ')')
  const key = name.toLowerCase()
  if ((!stop && !bracket) || !agencies.has(key)) return null
  const datedOnly = bracket && !bracketClosers.has(key) && datedClosers.has(key)
  let k = bracket ? end + 1 : end
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++
  const closes = k >= text.length || text[k] === '\n' || text[k] === '\r'
  if (!closes && !(bracket && /^(?:==|["\u201c]?\p{Lu}\p{Ll})/u.test(text.slice(k, k + 3))))
    return null
  let lineStart = open
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && open - lineStart <= captionLine)
    lineStart--
  if (open - lineStart < 30) return null
  // "Smoke over the example plant (AFP)" printed twice, as a picture's text and its caption, or
  // under several pictures: a caption (a story's paragraph is printed once), whatever agency.
  const usual = stop && (bracketClosers.has(key) || datedOnly)
  // After a caption's word or full stop, not a name in capitals ("JANE ROE (REUTERS)"), nor the
  // acronym of the words before it ("… the Red Cross (ICRC)").
  const initials = (): string =>
    text
      .slice(Math.max(0, open - 80), open)
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.charAt(0))
      .join('')
  const twice =
    bracket &&
    !bracketClosers.has(key) &&
    /[\p{Ll}\d.!?]/u.test(text[open - 2] ?? '') &&
    !initials().endsWith(name.toUpperCase()) &&
    printedTwice(text, lineStart, open, k)
  if (bracket && !twice && !usual) return null
  // "… near the front, Oct. 30, 2024. (AFP)": a wire whose stories close so too credits only a
  // caption's line that ends with its date, the bracket closing the line.
  if (
    datedOnly &&
    !twice &&
    (!closes ||
      open - lineStart > captionLine ||
      (lineStart > 0 && text[lineStart - 1] !== '\n') ||
      !dated.test(text.slice(lineStart, open)))
  )
    return null
  if (
    !bracket &&
    (open - lineStart > captionLine || (lineStart > 0 && text[lineStart - 1] !== '\n'))
  )
    return null
  return { start: at, end, creator: null, source: normaliseSource(name), license: null }
}

/**
 * Is the caption on `lineStart..open` printed again (as the picture's text and its caption, or
 * under several pictures)? Its last 30 characters before the bracket found twice more within
 * 3,000 characters (a page's copies stand close; no scan of the whole text per bracket), or its
 * first 40 right after the bracket or opening the line above or below (after a bullet).
 */
function printedTwice(text: string, lineStart: number, open: number, after: number): boolean {
  const lo = Math.max(0, lineStart - 3000)
  const near = text.slice(lo, open + 3000)
  // Three copies of its last words: one caption under several pictures (a story printed twice
  // on a page is no caption).
  const tail = text.slice(open - 31, open - 1)
  let copies = 0
  for (let p = near.indexOf(tail); p >= 0 && copies < 3; p = near.indexOf(tail, p + 1)) copies++
  if (copies >= 3) return true
  const opens = (at: number): boolean => {
    while (/[ \t\u2022*]/.test(text[at] ?? '')) at++
    return text.startsWith(head, at)
  }
  let from = lineStart
  while (from < open && /[\s\u2022*]/.test(text[from] ?? '')) from++
  const head = text.slice(from, from + 40)
  return (
    open - from >= 40 &&
    (opens(after) ||
      (lineStart > 1 && opens(text.lastIndexOf('\n', lineStart - 2) + 1)) ||
      opens(text.indexOf('\n', open) + 1 || text.length))
  )
}

/**
 * "... on Thursday (Example Agency)/ Via The Daily Ledger": an agency in brackets, then the
 * paper that carried its picture after a slash and "via". The credit starts at the bracket.
 */
function bracketThenVia(
  text: string,
  begin: { start: number; closer: string | null },
  at: number,
): AgencyLine | null {
  if (begin.closer !== ')') return null
  const close = text.indexOf(')', at)
  if (close < 0 || close - at > 40 || !/^\/ ?[Vv]ia /.test(text.slice(close + 1, close + 7)))
    return null
  let lineEnd = text.indexOf('\n', close)
  if (lineEnd < 0) lineEnd = text.length
  if (lineEnd - close > 80) return null
  let stop = lineEnd
  while (stop > close && /[\s.]/.test(text[stop - 1] ?? '')) stop--
  const written = `${text.slice(begin.start, close)}${text.slice(close + 1, stop)}`
  const credit = readAgencyCredit(written, null)
  return credit ? { start: begin.start - 1, end: stop, ...credit } : null
}

/**
 * A gallery's counter after a credit, in the page's language (" 3 of 33", " 2 de 33", " 4 von
 * 25"), then the next caption's capital or the line's end.
 */
const counterAfter = /^ \d{1,3} (?:of|de|von|ng|sur|di|z) \d{1,3}(?: ?\p{Lu}|[ \t]*(?:\n|$))/u

/** Where a credit may start after a caption's date or sentence: "… October 1962 ", "… 2006. ". */
const dateOrStop = /(?:\b(?:1[89]|20)\d\d\.? ?|[.!?] ?)(?=\p{Lu})/gu

/**
 * "Washington, DC October 1962 Getty Images 3 of 33The next caption": a gallery flattened to one
 * line, each caption's place and date, its credit (a chain ending in a known agency) and the
 * picture's counter. The credit starts after the date's year or the caption's last sentence.
 */
function beforeCounter(text: string, at: number, name: string): AgencyLine | null {
  const end = at + name.length
  if (!counterAfter.test(text.slice(end, end + 16))) return null
  const lineStart = lineStartNear(text, at)
  if (at - lineStart > 160) return null
  let start = lineStart
  dateOrStop.lastIndex = 0
  // The agency's first letter too, for the look-ahead's capital.
  const before = text.slice(lineStart, at + 1)
  for (let m; (m = dateOrStop.exec(before));) start = lineStart + m.index + m[0].length
  if (start === at)
    return { start, end, creator: null, source: normaliseSource(name), license: null }
  const credit = readAgencyCredit(text.slice(start, end), null)
  return credit ? { start, end, ...credit } : null
}

/** Does `start..end` fill its line, but for white space? */
function fillsLine(text: string, start: number, end: number): boolean {
  let a = start
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--
  let z = end
  while (z < text.length && (text[z] === ' ' || text[z] === '\t')) z++
  return (a === 0 || text[a - 1] === '\n') && (z >= text.length || text[z] === '\n')
}

/**
 * Unlabelled agency credits in `text`, sorted by start. `taken` tells which offsets other
 * credits already cover (they win).
 */
export function findAgencyLines(text: string, taken: (at: number) => boolean): AgencyLine[] {
  const found: AgencyLine[] = []
  agencyPattern.lastIndex = 0
  let floor = 0
  let m: RegExpExecArray | null
  while ((m = agencyPattern.exec(text))) {
    const at = m.index
    if (at < floor || taken(at)) continue
    const dashed =
      dashedAgency(text, at, m[0]) ??
      closingAgency(text, at, m[0]) ??
      dashedChain(text, at, m[0]) ??
      beforeCounter(text, at, m[0])
    if (dashed) {
      found.push(dashed)
      floor = dashed.end
      continue
    }
    const begin = segmentStart(text, at)
    if (!begin) continue
    const end = segmentEnd(text, at + m[0].length, begin.closer)
    if (end === null) {
      const via = bracketThenVia(text, begin, at)
      if (via && !taken(via.start)) {
        found.push(via)
        floor = via.end
        agencyPattern.lastIndex = Math.max(agencyPattern.lastIndex, via.end)
      }
      continue
    }
    let start = begin.start
    // "/ AFP PHOTO / JANE ROE", "| Jane Roe/AP": a slash or bar opening the line is outside.
    while (start < end && /[\s*_>•\u2013\u2014/|-]/.test(text[start] ?? '')) start++
    // "… to detonate. 2005 Jane Roe/WpN": the year the picture was taken, before the credit.
    if (/^(?:19|20)\d\d [A-Z]/.test(text.slice(start, start + 6))) start += 5
    let stop = end
    while (stop > start && /[\s.]/.test(text[stop - 1] ?? '')) stop--
    // NPR prints its credits with the button label after them, picture desks a shop's button
    // ("… /Pool | License Photo", "Buy Photo").
    const button = buttonTail.exec(text.slice(Math.max(start, stop - 30), stop))
    if (button) {
      stop -= button[0].length
      while (stop > start && /\s/.test(text[stop - 1] ?? '')) stop--
    }
    // "… via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY": a wire's note in capitals,
    // a sentence of five words or more after the credit, is no part of it.
    stop = beforeCapitalNote(text, start, stop)
    stop = beforeWireNote(text, start, stop)
    // "REUTERS/Jane Roe - RC1D1A58CF70": the wire's picture id after the credit.
    const id = / - (?=[A-Z]{0,13}\d)[A-Z\d]{8,14}$/.exec(
      text.slice(Math.max(start, stop - 20), stop),
    )
    if (id) stop -= id[0].length
    // "EPA/Jane Roe The stockpile grows …": the next caption's sentence after the photographer.
    const sentence = begin.closer ? -1 : nameBeforeSentence(text, start)
    if (sentence > at && sentence < stop && text.slice(start, sentence).includes('/'))
      stop = sentence
    if (stop <= start || taken(start) || taken(stop - 1)) continue
    let credit = readAgencyCredit(
      text.slice(start, stop),
      begin.closer,
      begin.closer !== null && fillsLine(text, start - 1, stop + 1),
    )
    // "… 2019. REUTERS/Jane...more": the cut left one word of the photographer's name.
    const cut =
      button?.[0].endsWith('more') && /^(.+)\/(\p{Lu}\p{Ll}+)$/u.exec(text.slice(start, stop))
    if (!credit && cut && isAgency(cut[1]!))
      credit = { creator: cut[2]!, source: normaliseSource(cut[1]!), license: null }
    // "Jane Roe / Getty Images Award-winning painter …": a credit opening a caption's line ends
    // at the agency closing its chain; the capitalised words after it open the caption.
    const named = at + m[0].length
    if (!credit && !begin.closer && /^ \p{Lu}\p{Ll}/u.test(text.slice(named, named + 3))) {
      const opening = text.slice(start, named)
      credit = /\/ ?$/.test(text.slice(start, at)) ? readAgencyCredit(opening, null) : null
      if (credit) stop = named
    }
    if (credit) found.push({ start, end: stop, ...credit })
    else if (!several(text, start, stop, found)) continue
    floor = stop
    agencyPattern.lastIndex = Math.max(agencyPattern.lastIndex, stop)
  }
  return found
}

/**
 * Where a credit ends before a wire's note that runs in capitals to its end ("REUTERS/Jane Roe
 * NO RESALES. NO ARCHIVES", "… SEARCH "MINES" FOR THIS STORY."); `stop` when there is none.
 */
function beforeWireNote(text: string, start: number, stop: number): number {
  for (let j = text.indexOf(' ', start); j !== -1 && j < stop; j = text.indexOf(' ', j + 1)) {
    wireNote.lastIndex = j
    if (wireNote.test(text)) return /\p{Ll}/u.test(text.slice(j, stop)) ? stop : j
  }
  return stop
}

/**
 * Where a credit ends before a note in capitals after its last agency ("… via REUTERS THIS IMAGE
 * HAS BEEN SUPPLIED BY A THIRD PARTY"): five words in capitals or more, after a word in capitals
 * that names an agency. `stop` itself when there is none. Words, not a regex over the segment.
 */
function beforeCapitalNote(text: string, start: number, stop: number): number {
  const ws = text.slice(start, stop).split(' ')
  let n = ws.length
  while (n > 0 && /^[A-Z]+[,.]?$/.test(ws[n - 1] ?? '')) n--
  if (ws.length - n < 5 || n === 0) return stop
  // The agency ends the word before the note ("Jane Roe/REUTERS") or is its first capital word
  // ("… via REUTERS"); the note is the rest.
  const before = (ws[n - 1] ?? '').split('/').pop() ?? ''
  // "EPA/JIJI PRESS JAPAN OUT …": an agency of two words in capitals is whole.
  const two = agencies.has(`${before} ${ws[n]}`.toLowerCase()) ? 1 : 0
  if (two || agencies.has(before.toLowerCase()))
    return start + ws.slice(0, n + two).join(' ').length
  if (ws.length - n < 6 || !agencies.has((ws[n] ?? '').toLowerCase())) return stop
  return start + ws.slice(0, n + 1).join(' ').length
}

/**
 * "Jane Roe/AFP, John Doe/AFP, Mary Major/Anadolu via AFP,": several credits on one line, as an
 * exhibition or a report lists its photographers. Each part joined by a slash that reads as an
 * agency credit is one; the rest of the list is left alone. Were any found?
 */
function several(text: string, start: number, stop: number, found: AgencyLine[]): boolean {
  const line = text.slice(start, stop)
  if (!line.includes(', ')) return false
  let any = false
  let from = 0
  for (const piece of line.split(',')) {
    // "… taken on March 20, 2013. REUTERS/KCNA": a sentence's end inside a piece ends the prose.
    const sentence = piece.lastIndexOf('. ') + 1
    const lead = sentence + piece.slice(sentence).length - piece.slice(sentence).trimStart().length
    const written = piece.slice(sentence).trim()
    const at = start + from + lead
    from += piece.length + 1
    if (!written.includes('/')) continue
    const credit = readAgencyCredit(written, null)
    if (!credit) continue
    found.push({ start: at, end: at + written.length, ...credit })
    any = true
  }
  return any
}
