import type { Draft, StateMention } from '../../models/extraction.js'
import { statePhrases } from '../../registry/states.js'
import { isAsciiLetter, isUpperWord, isWordChar } from './chars.js'
import { mention, stateOf } from './mention.js'

/**
 * Abbreviations of states: which uses of a listed one ("US", "UK") are mentions, and the ones a
 * text defines in brackets and then uses.
 */

/** Abbreviations that are also English words when written in capitals. */
const AMBIGUOUS_ABBREVIATIONS = new Set(['US'])

export const abbreviationSet = new Set(
  statePhrases.filter((p) => p.kind === 'abbreviation').map((p) => p.phrase.replaceAll('.', '')),
)

/** The word before `start` and after `end` on the same line (letters only), for the capitals check. */
function neighbourWords(text: string, start: number, end: number): [string, string] {
  let b = start
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--
  let a = b
  while (a > 0 && isAsciiLetter(text[a - 1])) a--
  let c = end
  while (c < text.length && (text[c] === ' ' || text[c] === '\t')) c++
  let d = c
  while (d < text.length && isAsciiLetter(text[d])) d++
  return [text.slice(a, b), text.slice(c, d)]
}

/** The run of letters, digits, dots and hyphens around `start..end` (at most 40 characters). */
function hyphenatedToken(text: string, start: number, end: number): string {
  let a = start
  while (a > 0 && start - a < 40 && /[\w.-]/.test(text[a - 1] as string)) a--
  let b = end
  while (b < text.length && b - end < 40 && /[\w.-]/.test(text[b] as string)) b++
  return text.slice(a, b)
}

/** A currency or a unit after an abbreviation's space ("US dollars", "U.S. tons"). */
export const CURRENCY_AFTER = /^ (?:[Dd]ollars?|tons)\b/

export function acceptAbbreviation(text: string, start: number, end: number): boolean {
  const prev = text[start - 1]
  const next = text[end]
  if (prev === '/' || next === '/' || next === '$' || prev === '$') return false
  // "U.S. $2,250", "US $5 million": a currency written with a space before its sign.
  if (next === ' ' && text[end + 1] === '$' && /\d/.test(text[end + 2] ?? '')) return false
  // A currency or a unit named after the state: "75 US dollars", "2,500 U.S. tons".
  if (next === ' ' && CURRENCY_AFTER.test(text.slice(end, end + 10))) return false
  if (prev === '.' && isWordChar(text[start - 2])) return false
  // Locale tags and character sets: "en-US", "en_GB", "English-US", "US-ASCII", "non-US-ASCII".
  if (
    (prev === '-' || prev === '_') &&
    /(?:(?:^|[^A-Za-z])[a-z]{2}|English|French|Spanish|Portuguese|German|Chinese)$/.test(
      text.slice(Math.max(0, start - 12), start - 1),
    )
  ) {
    return false
  }
  if (next === '-' && /^-ascii\b/i.test(text.slice(end, end + 7))) return false
  // Inside a hyphenated identifier with a number: "CC-BY-SA-3.0-US", "ISO-3166-US".
  if ((prev === '-' || text[end] === '-') && /\d/.test(hyphenatedToken(text, start, end)))
    return false
  if (next === '.' && isWordChar(text[end + 1])) return false
  if (prev === ' ' && text.startsWith('for ', start - 4) && photographerFor(text, start - 4))
    return false
  // "the U.S.S.R.": initials go on after the abbreviation's last dot.
  if (text[end - 1] === '.' && text[end + 1] === '.' && /[A-Z]/.test(next ?? '')) return false
  // "LET US KNOW": "US" between words in capitals is the pronoun. Only "US" spells a word.
  // (Lengths first: most abbreviations are not two letters, and a slice per mention costs.)
  if (end - start !== 2 || !AMBIGUOUS_ABBREVIATIONS.has(text.slice(start, end))) return true
  const [before, after] = neighbourWords(text, start, end)
  const capsBefore = isUpperWord(before) && !abbreviationSet.has(before)
  const capsAfter = isUpperWord(after) && !abbreviationSet.has(after)
  if (capsBefore && capsAfter) return false
  if ((capsBefore && after === '') || (capsAfter && before === '')) return false
  return true
}

