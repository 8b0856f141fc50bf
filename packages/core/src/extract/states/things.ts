import type { Draft, StateMention } from '../../models/extraction.js'
import { isAsciiLetterCode, isCapitalCode } from './chars.js'

/**
 * State names inside the names of things that are no states (real pages of states8): a file's
 * name, an event's or a programme's, and a region's.
 *
 * - A file name: the name runs, with no white space, into a file extension ("Flag of
 *   Austria.svg", "Peru_map.jpg"): the page printed an image's or a document's file name.
 * - An event: a capitalised word, the name, then a year ("Aero India 2023", "Expo Chile 2024");
 *   once a text has named the event, the same words without the year are the event too ("the
 *   Aero India show").
 * - A title-case name that ends in a time of day or a number word ("Canada at Five", a news
 *   programme).
 * - "Micronesia" next to "Melanesia" or "Polynesia" is the region of the Pacific, not the
 *   Federated States of Micronesia (whose full name stays a mention).
 * - A region with a capitalised compass word of its own inside a sentence ("in Eastern Chad",
 *   "of North-East Mali"; "eastern Chad" and a sentence's first word stay mentions).
 * - A war in lower case named by a state and a party that is no state ("the Chad-Rebel war",
 *   "a Rebel - Chad war"); two states ("the Chad-Niger war") stay mentions.
 * - A ship's class ("the America-class ship"), a proper name in another language, a capitalised
 *   word and its preposition before the state ("Petróleos de Venezuela", "República de Chile";
 *   prose, "la ville de France", mentions it), a title-case name in quotation marks inside a
 *   sentence (a campaign “Smile Peru!”; “Peru will win” is a quotation, and mentions Peru), and a
 *   campaign or event named "… for" a state inside a sentence ("their Dance for Peru fundraiser";
 *   a person's title, "the Special Envoy for Peru", is no name).
 */

/**
 * "Hablamos de Serbia, Croacia, Bosnia": a comma, then capitalised names up to another state's
 * mention at most 40 characters on (`next`), as in a list; the state after "de" opens it.
 */
