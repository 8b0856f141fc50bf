/**
 * Abbreviations a text defines for an instrument and then uses: "the Inhumane Weapons Convention
 * (IWC) … Under the IWC, …". The registry cannot know them; the text says what they stand for.
 *
 * A definition is a bracketed word right after a cited name, whose capitals spell the initials
 * of the name's words in order ("Ottawa Convention (OC)", "Anti-Personnel Mine Ban Convention
 * (APMBC)") or that with "Treaty" after it is a short title of the instrument ("Strategic Arms
 * Reduction Treaty (START)"), and that is not a state's abbreviation ("(UK)") or another instrument's. The
 * bracketed word is then a citation of that instrument, and so is every later use of it as a
 * whole word, written the same way.
 */
import type { InstrumentId } from '../../models/instrument.js'
import { instruments } from '../../registry/instruments.js'
import { insideUrl } from '../inside-url.js'
import { abbreviationSet as stateAbbreviations } from '../states/abbreviations.js'
import type { GluedName } from './glued.js'

/**
 * "(IWC)" right after a name: a capital, then capitals and letters, ten at most; or small letters
 * alone ("(att)"), as journals set acronyms in small capitals that come out of their pages in
 * lower case.
 */
const bracketed = /[ \u00a0]?\(([A-Z][A-Za-z]{1,9}|[a-z]{2,9})\)/y

/**
 * Texts define a handful of abbreviations; each definition searches the rest of the text once, so
 * a cap keeps a text of many made-up definitions linear.
 */
const MAX_DEFINITIONS = 16

/** Initials of the words of `name` and of their hyphenated parts, upper-cased. */
function initials(name: string): string {
  let out = ''
  for (const word of name.split(/[\s\u00a0-]+/)) {
    const first = word.replace(/^[^\p{L}]+/u, '')[0]
    if (first) out += first.toUpperCase()
  }
  return out
}

/** Whether the capitals of `abbreviation` spell initials of `name` in order, from its first word. */
export function spellsInitials(abbreviation: string, name: string): boolean {
  const capitals = abbreviation.replace(/[^A-Z]/g, '')
  if (capitals.length < 2) return false
  const heads = initials(name)
  if (heads[0] !== capitals[0]) return false
  let at = 1
  for (let i = 1; i < capitals.length; i++) {
    at = heads.indexOf(capitals[i] as string, at)
    if (at === -1) return false
    at++
  }
  return true
}

/**
 * Whether the registry calls the instrument "<abbreviation> Treaty": then "(START)" after
 * "Strategic Arms Reduction Treaty" defines it, though its letters are no initials of the name.
 */
function treatyOf(abbreviation: string, id: InstrumentId): boolean {
  return instruments.some((i) => i.id === id && i.shortTitles.includes(`${abbreviation} Treaty`))
}

/**
 * The definition after the name at `start..end`, if there is one, and every use of it: the
 * bracketed word itself and each later whole word spelled the same. `known` says whether a word
 * is already an instrument's name (then it is no new definition); `seen` holds the abbreviations
 * defined before (a second definition adds nothing, and is not searched for again: linear).
 */
export function definedAbbreviation(
  text: string,
  start: number,
  end: number,
  id: InstrumentId,
  known: (word: string) => boolean,
  seen: Set<string>,
): GluedName[] {
  bracketed.lastIndex = end
  const match = bracketed.exec(text)
  if (!match) return []
  const abbreviation = match[1] as string
  // Small capitals ("att" for "Arms Trade Treaty"): three letters at least, and being the
  // instrument's own acronym in capitals ("ATT") is no objection.
  const small = abbreviation === abbreviation.toLowerCase()
  const capitals = small ? abbreviation.toUpperCase() : abbreviation
  if (
    seen.size >= MAX_DEFINITIONS ||
    seen.has(abbreviation) ||
    stateAbbreviations.has(capitals) ||
    (!small && known(abbreviation))
  ) {
    return []
  }
  const name = text.slice(start, end)
  if (
    small
      ? capitals.length < 3 || !spellsInitials(capitals, name)
      : !spellsInitials(capitals, name) && !treatyOf(abbreviation, id)
  )
    return []
  seen.add(abbreviation)
  const first = bracketed.lastIndex - 1 - abbreviation.length
  const uses: GluedName[] = [{ start: first, end: first + abbreviation.length, id }]
  for (let at = text.indexOf(abbreviation, bracketed.lastIndex); at !== -1;) {
    const after = at + abbreviation.length
    if (
      !/[\p{L}\p{N}_]/u.test(text[at - 1] ?? ' ') &&
      !/[\p{L}\p{N}_/]/u.test(text[after] ?? ' ') &&
      text[at - 1] !== '/' &&
      !insideUrl(text, at)
    ) {
      uses.push({ start: at, end: after, id })
    }
    at = text.indexOf(abbreviation, after)
  }
  return uses
}

/**
 * "the Strategic Offensive Arms Treaty (START)": a bracketed abbreviation right after the word
 * "Treaty" ending words that are no registry name, where "<abbreviation> Treaty" is a short title
 * in the registry ("START Treaty"). Where a registry name ends at "Treaty", the definition after
 * that name decides instead (`definedAbbreviation`; after "new Strategic Arms Reduction Treaty",
 * New START's name, "(START)" defines nothing).
 */
const treatyBracket = /\bTreaty \(([A-Z]{3,9})\)/g

/** Where a name may start: after a space or a line break, up to 12 words back. */
const WORDS_BACK = 12

/**
 * The definitions `treatyBracket` finds, as `[start, end, id]` of the word "Treaty" (to pass to
 * `definedAbbreviation`); `endsName(from, to)` says whether a registry name runs from `from` to
 * `to`.
 */
export function treatyDefinitions(
  text: string,
  endsName: (from: number, to: number) => boolean,
): Array<readonly [number, number, InstrumentId]> {
  if (!text.includes('Treaty (')) return []
  const out: Array<readonly [number, number, InstrumentId]> = []
  treatyBracket.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = treatyBracket.exec(text)) !== null) {
    const start = match.index
    const end = start + 6
    const owner = instruments.find((i) => i.shortTitles.includes(`${match![1]} Treaty`))
    if (!owner) continue
    let named = false
    for (let i = start, n = 0; i > 0 && n < WORDS_BACK && !named; n++) {
      i = text.lastIndexOf(' ', i - 2) + 1
      named = endsName(i, end)
    }
    if (!named) out.push([start, end, owner.id])
  }
  return out
}
