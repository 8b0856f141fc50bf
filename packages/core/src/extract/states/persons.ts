import type { Draft, StateMention } from '../../models/extraction.js'
import { ORGANISATION_PREFIXES } from './organisations.js'

/** States whose short names are also common given names. */
const GIVEN_NAMES = new Set(['Chad', 'Jordan', 'Georgia'])

const GIVEN_NAME_LENGTHS = new Set([...GIVEN_NAMES].map((name) => name.length))

/** Capitalised words that may stand right after a state's name without making it a person's. */
const NOT_SURNAMES = new Set(
  (
    'I A The And Or But In On At Of For To From By With As Is Was Has Had Will Would Should Could ' +
    'May Can Must Government Republic Kingdom President Minister Ministry Parliament Army Delegation ' +
    'Mission Embassy Ambassador Basin River Valley Lake Strait Sea Gulf State States Party Parties ' +
    'Armed Forces National Royal Foreign Defence Defense Police Red Mine Mines Permanent Office ' +
    'Council Court Supreme Federal Air Navy Border Interior Justice Ministers Times'
  ).split(' '),
)

/** Lower-case words a title-case headline keeps small ("Chad Signs Treaty with Niger"). */
const HEADLINE_SMALL_WORDS = new Set(
  'with from into over upon onto than that after about under amid among during against between without through toward towards'.split(
    ' ',
  ),
)

/** Is the line of `at` a title-case headline (no lower-case word but small ones)? */
function inTitleCaseLine(text: string, at: number): boolean {
  // Headlines are short: look at most 200 characters either way (keeps the pass linear).
  let lineStart = at
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    if (at - lineStart > 200) return false
    lineStart--
  }
  let lineEnd = at
  while (lineEnd < text.length && text[lineEnd] !== '\n') {
    if (lineEnd - at > 200) return false
    lineEnd++
  }
  const words = text.slice(lineStart, lineEnd).match(/\p{L}{4,}/gu) ?? []
  return words.every((w) => /^\p{Lu}/u.test(w) || HEADLINE_SMALL_WORDS.has(w))
}

/** "Chad Brennan", "Michael Jordan": a given name with its surname, in running prose. */
function isPersonName(text: string, start: number, end: number): boolean {
  const after = /^[ \t]+(\p{Lu}[\p{Ll}'\u2019-]+)/u.exec(text.slice(end, end + 40))
  if (after && !NOT_SURNAMES.has(after[1] as string)) return !inTitleCaseLine(text, start)
  // A capitalised first name before it, itself inside a sentence ("star Michael Jordan"), not
  // "In Chad", "Kingdom of Jordan" or "Northern Chad".
  const before = /[\p{Ll},][ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  )
  if (!before) return false
  const word = before[1] as string
  if (NOT_SURNAMES.has(word) || ORGANISATION_PREFIXES.has(word) || COMPASS.test(word)) return false
  return !inTitleCaseLine(text, start)
}

const COMPASS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Hashemite)$/

/**
 * Drop given-name states used as a person's name, and their later bare uses (see above). In
 * place: most texts drop nothing, and a copy of every mention would cost more than the check.
 */
export function withoutPersons(
  text: string,
  matches: Draft<StateMention>[],
): Draft<StateMention>[] {
  const persons = new Set<string>()
  const keep = (m: Draft<StateMention>): boolean => {
    // Most names are not given names: compare lengths before the set.
    if (!GIVEN_NAME_LENGTHS.has(m.end - m.start)) return true
    const name = m.text
    if (!GIVEN_NAMES.has(name)) return true
    if (isPersonName(text, m.start, m.end)) {
      persons.add(name)
      return false
    }
    if (!persons.has(name)) return true
    // A later bare use stays a state only inside a comma list ("Chad, Djibouti and Egypt").
    return /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) || text[m.end] === ','
  }
  let kept = 0
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Draft<StateMention>
    if (keep(m)) matches[kept++] = m
  }
  matches.length = kept
  return matches
}
