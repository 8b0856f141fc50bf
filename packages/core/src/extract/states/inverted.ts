import type { Draft, StateMention } from '../../models/extraction.js'
import { findState } from '../../registry/states.js'
import { mention } from './mention.js'

/**
 * Names written in index order, as tables, attendance lists and data sets print them: the short
 * name, a comma, then the rest of the formal name ("Korea, Republic of", "Tanzania, United
 * Republic of", "Gambia, The") or the World Bank's abbreviations of it ("Congo, Dem. Rep.",
 * "Egypt, Arab Rep.", "Micronesia, Fed. Sts.", "Venezuela, RB"); and a compass word in brackets
 * ("Korea (South)"). The name put back in order must be a known name of a state
 * (`findState`): the span runs from the short name to the end of the qualifier and names that
 * state, which may differ from the short name's ("Congo, Dem. Rep." is the DRC, not the Congo).
 *
 * Found from the qualifier (a comma or a bracket, then one of a few words), so the scan costs a
 * regex search over the text; each hit looks back at most two words.
 */
const QUALIFIER =
  /(?:,[ \t]+((?:(?:the|The|former|Yugoslav|Democratic|Dem\.|People['’]s|United|Islamic|Arab|Bolivarian|Federated|Fed\.|Plurinational|Republic|Rep\.|State|States|Sts\.)[ \t]+){0,5}(?:of(?:[ \t]+the)?|Rep\.|Sts\.)|The|the|RB)|\((South|North|Republic of|Rep\. of)\))(?![\p{L}\p{N}])/gu

/** The capitalised word or two before `end` (a comma or a bracket): the short name. */
const BASE_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)$/u

const EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bDem\./g, 'Democratic'],
  [/\bRep\./g, 'Republic'],
  [/\bFed\./g, 'Federated'],
  [/\bSts\./g, 'States'],
  [/^RB$/, 'Bolivarian Republic'],
]

function expand(qualifier: string): string {
  let out = qualifier.replace(/[ \t]+/g, ' ')
  for (const [pattern, word] of EXPANSIONS) out = out.replace(pattern, word)
  return out
}

/** What may follow a qualifier: the end of an item (punctuation, a line end, a date in a table). */
function closesItem(text: string, end: number, qualifier: string): boolean {
  const rest = text.slice(end, end + 3)
  if (/^(?:$|[ \t]*[,;.)\]|\r\n])/.test(rest)) {
    // Lower-case "the" then a line break: "…, the\nNetherlands" is a list going on.
    return !(qualifier === 'the' && /^[ \t]*[\r\n]/.test(rest))
  }
  // "…, Republic of and Chile": the list's conjunction.
  if (/^[ \t]+(?:and|or|&)[ \t]/.test(text.slice(end, end + 6))) return true
  // "Congo, Rep. 3 Dec 08": an abbreviated qualifier may be followed by a table's next column.
  return /\.$/.test(qualifier) && /^[ \t]+[\p{N}(]/u.test(rest)
}

export function withInvertedNames(
  text: string,
  matches: Draft<StateMention>[],
): Draft<StateMention>[] {
  let found: Draft<StateMention>[] | null = null
  QUALIFIER.lastIndex = 0
  for (let hit = QUALIFIER.exec(text); hit; hit = QUALIFIER.exec(text)) {
    const end = hit.index + hit[0].length
    const compass = hit[2]
    const qualifier = (hit[1] ?? compass) as string
    if (!compass && !closesItem(text, end, qualifier)) continue
    // "Korea (South)": one or two spaces before the bracket.
    let baseEnd = hit.index
    if (compass) while (baseEnd > hit.index - 2 && /[ \t]/.test(text[baseEnd - 1] ?? '')) baseEnd--
    if (compass && baseEnd === hit.index) continue
    const base = BASE_BEFORE.exec(text.slice(Math.max(0, baseEnd - 40), baseEnd))
    if (!base) continue
    const name = base[1] as string
    const start = baseEnd - name.length
    const expanded = expand(qualifier)
    const ordered = /(?:^|\s)of(?: the)?$|^(?:South|North|the|The)$/.test(expanded)
      ? `${expanded} ${name}`
      : `${expanded} of ${name}`
    const state = findState(ordered) ?? findState(ordered.replace(/^the /i, ''))
    if (!state) continue
    // "Congo (Republic of)": a bracket after a name that is a mention by itself adds nothing (the
    // bracket stays outside the span, as after any name).
    if (compass && matches.some((m) => m.start === start && m.iso3 === state.iso3)) continue
    found ??= []
    found.push(mention(text, start, end, state, false))
  }
  if (found === null) return matches
  const spans = found
  // The longer span wins over the short name and anything inside the qualifier.
  const kept = matches.filter((m) => !spans.some((f) => m.start < f.end && f.start < m.end))
  return [...kept, ...spans].sort((a, b) => a.start - b.start)
}

/** The patterns, for the ReDoS check. */
export const invertedPatterns: readonly RegExp[] = [QUALIFIER, BASE_BEFORE]
