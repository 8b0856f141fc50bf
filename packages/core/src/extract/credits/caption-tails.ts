/**
 * Credits that close a caption on its own line, with no label, full stop or even a space before
 * them, the way galleries and picture desks print them:
 * "Rice drying in the sun Jane Roe/Example Images", "… in the valley.Photograph: Jane Roe/ABC"
 * glued to the next caption ("ABCThe next caption"), "… a cleared field. 2005 Jane Roe/XyZ",
 * "… the dressing station. © 2021 Jane Roe/Example Images".
 *
 * Shape decides, not a list of names: a person's name of two or three capitalised words (after an
 * optional "Photograph:"-like label, "©" and year), a slash, and a chain of organisations
 * (acronyms, capitalised words with an organisation word, known agencies; "/" or " via " between
 * them) that ends the line, or runs into the next caption's first word. The caption before it on
 * the same line must hold a lower-case word: a line of capitalised words and slashes is a menu.
 * The source keeps the author's spacing round the slashes ("Example / Agency").
 */
import {
  agencies,
  canonicalPlatform,
  ignorableSegment,
  isNameWord,
  isOrganisation,
  isPersonName,
  normaliseSource,
  orgWords,
  particles,
  subjectTitles,
} from './vocabulary.js'
import { isNameShaped } from './phrase.js'

export interface TailCredit {
  start: number
  end: number
  creator: string | null
  source: string
  license: null
}

/** One capitalised or numbered word of an organisation's name ("Getty", "MAG", "WpN", "38"). */
const orgToken = /[\p{Lu}\p{N}][\p{L}\p{N}&.'\u2019-]*/uy
/** A label that may open the credit, glued to the caption's last word or not. */
const labelTail = /(?:Photo(?:graph)?|Picture|Image|Foto|Credit)s?:$/
/** An acronym of an organisation: "MAG", "AFP", "WpN". */
const acronym = /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,6}$/u
/** Capitals running into the next caption's first word: "MAGBeating" is "MAG" + "Beating". */
const gluedCaps = /^(\p{Lu}{2,})\p{Lu}\p{Ll}/u

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'

/**
 * The start of the line holding `at`, looked for at most 300 characters back (a text on one line,
 * pasted or minified, must not cost a scan to its start at every slash).
 */
export function lineStartNear(text: string, at: number): number {
  const floor = Math.max(0, at - 300)
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1
  return floor
}

