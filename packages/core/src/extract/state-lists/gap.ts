import { findState } from '../../registry/states.js'
import { nameVerdict } from './vocabulary.js'

/**
 * What may stand between two members of a list: separators (commas, semicolons, bars, "and",
 * "or", "&", "as well as", "along with"), footnote marks, parentheticals, names that are no known
 * states, an empty item, a lost comma and a short inserted phrase.
 */

/** A name in a member position, with its offsets. */
export type Name = { start: number; end: number; text: string }

/** A capitalised name of up to four words; hyphenated parts are capitalised too ("Guinea-Bissau"). */
export const NAME_RE =
  /\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*){0,3}/uy
/**
 * Separator: comma, semicolon or the bar of an index ("Samoa | San Marino | Senegal") and/or a
 * conjunction, then an optional "the". Up to two empty items may follow the first mark: a comma
 * lost its item ("Algeria, , Bhutan"), a table pasted as text has empty cells ("Peru | |").
 */
/**
 * A footnote marker after a member ("Niger,[1] Serbia", "Austria*, Belgium", "Chile†", and
 * "Fiji1" where PDF text lost the superscript).
 */
const FOOTNOTE =
  '(?:\\[\\d{1,3}\\]|\\*{1,3}|\\d{1,2}|[\\u2020\\u2021\\u00b9\\u00b2\\u00b3\\u2070-\\u2079]{1,3})?'
const WS = '[^\\S\\n]*(?:\\n[^\\S\\n]*)?'
/**
 * Words that may stand between a list's closing conjunction and its last member: adverbs ("and
 * more recently China", "and possibly Iran", also set off by commas: "and, of course, Iran") and
 * the speaker's own country in a joint statement ("…, Zambia and my own country, New Zealand").
 */
const AFTER_CONJUNCTION =
  '(?:,[^\\S\\n]*)?(?:(?:[a-z]{2,12}ly|even|now|also|later|perhaps|more|most|then|soon|of course),?[^\\S\\n]+){1,3}|(?:my|our)[^\\S\\n]+(?:own[^\\S\\n]+)?country,?[^\\S\\n]+'
/** A region of the member in lower case ("and northern Iraq", "eastern Chad"): still the state. */
const COMPASS_BEFORE =
  '(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)[^\\S\\n]+'
export const SEP_RE = new RegExp(
  `${FOOTNOTE}${WS}(?:([,;|])${FOOTNOTE}${WS}(?:[,|]${WS}){0,2})?(?:(and/or|and also|and|or|&|as well as|along with|together with|plus|AND|And|(?<=\\s)(?:en|und|och|og))(?!(?<=[A-Za-z])[A-Za-z]|(?<=&)(?![A-Z][a-z]{2}|[^A-Za-z]))${WS}(?:${AFTER_CONJUNCTION})?)?(?:(?:the|The|THE|der|die)[^\\S\\n]+)?(?:${COMPASS_BEFORE})?`,
  'y',
)
const PAREN_LOOKAHEAD = 300

/** Up to six words of letters at `pos`, one space between them ("Saudi arabia", "nicaragua"). */
const LOOSE_WORDS_RE = /[\p{L}\p{M}'’-]+(?:[ \t][\p{L}\p{M}'’-]+){0,5}/uy

/**
 * A state's name with a word in lower case, in a member position that a separator closes
 * ("Iran, nicaragua, Russian Federation", "Poland, Saudi arabia, Türkiye"): a slip of the
 * writer's case, which the case-sensitive state matcher leaves alone. Read only between the
 * members of a list, where a state is expected; the longest run of words that names a state wins.
 */
export function caseSlip(text: string, pos: number, to: number): Name | null {
  LOOSE_WORDS_RE.lastIndex = pos
  const run = LOOSE_WORDS_RE.exec(text)
  if (!run || !/(?:^|[ \t])\p{Ll}/u.test(run[0])) return null
  const words = run[0].split(/[ \t]/)
  for (let k = words.length; k > 0; k--) {
    const candidate = words.slice(0, k).join(' ')
    const end = pos + candidate.length
    if (end > to || !/^(?:$|[^\S\n]*[,;)])/.test(text.slice(end, end + 4))) continue
    if (!/(?:^|[ \t])\p{Ll}/u.test(text.slice(pos, end))) return null
    // Exact names only (any case): "turkey" is Türkiye here, "chile peppers" is no state.
    if (findState(candidate)) return { start: pos, end, text: text.slice(pos, end) }
  }
  return null
}

