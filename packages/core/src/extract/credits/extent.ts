/**
 * Where a credit ends: the end of its line, sentence or bracket, quotes skipped, the next cover
 * credit of a row, a year glued to the caption after it.
 */
import { isGlued } from './glue.js'
import {
  agencies,
  isNameWord,
  isOrganisation,
  isPersonName,
  subjectTitles,
  words,
} from './vocabulary.js'

export const quotePairs: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  '\u00ab': '\u00bb',
  '\u201e': '\u201c',
}

// --- Where a credit ends ----------------------------------------------------------------------

export const abbreviations = new Set(
  // Military ranks too, as armed forces print them before a photographer's name ("Cpl. Jane Roe").
  'mr mrs ms dr st jr sr prof no nos vol co inc ltd corp dept gen col lt sgt capt rev fig ca approx cpl pfc pvt spc maj cmdr ens adm ref univ tech ph ch th'.split(
    ' ',
  ),
)

/**
 * The label of the next cover credit on the same line (" Back cover ©", " Back cover (left) ©",
 * " Cover photograph ©"), or the design credit that follows them (" Cover design by").
 */
export const nextCoverCredit =
  /[ \t]+(?:(?:(?:Back|Front|Inside)\s+cover|(?:(?:Back|Front|Inside)\s+)?[Cc]over\s+photo(?:graph)?s?)(?:\s*\((?:left|right|top|bottom)\))?\s*(?:\u00a9|:)|Cover\s+(?:design|layout|art)\b)/y

/**
 * " 12 May 2017 – ": a news story's dateline, glued to the credit of its picture; or a date or a
 * year closing the line or a bracket (no dash: group 1 unset), no part of a chain it follows
 * ("UNICEF/Jane Roe 12 May 2017", "© Jane Roe / Cosmos 2006", "[Picture: Crown Copyright/MOD 2012]").
 */
const dateline =
  / (?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d(?:( [\u2013\u2014-] )|[ \t]*(?=[\r\n]|$))|((?:19|20)\d\d)[ \t]*(?=[\r\n\])]|$))/y

const months =
  'January|February|March|April|May|June|July|August|September|October|November|December'
/** A date alone to the end of the line: "March 17", "October 4, 2016", "24 October 1962". */
export const lineDate = new RegExp(
  `[ :]?(?:(?:${months}) \\d{1,2}(?:, (?:19|20)\\d\\d)?|\\d{1,2} (?:${months}) (?:19|20)\\d\\d)[ \\t]*(?=[\\r\\n]|$)`,
  'y',
)

/**
 * "Facebook/MH 1. Példa Ezred/Jane Doe": a numbered unit inside a chain of sources (a
 * Hungarian ordinal, a slash before and after it on the line), not the end of a sentence.
 */
export const chainOrdinal = /(?<=\/[^\n/.]{0,30} \d{1,2})\. \p{Lu}[^\n.!?/]{1,60}\//uy

/** " (Geneva, 25 November 2020) – ": a press release's dateline after its picture's credit. */
export const bracketDateline = / \([^,()\n]{2,30}, [^()\n]{3,24}(?:19|20)\d\d\) [\u2013\u2014-] /y

/** " - Right: ", " Left: ": where the caption of the next picture of a pair or a row starts. */
export const nextPicture =
  / (?:[-\u2013\u2014] )?(?:Left|Right|Top|Bottom|Above|Below|Centre|Center):[ \t]/y

/**
 * " VIRIN: ", " Date Taken: ", " Styling: ": the next field of a record or a byline; " Фото: "
 * the next credit on the line.
 */
export const nextField =
  / (?:[A-Z]{2,10}|[A-Z][a-z]{2,15}|Date [A-Z][a-z]+|\u0424\u043e\u0442\u043e):[ \t]/y

/** ", graphics: ", ", photo: ": the credit of another kind of work on the same line. */
const nextKind = /, (?:photos?|graphics|illustrations?|maps?): /y

/** A name in capitals of two words or more, then a space and a word in mixed case. */
const capsName = /^[ \t]*\p{Lu}[\p{Lu}.'-]*(?: \p{Lu}[\p{Lu}.'-]*)+ \p{Lu}\p{Ll}$/u

/** Longest body we accept: credit lines are short; anything longer is prose. */
export const maxBody = 320

/**
 * End of the credit body that starts at `from`: the end of the line, the end of the sentence,
 * or the bracket that opened before the label. Quoted titles and brackets are skipped whole.
 * Returns -1 when the body runs on too long to be a credit.
 */
