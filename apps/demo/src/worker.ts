// Extraction and rendering off the main thread, so typing never waits for them.
import type { ExtractOptions } from '@treatymark/core'
import { analyse, type Analysis } from './analyse.js'
import type { InputMode } from './state.js'

export interface AnalyseRequest {
  id: number
  text: string
  mode: InputMode
  options: ExtractOptions
  tree: boolean
}

export type AnalyseResponse =
  | { id: number; ok: true; analysis: Analysis; ms: number }
  | { id: number; ok: false; error: string }

self.onmessage = async (event: MessageEvent<AnalyseRequest>) => {
  const { id, text, mode, options, tree } = event.data
  const started = performance.now()
  let response: AnalyseResponse
  try {
    const analysis = await analyse(text, options, mode, tree)
    response = { id, ok: true, analysis, ms: performance.now() - started }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