/** A capitalised name at `pos` (a trailing sentence period is not part of it). */
/** Where a period after two lower-case letters and before a space ends a sentence; -1 if none. */
function sentenceEndIn(name: string): number {
  for (let k = name.indexOf('.'); k !== -1; k = name.indexOf('.', k + 1)) {
    const a = name.charCodeAt(k - 1)
    const b = name.charCodeAt(k - 2)
    if (a >= 0x61 && a <= 0x7a && b >= 0x61 && b <= 0x7a && /\s/.test(name[k + 1] ?? '')) return k
  }
  return -1
}

export function matchName(
  text: string,
  pos: number,
): { start: number; end: number; text: string } | null {
  NAME_RE.lastIndex = pos
  const match = NAME_RE.exec(text)
  if (!match) return null
  let name = match[0]
  // "…, and Niue. As of 2024": a word of two or more lower-case letters before a period ends
  // the sentence, and the name ("St. Lucia", "U.S. Virgin Islands" go on).
  const stop = sentenceEndIn(name)
  if (stop !== -1) name = name.slice(0, stop)
  while (name.endsWith('.')) name = name.slice(0, -1)
  return { start: pos, end: pos + name.length, text: name }
}

export interface GapResult {
  unknowns: Array<{ start: number; end: number; text: string }>
  conjunction: boolean
  /** A comma stood in the gap. */
  comma: boolean
  /** A semicolon stood in the gap. */
  semicolon: boolean
  /** A bar ("|") separated the members. */
  bar: boolean
}

/** Skip a parenthetical that opens at `pos` (after optional spaces); returns its end or -1. */
export function parentheticalEnd(text: string, pos: number): number {
  let i = pos
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  if (text[i] !== '(') return -1
  let depth = 0
  const limit = Math.min(text.length, i + PAREN_LOOKAHEAD)
  for (let j = i; j < limit; j++) {
    const char = text[j]
    if (char === '(') depth++
    else if (char === ')') {
      depth--
      if (depth === 0) return j + 1
    } else if (char === '\n' && text[j + 1] === '\n') return -1
  }
  return -1
}

/** Parentheticals in a row ("Myanmar (Burma) (not affected)"): the end of the last, or -1. */
export function parentheticalsEnd(text: string, pos: number): number {
  let end = -1
  for (let k = 0; k < 4; k++) {
    const next = parentheticalEnd(text, end === -1 ? pos : end)
    if (next === -1) break
    end = next
  }
  return end
}

/**
 * The end of a parenthetical that opens between `from` and `to` and closes after `to` (a state
 * at `to` stands inside it), or -1. Only short gaps are looked at.
 */
export function innerParenthetical(text: string, from: number, to: number): number {
  if (to - from > 120) return -1
  for (let k = to - 1; k >= from; k--) {
    const char = text.charCodeAt(k)
    if (char === 0x29) return -1
    if (char === 0x28) return parentheticalEnd(text, k)
  }
  return -1
}

/** A bare space (and "the") where a comma was lost. */
export const LOST_COMMA = /^[^\S\n]+(?:the[^\S\n]+)?$/

/** A short phrase in lower case inserted between commas ("with the support of the EU"). */
export const INSERTED_RE = /[^\S\n]*\p{Ll}[^,;:.!?()[\]\n\u2013\u2014]{0,60}(?=,)/uy

/**
 * An appositive that opens with a name's possessive ("China, North Korea's closest partner, and
 * Russia"): inserted between commas like `INSERTED_RE`, even after the first member.
 */
export const APPOSITIVE_RE =
  /\p{Lu}[\p{L}\p{M}.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.-]*){0,3}['’]s[^\S\n]+\p{Ll}[^,;:.!?()[\]\n\u2013\u2014]{0,60}(?=,)/uy

/**
 * Parse the text between two members, `text.slice(from, to)`: separators, unknown names and
 * skippable organisations only. Returns null when it is anything else.
 */
/** A token of a PDF page's header or footer: a document symbol, a job number, a page number. */
const PAGE_TOKEN =
  /^(?:[A-Z]{1,6}\/[A-Za-z0-9./()-]{1,40}|\d{2}-\d{4,6}|\([A-Z]\)|\d{1,4}(?:\/\d{1,4})?)$/
/** How long a page break between two members may be. */
const PAGE_BREAK_MAX = 160

/**
 * The index of the first character at or after `from` that is no space, tab or footnote mark
 * ("Peru*,", "Peru†,", "Peru[2],").
 */
function firstMark(text: string, from: number): number {
  let k = from
  for (;;) {
    const code = text.charCodeAt(k)
    if (code === 0x20 || code === 0x09 || code === 0x2a || code === 0x2020 || code === 0x2021) k++
    else if (code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079))
      k++
    else if (code === 0x5b && /^\[\d{1,3}\]/.test(text.slice(k, k + 5)))
      k = text.indexOf(']', k) + 1
    else return k
  }
}