/**
 * A credit's photographer and the body they worked for: "Photo: Jane Roe for DRC" names the
 * Danish Refugee Council, as "Name for NPR" names a broadcaster. The label, one to four
 * capitalised words of a name, then "for" (the line before `forAt`, at most 80 characters).
 */
export const PHOTOGRAPHER_FOR =
  /(?:^|[^\p{L}])(?:[Pp]hoto|PHOTO|[Ff]oto|[Pp]icture|[Ii]mage)s?(?:[ \t]*:|[ \t]+by)[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]+$/u

function photographerFor(text: string, forAt: number): boolean {
  const from = Math.max(0, forAt - 80, text.lastIndexOf('\n', forAt) + 1)
  return PHOTOGRAPHER_FOR.test(text.slice(from, forAt))
}

/**
 * Abbreviations a text defines in brackets after a state's name and then uses: "the Central
 * African Republic (CAR)", "Papua New Guinea (PNG)". "CAR" and "PNG" are no abbreviations of
 * their own (a car, an image format), but once defined they name the state until the text ends.
 * The abbreviation must be two to six capitals (dots allowed: "P.N.G.") taken in order from the
 * initials of the name, the first initial first; the definition in brackets is a mention too.
 */
const DEFINITION = /^[ \t]*\((?:the[ \t]+)?((?:[A-Z]\.?){2,6})\)/
const CAPITALS_WORD = /(?<![\p{L}\p{N}.])(?:[A-Z]\.?){2,6}(?![\p{L}\p{N}])/gu

function initialsAllow(name: string, abbreviation: string): boolean {
  const initials = (name.match(/\p{Lu}/gu) ?? []).join('')
  if (initials[0] !== abbreviation[0]) return false
  let k = 0
  for (const letter of initials) if (letter === abbreviation[k]) k++
  return k === abbreviation.length
}

export function withDefinedAbbreviations(
  text: string,
  matches: Draft<StateMention>[],
): Draft<StateMention>[] {
  let defined: Map<string, Draft<StateMention>> | null = null
  let first = text.length
  for (const m of matches) {
    // Cheap test first: "(" right after the name or after a space or two.
    let paren = m.end
    while (paren < m.end + 3 && text.charCodeAt(paren) === 0x20) paren++
    if (text.charCodeAt(paren) !== 0x28) continue
    const found = DEFINITION.exec(text.slice(m.end, m.end + 24))
    if (!found) continue
    const written = found[1] as string
    const abbreviation = written.replaceAll('.', '')
    if (abbreviationSet.has(abbreviation) || !initialsAllow(m.text, abbreviation)) continue
    defined ??= new Map()
    // Used with or without its dots: "P.N.G." and "PNG".
    for (const form of [written, abbreviation]) if (!defined.has(form)) defined.set(form, m)
    first = Math.min(first, m.end)
  }
  if (defined === null) return matches
  const added: Draft<StateMention>[] = []
  let k = 0
  CAPITALS_WORD.lastIndex = first
  for (let hit = CAPITALS_WORD.exec(text); hit; hit = CAPITALS_WORD.exec(text)) {
    let word = hit[0]
    // "P.N.G." keeps its dots; "CAR." at a sentence end does not.
    if (word.endsWith('.') && !defined.has(word)) word = word.slice(0, -1)
    const owner = defined.get(word)
    if (!owner || hit.index < owner.end) continue
    const start = hit.index
    const end = start + word.length
    while (k < matches.length && (matches[k] as StateMention).end <= start) k++
    const next = matches[k]
    if (next && next.start < end) continue
    if (!acceptAbbreviation(text, start, end)) continue
    const state = stateOf(owner.iso3)
    if (state) added.push(mention(text, start, end, state, false))
  }
  if (added.length === 0) return matches
  return [...matches, ...added].sort((a, b) => a.start - b.start)
}