/** The capitalised word glued to the end of a lower-case one ("villagesJane" -> "Jane"), or null. */
function gluedWord(word: string): string | null {
  let i = word.length
  while (i > 0 && /[\p{Ll}\p{M}'\u2019-]/u.test(word[i - 1]!)) i--
  if (i < 2 || !/\p{Lu}/u.test(word[i - 1]!) || !/\p{Ll}/u.test(word[i - 2]!)) return null
  return word.slice(i - 1)
}

/** Could `part` name an agency in a chain? */
function isAgencyPart(part: string): boolean {
  return (
    acronym.test(part) ||
    agencies.has(part.toLowerCase()) ||
    ignorableSegment.test(part) ||
    isOrganisation(part)
  )
}

/** The chain of organisations after the slash at `slash`: its end, or null if it is no chain. */
function readChain(text: string, slash: number): { end: number; glued: boolean } | null {
  let j = slash + 1
  let parts = 0
  let named = 0
  for (;;) {
    while (isBlank(text[j])) j++
    // One part: at most four capitalised words.
    const partStart = j
    let glued = false
    for (let n = 0; n < 4; n++) {
      orgToken.lastIndex = j
      const m = orgToken.exec(text)
      if (!m) break
      const cut = gluedCaps.exec(m[0])
      if (cut && cut[1]!.length + 1 < m[0].length) {
        j += cut[1]!.length
        glued = true
        break
      }
      j += m[0].length
      if (text[j] !== ' ' || !/[\p{Lu}\p{N}]/u.test(text[j + 1] ?? '')) break
      j++
    }
    const part = text.slice(partStart, j)
    if (!part || !isAgencyPart(part)) return null
    if (!ignorableSegment.test(part)) named++
    parts++
    if (glued) return named > 0 ? { end: j, glued } : null
    let k = j
    while (isBlank(text[k])) k++
    if (text[k] === '/' && parts < 5) {
      j = k + 1
      continue
    }
    if (text.startsWith('via ', k) && k > j && parts < 5) {
      j = k + 4
      continue
    }
    // The chain ends its line (a full stop may close it).
    if (text[k] === '.') k++
    while (isBlank(text[k])) k++
    if (named === 0) return null
    if (k >= text.length || text[k] === '\n' || text[k] === '\r') return { end: j, glued: false }
    // A quotation opening the next sentence after a known agency ("Jane Roe/Getty Images “I…").
    if (k > j && /^[\u201c"\u00ab]/.test(text[k] ?? '') && agencies.has(part.toLowerCase())) {
      return { end: j, glued: false }
    }
    return null
  }
}

/** The person's name before the slash at `slash`, with its label, "©" and year: its start. */
function readPerson(
  text: string,
  slash: number,
  lineStart: number,
): { start: number; nameStart: number; nameEnd: number } | null {
  let j = slash
  while (j > lineStart && isBlank(text[j - 1])) j--
  const nameEnd = j
  const starts: number[] = []
  let glue = -1
  while (starts.length < 5) {
    let s = j
    while (s > lineStart && !isBlank(text[s - 1])) s--
    const word = text.slice(s, j)
    // "Provisions.ATT": a full stop inside a word that is no initial is lost white space.
    if ((!isNameWord(word) && !particles.has(word)) || /\p{L}{2}\.\p{L}/u.test(word)) {
      // "provincePhotograph:" or "villagesJane": a word glued to the caption's last word.
      const inner = gluedWord(word)
      if (inner && isNameWord(inner)) glue = j - inner.length
      break
    }
    starts.push(s)
    if (s <= lineStart || text[s - 1] !== ' ') break
    j = s - 1
  }
  if (glue >= 0) starts.push(glue)
  // A place's abbreviation in capitals ending the caption ("Washington, DC") is no first name.
  while (
    starts.length > 2 &&
    /^\p{Lu}{2,}$/u.test(text.slice(starts[starts.length - 1], nameEnd).split(' ')[0] ?? '')
  ) {
    starts.pop()
  }
  if (starts.length < 2) return null
  const nameStart = starts[Math.min(starts.length, 3) - 1]!
  const name = text.slice(nameStart, nameEnd)
  const ws = name.split(' ')
  if (ws.some((w) => orgWords.has(w.toLowerCase())) || !isNameWord(ws[0]!)) return null
  if (ws.every((w) => acronym.test(w)) || isOrganisation(name)) return null
  // Label, "©" and year before the name.
  let start = nameStart
  let k = nameStart
  const back = (): void => {
    while (k > lineStart && isBlank(text[k - 1])) k--
  }
  back()
  // "© 2019 Jane Roe/Agency": a copyright's year; a year alone ("2009 Jane Roe/XyZ") dates the
  // picture and stays out.
  const dated = /\u00a9[ \t]?\d{4}$/.exec(text.slice(Math.max(lineStart, k - 6), k))
  if (dated) {
    k -= dated[0].length
    start = k
    back()
  } else if (text[k - 1] === '\u00a9') {
    k--
    start = k
    back()
  }
  const label = labelTail.exec(text.slice(Math.max(lineStart, k - 12), k))
  if (label) start = k - label[0].length
  return { start, nameStart, nameEnd }
}

/** Capitalised words of one part of an agency-first chain ("Polaris", "Diaa El Din"). */
const capitalPart =
  /^\p{Lu}[\p{L}.&'\u2019-]*(?: (?:\p{Lu}[\p{L}.&'\u2019-]*|de|van|von|al|el|bin))*$/u

/**
 * An agency's acronym first, after a caption's last sentence or inside a bracket closing the line:
 * "… is investigating. XYZ/Jane Roe", "(XYZ/Jane Roe)", "… the attacks. XYZ / Harbour/Wirecom".
 * Every part after the acronym is one more agency, the last one a person when it reads as a name.
 */
function readAgencyFirst(
  text: string,
  slash: number,
  lineStart: number,
):
  TailCredit | { start: number; end: number; creator: null; source: string; license: null } | null {
  let w = slash
  while (w > lineStart && isBlank(text[w - 1])) w--
  let s = w
  while (s > lineStart && /\p{Lu}/u.test(text[s - 1] ?? '')) s--
  if (w - s < 2 || w - s > 6) return null
  const opener = text[s - 1]
  const first = text.slice(s, w)
  // "… a Roma ANSA/JANE ROE": a known agency and a photographer close a caption without a stop.
  const known = agencies.has(first.toLowerCase())
  const loose = isBlank(opener) && known && /\p{Ll}/u.test(text[s - 2] ?? '')
  if (!(opener === '(' || loose || (isBlank(opener) && /[.!?]/.test(text[s - 2] ?? ''))))
    return null
  let e = slash + 1
  while (e < text.length && text[e] !== '\n' && e - slash < 90) e++
  let line = text.slice(slash + 1, e).trimEnd()
  if (opener === '(') {
    if (!line.endsWith(')')) return null
    line = line.slice(0, -1)
  }
  const parts = line.split('/').map((p) => p.trim())
  if (parts.some((p) => !capitalPart.test(p))) return null
  const last = parts[parts.length - 1]!
  const end = slash + 1 + line.length
  const person =
    last.split(' ').length >= 2 && (known || /\p{Ll}/u.test(last)) && !isOrganisation(last)
  if (loose && !person) return null
  if (person) {
    const sourceEnd = parts.length === 1 ? w : text.lastIndexOf('/', end - last.length)
    return {
      start: s,
      end,
      creator: last,
      source: text.slice(s, sourceEnd).trim(),
      license: null,
    }
  }
  // A chain of agencies alone: three parts at least ("XYZ/EU" names two bodies, not a credit).
  if (parts.length < 2) return null
  return { start: s, end, creator: null, source: `${first}${text.slice(w, end)}`, license: null }
}

/**
 * Credits closing caption lines, at slashes `taken` does not cover: each with the person's name
 * as creator and the chain as written as source.
 */
export function findCaptionTails(text: string, taken: (at: number) => boolean): TailCredit[] {
  const found: TailCredit[] = []
  /** Sources read so far: a gallery repeats its credit, also before a caption that opens "A …". */
  const sources = new Set<string>()
  let slash = text.indexOf('/')
  while (slash !== -1) {
    const at = slash
    slash = text.indexOf('/', at + 1)
    // A surname ends in a lower-case letter just before the slash (or a space): "CCW/MSP" and
    // "A/RES" are not read any further.
    let before = at
    while (before > 0 && isBlank(text[before - 1]) && at - before < 2) before--
    // Character tests by code first: "A/" repeated a million times must stay cheap.
    const code = text.charCodeAt(before - 1)
    const lower = (code >= 97 && code <= 122) || (code > 127 && /\p{Ll}/u.test(text[before - 1]!))
    if (!lower) {
      // An acronym of two capitals at least ("XYZ/Jane Roe"; "A/RES" is a symbol).
      const previous = text.charCodeAt(before - 2)
      if (!(code >= 65 && code <= 90 && previous >= 65 && previous <= 90) || taken(at)) continue
      const first = readAgencyFirst(text, at, Math.max(0, at - 9))
      if (first && !taken(first.start)) {
        found.push(first as TailCredit)
        while (slash !== -1 && slash < first.end) slash = text.indexOf('/', slash + 1)
      }
      continue
    }
    if (taken(at) || !/[\p{Lu}\p{N} \t]/u.test(text[at + 1] ?? '')) continue
    let chain = readChain(text, at)
    if (!chain && sources.size > 0) {
      for (const source of sources) {
        if (text.startsWith(source, at + 1) && /\p{Lu}/u.test(text[at + 1 + source.length] ?? '')) {
          chain = { end: at + 1 + source.length, glued: true }
          break
        }
      }
    }
    if (!chain) continue
    const lineStart = lineStartNear(text, at)
    const person = readPerson(text, at, lineStart)
    if (!person || taken(person.start)) continue
    // A caption before it on the line, with a lower-case word (not a menu of capitalised words).
    if (!/\p{Ll}{2,}/u.test(text.slice(lineStart, person.start))) continue
    // The caption ends in a word or a sentence's mark, not in a symbol ("write to us @ Name").
    let b = person.start
    while (b > lineStart && isBlank(text[b - 1])) b--
    if (!/[\p{L}\p{N}.,;!?)\]\u201d"']/u.test(text[b - 1] ?? '')) continue
    let sourceStart = at + 1
    while (isBlank(text[sourceStart])) sourceStart++
    if (sourceStart === at + 1) sources.add(text.slice(sourceStart, chain.end))
    found.push({
      start: person.start,
      end: chain.end,
      creator: text.slice(person.nameStart, person.nameEnd),
      source: text.slice(sourceStart, chain.end),
      license: null,
    })
    while (slash !== -1 && slash < chain.end) slash = text.indexOf('/', slash + 1)
  }
  return found
}

/**
 * A creator read with a place's abbreviation that ended the caption before it ("DC Jane Roe" from
 * "… in Washington, DC Jane Roe/Agency"): the name without it. Initials before one surname ("JP
 * Roe") stay.
 */
export function withoutPlaceCode(creator: string | null): string | null {
  if (!creator) return creator
  const ws = creator.split(' ')
  if (ws.length < 3 || ws.length > 4 || !/^\p{Lu}{2,3}$/u.test(ws[0]!)) return creator
  const rest = ws.slice(1)
  return rest.every((w) => /^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$/u.test(w)) ? rest.join(' ') : creator
}

/**
 * A credit line read with a place's abbreviation before its creator ("DC Jane Roe/Agency" after
 * "… in Washington,"): the line without it, the span starting at the name. A dateline is no part
 * of a credit.
 */
export function withoutPlaceLine<T extends { start: number; end: number; creator: string | null }>(
  text: string,
  line: T,
): T {
  const creator = withoutPlaceCode(line.creator)
  if (!creator || creator === line.creator) return line
  const code = line.creator!.slice(0, line.creator!.length - creator.length)
  if (!text.startsWith(code, line.start) || !text.startsWith(creator, line.start + code.length))
    return { ...line, creator }
  return { ...line, start: line.start + code.length, creator }
}

/**
 * An acronym alone in round brackets closing a short caption line that dates its picture
 * ("Jane Roe at the harbour, June 1951. (XYZ)"), with blank lines or the text's ends around the
 * line: the archive or agency that holds the picture. Inside a paragraph the same bracket is an
 * abbreviation, and prose lines run longer or carry no year.
 */
export function findCaptionAcronyms(
  text: string,
  taken: (at: number) => boolean,
): { start: number; end: number; creator: null; source: string; license: null }[] {
  const found: { start: number; end: number; creator: null; source: string; license: null }[] = []
  for (let at = text.indexOf('. (', 0); at !== -1; at = text.indexOf('. (', at + 3)) {
    const start = at + 3
    let end = start
    while (end < text.length && end - start < 7 && /\p{Lu}/u.test(text[end] ?? '')) end++
    if (end - start < 2 || text[end] !== ')' || taken(start)) continue
    let after = end + 1
    while (isBlank(text[after])) after++
    if (after < text.length && text[after] !== '\n') continue
    const lineStart = lineStartNear(text, at)
    if (at - lineStart > 140 || !/\b(?:1[89]|20)\d\d\b/.test(text.slice(lineStart, at))) continue
    // Blank lines (or the text's ends) around the caption.
    const blankBefore =
      lineStart === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, lineStart - 8), lineStart - 1))
    const blankAfter =
      after >= text.length || /^\n[ \t]*(?:\n|$)/.test(text.slice(after, after + 8))
    if (!blankBefore || !blankAfter) continue
    found.push({ start, end, creator: null, source: text.slice(start, end), license: null })
  }
  return found
}