export function bodyEnd(text: string, from: number, closer: string | null): number {
  let depth = 0
  let i = from
  const limit = Math.min(text.length, from + maxBody)
  while (i < limit) {
    const c = text[i] ?? ''
    if (c === '\n' || c === '\r') return i
    if (c === '<' && /^<(?:\/|br\b)/i.test(text.slice(i, i + 4))) return i
    // "(c)AFP/JANE DOE 【1 May AFP】…": a Japanese wire's dateline after the credit.
    if (c === '\u3010') return i
    // "Foto: Jane Roe/dpa +++ dpa-Bildfunk +++": a wire's service note after the credit.
    if (c === '+' && text[i + 1] === '+' && text[i + 2] === '+' && text[i - 1] === ' ') return i
    // "Bild: Agency // Bild: Agency": a spaced double slash parts two credits.
    if (c === '/' && text[i + 1] === '/' && text[i - 1] === ' ' && text[i + 2] === ' ') return i
    // "© Jane Doe / MAG, May 2013Deminer at work": a year glued to the caption that follows.
    if (
      c >= 'A' &&
      c <= 'Z' &&
      i >= from + 4 &&
      /(?:^|[\s,])(?:19|20)\d\d$/.test(text.slice(i - 5, i))
    ) {
      return i
    }
    // "ⓒ AFP=뉴스1 ⓒ News1 Name 기자Next caption": a Korean wire's two credits, the next caption
    // glued after the reporter's "기자".
    if (
      (c === ' ' &&
        text[i + 1] === '\u00a9' &&
        /=\p{Script=Hangul}{2,4}\d?$/u.test(text.slice(i - 8, i))) ||
      (i > from + 4 &&
        text.startsWith('\uae30\uc790', i - 2) &&
        /^\p{Script=Hangul}/u.test(text[i] ?? '') &&
        text.slice(from - 2, from).includes('\u00a9'))
    )
      return i
    // "UN Photo/Jane RoeThe Assembly met": PDF or scraped text that lost the space before the
    // next sentence (see glue.ts).
    if (i > from && isGlued(text, i)) return i
    // "Ảnh: Jane Doe/Example Photos.Một người …", "Ảnh: Jane Doe - Example.comVỏ …": the next
    // caption glued after a full stop or a site's address.
    if (
      (c === '.' && i > from + 3 && /^\p{Ll}{3}\.\p{Lu}\p{Ll}/u.test(text.slice(i - 3, i + 3))) ||
      (i > from + 4 &&
        text[i - 4] === '.' &&
        /^\.(?:com|org|net)\p{Lu}\p{Ll}/u.test(text.slice(i - 4, i + 2)))
    )
      return i
    // "© AFP 2023 / JANE ROE Foreign ministers vote …": a name of two words or more in capitals
    // after a slash, then the caption in mixed case on the same line.
    // A word in mixed case ending the line is the name's own ("AFP PHOTO / JANE DOE Nam").
    if (
      c === ' ' &&
      /\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 3)) &&
      !/^ \p{Lu}\p{Ll}+[ \t]*(?:[\r\n]|$)/u.test(text.slice(i, i + 24))
    ) {
      const slash = text.slice(from, i).lastIndexOf('/')
      if (slash >= 0 && capsName.test(text.slice(from + slash + 1, i + 3))) return i
    }
    // "Jane Roe/AGENCY; Example.com: Hikers on the dunes": after a chain of sources, a colon
    // opens the caption.
    if (c === ':' && depth === 0 && text[i + 1] === ' ' && /[/;]/.test(text.slice(from, i))) {
      const next = text.charCodeAt(i + 2)
      if (next >= 0x41 && next <= 0x5a) return i
    }
    // "Photo: Example Trust, graphics: Jane Roe": the credit of the next kind of work.
    if (c === ',' && depth === 0) {
      nextKind.lastIndex = i
      if (nextKind.test(text)) return i
    }
    // "Photo: MINUSCA 12 May 2017 – The mission held ...": the dateline of the story after it;
    // "© Jane Roe / Cosmos 2006": the year the picture was taken, after the chain.
    if (
      c === ' ' &&
      depth === 0 &&
      text.charCodeAt(i + 1) >= 0x30 &&
      text.charCodeAt(i + 1) <= 0x39
    ) {
      dateline.lastIndex = i
      const date = dateline.exec(text)
      // A month before a year alone stays ("© UNHCR/Jane Roe/March 2007").
      const month = date?.[2] && /(?:uary|rch|ril|May|une|uly|ust|ber)$/.test(text.slice(i - 4, i))
      if (date && (date[1] || (text[i - 1] !== ',' && !month && text.slice(from, i).includes('/'))))
        return i
    }
    // "… / AFP Photo March 17", "… Defense:October 4, 2016", "… Getty Images24 October 1962": a
    // date ending the line after the credit, spaced, after a colon or glued to its last word.
    if (i > from + 2 && /[ :\d]/.test(c) && /[\p{L}]/u.test(text[i - 1] ?? '')) {
      lineDate.lastIndex = i
      if (lineDate.test(text)) return i
    }
    // "© 2020 Jane Roe (Geneva, 25 November 2020) – The …": the release's dateline after it.
    if (c === ' ' && depth === 0 && text[i + 1] === '(') {
      bracketDateline.lastIndex = i
      if (bracketDateline.test(text)) return i
    }
    // "UN Photo - Right: The second picture …": the caption of the next picture of a pair.
    if (c === ' ' && depth === 0 && /[-\u2013\u2014LRTBAC]/.test(text[i + 1] ?? '')) {
      nextPicture.lastIndex = i
      if (nextPicture.test(text)) return i
    }
    // "Photo by Example Campaign shows delegates …": the caption goes on after the credit.
    if (c === ' ' && text.startsWith(' shows ', i)) return i
    // "Credit: Jane Roe VIRIN: 230812-N-…", "… Date Taken: …": the next field of a record.
    if (c === ' ' && depth === 0 && i > from && /[A-Z\u0424]/.test(text[i + 1] ?? '')) {
      nextField.lastIndex = i
      if (nextField.test(text)) return i
    }
    // "... May 2019 Back cover © ...": the next credit of a row of cover credits.
    if (c === ' ' && depth === 0 && /[BFIC]/.test(text[i + 1] ?? '')) {
      nextCoverCredit.lastIndex = i
      if (nextCoverCredit.test(text)) return i
    }
    if (closer && depth === 0 && c === closer) return i
    if (c === '(' || c === '[') depth++
    else if ((c === ')' || c === ']') && depth > 0) {
      depth--
      // "Image credit: (Jane Roe)The next caption": a bracketed body with text glued after it.
      if (depth === 0 && /\p{L}/u.test(text[i + 1] ?? '')) {
        let open = from
        while (open < i && (text[open] === ' ' || text[open] === '\t')) open++
        if (text[open] === (c === ')' ? '(' : '[')) return i + 1
      }
    } else if (c in quotePairs && isOpeningQuote(text, i)) {
      const close = closingQuote(text, i)
      if (close > i) {
        i = close + 1
        continue
      }
    } else if ((c === '.' || c === '!' || c === '?') && depth === 0 && isSentenceEnd(text, i)) {
      chainOrdinal.lastIndex = i
      if (c !== '.' || !chainOrdinal.test(text)) return i
    }
    i++
  }
  if (i >= text.length) return text.length
  return -1
}

