// The main thread's side of the worker: one request in flight, the latest text queued behind it
// (older pending texts are dropped), so a burst of keystrokes costs at most two analyses.
import type { ExtractOptions } from '@treatymark/core'
import type { Analysis } from './analyse.js'
import type { InputMode } from './state.js'
import type { AnalyseRequest, AnalyseResponse } from './worker.js'

export interface AnalyseInput {
  text: string
  mode: InputMode
  options: ExtractOptions
  tree: boolean
}

export type AnalysisHandler = (analysis: Analysis, ms: number, input: AnalyseInput) => void

export function createAnalyser(onResult: AnalysisHandler, onError: (message: string) => void) {
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  } catch {
    worker = null
  }
  let nextId = 0
  let inFlight: { id: number; input: AnalyseInput } | null = null
  let queued: AnalyseInput | null = null

  const send = (input: AnalyseInput): void => {
    const id = ++nextId
    inFlight = { id, input }
    if (worker) {
      const request: AnalyseRequest = { id, ...input }
      worker.postMessage(request)
    } else {
      // No worker (very old browser): the same work on the main thread.
      const started = performance.now()
      void import('./analyse.js')
        .then(({ analyse }) => analyse(input.text, input.options, input.mode, input.tree))
        .then(
          (analysis) => receive({ id, ok: true, analysis, ms: performance.now() - started }),
          (error: unknown) => receive({ id, ok: false, error: String(error) }),
        )
    }
  }

  const receive = (response: AnalyseResponse): void => {
    if (!inFlight || response.id !== inFlight.id) return
    const { input } = inFlight
    inFlight = null
    if (queued) {
      const next = queued
      queued = null
      send(next)
      return // a newer text is on its way: skip rendering this one
    }
    if (response.ok) onResult(response.analysis, response.ms, input)
    else onError(response.error)
  }

  if (worker) {
    worker.onmessage = (event: MessageEvent<AnalyseResponse>) => receive(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      worker?.terminate()
      worker = null
      onError(`The worker failed (${event.message}); analysing on the page instead.`)
      if (inFlight) send(inFlight.input)
    }
  }

  return {
    request(input: AnalyseInput): void {
      if (inFlight) queued = input
      else send(input)
    },
  }
}
