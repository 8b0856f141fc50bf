// The main thread's side of the worker: one request in flight, the latest text queued behind it
// (older pending texts are dropped), so a burst of keystrokes costs at most two analyses.
import type { ExtractOptions } from '@treatymark/core'
import type { DemoState, InputMode } from './state.js'
import type { AnalyseRequest, AnalyseResponse, WorkerResult } from './worker.js'

export interface AnalyseInput {
  text: string
  mode: InputMode
  options: ExtractOptions
  tree: boolean
  share: DemoState
}

/** `where`: 'worker', or 'page' when no worker could run (the same work on the main thread). */
export type AnalysisHandler = (
  result: WorkerResult,
  input: AnalyseInput,
  where: 'worker' | 'page',
) => void

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
      void Promise.all([import('./analyse.js'), import('./export.js'), import('./state.js')])
        .then(([{ analyse }, { extractionJson }, { encodeShare }]) => {
          const analysis = analyse(input.text, input.options, input.mode, input.tree)
          return {
            analysis,
            json: extractionJson(analysis.extraction),
            share: encodeShare(input.share),
            ms: performance.now() - started,
          }
        })
        .then(
          (result) => receive({ id, ok: true, ...result }),
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
    if (response.ok) onResult(response, input, worker ? 'worker' : 'page')
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
