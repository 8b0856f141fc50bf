import type { Draft, StateMention } from '../../models/extraction.js'
import { findState } from '../../registry/states.js'
import { mention } from './mention.js'

/**
 * Names written in index order, as tables, attendance lists and data sets print them: the short
 * name, a comma, then the rest of the formal name ("Korea, Republic of", "Tanzania, United
 * Republic of", "Gambia, The") or the World Bank's abbreviations of it ("Congo, Dem. Rep.",
 * "Egypt, Arab Rep.", "Micronesia, Fed. Sts.", "Venezuela, RB"), the Landmine Monitor's "Korea,
 * RO", "Korea, DPR" and "Macedonia, FYR"; and a compass word in brackets
 * ("Korea (South)"). The name put back in order must be a known name of a state
 * (`findState`): the span runs from the short name to the end of the qualifier and names that
 * state, which may differ from the short name's ("Congo, Dem. Rep." is the DRC, not the Congo).
 *
 * Looked for right after every state mention and after every "Korea" (the one short name that is
 * no mention by itself): one sticky match per mention, not a scan of the text.
 */
const QUALIFIER =
  /(?:,[ \t]+((?:(?:[Tt]he|former|People['’]s|[A-Z][a-z]*\.?)[ \t]+){0,5}(?:of(?:[ \t]+the)?|Rep\.|Sts\.)|[Tt]he|RB|RO|DPR|FYR)|[ \t]{0,2}\((South|North|Rep(?:ublic|\.) of)\))(?![\p{L}\p{N}])/uy

/** A letter or digit (ASCII, or any beyond it: a conservative boundary test). */
const isWordCode = (code: number) =>
  (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code > 0x7f

/** The World Bank's abbreviations, spelt out ("Dem. Rep." is "Democratic Republic"). */
const WORDS: Readonly<Record<string, string>> = {
  Dem: 'Democratic',
  Rep: 'Republic',
  Fed: 'Federated',
  Sts: 'States',
}

function expand(qualifier: string): string {
  if (qualifier === 'RB') return 'Bolivarian Republic'
  // The Landmine Monitor's "Korea, RO" and "Korea, DPR".
  if (qualifier === 'RO') return 'Republic of'
  if (qualifier === 'DPR') return "Democratic People's Republic of"
  // The Monitor's and the ICBL's "Macedonia, FYR".
  if (qualifier === 'FYR') return 'former Yugoslav Republic of'
  return qualifier
    .replace(/[ \t]+/g, ' ')
    .replace(/\b(Dem|Rep|Fed|Sts)\./g, (_, w: string) => WORDS[w]!)
}

/** What may follow a qualifier: the end of an item (punctuation, a line end, a date in a table). */
function closesItem(text: string, end: number, qualifier: string): boolean {
  const rest = text.slice(end, end + 3)
  if (/^(?:$|[ \t]*[,;.)\]|\r\n])/.test(rest)) {
    // Lower-case "the" then a line break: "…, the\nNetherlands" is a list going on; then an
    // ellipsis: "Britain, China, France, the..." is a text cut off.
    return !(qualifier === 'the' && /^(?:[ \t]*[\r\n]|\.\.)/.test(rest))
  }
  // "…, Republic of and Chile": the list's conjunction.
  if (/^[ \t]+(?:and|or|&)[ \t]/.test(text.slice(end, end + 6))) return true
  // "Congo, Rep. 3 Dec 08": an abbreviated qualifier may be followed by a table's next column.
  return /\.$/.test(qualifier) && /^[ \t]+[\p{N}(]/u.test(rest)
}

/** A cheap test before the regex: a comma and a qualifier's first letter or word, or a bracket. */
function mayQualify(text: string, end: number): boolean {
  const next = text.charCodeAt(end)
  if (next === 0x2c) {
    let k = end + 1
    while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++
    if (k === end + 1) return false
    // Qualifiers open with "Republic", "Rep.", "Dem.", "United", "Islamic", "Arab", "Bolivarian",
    // "Fed.", "Plurinational", "State", "The", "RB", or "the", "former", "of".
    if ('RDUIABFPST'.includes(text[k] ?? '')) return true
    return /^(?:the|former|of)\b/.test(text.slice(k, k + 7))
  }
  return next === 0x28 || text.charCodeAt(end + 1) === 0x28 || text.charCodeAt(end + 2) === 0x28
}

/** The mention of the name in index order whose short name spans `start..end`, or null. */
function invertedAt(
  text: string,
  start: number,
  end: number,
  /** The state the short name names by itself, if any. */
  iso3: string | null,
): Draft<StateMention> | null {
  if (!mayQualify(text, end)) return null
  QUALIFIER.lastIndex = end
  const hit = QUALIFIER.exec(text)
  if (!hit) return null
  const compass = hit[2]
  const qualifier = (hit[1] ?? compass) as string
  const qualifierEnd = QUALIFIER.lastIndex
  if (!compass && !closesItem(text, qualifierEnd, qualifier)) return null
  const expanded = expand(qualifier)
  const name = text.slice(start, end)
  const ordered = /(?:^|\s)of(?: the)?$|^(?:South|North|the|The)$/.test(expanded)
    ? `${expanded} ${name}`
    : `${expanded} of ${name}`
  const state = findState(ordered) ?? findState(ordered.replace(/^the /i, ''))
  if (!state) return null
  // "Congo (Republic of)": a bracket after a name that is a mention by itself adds nothing (the
  // bracket stays outside the span, as after any name).
  if (compass && state.iso3 === iso3) return null
  return mention(text, start, qualifierEnd, state, false)
}

export function withInvertedNames(
  text: string,
  matches: Draft<StateMention>[],
): Draft<StateMention>[] {
  let found: Draft<StateMention>[] | null = null
  for (const m of matches) {
    if (m.via === 'demonym') continue
    const inverted = invertedAt(text, m.start, m.end, m.iso3)
    if (inverted) (found ??= []).push(inverted)
  }
  for (let at = text.indexOf('Korea'); at !== -1; at = text.indexOf('Korea', at + 5)) {
    if (isWordCode(text.charCodeAt(at - 1)) || isWordCode(text.charCodeAt(at + 5))) continue
    const inverted = invertedAt(text, at, at + 5, null)
    if (inverted) (found ??= []).push(inverted)
  }
  if (found === null) return matches
  const spans = found.sort((a, b) => a.start - b.start)
  // The longer span wins over the short name and anything inside the qualifier; both lists are
  // sorted, so one merge keeps the order.
  const out: Draft<StateMention>[] = []
  let k = 0
  for (const m of matches) {
    while (k < spans.length && (spans[k] as StateMention).end <= m.start) out.push(spans[k++]!)
    const span = spans[k]
    if (!span || span.start >= m.end) out.push(m)
  }
  while (k < spans.length) out.push(spans[k++]!)
  return out
}

/** The patterns, for the ReDoS check. */
export const invertedPatterns: readonly RegExp[] = [QUALIFIER]