/** ", Wikimedia Commons" or ", Flickr" closing a line (one of `tailLines`). */
const platformAfterComma = /, ([Ww]iki[Mm]edia [Cc]ommons|Flickr)[ \t]*$/

/**
 * "… at the dam, 1949, Wikimedia Commons": a picture platform after a comma closing a caption's
 * line of at most 200 characters that dates its picture (a year before it).
 */
export function findCommaPlatforms(
  text: string,
  taken: (at: number) => boolean,
  lines: [number, string][] = tailLines(text),
): { start: number; end: number; creator: null; source: string; license: null }[] {
  const found: { start: number; end: number; creator: null; source: string; license: null }[] = []
  for (const [from, whole] of lines) {
    const m = platformAfterComma.exec(whole)
    if (!m) continue
    const start = from + m.index + 2
    const line = whole.slice(0, m.index)
    if (taken(start) || line.length > 200 || !/\b(?:1[89]|20)\d\d\b/.test(line)) continue
    const name = m[1]!
    const source = canonicalPlatform(name) ?? name
    found.push({ start, end: start + name.length, creator: null, source, license: null })
  }
  return found
}

/**
 * "… on April 12, 2023. JANE ROE / STAFF PHOTOGRAPHER Buy Now", "… in Kingston. - Jane Roe/Staff
 * Photographer": a newspaper's own photographer and her role, after a caption's last sentence
 * (and a dash) or opening a line. The name (two to four capitalised words) is the creator; the
 * role names no source.
 */