export const LIST_ITEM_GAP = /^,[^\S\n]+(?:\p{Lu}[\p{L}'\u2019-]*,?[^\S\n]+){0,3}$/u
function beforeListItem(text: string, end: number, next: number | undefined): boolean {
  return next !== undefined && next - end <= 40 && LIST_ITEM_GAP.test(text.slice(end, next))
}

/** A capitalised word, then "de", "del", "du" or "da" (a proper name in another language). */
export const FOREIGN_BEFORE = /\p{Lu}\p{Ll}+ d(?:el?|u|a) $/u
/** One to three capitalised words after a word in lower case and an opening quotation mark. */
export const QUOTED_NAME_BEFORE =
  /[\p{Ll},][^\S\n]+["\u201c](?:\p{Lu}[\p{L}'\u2019-]*[^\S\n]+){1,3}$/u
/** At most two capitalised words, then the closing quotation mark. */
export const QUOTED_NAME_AFTER = /^(?:[^\S\n]+\p{Lu}[\p{L}'\u2019-]*){0,2}[!?]?[,.]?["\u201d]/u
/** A campaign's capitalised words and "for" after a word in lower case (not a person's title). */
export const CAMPAIGN_BEFORE =
  /[\p{Ll},][^\S\n]+(?!(?:Special )?(?:Envoy|Representative|Commissioner|Coordinator|Rapporteur|Minister) )(?:\p{Lu}\p{Ll}+ ){1,3}for $/u

/** A capitalised compass word after a word in lower case, a digit or a comma, before a name. */
export const REGION_BEFORE =
  /[a-z\d,][^\S\n]+(?:(?:North|South)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|(?:East|West)(?:ern)?|Central)[^\S\n]+$/
/** A name's war, optionally with the other party after a dash ("-Rebel war", " war"). */
export const WAR_AFTER = /^(?:[^\S\n]?[-\u2013][^\S\n]?([A-Z][a-z]+))?[^\S\n]+war\b/
/** A war word in lower case in Spanish, Portuguese, Italian or French ("la guerra de Vietnam"). */
export const FOREIGN_WAR_BEFORE = /\bguerr[ae] (?:d[eiu]l?|in|d[oa]|au) $/
/** States whose wars of the past a text names in lower case ("the Vietnam war", "guerra de Vietnam"). */
const PAST_WARS = new Set(['VNM', 'BIH', 'IRQ', 'LBN'])
/** The other party of a war before a dash ("Rebel - "). */
export const WAR_PARTY_BEFORE = /[A-Z][a-z]+[^\S\n]?[-\u2013][^\S\n]?$/

/** Is the mention at `m` a region's name or a war's named with a party that is no state? */
function regionOrWar(text: string, m: Draft<StateMention>, starts: () => Set<number>): boolean {
  // The compass word ends in "n", "h", "t" or "l" ("Eastern", "North", "West", "Central").
  const c = text.charCodeAt(m.start - 2)
  if (
    text.charCodeAt(m.start - 1) === 0x20 &&
    (c === 0x6e || c === 0x68 || c === 0x74 || c === 0x6c) &&
    REGION_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))
  )
    return true
  const next = text.charCodeAt(m.end)
  if (next !== 0x20 && next !== 0x2d && next !== 0x2013) return false
  const war = WAR_AFTER.exec(text.slice(m.end, m.end + 30))
  if (!war) return false
  if (war[1] !== undefined) return !starts().has(m.end + war[0].indexOf(war[1]))
  const before = WAR_PARTY_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))
  return before !== null && !starts().has(m.start - before[0].length)
}

/** Extensions of files that pages print as captions or links. */
const FILE_EXTENSIONS = new Set(
  'svg png jpg jpeg gif webp tif tiff bmp pdf doc docx xls xlsx ppt pptx mp4 mov'.split(' '),
)

/** How far after a name a file name may run on. */
const FILE_LOOKAHEAD = 80

/**
 * Does the name ending at `end` run, with no white space, into a file extension ("Austria.svg",
 * "Peru_map_2020.png")? The run stops at white space, quotes and brackets.
 */
function inFileName(text: string, end: number): boolean {
  const first = text.charCodeAt(end)
  // The cheap test first: a file name goes on with ".", "_" or "-" right after the name.
  if (first !== 0x2e && first !== 0x5f && first !== 0x2d) return false
  const limit = Math.min(text.length, end + FILE_LOOKAHEAD)
  let k = end
  while (k < limit) {
    const code = text.charCodeAt(k)
    if (code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x28 || code === 0x29) break
    if (code === 0x5b || code === 0x5d || code === 0x3c || code === 0x3e || code === 0x7c) break
    k++
  }
  // Trailing punctuation of the sentence ("… Peru_map.png.") is no part of the file name.
  while (k > end && /[.,;:!?]/.test(text[k - 1] as string)) k--
  let dot = k - 1
  while (dot > end && isAsciiLetterCode(text.charCodeAt(dot))) dot--
  if (text.charCodeAt(dot) !== 0x2e || k - dot < 3) return false
  return FILE_EXTENSIONS.has(text.slice(dot + 1, k).toLowerCase())
}

/** Capitalised words that open no event's name ("In Peru 2023 was dry", "And Chile 2024"). */
const NOT_EVENT_WORDS = new Set(
  (
    'In At On Of To By For From With And Or But The A An As Since Until After Before During ' +
    'Visit Visits Visited Across Inside Outside Via Per Than Is Was Are Were'
  ).split(' '),
)

const isAsciiWordCode = (code: number) => isAsciiLetterCode(code) || (code >= 0x30 && code <= 0x39)

/** The capitalised ASCII word ("Expo", "G20") that ends one space before `start`, or ''. */
function capitalisedWordBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return ''
  let a = start - 1
  while (a > 0 && start - 1 - a < 24 && isAsciiWordCode(text.charCodeAt(a - 1))) a--
  if (a === start - 1 || !isCapitalCode(text.charCodeAt(a))) return ''
  const before = text.charCodeAt(a - 1)
  // A word glued to what stands before it ("x.Aero") is no name's first word.
  if (a > 0 && isAsciiWordCode(before)) return ''
  const word = text.slice(a, start - 1)
  // A name's word has letters in lower case after its capital ("Aero"), or is an acronym.
  if (word.length < 2 || NOT_EVENT_WORDS.has(word)) return ''
  return word
}

/** A year (1900-2099) one space after `end`, ending a word. */
function yearAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false
  const c1 = text.charCodeAt(end + 1)
  const c2 = text.charCodeAt(end + 2)
  if (!((c1 === 0x31 && c2 === 0x39) || (c1 === 0x32 && c2 === 0x30))) return false
  for (let k = end + 3; k < end + 5; k++) {
    const code = text.charCodeAt(k)
    if (code < 0x30 || code > 0x39) return false
  }
  const after = text.charCodeAt(end + 5)
  return !(after >= 0x30 && after <= 0x39) && !isAsciiLetterCode(after)
}

