import { rules } from '../../data/rules.js'
import type { Diagnostic, StateMention } from '../../models/extraction.js'
import { findState, getState, nameKey, statePhrases } from '../../registry/states.js'
import { mention as stateMention } from '../states/mention.js'
import type { Run } from './run.js'

/**
 * The state a misspelt name most likely means ("Guatamala" is Guatemala, "Lichtenstein" is
 * Liechtenstein), for names that stand where a list frame makes a state expected: between the
 * members of a list, or at its edges. Outside a list a name that is no state stays no state.
 *
 * A name counts as a misspelling of one state name when its edit distance (insertions, deletions,
 * substitutions and swaps of two neighbouring letters, on `nameKey` forms) is at most 1, or at
 * most 2 for names of nine letters or more; the first letter must agree, the name must have five
 * letters or more, and exactly one state must be that near (so "Nigera", as near to Niger as to
 * Nigeria, is none). Names in another language are none: a letter with a diacritic ("Thaïlande",
 * "Moçambique") or a state's whole name with an ending added ("Thailandia"). Names, formal names, aliases and former names are compared; abbreviations
 * and demonyms are not. The work per name is bounded by the length of the longest state name
 * times the number of names, and it runs only for names that are already known to be no state.
 */

interface Entry {
  key: string
  iso3: string
}

let index: Map<string, Entry[]> | null = null

/** State names by first letter (of the key). */
function entries(): Map<string, Entry[]> {
  if (index) return index
  index = new Map()
  for (const { phrase, iso3, kind } of statePhrases) {
    if (kind === 'abbreviation' || kind === 'demonym') continue
    const key = nameKey(phrase)
    const first = key[0] as string
    let bucket = index.get(first)
    if (!bucket) index.set(first, (bucket = []))
    if (!bucket.some((e) => e.key === key)) bucket.push({ key, iso3 })
  }
  return index
}

/**
 * Optimal string alignment distance of `a` and `b`, or `limit + 1` once it is sure to exceed
 * `limit` (rows whose smallest value passes the limit stop the work).
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i]
    let smallest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1)
      }
      current.push(value)
      if (value < smallest) smallest = value
    }
    if (smallest > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[b.length] as number
}

/** Answers already given (a long list repeats its unknown names); cleared when it grows large. */
const answers = new Map<string, string | null>()

/** The ISO3 code of the one state `name` is a likely misspelling of, or null. */
export function nearestState(name: string): string | null {
  let answer = answers.get(name)
  if (answer === undefined) {
    if (answers.size >= 1000) answers.clear()
    answer = nearest(name)
    answers.set(name, answer)
  }
  return answer
}

function nearest(name: string): string | null {
  const key = nameKey(name)
  // A letter with a diacritic the name lacks is another language ("Thaïlande", "Moçambique").
  if (key.replace(/[^a-z]/g, '').length < 5 || /[\u0300-\u036f]/.test(name.normalize('NFD')))
    return null
  const limit = key.length >= 9 ? 2 : 1
  const bucket = entries().get(key[0] as string)
  if (!bucket) return null
  let best = limit + 1
  let found: string | null = null
  for (const entry of bucket) {
    const distance = boundedDistance(key, entry.key, Math.min(limit, best))
    // The whole name with an ending of another language ("Thailandia", "Finlandia") is no slip.
    if (key.startsWith(entry.key) && /^[a-z]+$/.test(key.slice(entry.key.length))) return null
    if (distance < best) {
      best = distance
      found = entry.iso3
    } else if (distance === best && distance <= limit && entry.iso3 !== found) {
      found = null
    }
  }
  // Distance 0 would be a state's own name: the trie reads those, so they never come here.
  return best >= 1 && best <= limit ? found : null
}

/**
 * Names in member positions that are likely misspellings of one state ("Guatamala",
 * "Lichtenstein"): the list frame makes a state expected there, so they are read as members
 * (and as mentions, pushed to `states`), each with a `misspelt-state` warning naming the state.
 * The other names stay `unresolved`.
 */
export function resolveMisspelt(
  text: string,
  run: Run,
  states: StateMention[],
  diagnostics: Diagnostic[],
): { members: string[]; unresolved: string[] } {
  const unknowns = run.unknowns.sort((a, b) => a.start - b.start)
  if (unknowns.length === 0) return { members: run.members.map((m) => m.iso3), unresolved: [] }
  const found: StateMention[] = []
  const unresolved: string[] = []
  for (const name of unknowns) {
    // A state's own name with a word in lower case (`caseSlip` in gap.ts), else a misspelling.
    const slipped = /(?:^|\s)\p{Ll}/u.test(name.text) ? findState(name.text) : undefined
    const iso3 = slipped ? slipped.iso3 : nearestState(name.text)
    const state = iso3 === null ? undefined : getState(iso3)
    if (!state) {
      unresolved.push(name.text)
      continue
    }
    const mention = stateMention(text, name.start, name.end, state)
    found.push(mention)
    states.push(mention)
    diagnostics.push({
      start: name.start,
      end: name.end,
      ruleId: 'misspelt-state',
      message: slipped
        ? `“${name.text}” stands in a list of states and is written in lower case; read as ${state.iso3} (${state.name}).`
        : `“${name.text}” stands in a list of states and looks like a misspelling of “${state.name}”; read as ${state.iso3}.`,
      severity: rules['misspelt-state'].severity,
    })
  }
  const members = [...run.members, ...found].sort((a, b) => a.start - b.start).map((m) => m.iso3)
  return { members, unresolved }
}