/**
 * A PDF's page break between two members after a comma or semicolon at a line end: one to six
 * lines (blank ones aside) of the next page's header and the last page's footer, each made of
 * document symbols ("A/78/L.12"), job numbers ("23-12345", "(E)") and page numbers ("3/5", "7").
 */
function pageBreakGap(text: string, from: number, to: number): boolean {
  if (to - from > PAGE_BREAK_MAX) return false
  // The cheap test first: two line breaks in the gap, looked for inside the gap only (`indexOf`
  // would scan on to the end of a text without line breaks, for every gap of a long list).
  let breaks = 0
  for (let i = from; i < to && breaks < 2; i++) if (text.charCodeAt(i) === 0x0a) breaks++
  if (breaks < 2) return false
  const mark = firstMark(text, from)
  const code = text.charCodeAt(mark)
  if (code !== 0x2c && code !== 0x3b) return false
  const lines = text.slice(mark + 1, to).split('\n')
  // Spaces after the mark, then at least one line of furniture, then spaces before the member.
  if (lines.length < 3 || lines.length > 8) return false
  if ((lines[0] as string).trim() !== '' || (lines.at(-1) as string).trim() !== '') return false
  let furniture = 0
  for (const line of lines.slice(1, -1)) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (!trimmed.split(/[ \t]+/).every((token) => PAGE_TOKEN.test(token))) return false
    furniture++
  }
  return furniture > 0
}

/** A line break, then a bullet or a number, between two members of a list one a line. */
export const BULLET_GAP = /^[^\S\n]*\n[^\S\n]*(?:[-•*]|\d{1,3}[.)])[^\S\n]+$/
export const BULLET_BEFORE = /(?:^|\n)[^\S\n]*(?:[-•*]|\d{1,3}[.)])[^\S\n]+$/

/** The member before `from` follows its line's bullet; the one at `to` ends its line. */
function bulleted(text: string, from: number, to: number, previous: string): boolean {
  const start = from - previous.length
  // The next member's line, 60 characters at most (a longer line holds no name alone).
  const rest = text.slice(to, to + 61)
  const end = rest.indexOf('\n')
  if (end === -1 && to + rest.length < text.length) return false
  return (
    text.startsWith(previous, start) &&
    BULLET_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
    findState((end === -1 ? rest : rest.slice(0, end)).trim()) !== undefined
  )
}

/** A bullet's line holding one name, then the next bullet: "\n- Granada\n- ". */
export const BULLET_LINE = /[^\S\n]*\n[^\S\n]*(?:[-•*]|\d{1,3}[.)])[^\S\n]+(?=\p{Lu})/uy

/** The one name on a bullet's line between `from` and `to` that may be a list's item, or null. */
function bulletLine(text: string, from: number, to: number): Name | null {
  BULLET_LINE.lastIndex = from
  if (!BULLET_LINE.test(text)) return null
  const name = matchName(text, BULLET_LINE.lastIndex)
  if (!name || name.end > to || !BULLET_GAP.test(text.slice(name.end, to))) return null
  const verdict = nameVerdict(name.text)
  return verdict === 'unknown' || verdict === 'territory' ? name : null
}

/** Is there a line break in `text` from `from` to `to`? Reads only that stretch. */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true
  return false
}