/** Number words and times of day that close a programme's title-case name ("Canada at Five"). */
const TITLE_NUMBERS = new Set(
  'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Noon Midnight'.split(' '),
)

function titleNumberAfter(text: string, end: number): boolean {
  if (!text.startsWith(' at ', end)) return false
  let k = end + 4
  const from = k
  while (k < text.length && k - from < 9 && isAsciiLetterCode(text.charCodeAt(k))) k++
  const after = text.charCodeAt(k)
  if (isAsciiLetterCode(after) || (after >= 0x30 && after <= 0x39)) return false
  return TITLE_NUMBERS.has(text.slice(from, k))
}

/** Any of the region's names near "Micronesia" (120 characters on either side). */
const PACIFIC_REGIONS = ['Melanesia', 'Polynesia', 'MELANESIA', 'POLYNESIA']
const REGION_WINDOW = 120

function pacificRegion(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - REGION_WINDOW), end + REGION_WINDOW)
  return PACIFIC_REGIONS.some((region) => window.includes(region))
}

/**
 * The mentions that are no part of a file's, an event's or a programme's name, nor the region
 * of Micronesia. One pass over the mentions, a few characters around each; a second over them
 * only when an event was named.
 */
export function withoutNamesOfThings(
  text: string,
  matches: Draft<StateMention>[],
): Draft<StateMention>[] {
  let drop: Set<Draft<StateMention>> | null = null
  /** "Aero India": an event's words without its year, as the text wrote them. */
  let events: Set<string> | null = null
  /** The names of the states that events hold ("India"): the cheap test of the second pass. */
  const eventStates = new Set<string>()
  let starts: Set<number> | null = null
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Draft<StateMention>
    const next = text.charCodeAt(m.end)
    let thing = false
    if (next === 0x2e || next === 0x5f || next === 0x2d)
      thing = inFileName(text, m.end) || text.startsWith('-class', m.end)
    else if (next === 0x20) {
      if (yearAfter(text, m.end)) {
        const word = capitalisedWordBefore(text, m.start)
        if (word !== '') {
          thing = true
          ;(events ??= new Set()).add(`${word} ${m.text}`)
          eventStates.add(m.text)
        }
      } else if (titleNumberAfter(text, m.end)) thing = true
    }
    if (!thing && text.charCodeAt(m.start - 1) === 0x20) {
      // Cheap tests first: a "d" two or three characters back, a quotation mark, " for ".
      const near = text.slice(Math.max(0, m.start - 32), m.start)
      const before = () => text.slice(Math.max(0, m.start - 60), m.start)
      thing =
        ((text.charCodeAt(m.start - 3) === 0x64 || text.charCodeAt(m.start - 4) === 0x64) &&
          FOREIGN_BEFORE.test(near) &&
          !(next === 0x2c && beforeListItem(text, m.end, matches[k + 1]?.start))) ||
        ((near.includes('"') || near.includes('\u201c')) &&
          QUOTED_NAME_BEFORE.test(before()) &&
          QUOTED_NAME_AFTER.test(text.slice(m.end, m.end + 40))) ||
        (PAST_WARS.has(m.iso3) && FOREIGN_WAR_BEFORE.test(near)) ||
        (near.endsWith(' for ') &&
          /^(?: \p{Ll}|[^\s\p{L}])/u.test(text.slice(m.end, m.end + 2)) &&
          CAMPAIGN_BEFORE.test(before()))
    }
    if (!thing && m.iso3 === 'FSM' && m.text === 'Micronesia') {
      thing = pacificRegion(text, m.start, m.end)
    }
    if (!thing)
      thing = regionOrWar(text, m, () => (starts ??= new Set(matches.map((x) => x.start))))
    if (thing) (drop ??= new Set()).add(m)
  }
  if (events !== null) {
    for (const m of matches) {
      if (!eventStates.has(m.text) || drop?.has(m)) continue
      const word = capitalisedWordBefore(text, m.start)
      if (word !== '' && events.has(`${word} ${m.text}`)) (drop ??= new Set()).add(m)
    }
  }
  if (drop === null) return matches
  const dropped = drop
  return matches.filter((m) => !dropped.has(m))
}