const staffRole =
  /(?:^|[.!?]["\u201d]? (?:- )?)(\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}.'-]*){1,3}) ?\/ ?(?:Staff [Pp]hotographer|STAFF PHOTOGRAPHER)\b/gmu

export function findStaffPhotographers(
  text: string,
  taken: (at: number) => boolean,
): NamedCredit[] {
  if (!/[Ss][Tt][Aa][Ff][Ff] [Pp][Hh][Oo][Tt][Oo][Gg]/.test(text)) return []
  const found: NamedCredit[] = []
  staffRole.lastIndex = 0
  for (let m; (m = staffRole.exec(text));) {
    const name = m[1] ?? ''
    const start = m.index + m[0].indexOf(name)
    if (taken(start) || !isPersonName(name) || isOrganisation(name)) continue
    found.push({ start, end: m.index + m[0].length, creator: name, source: null, license: null })
  }
  return found
}

/** A bracketed credit closing a caption: who took or gave the picture. */
export interface NamedCredit {
  start: number
  end: number
  creator: string | null
  source: string | null
  license: null
}

/**
 * "… at a theater in London in September. (Jane Roe)": a photographer's name alone in round
 * brackets closing a caption's line, as some newspapers print their own staff's pictures. The
 * name is two to four name words (no organisation, no office: "(Ambassador Jane Roe)" names who
 * is pictured); the caption before it on its line holds a lower-case word and 40 characters or
 * more. After the caption's full stop the bracket credits at once; without one ("… the finish
 * line (Jane Roe)"), only where the text closes two lines of 60 characters or more that way (a
 * house style, not a list of speakers). A quote's author after its closing quote is no credit.
 */
export function findCaptionNames(text: string, taken: (at: number) => boolean): NamedCredit[] {
  const sure: NamedCredit[] = []
  const maybe: NamedCredit[] = []
  const initials: NamedCredit[] = []
  for (let close = text.indexOf(')'); close !== -1; close = text.indexOf(')', close + 1)) {
    let after = close + 1
    while (isBlank(text[after])) after++
    // A gallery's next caption glued to a photographer and her agency ("(Jane Roe/Example
    // Navy)A tank …").
    const glued = after === close + 1 && /\p{Lu}/u.test(text[after] ?? '')
    if (after < text.length && text[after] !== '\n' && text[after] !== '\r' && !glued) continue
    // The opening bracket, looked for 80 characters back at most (no scan to the text's start).
    let open = close - 1
    while (open > close - 80 && open > 0 && !/[()\n]/.test(text[open] ?? '')) open--
    if (text[open] !== '(' || open < 2 || close - open < 6 || text[open - 1] !== ' ') continue
    const name = text.slice(open + 1, close)
    const read = readBracket(name)
    if (!read || taken(open + 1) || (glued && read.source === null)) continue
    const lineStart = lineStartNear(text, open)
    const caption = text.slice(lineStart, open - 1).trimEnd()
    // A name alone needs a caption of 40 characters; with its agency, 20 do.
    if (caption.length < (read.source === null ? 40 : 20) || !/\b\p{Ll}{3,}\b/u.test(caption))
      continue
    const last = caption.charAt(caption.length - 1)
    // A quote's author: the caption quotes someone ("…," she said. (Jane Roe)).
    if (/["'\u201d\u2019\u00bb]/.test(last) || /[,.!?]["\u201d]/.test(caption)) continue
    const credit: NamedCredit = {
      start: open + 1,
      end: close,
      creator: read.creator,
      source: read.source,
      license: null,
    }
    // "… at dusk. (J. Roe)": an initial and a surname alone is a gallery's credit only where
    // three captions or more close with that name.
    if (read.source === null && initialled.test(read.creator ?? '')) initials.push(credit)
    else if (read.source !== null || /[.!?]/.test(last)) sure.push(credit)
    else if (caption.length >= 60 && /\p{Ll}/u.test(last)) maybe.push(credit)
  }
  const same = (c: NamedCredit) => sure.filter((s) => s.creator === c.creator).length
  const kept = initials.filter(
    (c) => initials.filter((i) => i.creator === c.creator).length + same(c) >= 3,
  )
  return [...sure, ...(maybe.length < 2 ? [] : maybe), ...kept].sort((a, b) => a.start - b.start)
}

/** The last word of an instrument's short name: "Seabed Treaty", "Geneva Protocol". */
export const instrumentWord =
  /^(?:Treaty|Protocol|Convention|Agreement|Charter|Accord|Declaration)$/

/** An initial and a surname: "J. Roe", "J. Roe-Doe" (credits12). */
export const initialled = /^\p{Lu}\. \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/**
 * Two to four name words that name a person, not an organisation or an office; or an initial
 * and a surname ("J. Roe": alone in a bracket only where three captions or more close so).
 */
export function personInBrackets(name: string): boolean {
  if (initialled.test(name)) return true
  const ws = name.split(' ')
  if (ws.length < 2 || ws.length > 4) return false
  if (!ws.every((w) => isNameWord(w) || particles.has(w))) return false
  if (!isNameWord(ws[0] ?? '') || !isNameWord(ws[ws.length - 1] ?? '')) return false
  // A middle initial is a name's ("Jane J. Roe"); other words ending in a full stop are not.
  if (
    ws.some(
      (w, i) =>
        (/\.$/.test(w) && !(i > 0 && i < ws.length - 1 && /^\p{Lu}\.$/u.test(w))) ||
        /^\p{Lu}+$/u.test(w) ||
        orgWords.has(w.toLowerCase()),
    )
  )
    return false
  // "(Outer Space Treaty)" closing a treaty's full title is its short name, not a photographer.
  if (instrumentWord.test(ws[ws.length - 1] ?? '')) return false
  return (
    !subjectTitles.has(ws[0] ?? '') && !isOrganisation(name) && !agencies.has(name.toLowerCase())
  )
}

/**
 * What a bracket closing a caption holds, or null: a photographer's name ("(Jane Roe)"), who
 * provided the picture ("(Provided by Example Institute)"), a photographer and her paper or
 * agency ("(Jane Roe/CBC)", "(Jane Roe/Flash90)", "(Jane Roe/The Daily Ledger)"), or the agency
 * and its photographer after a colon ("(ABC News: Jane Roe)").
 */
function readBracket(name: string): { creator: string | null; source: string | null } | null {
  if (name.startsWith('Provided by ')) return providedBy(name.slice(12))
  const slash = name.indexOf('/')
  if (slash > 0) {
    const who = name.slice(0, slash).trim()
    // "(Jane Roe/For The Daily Ledger)": the paper she worked for.
    const org = normaliseSource(name.slice(slash + 1))
    if (org.includes('/') || !personInBrackets(who) || !isOrganisationShape(org)) return null
    return { creator: who, source: org }
  }
  const colon = name.indexOf(': ')
  if (colon > 0) {
    // Only an agency or a newsroom there: "(UNIDIR: Jane Roe)" names a speaker's employer.
    const org = name.slice(0, colon)
    const who = name.slice(colon + 2).trim()
    if (!personInBrackets(who) || !(agencies.has(org.toLowerCase()) || / News$/.test(org)))
      return null
    return { creator: who, source: org }
  }
  return personInBrackets(name) ? { creator: name, source: null } : null
}

/** An agency, a paper or a brand: "CBC", "Flash90", "BenarNews", "The Daily Ledger", "ABC News". */
function isOrganisationShape(org: string): boolean {
  return (
    /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(org) ||
    // A paper's name in capitals: "USA EXAMPLE", "THE DAILY LEDGER".
    /^\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}$/u.test(org) ||
    /^\p{Lu}\p{L}{2,20}\p{N}{1,4}$/u.test(org) ||
    // A brand in one word with an inner capital: "BenarNews" (not "McDonald", a surname).
    /^(?!Ma?c\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(org) ||
    isOrganisation(org)
  )
}

/** Who "Provided by" names: a person (the creator) or an organisation (the source), or null. */
function providedBy(who: string): { creator: string | null; source: string | null } | null {
  const name = who.replace(/^the /, '')
  if (!isNameShaped(name)) return null
  const person = name.split(' ').length >= 2 && isPersonName(name) && !isOrganisation(name)
  return person ? { creator: name, source: null } : { creator: null, source: name }
}

/**
 * "Jane Roe, USA TODAY", "… in Prague. Jane Roe, AFP/Getty Images", "(Jane Roe, The Associated
 * Press)", "Jane Roe—AFP/Getty Images": a photographer, a comma or a dash, then a known agency or
 * a paper's name in capitals (two words or more), closing a caption's line or alone on the line
 * under a caption that ends a sentence. A paper in capitals counts where two captions close so.
 */
const paperAfterComma =
  /(?:^|[.!?] |(\())(\p{Lu}[\p{L}.'\u2019-]*(?: [\p{L}.'\u2019-]+){1,3})(?:, |\u2014)((?:The )?(\p{Lu}[\p{L}&-]*(?: [\p{L}&-]+){0,3})(?:\/[\p{L} ]{2,20})?)(\)?)[ \t]*$/gmu

/**
 * What follows the last ", " or dash of a line that `paperAfterComma` can match (its source holds
 * neither): a cheap test that keeps the pattern off the lines of prose.
 */
const paperTail = /^(?:The )?\p{Lu}[\p{L}&-]*(?: [\p{L}&-]+){0,3}(?:\/[\p{L} ]{2,20})?\)?[ \t]*$/u

