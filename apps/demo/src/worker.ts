// Extraction and rendering off the main thread, so typing never waits for them.
import type { ExtractOptions } from '@treatymark/core'
import { analyse, type Analysis } from './analyse.js'
import { extractionJson } from './export.js'
import { encodeShare, type DemoState, type InputMode } from './state.js'

export interface AnalyseRequest {
  id: number
  text: string
  mode: InputMode
  options: ExtractOptions
  tree: boolean
  /** The state to encode as a share hash (lz-string is too slow for the main thread on long texts). */
  share: DemoState
}

/** What the worker adds to an analysis: the JSON text and the share hash, built off the page. */
export interface WorkerResult {
  analysis: Analysis
  json: string
  share: string
  ms: number
}

export type AnalyseResponse =
  ({ id: number; ok: true } & WorkerResult) | { id: number; ok: false; error: string }

self.onmessage = (event: MessageEvent<AnalyseRequest>) => {
  const { id, text, mode, options, tree, share } = event.data
  const started = performance.now()
  let response: AnalyseResponse
  try {
    const analysis = analyse(text, options, mode, tree)
    const json = extractionJson(analysis.extraction)
    const ms = performance.now() - started
    response = { id, ok: true, analysis, json, share: encodeShare(share), ms }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
