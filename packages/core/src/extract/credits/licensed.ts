/**
 * The attribution that Creative Commons' tools (the licence chooser, Openverse) write for a
 * reused work, printed under a picture without a label: "“Dawn over the valley” by jroe is
 * licensed under CC BY 2.0." Found by its verb ("is licensed under"); the credit runs from the
 * quoted title that opens its line or sentence to the end of the licence.
 */
import { findLicenses } from '../../data/licenses.js'
import { isOpeningQuote, quotePairs } from './extent.js'
import { type Parsed, parseUntil } from './parsed.js'
import { isHandle, isPersonName } from './vocabulary.js'

/** The verbs, all ending in "ed under " (one search finds all three). */
const verbs = [' is licensed under ', ' is licenced under ', ' are licensed under ']
const verbEnd = 'ed under '

/** Office's opening, at a line's or sentence's start or after a dash, and its author up to the verb. */
const officeLine = /(?<=^|[\n.!?] *|[\u2013\u2014] )This (photo|image|picture) by ([^\n.!?]+)$/i

/** How far before the verb the title may open. */
const reach = 240

/** The quote that opens the line or sentence the verb at `at` stands in, or -1. */
function titleStart(text: string, at: number): number {
  const floor = Math.max(0, at - reach)
  for (let j = at - 1; j >= floor; j--) {
    const c = text[j] ?? ''
    if (c === '\n') return -1
    if (!(c in quotePairs) || !isOpeningQuote(text, j)) continue
    let k = j - 1
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
    // At the start of a line, after a list or quote marker, a bracket or a table's bar, or after
    // a sentence.
    if (k < 0 || /[\n>*([|]/.test(text[k] ?? '') || (k < j - 1 && /[.!?:]/.test(text[k] ?? ''))) {
      return j
    }
  }
  return -1
}

/** Creative Commons attributions in `text`, each parsed; `taken` marks offsets credited. */
export function findLicensedAttributions(text: string, taken: (at: number) => boolean): Parsed[] {
  const found: Parsed[] = []
  let floor = 0
  // One search for the common end of the verbs, then which verb (if any) ends there.
  for (let hit = text.indexOf(verbEnd); hit !== -1; hit = text.indexOf(verbEnd, hit + 1)) {
    const after = hit + verbEnd.length
    const verb = verbs.find((v) => text.startsWith(v, after - v.length))
    if (verb === undefined) continue
    const at = after - verb.length
    if (at < floor || taken(at)) continue
    let lineEnd = after
    const ceiling = Math.min(text.length, after + 120)
    while (lineEnd < ceiling && text[lineEnd] !== '\n') lineEnd++
    const [licence] = findLicenses(text.slice(after, lineEnd))
    // At once, or after an article ("… is licensed under a Creative Commons Attribution 4.0 license").
    if (!licence || licence.start > 4) continue
    let start = titleStart(text, at)
    // "This Photo by Jane Roe is licensed under CC BY-SA": the line Microsoft Office writes under
    // a picture; the opening is the label, the author its body.
    const office = officeLine.exec(text.slice(Math.max(0, at - reach), at))
    const kind = (office ? office[1]!.toLowerCase() : 'credit') as 'photo' | 'credit'
    // Its author a person or a user; Office's "Unknown Author" names no one.
    const who = office?.[2]!.trim()
    if (office) start = who && (isHandle(who) || isPersonName(who)) ? at - office[0].length : -1
    if (start < 0 || taken(start)) continue
    const label = {
      start,
      bodyStart: office ? at - office[2]!.length : start,
      kind,
      strength: 'strong' as const,
      shape: 'plain' as const,
      vouches: true,
      presetSource: null,
      needsImageWord: false,
    }
    const parsed = parseUntil(text, label, after + licence.end)
    if (!parsed || (parsed.fields.title ?? office) === null || parsed.fields.license === null)
      continue
    if (who === 'Unknown Author') parsed.fields.creator = null
    found.push(parsed)
    floor = parsed.end
  }
  return found.sort((a, b) => a.label.start - b.label.start)
}

/** Words of a licence phrase that name no one ("via and used under"). */
const licenceWords = /\b(?:via|and|used|shared|released|under|licen[cs]ed|is|are|a|an|the)\b/gi

/** After "CC": the rest of a licence's short name ("CC BY", "CC-BY", "CC0"). */
const ccTail = /[ -]?(?:BY|0)/y

/** Where written licences start: "Creative Commons", "CC BY", "CC0" (found by `indexOf`). */
export function licenceStarts(text: string): number[] {
  const starts: number[] = []
  for (
    let at = text.indexOf('Creative Commons');
    at !== -1;
    at = text.indexOf('Creative Commons', at + 16)
  ) {
    starts.push(at)
  }
  for (let at = text.indexOf('CC'); at !== -1; at = text.indexOf('CC', at + 2)) {
    ccTail.lastIndex = at + 2
    if (ccTail.test(text)) starts.push(at)
  }
  return starts
}

export interface BracketedLicence {
  start: number
  end: number
  creator: string
  license: string
}

/**
 * "(jroe, via and used under Creative Commons zero)", "(Jane Roe, CC BY 2.0)": a bracket on a
 * picture's line that holds only a user or a person and a licence. The credit is what the bracket
 * holds.
 */
export function findBracketedLicences(
  text: string,
  taken: (at: number) => boolean,
  /** `licenceStarts(text)`, when the caller has it. */
  starts = licenceStarts(text),
): BracketedLicence[] {
  const found: BracketedLicence[] = []
  for (const at of starts) {
    // Most licences stand in a credit found already ("Photo: … (CC BY 2.0)").
    if (taken(at)) continue
    // The bracket around it, on its line (native searches: most hits, "CCW", have none).
    const open = text.lastIndexOf('(', at)
    if (open < 0 || at - open > 80) continue
    const close = text.indexOf(')', at)
    if (close < 0 || close - at > 120) continue
    const inside = text.slice(open + 1, close)
    if (/[()\n]/.test(inside) || taken(open + 1)) continue
    const inner = inside
    const [licence] = findLicenses(inner)
    if (!licence) continue
    // Commas and spaces only: a user name may end in "_" ("jroe_").
    const rest = `${inner.slice(0, licence.start)} ${inner.slice(licence.end)}`
      .replace(licenceWords, ' ')
      .replace(/[\s,;]+/g, ' ')
      .trim()
    if (!rest || !(isHandle(rest) || isPersonName(rest))) continue
    if (found.some((f) => f.start === open + 1)) continue
    found.push({ start: open + 1, end: close, creator: rest, license: licence.name })
  }
  return found.sort((a, b) => a.start - b.start)
}
