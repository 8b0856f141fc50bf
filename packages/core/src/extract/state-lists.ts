import type { Diagnostic, ExtractOptions, StateList, StateMention } from '../models/extraction.js'
import { COUNT_RE, countBefore } from './state-lists/count.js'
import {
  extendEnd,
  extendStart,
  gluedFirst,
  NAME_BEFORE,
  WORDS_BEFORE,
} from './state-lists/edges.js'
import {
  APPOSITIVE_RE,
  INSERTED_RE,
  innerParenthetical,
  LOST_COMMA,
  parentheticalsEnd,
  parseGap,
  SEP_RE,
} from './state-lists/gap.js'
import { resolveMisspelt } from './state-lists/misspelt.js'
import { groupAt, isPair, reopens, type Run } from './state-lists/run.js'

export { COUNT_RE, parseCount } from './state-lists/count.js'

/** A possessive right after a name ("North Korea's"). */
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])/u
/** A possessive and up to three words in lower case before the next member ("'s close ally "). */
const DESCRIBED = /^['’]s(?:[^\S\n]+\p{Ll}+){1,3}[^\S\n]+$/u

/**
 * Lists of three or more states written as one list ("Austria, Belgium, Chile and Denmark").
 *
 * Works on the state mentions already found: two neighbouring mentions belong to one list when
 * the text between them is only a separator, so the pass is linear in the number of mentions.
 *
 * Separators: comma, semicolon, "and", "or", "&", "as well as", with or without a serial comma,
 * each optionally followed by "the" (never part of a span). Also accepted:
 * - a parenthetical after a member ("France (on behalf of the European Union), Japan"); states
 *   named inside it are not members;
 * - a bare space after a member that ends with an abbreviation's period ("the U.S. Pakistan"),
 *   where the period swallowed the comma;
 * - capitalised names in member positions that are not known states ("Austria, Ruritania and
 *   Belgium"): they go to `unresolved`; names of organisations (European Union, ICRC) are
 *   skipped without breaking the list; titles and other capitalised words break it.
 * - territories between members ("Laos, West Bank and Zimbabwe"), kept in `unresolved`; cities
 *   and regions break a list;
 * - unknown names or territories before the first member after a phrase that opens a list
 *   (":", "such as", "include", a line start under a heading) and after the last one up to the
 *   conjunction that closes it ("Georgia, Somaliland, Kosovo, and Western Sahara").
 * After the conjunction a list is closed: "Chad, Niger and Mali; Eritrea has" ends at "Mali",
 * except that a pair joined by "and" may open a longer comma list ("USA and USSR, UK, France").
 * A semicolon between two names, or before a comma list, joins clauses ("in Iraq; Britain says",
 * "Chile and Peru; Ghana, Togo, Benin": the list is "Ghana, Togo, Benin"). Hyphenated compounds ("a Mexico-New Zealand-Norway proposal") are not lists. A list needs at
 * least two known members and three names in all.
 *
 * The parts, one file each under `state-lists/`: `gap.ts` (what may stand between two members),
 * `vocabulary.ts` (which names may), `run.ts` (when two names are a list), `edges.ts` (where a
 * list starts and ends), `misspelt.ts` (names near a state's name), `count.ts` (announced counts).
 *
 * When a count stands before the list in the same sentence ("25 countries", "twenty-five States")
 * and differs from the number of names, a `list-count-mismatch` warning is pushed.
 */

/** Literal hint for the pre-filter: lists need separators (or bullets). */
export const literals = /[,;&|]|\band\b|\bor\b|\n[^\S\n]*[-•*\d]/
/**
 * Extract state lists from the state mentions of `text` (as returned by `extractStates`).
 * Returns lists sorted by start; pushes `list-count-mismatch` and `misspelt-state` warnings into
 * `diagnostics`, and the mentions that only the list frame reveals (a misspelt member, a first
 * member glued to the word before it) into `states`, unsorted (`extract` sorts them).
 */
export function extractStateLists(
  text: string,
  states: StateMention[],
  options: ExtractOptions = {},
  diagnostics: Diagnostic[] = [],
): StateList[] {
  void options
  const mentions = states.filter((m) => m.via !== 'demonym').sort((a, b) => a.start - b.start)
  const lists: StateList[] = []
  let i = 0
  while (i < mentions.length) {
    const run: Run = {
      members: [mentions[i] as StateMention],
      unknowns: [],
      conjunction: false,
      separators: 0,
      barred: false,
      comma: false,
      semicolonFirst: false,
    }
    let j = i + 1
    /** The run's first member opens a clause, not the list: start again from the second. */
    let dropFirst = false
    /** The end of a region's bracket of states read last, where the next gap starts. */
    let resume = -1
    while (j < mentions.length) {
      const last = run.members[run.members.length - 1] as StateMention
      let gapStart = resume === -1 ? last.end : resume
      const group = groupAt(text, gapStart, mentions, j)
      if (group) {
        run.members.push(...group.members)
        run.comma ||= group.comma
        resume = group.end
        j = group.next
        continue
      }
      resume = -1
      const paren = parentheticalsEnd(text, gapStart)
      let next = j
      if (paren !== -1) {
        gapStart = paren
        // States named inside the parenthetical are not members.
        while (next < mentions.length && (mentions[next] as StateMention).start < paren) next++
        if (next >= mentions.length) break
      }
      // "Cambodia (not affected), Chechnya (not US fault), Colombia": a state named inside the
      // parenthetical of a name in the gap is no member either.
      const inner = innerParenthetical(text, gapStart, (mentions[next] as StateMention).start)
      if (inner !== -1) {
        while (next < mentions.length && (mentions[next] as StateMention).start < inner) next++
        if (next >= mentions.length) break
      }
      let candidate = mentions[next] as StateMention
      if (candidate.start < gapStart) break
      // "China, North Korea's closest partner, and Russia": a state whose possessive opens an
      // appositive is no member; the list goes on after it.
      const after = mentions[next + 1]
      if (
        after &&
        run.members.length === 1 &&
        POSSESSIVE_AFTER.test(text.slice(candidate.end, candidate.end + 3))
      ) {
        const gap = parseGap(text, gapStart, after.start, last.text, false, run.barred, run.comma)
        if (gap?.conjunction) {
          next += 1
          candidate = after
        }
      }
      let gap = parseGap(
        text,
        gapStart,
        candidate.start,
        last.text,
        run.conjunction,
        run.barred,
        run.comma,
      )
      // "Syria, Russia and Russia's close ally Belarus": the possessive describes the member.
      const ally = mentions[next + 1]
      if (gap?.conjunction && ally && DESCRIBED.test(text.slice(candidate.end, ally.start))) {
        next += 1
        candidate = ally
      }
      if (!gap && reopens(text, run, mentions, next, gapStart)) {
        gap = parseGap(text, gapStart, candidate.start, last.text, false, run.barred, run.comma)
        run.conjunction = false
      }
      if (!gap) break
      // "Chile and Peru; Ghana, Togo, Benin": a semicolon then commas is a clause break before
      // a list, not one list of mixed separators.
      if (run.members.length === 1) run.semicolonFirst = gap.semicolon && !gap.comma
      else if (run.members.length === 2 && run.semicolonFirst && gap.comma && !gap.semicolon) {
        dropFirst = true
        break
      }
      run.members.push(candidate)
      run.unknowns.push(...gap.unknowns)
      run.conjunction ||= gap.conjunction
      run.barred ||= gap.bar
      run.comma ||= gap.comma
      j = next + 1
    }
    if (dropFirst) {
      i += 1
      continue
    }
    const tail = extendEnd(text, run)
    run.unknowns.push(...tail)
    const glued = run.members.length >= 2 ? gluedFirst(text, run.members[0] as StateMention) : null
    const head = run.members.length >= 2 && !glued ? extendStart(text, run) : []
    run.unknowns.unshift(...head)
    if (glued) run.members.unshift(glued)
    const total = run.members.length + run.unknowns.length
    if (run.members.length >= 2 && (total >= 3 || isPair(text, run))) {
      if (glued) states.push(glued)
      const first = run.members[0] as StateMention
      const last = run.members[run.members.length - 1] as StateMention
      const start = Math.min(first.start, head[0]?.start ?? first.start)
      // A region's bracket that closes the list is inside its span; an organisation that closes
      // it ("…, Chile and the European Union") is not.
      const end = Math.max(last.end, tail.at(-1)?.end ?? last.end, resume)
      const { members, unresolved } = resolveMisspelt(text, run, states, diagnostics)
      const list: StateList = {
        type: 'stateList',
        start,
        end,
        text: text.slice(start, end),
        members,
        unresolved,
      }
      lists.push(list)
      const count = countBefore(text, start)
      if (count !== null && count !== total) {
        diagnostics.push({
          start,
          end,
          ruleId: 'list-count-mismatch',
          message: `The text announces ${count} but the list names ${total} (${run.members.length} known state${run.members.length === 1 ? '' : 's'}${run.unknowns.length ? `, ${run.unknowns.length} unresolved` : ''}).`,
          severity: 'warning',
        })
      }
      i = j
    } else if (run.members.length === 2 && run.conjunction && !run.comma) {
      // "Israel and Egypt, along with Myanmar, Angola": a pair that its "and" closed; its second
      // name opens no list of its own.
      i = j
    } else {
      i += 1
    }
  }
  return lists
}

/** The patterns built at run time, exported for the ReDoS check. */
export const stateListPatterns: readonly RegExp[] = [
  SEP_RE,
  COUNT_RE,
  NAME_BEFORE,
  INSERTED_RE,
  APPOSITIVE_RE,
  WORDS_BEFORE,
  LOST_COMMA,
  DESCRIBED,
]