export function isOpeningQuote(text: string, i: number): boolean {
  const c = text[i] ?? ''
  if (c === '\u201c' || c === '\u2018' || c === '\u00ab' || c === '\u201e') return true
  // Straight quotes open only after a space or bracket (not "user's").
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ')
  return /[\s([:]/.test(before)
}

export function closingQuote(text: string, i: number): number {
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

export function isSentenceEnd(text: string, i: number): boolean {
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

/** Five-letter stems of the offices that open a caption about who is pictured ("Ambas", "Presi"). */
const officeStems = new Set(
  [...subjectTitles].filter((t) => t.length >= 6).map((t) => t.slice(0, 5)),
)

/**
 * "Photo Credit: Jane Roe Ambassador John Doe (left) speaks": a photographer's name that runs
 * into a caption opening with an office, where the line break between them was lost. The end of
 * the name (two or three name words before the office), or -1.
 */
export function nameBeforeOffice(text: string, from: number, to: number): number {
  const body = text.slice(from, Math.min(to, from + 120))
  const ws = /^(\s*)(\S+) (\S+)(?: (\S+))?(?: (\S+))? /.exec(body)
  if (!ws) return -1
  const names = [ws[2], ws[3], ws[4], ws[5]].filter((w): w is string => w !== undefined)
  for (let n = 2; n <= 3 && n < names.length; n++) {
    const office = names[n] ?? ''
    if (!names.slice(0, n).every(isNameWord)) return -1
    if (office.length >= 6 && officeStems.has(office.slice(0, 5))) {
      return from + (ws[1] ?? '').length + names.slice(0, n).join(' ').length
    }
  }
  return -1
}

/**
 * "UN Photo/Jane Roe The stockpile grows …": a name closing a credit, then the next caption's
 * sentence on the same line without a full stop (a capitalised function word, then a word in
 * lower case). Group 1 is the name; a chain of slashes may come before it.
 */
const nameThenSentence =
  /[ \t]*(?:[^\n/]{1,60}\/[ \t]?){0,3}(\p{Lu}[\p{L}'\u2019.-]{0,40}(?:[ \t]\p{Lu}[\p{L}'\u2019.-]{0,40}){0,3})(?=[ \t](?:The|This|These|Those|A|An|In|On|At|As|After|During|While|Its|Their|His|Her|He|She|They|It|We)[ \t]\p{Ll}{2})/uy

/**
 * Where a credit's name ends before the next caption's sentence on its line ("Photo credit: UN
 * Photo/Jane Roe The stockpile grows"): after a slash, any name or organisation of four words at
 * most; opening the body, a person's name of two or three words or a known agency. -1 otherwise.
 */
export function nameBeforeSentence(text: string, from: number): number {
  nameThenSentence.lastIndex = from
  const m = nameThenSentence.exec(text)
  const name = m?.[1]
  if (!m || !name) return -1
  const n = words(name).length
  const chained = m[0].length > name.length && m[0].includes('/')
  const person = isPersonName(name) && !isOrganisation(name)
  // "Image: UN Photo The talks resumed …": a known agency alone opening the body too.
  if (
    chained
      ? n > 4 || !(person || isOrganisation(name))
      : !agencies.has(name.toLowerCase()) && (n < 2 || n > 3 || !person)
  )
    return -1
  return from + m[0].length
}

/**
 * "© EXAMPLE Often called the watchdog, ...": where a bare acronym after a copyright mark ends
 * because a sentence starts after it (a capitalised word, then a lower-case one), or a chain
 * ending in a known agency after any label ("Photo: Jane Roe/ Reuters UN chief …", "Image:
 * Example via AP A satellite …"). `bare`: the label is a bare "©" or "Credit:". -1 otherwise.
 */
export function acronymBeforeSentence(text: string, bodyStart: number, bare: boolean): number {
  acronymThenSentence.lastIndex = agencyThenCaption.lastIndex = viaThenCaption.lastIndex = bodyStart
  const m =
    (bare ? acronymThenSentence.exec(text) : null) ??
    agencyThenCaption.exec(text) ??
    viaThenCaption.exec(text)
  const agency = m?.[1]?.toLowerCase()
  // "Magnum Photos", "Example Images": a word of the agency's name, not the caption's first.
  if (
    agency &&
    (!agencies.has(agency) ||
      agencies.has(`${agency} ${m?.[2]}`.toLowerCase()) ||
      /^(?:Photos?|Images|Pictures|News|Press|Agency)$/i.test(m?.[2] ?? ''))
  )
    return -1
  return m ? bodyStart + m[0].length : -1
}

const acronymThenSentence =
  /[ \t]*\p{Lu}{2,8}(?![ \t]+(?:Image|Photo|Picture|Video)s?\b)(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Ll}{2})/uy

/**
 * "© Jane Roe/AP/dpa Der Konflikt …", "Photo: Jane Roe / Reuters UN chief …": a chain ending in a
 * known agency, the caption after it (a capitalised word and three more, no slash among them; a
 * word with a capital inside, "PhotosThe", is the agency's name glued to the next caption).
 */
const agencyThenCaption =
  /[ \t]*(?:[^\n/]{1,40}\/[ \t]?)+(\p{L}{2,12})(?=[ \t]+(\p{Lu}(?:\p{Lu}+|[\p{Ll}-]*))(?:[ \t]+[^\s/]+){3})/uy

/** "Image: Example Technologies via AP A satellite photo …": the same after " via ". */
const viaThenCaption =
  /[ \t]*[^\n.]{1,60}?[ \t]via[ \t](\p{L}{2,8})(?=[ \t]+(\p{Lu}\p{Ll}*)(?:[ \t]+\S+){3})/uy

/**
 * "AFP/Jane Roe", "Jane Roe / ČTK" filling the line from `from`: a known agency at a slash, and a
 * person's name of two words or more (or another agency) at the other end. A pollster after a
 * wire ("Source: Reuters/Ipsos", "Source: AP/NORC") is the source of data, not of a picture.
 */
export function agencyAtSlash(text: string, from: number): boolean {
  let line = text.slice(from, from + 90)
  const end = line.indexOf('\n')
  if (end >= 0) line = line.slice(0, end)
  // "Quelle: Jane Roe/dpaDie Polizei …": the caption glued to the agency's name.
  let glued = 1
  while (glued < line.length && !isGlued(text, from + glued)) glued++
  if (glued < line.length) line = line.slice(0, glued)
  else if (end < 0 && from + 90 < text.length) return false
  const parts = line.split('/').map((part) => part.trim())
  if (parts.length !== 2 || !parts.every((part) => part.length > 1 && part.length < 40))
    return false
  const [first = '', second = ''] = parts
  const a = agencies.has(first.toLowerCase())
  const b = agencies.has(second.toLowerCase())
  const other = a ? second : first
  return (
    (a && b) || ((a || b) && other.includes(' ') && isPersonName(other) && !isOrganisation(other))
  )
}

/** Is the bracket body from `from` to its `closer` a known agency's name alone? */

export function agencyAlone(text: string, from: number, closer: string): boolean {
  const close = text.indexOf(closer, from)
  if (close < 0 || close - from > 40) return false
  return agencies.has(text.slice(from, close).trim().toLowerCase())
}
