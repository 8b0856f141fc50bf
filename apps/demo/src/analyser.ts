// The main thread's side of the worker: one analysis in flight, the latest text queued behind it
// (older pending texts are dropped), so a burst of keystrokes costs at most two analyses. Extras
// (the JSON, the markdown with directives, a share hash) are asked for when needed.
import type { ExtractOptions } from '@treatymark/core'
import type {
  AnalyseRequest,
  ExtraRequest,
  WorkerRequest,
  WorkerResponse,
  WorkerResult,
} from './handler.js'
import type { InputMode } from './state.js'

export interface AnalyseInput {
  text: string
  mode: InputMode
  options: ExtractOptions
  tree: boolean
  json: boolean
}

/** `where`: 'worker', or 'page' when no worker could run (the same work on the main thread). */
export type AnalysisHandler = (
  result: WorkerResult,
  input: AnalyseInput,
  where: 'worker' | 'page',
) => void

export interface Analyser {
  request(input: AnalyseInput): void
  /** Built from the latest analysis (or the given state, for `share`). */
  ask(what: ExtraRequest['what'], share?: ExtraRequest['share']): Promise<string>
  /** Whether an analysis is running or waiting. */
  busy(): boolean
}

export function createAnalyser(
  onResult: AnalysisHandler,
  onError: (message: string) => void,
): Analyser {
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  } catch {
    worker = null
  }
  let nextId = 0
  let inFlight: { id: number; input: AnalyseInput } | null = null
  let queued: AnalyseInput | null = null
  const asked = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>()
  /** Requests not answered yet, to send again to the page if the worker dies. */
  const pending = new Map<number, WorkerRequest>()

  const post = (request: WorkerRequest): void => {
    pending.set(request.id, request)
    if (worker) {
      worker.postMessage(request)
      return
    }
    // No worker (very old browser, or it failed): the same work on the main thread.
    void import('./handler.js')
      .then(({ handle }) => handle(request))
      .then(
        (response) => receive(response),
        (error: unknown) => receive({ id: request.id, ok: false, error: String(error) }),
      )
  }

  const send = (input: AnalyseInput): void => {
    const id = ++nextId
    inFlight = { id, input }
    const request: AnalyseRequest = { type: 'analyse', id, ...input }
    post(request)
  }

  const receive = (response: WorkerResponse): void => {
    pending.delete(response.id)
    const waiting = asked.get(response.id)
    if (waiting) {
      asked.delete(response.id)
      if (response.ok && response.type === 'extra') waiting.resolve(response.value)
      else waiting.reject(new Error(response.ok ? 'unexpected answer' : response.error))
      return
    }
    if (!inFlight || response.id !== inFlight.id) return
    const { input } = inFlight
    inFlight = null
    if (queued) {
      const next = queued
      queued = null
      send(next)
      return // a newer text is on its way: skip rendering this one
    }
    if (response.ok && response.type === 'analyse')
      onResult(response.result, input, worker ? 'worker' : 'page')
    else if (!response.ok) onError(response.error)
  }

  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => receive(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      worker?.terminate()
      worker = null
      onError(`The worker failed (${event.message}); analysing on the page instead.`)
      for (const request of [...pending.values()]) post(request)
    }
  }

  return {
    request(input) {
      if (inFlight) queued = input
      else send(input)
    },
    ask(what, share) {
      const id = ++nextId
      return new Promise<string>((resolve, reject) => {
        asked.set(id, { resolve, reject })
        post({ type: 'extra', id, what, ...(share ? { share } : {}) })
      })
    },
    busy: () => inFlight !== null || queued !== null,
  }
}