/**
 * A listed abbreviation that the text spells out as something other than a state: "the Danish
 * Refugee Council (DRC)", or the abbreviation right before its words ("DRC Danish Refugee
 * Council"), the capitals of the words spelling it in order. Then "DRC" names that body wherever
 * the text uses it, and no use of it is a state mention; unless the text also writes it after the
 * state's own name ("the Democratic Republic of the Congo (DRC)"), which leaves it as it was.
 */
const JOINERS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'la', '&'])

/** A character of a word of a body's name; a word opening with a capital (and a small letter). */
export const NAME_CHAR = /[\p{L}&'’-]/u
export const OPENS_CAPITAL = /^\p{Lu}/u
export const OPENS_CAPITALISED = /^\p{Lu}\p{Ll}/u

/** The capitals that open the words right before `end` (back to the first capital of `abbreviation`). */
function initialsBefore(text: string, end: number, abbreviation: string): boolean {
  let i = end
  let k = abbreviation.length
  for (let words = 0; words < 12 && k > 0; words++) {
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
    const wordEnd = i
    while (i > 0 && NAME_CHAR.test(text[i - 1] as string)) i--
    const word = text.slice(i, wordEnd)
    if (word === '') return false
    if (JOINERS.has(word)) continue
    if (!OPENS_CAPITAL.test(word) || word[0] !== abbreviation[k - 1]) return false
    k--
  }
  return k === 0
}

/** The capitals that open the words right after `start` spell `abbreviation`. */
function initialsAfter(text: string, start: number, abbreviation: string): number {
  let i = start
  let k = 0
  for (let words = 0; words < 12 && k < abbreviation.length; words++) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
    const wordStart = i
    while (i < text.length && NAME_CHAR.test(text[i] as string)) i++
    const word = text.slice(wordStart, i)
    if (word === '') return -1
    if (k > 0 && JOINERS.has(word)) continue
    if (!OPENS_CAPITALISED.test(word) || word[0] !== abbreviation[k]) return -1
    k++
  }
  return k === abbreviation.length ? i : -1
}

export function withoutOtherAbbreviations(
  text: string,
  matches: Draft<StateMention>[],
): Draft<StateMention>[] {
  let other: Set<string> | null = null
  let judged: Map<string, boolean> | null = null
  let ends: Set<number> | null = null
  let starts: Set<number> | null = null
  for (const m of matches) {
    const word = m.text
    if (word.length < 2 || word.length > 6 || !/^[A-Z]+$/.test(word)) continue
    judged ??= new Map()
    let isOther = judged.get(word)
    if (isOther === undefined) {
      ends ??= new Set(matches.map((n) => n.end))
      starts ??= new Set(matches.map((n) => n.start))
      isOther = spelledAsOther(text, word, matches, ends, starts)
      judged.set(word, isOther)
    }
    if (isOther) (other ??= new Set()).add(word)
  }
  if (other === null) return matches
  const kept = other
  return matches.filter((m) => !kept.has(m.text))
}

function spelledAsOther(
  text: string,
  word: string,
  matches: Draft<StateMention>[],
  ends: ReadonlySet<number>,
  starts: ReadonlySet<number>,
): boolean {
  const bracketed = `(${word})`
  let other = false
  for (let at = text.indexOf(bracketed); at !== -1; at = text.indexOf(bracketed, at + 1)) {
    // Right after a state's name ("Congo (DRC)"): the state's own abbreviation.
    if (ends.has(at) || ends.has(at - 1) || ends.has(at - 2)) return false
    if (!other && initialsBefore(text, at, word)) other = true
  }
  if (other) return true
  for (const m of matches) {
    if (m.text !== word) continue
    const after = initialsAfter(text, m.end, word)
    if (after === -1) continue
    // "DRC Democratic Republic of Congo": a state's name after it is no other body.
    let state = false
    for (let k = m.end + 1; k < after && !state; k++) state = starts.has(k)
    if (!state) return true
  }
  return false
}