export function parseGap(
  text: string,
  from: number,
  to: number,
  previous: string,
  conjunctionSeen: boolean,
  barred = false,
  /** A comma already separated two members of the run. */
  commaSeen = false,
): GapResult | null {
  const result: GapResult = {
    unknowns: [],
    conjunction: false,
    bar: false,
    comma: false,
    semicolon: false,
  }
  let pos = from
  // "Singapore | Sweden Switzerland | Syria": in a list of bars (an index, a table pasted as
  // text) a bare space is a bar that was lost.
  if (barred && /^[^\S\n]+$/.test(text.slice(from, to))) return result
  // "Kenya,\nA/78/L.12\n23-12345 3/5\nLatvia": a PDF's page break inside a comma list.
  if (pageBreakGap(text, from, to)) {
    result.comma = text.charCodeAt(firstMark(text, from)) === 0x2c
    result.semicolon = !result.comma
    return result
  }
  // "Sri LankaSudan": two names glued by PDF text that lost the separator.
  if (from === to && /[a-z]/.test(text[from - 1] ?? '') && /[A-Z]/.test(text[to] ?? ''))
    return result
  // "Israel, the U.S. Pakistan, Brazil": inside a list (before its conjunction) the period of an
  // abbreviation stands for the comma. After the conjunction it is a sentence end.
  if (!conjunctionSeen && previous.endsWith('.') && /^[^\S\n]+$/.test(text.slice(from, to))) {
    return result
  }
  // "China, France, Germany the Russian Federation, ...": inside a comma list, before its
  // conjunction, a bare space before "the" is a comma the writer or the extraction lost.
  if (!conjunctionSeen && commaSeen && to - from <= 8 && LOST_COMMA.test(text.slice(from, to))) {
    return result
  }
  // "- Chile\n- Peru": a bullet or number opens each line, and each line is the name alone.
  if (to - from < 12 && BULLET_GAP.test(text.slice(from, to)) && bulleted(text, from, to, previous))
    return { ...result, comma: true }
  // "- Chile\n- Granada\n- Peru": one line between them holds a name no state has (a misspelt
  // member, a territory): an item of the list, as between commas.
  // (The cheap sticky test first: `bulleted` reads the next member's line.)
  const line = to - from < 60 ? bulletLine(text, from, to) : null
  if (line && bulleted(text, from, to, previous))
    return { ...result, comma: true, unknowns: [line] }
  /** An inserted phrase was read: the next separator must hold the list's conjunction. */
  let inserted = false
  /** A name no state has was just read; a conjunction right after it may join a name's words. */
  let afterName = false
  let joining = false
  for (let guard = 0; guard < 20; guard++) {
    SEP_RE.lastIndex = pos
    const sep = SEP_RE.exec(text)
    if (!sep || (!sep[1] && !sep[2])) return null
    if (inserted && !sep[2]) return null
    // "Kiribati, Tahiti and Fiji as well as Nauru": after the list's conjunction, "as well as",
    // "along with", "together with" or "plus" adds another group, with or without a comma.
    if ((conjunctionSeen || result.conjunction) && /^(?:as|al|to|pl)/.test(sep[2] ?? ''))
      return null
    // "Ägypten, Bosnien und Herzegowina, Laos": a conjunction between two names no state has,
    // with a comma after the second, joins the words of one name; the list goes on.
    if (joining && sep[1] === ',' && !sep[2]) result.conjunction = false
    joining = sep[2] !== undefined && !sep[1] && afterName && !result.conjunction
    afterName = false
    if (sep[2]) result.conjunction = true
    // "Snapback Move on Iran\n|\nFrance, Germany": a bar that opens its line separates a
    // heading from what follows, not two cells of a row (a row ends in its bar: "Peru |\n").
    if (sep[1] === '|' && lineBreakIn(text, pos, pos + sep[0].indexOf('|'))) return null
    if (sep[1] === '|') result.bar = true
    if (sep[1] === ',') result.comma = true
    if (sep[1] === ';') result.semicolon = true
    // "Costa Rica, Luxembourg and Trinidad and Tobago, and the Sierra Leone conference": a second
    // ", and" after the list's conjunction starts a new phrase ("A & B & C" and "A and B and C"
    // without commas stay one list).
    // The same for ", as well as", ", along with", ", plus": "Chad, Niger and Mali, as well as
    // Peru and Chile" are two groups.
    if (conjunctionSeen && sep[1] && sep[2]) return null
    pos = SEP_RE.lastIndex
    // "China, France, the United States, with the support of the European Union, and Iran": a
    // short phrase set off by commas inside a comma list that its conjunction then closes.
    const slip = pos < to ? caseSlip(text, pos, to) : null
    if (slip) {
      result.unknowns.push(slip)
      pos = slip.end
      continue
    }
    if (sep[1] === ',' && !sep[2] && !conjunctionSeen && !inserted && pos < to) {
      // A phrase in lower case inside a comma list; an appositive after the first member only.
      const lower = /[\s\p{Ll}]/u.test(text[pos] ?? '')
      const pattern = lower ? INSERTED_RE : APPOSITIVE_RE
      pattern.lastIndex = pos
      if (lower === commaSeen && pattern.exec(text) && pattern.lastIndex < to) {
        pos = pattern.lastIndex
        inserted = true
        continue
      }
    }
    // "... Somalia and South Sudan; Eritrea has not": after the conjunction the list is closed,
    // a bare comma or semicolon starts a new clause.
    if (pos === to) return conjunctionSeen && !result.conjunction ? null : result
    if (pos > to) return null
    const name = matchName(text, pos)
    if (!name || name.end > to) return null
    // A territory between two members ("Sri Lanka, West Bank and Zimbabwe" in a list of
    // "countries and territories") is an item of the list, kept in `unresolved`; a city or a
    // region is not ("in Geneva, Austria and Chile said").
    const verdict = nameVerdict(name.text)
    if (verdict === 'break') return null
    if (verdict === 'unknown' || verdict === 'territory') result.unknowns.push(name)
    afterName = verdict === 'unknown'
    pos = name.end
    const paren = parentheticalsEnd(text, pos)
    if (paren !== -1 && paren <= to) pos = paren
  }
  return null
}