/** The line ends the pattern's `$` knows. */
const lineEnds = /[\n\r\u2028\u2029]/g

/** Em dashes (and the rare horizontal bar, passed over). */
const emDashes = /[\u2014\u2015]/g

const isLineEnd = (code: number): boolean =>
  code === 10 || code === 13 || code === 0x2028 || code === 0x2029

/**
 * The lines of `text` whose tail after their last ", " or dash could close a credit (a capital,
 * or "wikimedia"), with where each starts. The walk runs over every text, so it searches forward
 * for the commas and dashes alone (`lastIndexOf` over every line costs six times as much) and
 * cuts out only the lines that pass; `readCredits` makes it once for the two passes that read it.
 */
export function tailLines(text: string): [number, string][] {
  const otherEnds = ['\r', '\u2028', '\u2029'].some((end) => text.includes(end))
  const endFrom = (at: number): number => {
    if (!otherEnds) {
      const to = text.indexOf('\n', at)
      return to < 0 ? text.length : to
    }
    lineEnds.lastIndex = at
    return lineEnds.exec(text)?.index ?? text.length
  }
  // Each line's end, and where its tail starts after its last ", " or dash.
  const tails = new Map<number, number>()
  let end = -1
  const note = (at: number, tail: number): void => {
    if (at > end) end = endFrom(at)
    tails.set(end, Math.max(tails.get(end) ?? -1, tail))
  }
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) note(at, at + 2)
  end = -1
  // A class of two finds an em dash in a two-byte string three times faster than `indexOf`.
  emDashes.lastIndex = 0
  for (let m; (m = emDashes.exec(text));) if (m[0] === '\u2014') note(m.index, m.index + 1)
  const lines: [number, string][] = []
  for (const [to, tail] of tails) {
    // The tail opens with a capital ("The", a name): a lower-case letter, digit or space rules it
    // out, but for "wikimedia commons".
    const code = text.charCodeAt(tail)
    if (!(
      ((code < 97 || code > 122) && (code < 48 || code > 57) && code !== 32) ||
      text.startsWith('wiki', tail)
    ))
      continue
    let from = tail
    while (from > 0 && !isLineEnd(text.charCodeAt(from - 1))) from--
    lines.push([from, text.slice(from, to)])
  }
  return lines.sort((a, b) => a[0] - b[0])
}

