// What the worker does with each message (and the page, when no worker can run): analyse a text
// and post back only what the page shows (preview blocks, source marks, diagnostics, the panels'
// digest, counts), keeping the full result here for what is asked later (the Extraction JSON, the
// markdown with directives, a share hash), so the page never deserialises thousands of objects
// while the reader types.
import type { ExtractOptions } from '@treatymark/core'
import { analyse } from './analyse.js'
import type { Analysis, DemoDiagnostic } from './analysis.js'
import { extractionJson, markdownWithDirectives } from './export.js'
import type { SourceMark } from './analysis.js'
import { digestPanels, type PanelData } from './panels.js'
import { encodeShare, type DemoState, type InputMode } from './state.js'

export interface AnalyseRequest {
  type: 'analyse'
  id: number
  text: string
  mode: InputMode
  options: ExtractOptions
  /** Also post the syntax trees (the Tree tab is open). */
  tree: boolean
  /** Also post the Extraction JSON (the JSON tab is open). */
  json: boolean
}

/** Something built from the latest analysis (or, for `share`, from the given state) on demand. */
export interface ExtraRequest {
  type: 'extra'
  id: number
  what: 'json' | 'markdown' | 'share' | 'resources'
  share?: DemoState
}

export type WorkerRequest = AnalyseRequest | ExtraRequest

export interface Counts {
  citations: number
  documents: number
  states: number
  stateLists: number
  credits: number
  errors: number
  warnings: number
}

/** What the page gets for each analysis. */
export interface WorkerResult {
  /** The preview HTML cut into blocks (hast-util-to-html: escaped); joined, the whole HTML. */
  blocks: string[]
  /** The entities as spans of the source, sorted by start. */
  marks: SourceMark[]
  diagnostics: DemoDiagnostic[]
  panels: PanelData
  counts: Counts
  json?: string
  tree?: string
  /** Time spent in the analysis. */
  ms: number
}

export type WorkerResponse =
  | { id: number; ok: true; type: 'analyse'; result: WorkerResult }
  | { id: number; ok: true; type: 'extra'; value: string }
  | { id: number; ok: false; error: string }

let latest: { text: string; mode: InputMode; analysis: Analysis } | null = null

export function handle(request: WorkerRequest): WorkerResponse {
  const { id } = request
  try {
    if (request.type === 'extra') return { id, ok: true, type: 'extra', value: extra(request) }
    const started = performance.now()
    const { text, mode, options } = request
    const analysis = analyse(text, options, mode, request.tree)
    latest = { text, mode, analysis }
    const x = analysis.extraction
    const result: WorkerResult = {
      blocks: analysis.blocks,
      marks: sortMarks(analysis.marks),
      diagnostics: analysis.diagnostics,
      panels: digestPanels(x),
      counts: {
        citations: x.citations.length,
        documents: x.documents.length,
        states: x.states.length,
        stateLists: x.stateLists.length,
        credits: x.credits.length,
        errors: analysis.diagnostics.filter((d) => d.severity === 'error').length,
        warnings: analysis.diagnostics.filter((d) => d.severity === 'warning').length,
      },
      ms: 0,
    }
    if (request.json) result.json = extractionJson(x)
    if (analysis.tree !== undefined) result.tree = analysis.tree
    result.ms = performance.now() - started
    return { id, ok: true, type: 'analyse', result }
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

function extra(request: ExtraRequest): string {
  if (request.what === 'resources') {
    // What this worker loaded (its script and the chunks it imported), for the offline cache:
    // the page's own resource timeline does not list a worker's imports. JSON, [] on the page.
    const inWorker = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function'
    const urls = inWorker
      ? [self.location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]
      : []
    return JSON.stringify(urls)
  }
  if (request.what === 'share') {
    if (!request.share) throw new Error('no state to share')
    return encodeShare(request.share)
  }
  if (!latest) throw new Error('nothing analysed yet')
  const { text, mode, analysis } = latest
  if (request.what === 'json') return extractionJson(analysis.extraction)
  return mode === 'markdown' ? text : markdownWithDirectives(text, analysis.extraction)
}

/** Marks by start (longest first), as the editor looks them up by position. */
export function sortMarks(marks: SourceMark[]): SourceMark[] {
  return [...marks].sort((a, b) => a.start - b.start || b.end - a.end)
}
