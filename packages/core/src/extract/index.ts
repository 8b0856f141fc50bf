/**
 * `extract()`: every extractor over one text, composed. A literal pre-filter runs first
 * (`prefilter.ts`); state lists are built from the state mentions; results are sorted by start
 * and diagnostics by position. It never throws: an extractor that fails reports an
 * `internal-error` diagnostic and the others still run.
 */
import type {
  Citation,
  Diagnostic,
  Draft,
  DocumentReference,
  ExtractOptions,
  Extraction,
  ImageCredit,
  Kind,
  StateList,
  StateMention,
} from '../models/extraction.js'
import { getInstrument } from '../registry/instruments.js'
import { extractCitations, literals as citationLiterals } from './citations.js'
import { extractCredits } from './credits.js'
import { extractDocuments, literals as documentLiterals } from './documents.js'
import { mayContain } from './prefilter.js'
import { extractStateLists, literals as stateListLiterals } from './state-lists.js'
import { extractStates, literals as stateLiterals } from './states.js'

/** Every kind, in the order of the Extraction object. */
export const extractionKinds: readonly Kind[] = [
  'citations',
  'documents',
  'states',
  'stateLists',
  'credits',
]

const severityOrder = { error: 0, warning: 1, info: 2 } as const

function byPosition<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (severityOrder[a.severity] ?? 3) - (severityOrder[b.severity] ?? 3) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}

/** Run one extractor; a thrown error becomes a diagnostic instead of escaping. */
function guarded<T>(kind: Kind, diagnostics: Diagnostic[], run: () => T[]): T[] {
  try {
    const result = run()
    return Array.isArray(result) ? result : []
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    diagnostics.push({
      start: 0,
      end: 0,
      ruleId: 'internal-error',
      message: `The ${kind} extractor failed: ${reason}`,
      severity: 'error',
    })
    return []
  }
}

/**
 * Drop the spans that lie inside one of the `outer` spans. Both lists are sorted by start, so one
 * sweep does it (linear, however many symbols and citations there are).
 */
function withoutInside<T extends { start: number; end: number }>(
  spans: readonly T[],
  outer: readonly { start: number; end: number }[],
): T[] {
  if (outer.length === 0) return [...spans]
  const kept: T[] = []
  let j = 0
  // The furthest end among outer spans that start at or before the current span.
  let reach = -1
  for (const span of spans) {
    while (j < outer.length && outer[j]!.start <= span.start) {
      reach = Math.max(reach, outer[j]!.end)
      j++
    }
    if (span.end > reach) kept.push(span)
  }
  return kept
}

/** A short description of a value for a diagnostic message (never throws). */
function describe(value: unknown): string {
  if (typeof value === 'string')
    return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function invalidOption(diagnostics: Diagnostic[], message: string): void {
  diagnostics.push({ start: 0, end: 0, ruleId: 'invalid-option', message, severity: 'warning' })
}

/**
 * Find citations, document symbols, states, state lists and credits in `text`.
 * `options.kinds` selects what to look for (all by default); `options.instrument` is the default
 * instrument for unnamed pinpoints ("Article 5") and "the Convention".
 *
 * Errors: none; every problem is a diagnostic. `text` that is `null` or `undefined` is empty
 * text; any other value that is not a string is too, with an `invalid-option` diagnostic.
 * `options` that is not an object, `kinds` that is not an array and its unknown entries are
 * ignored (with `invalid-option`); an unknown `instrument` is an `unknown-instrument` warning.
 * An extractor that fails reports an `internal-error` diagnostic and the others still run.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const diagnostics: Diagnostic[] = []
  const result: Draft<Extraction> = {
    citations: [],
    documents: [],
    states: [],
    stateLists: [],
    credits: [],
    diagnostics,
  }
  let input = ''
  if (typeof text === 'string') input = text
  else if (text !== undefined && text !== null)
    invalidOption(diagnostics, `extract: \`text\` must be a string, not ${describe(text)}`)
  let opts: ExtractOptions = {}
  if (options !== null && typeof options === 'object' && !Array.isArray(options)) opts = options
  else if (options !== undefined && options !== null)
    invalidOption(diagnostics, `extract: \`options\` must be an object, not ${describe(options)}`)
  let wanted = new Set<Kind>(extractionKinds)
  if (Array.isArray(opts.kinds)) {
    wanted = new Set()
    for (const kind of opts.kinds as readonly unknown[]) {
      if (typeof kind === 'string' && (extractionKinds as readonly string[]).includes(kind))
        wanted.add(kind as Kind)
      else invalidOption(diagnostics, `extract: unknown kind ${describe(kind)} in \`kinds\``)
    }
  } else if (opts.kinds !== undefined) {
    invalidOption(diagnostics, `extract: \`kinds\` must be an array, not ${describe(opts.kinds)}`)
  }
  const instrument: unknown = opts.instrument
  if (instrument !== undefined) {
    const known = typeof instrument === 'string' && getInstrument(instrument) !== undefined
    if (!known) {
      diagnostics.push({
        start: 0,
        end: 0,
        ruleId: 'unknown-instrument',
        message: `Unknown default instrument ${describe(instrument)}`,
        severity: 'warning',
      })
      opts = { ...opts, instrument: undefined }
    }
  }
  if (typeof opts.demonyms !== 'boolean' && opts.demonyms !== undefined) {
    invalidOption(
      diagnostics,
      `extract: \`demonyms\` must be a boolean, not ${describe(opts.demonyms)}`,
    )
    opts = { ...opts, demonyms: false }
  }
  if (input.length === 0) return result

  let documents: DocumentReference[] = []
  if (wanted.has('documents') || wanted.has('citations')) {
    // Documents also run for citations: a name inside a symbol ("CCW/GGE/...") is no citation.
    const sink = wanted.has('documents') ? diagnostics : []
    if (mayContain(input, documentLiterals)) {
      documents = guarded('documents', sink, () => extractDocuments(input, opts, sink))
    }
    if (wanted.has('documents')) result.documents = documents
  }

  if (wanted.has('citations') && mayContain(input, citationLiterals)) {
    const sorted = [...documents].sort(byPosition)
    const citations: Citation[] = guarded('citations', diagnostics, () =>
      extractCitations(input, opts, diagnostics),
    ).sort(byPosition)
    result.citations = withoutInside(citations, sorted)
  }

  if (wanted.has('states') || wanted.has('stateLists')) {
    const sink = wanted.has('states') ? diagnostics : []
    const states: StateMention[] = mayContain(input, stateLiterals)
      ? guarded('states', sink, () => extractStates(input, opts, sink))
      : []
    if (wanted.has('states')) result.states = states
    if (wanted.has('stateLists') && states.length > 0 && mayContain(input, stateListLiterals)) {
      const lists: StateList[] = guarded('stateLists', diagnostics, () =>
        extractStateLists(input, states, opts, diagnostics),
      )
      result.stateLists = lists
    }
  }

  // Credits check their `literals` themselves (written without the "i" flag, which is slow).
  if (wanted.has('credits')) {
    const credits: ImageCredit[] = guarded('credits', diagnostics, () =>
      extractCredits(input, opts, diagnostics),
    )
    result.credits = credits
  }

  result.citations.sort(byPosition)
  result.documents.sort(byPosition)
  result.states.sort(byPosition)
  result.stateLists.sort(byPosition)
  result.credits.sort(byPosition)
  diagnostics.sort(compareDiagnostics)
  return result
}