/** The lines of `tailLines` whose tail could close a photographer-comma-agency credit. */
function paperLines(lines: [number, string][]): [number, string][] {
  return lines.filter(([, line]) => {
    const comma = line.lastIndexOf(', ')
    const dash = line.lastIndexOf('\u2014')
    return paperTail.test(
      line.slice(Math.max(comma < 0 ? -1 : comma + 2, dash < 0 ? -1 : dash + 1)),
    )
  })
}

export function findCommaPapers(
  text: string,
  taken: (at: number) => boolean,
  lines: [number, string][] = tailLines(text),
): { start: number; end: number; creator: string; source: string; license: null }[] {
  const found: { start: number; end: number; creator: string; source: string; license: null }[] = []
  for (const [from, line] of paperLines(lines)) {
    paperAfterComma.lastIndex = 0
    const m = paperAfterComma.exec(line)
    if (!m) continue
    const [all, open, name = '', source = '', org = '', close] = m
    const at = from + m.index
    const start = at + all.indexOf(name)
    const end = start + name.length + (text[start + name.length] === ',' ? 2 : 1) + source.length
    const lineStart = lineStartNear(text, start)
    const before = text.slice(lineStart, start)
    let k = start
    while (k > 0 && /\s/.test(text[k - 1]!)) k--
    if (
      taken(start) ||
      !open !== !close ||
      /^By /i.test(name) ||
      !(agencies.has(org.toLowerCase()) || /^\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}$/u.test(org)) ||
      // A paper in capitals only in a gallery's captions ("Jane Roe, NEW YORK" signs a letter).
      (!agencies.has(org.toLowerCase()) &&
        text.indexOf(all, at + 1) < 0 &&
        !found.some((f) => f.source === source)) ||
      !isPersonName(name) ||
      isOrganisation(name) ||
      // A caption before it on its line, or on the line above, ending a sentence.
      !(before.length > 30
        ? /\p{Ll}{3}/u.test(before)
        : start === lineStart &&
          /[.!?)]/.test(text[k - 1] ?? '') &&
          k - lineStartNear(text, k) > 40)
    )
      continue
    found.push({ start, end, creator: name, source, license: null })
  }
  return found
}
