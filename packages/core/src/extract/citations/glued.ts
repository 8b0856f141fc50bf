/**
 * Abbreviations glued to the words around them, as text copied out of PDFs and web pages has them:
 * "NewsCTBT", "ratified theNPT", "the NPTReview Conference", "the APMBTand the CCM". The main pass
 * starts names only at word starts and ends them at word ends, so it cannot see these.
 *
 * Only the registry's abbreviations written in capitals, of three letters or more, and only where
 * the glue is plain: two lower-case letters before it and the word's end after it, or, at a word
 * start or after the lower-case letters, a capitalised word ("NPTReview") or a short function word
 * ("APMBTand") glued after it; or next to a letter of a script written without spaces (kana, CJK, Hangul:
 * "2026年のNPT再検討会議", "NPT는"). Pinpoints are not read across glue ("Article VI of theNPT" cites
 * the NPT, without the article).
 */
import type { InstrumentId } from '../../models/instrument.js'
import { instruments } from '../../registry/instruments.js'
import { insideUrl } from '../inside-url.js'
import { inFileName } from './context.js'

/** Abbreviations that are, or end, common English words in some casing ("OST", "ITI"): left out. */
const TOO_SHORT_TO_TRUST = new Set(['OST', 'ITI'])

/** "START" is no registry abbreviation (the English word); only "新START" is read glued. */
const NEW_START = 'START'

const FUNCTION_WORDS = 'and|or|of|in|on|to|the|is|was|has|for|by|at|as|with'

/** Kana, CJK ideographs and Hangul: scripts written without spaces ("2026年のNPT再検討会議", "NPT는"). */
const CJK = '\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af'
/** A capital next to such a letter: the cheap test before the search (test/redos.test.ts checks it). */
export const gluedToCjk = new RegExp(`[${CJK}][A-Z]|[A-Z][${CJK}]`)

function gluedAbbreviations(): { pattern: RegExp; ids: Map<string, InstrumentId> } | undefined {
  const owners = new Map<string, Set<InstrumentId>>()
  for (const instrument of instruments) {
    for (const abbreviation of instrument.abbreviations) {
      if (!/^[A-Z]{3,}$/.test(abbreviation) || TOO_SHORT_TO_TRUST.has(abbreviation)) continue
      let ids = owners.get(abbreviation)
      if (!ids) owners.set(abbreviation, (ids = new Set()))
      ids.add(instrument.id)
    }
  }
  const ids = new Map<string, InstrumentId>()
  for (const [abbreviation, set] of owners) {
    // An abbreviation of two instruments is resolved by context in the main pass; glued, skip it.
    if (set.size === 1) ids.set(abbreviation, [...set][0] as InstrumentId)
  }
  if (ids.size === 0) return undefined
  // Longest first, so "CCWC" wins over "CCW".
  const names = [...ids.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|')
  // "新START": New START as Japanese and Chinese write it, "new" (新) glued before "START".
  ids.set(NEW_START, 'new-start')
  const pattern = new RegExp(
    `(?<=[a-z]{2}|[${CJK}])(?:${names})(?![A-Za-z0-9])|(?:(?<=[a-z]{2})|\\b)(?:${names})(?=[A-Z][a-z]|[${CJK}]|(?:${FUNCTION_WORDS})(?![A-Za-z]))|(?<=\u65b0)${NEW_START}(?![A-Za-z0-9])`,
    'g',
  )
  return { pattern, ids }
}

let cached: ReturnType<typeof gluedAbbreviations> | null = null

/** The search for glued abbreviations (for the ReDoS check of test/redos.test.ts). */
export function gluedPattern(): RegExp | undefined {
  if (cached === null) cached = gluedAbbreviations()
  return cached?.pattern
}

export interface GluedName {
  start: number
  end: number
  id: InstrumentId
}

/** Whether the word holding `start` opens with "@" or "#" (a handle or a tag: "@theNPT"). */
function inHandle(text: string, start: number): boolean {
  let i = start
  while (i > 0 && /[A-Za-z0-9_]/.test(text[i - 1] as string)) i--
  const before = text[i - 1]
  return before === '@' || before === '#'
}

/** Every glued abbreviation in `text`, in order. Linear: one regex search with fixed lookarounds. */
export function findGluedNames(text: string): GluedName[] {
  if (cached === null) cached = gluedAbbreviations()
  if (!cached) return []
  const { pattern, ids } = cached
  // Most texts have no lower-case letter right before a capital: no search then.
  if (!/[a-z][A-Z]|\b[A-Z]{3,}[a-z]/.test(text) && !gluedToCjk.test(text)) return []
  const found: GluedName[] = []
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index
    const end = start + match[0].length
    const id = ids.get(match[0])
    if (!id) continue
    // Symbols ("theCCW/GGE"), web addresses, file names and handles are not mentions.
    if (text[end] === '/' || text[start - 1] === '/') continue
    if (insideUrl(text, start) || inFileName(text, end) || inHandle(text, start)) continue
    found.push({ start, end, id })
  }
  return found
}
