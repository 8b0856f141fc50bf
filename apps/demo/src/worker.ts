// Extraction and rendering off the main thread, so typing never waits for them (see handler.ts).
import { handle, type WorkerRequest } from './handler.js'

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(handle(event.data))
}
