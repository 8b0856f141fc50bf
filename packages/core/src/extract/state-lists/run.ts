import type { StateMention } from '../../models/extraction.js'
import { parseGap } from './gap.js'
import { PLACES } from './vocabulary.js'

/**
 * A run of members being read as one list, and when two names are a list of their own: a pair
 * separated by a comma, or an "and" pair that opens a longer comma list.
 */

export interface Run {
  members: StateMention[]
  /** Names in member positions, in text order, with the index of the member they precede. */
  unknowns: Array<{ start: number; end: number; text: string }>
  conjunction: boolean
  separators: number
  /** Members separated by bars ("Samoa | San Marino"). */
  barred: boolean
  /** A comma separated two members. */
  comma: boolean
  /** The first gap was a semicolon alone ("Peru; Ghana"). */
  semicolonFirst: boolean
}

/**
 * Two states are a list when a comma separates them: the tally of a recorded vote ("(Israel,
 * United States)", "Against: Israel, United States"), "the United States, China, and six other
 * States". Two states joined by "and" alone ("Russia and Ukraine") are two mentions, and so are
 * two that a clause's opening phrase and its subject put side by side ("In Austria, Belgium spoke
 * first"; "Like Chile, Peru abstained") and two on either side of a semicolon, which joins
 * clauses far more often than it lists two names ("it was used in Iraq; Chile says").
 */
export function isPair(text: string, run: Run): boolean {
  if (run.members.length !== 2 || run.unknowns.length !== 0 || !run.comma) return false
  const first = run.members[0] as StateMention
  // "presented by America, Russia's behaviour was condemned": a possessive opens a clause.
  const second = run.members[1] as StateMention
  // "the DPRK, or North Korea": one state by two names, no list.
  if (second.iso3 === first.iso3) return false
  if (/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(second.end, second.end + 3))) return false
  const before = text.slice(Math.max(0, first.start - 40), first.start)
  // "Chile and Peru, Ghana spoke": the pair would split a list that its "and" closed.
  return !OPENING_PHRASE.test(before) && !AFTER_CONJUNCTION.test(before)
}

/**
 * "USA and Ruritania, UK, France, India": a pair joined by "and" that opens a longer list. After
 * the conjunction of its first gap, a list goes on past a comma only when the two gaps after it
 * are commas too (the rhythm of a list, not "Chile and Peru, Ghana spoke").
 */
export function reopens(
  text: string,
  run: Run,
  mentions: StateMention[],
  next: number,
  gapStart: number,
): boolean {
  if (run.members.length !== 2 || !run.conjunction || run.barred) return false
  const last = run.members[1] as StateMention
  let from = gapStart
  let previous = last.text
  for (let k = next; k < next + 2; k++) {
    const mention = mentions[k]
    if (!mention || mention.start < from) return false
    const gap = parseGap(text, from, mention.start, previous, false)
    if (!gap || gap.conjunction || !gap.comma) return false
    from = mention.end
    previous = mention.text
  }
  return true
}

const AFTER_CONJUNCTION = /(?:^|[^\p{L}])(?:and|or|&)[^\S\n]+(?:the[^\S\n]+)?$/u

/** "In", "Like", "As for" ... (and "the") at the start of a sentence or line, before a name. */
const OPENING_PHRASE =
  /(?:^|[.!?]["'\u201d\u2019)]?[^\S\n]+|\n[^\S\n]*)(?:In|For|Like|Unlike|After|Before|With|Without|From|To|As for|As with|Besides|Beyond|Apart from|Outside|Within|Inside|Across|Throughout|Than|Under|Over|Unlike|Along with|Together with|Next to|Compared with|Compared to)[^\S\n]+(?:the[^\S\n]+)?$/

/**
 * A region followed by its states in brackets inside a list ("…, Laos and the Balkans (Croatia,
 * Serbia), Central America (Panama, Peru), Chad"): sticky at the end of the member before. The
 * region, the "and" before it and the bracket close nothing; the states inside are members.
 */
export const GROUP_RE =
  /[^\S\n]*(?:,[^\S\n]*)?(?:(?:and|or)[^\S\n]+)?(?:the[^\S\n]+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})[^\S\n]*\(([^().;\n]{1,300})\)/y

/** The group at `from` and the index of the first mention after it, or null. */
export function groupAt(
  text: string,
  from: number,
  mentions: readonly StateMention[],
  next: number,
): { members: StateMention[]; end: number; next: number; comma: boolean } | null {
  GROUP_RE.lastIndex = from
  const m = GROUP_RE.exec(text)
  if (!m || !PLACES.has(m[1] as string)) return null
  const end = GROUP_RE.lastIndex
  const inside = end - (m[2] as string).length - 1
  const members: StateMention[] = []
  let k = next
  for (; k < mentions.length && (mentions[k] as StateMention).start < end; k++) {
    if ((mentions[k] as StateMention).start >= inside) members.push(mentions[k] as StateMention)
  }
  return members.length > 0 ? { members, end, next: k, comma: m[0].includes(',') } : null
}
