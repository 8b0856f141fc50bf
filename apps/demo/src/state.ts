// The playground's state (text, input mode, options), its share URL and what persists across
// reloads. Pure functions over strings, so they are unit-tested without a browser.
import { getInstrument, type InstrumentId } from '@treatymark/core'
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'

export type InputMode = 'text' | 'markdown'

export interface DemoOptions {
  mode: InputMode
  /** Default instrument for "Article 5" without a name; '' for none. */
  instrument: InstrumentId | ''
  demonyms: boolean
}

export interface DemoState extends DemoOptions {
  text: string
}

export const defaultOptions: Readonly<DemoOptions> = Object.freeze({
  mode: 'text',
  instrument: '',
  demonyms: false,
})

/** Options from anything (a stored or shared object): unknown fields and bad values fall back. */
export function parseOptions(value: unknown): DemoOptions {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const mode = record.mode === 'markdown' ? 'markdown' : 'text'
  const instrument =
    typeof record.instrument === 'string' && getInstrument(record.instrument)
      ? (record.instrument as InstrumentId)
      : ''
  return { mode, instrument, demonyms: record.demonyms === true }
}

/** The hash prefix of a shared state: `#/s/<lz-string>`. */
export const sharePrefix = '#/s/'

/** Text, mode and options compressed into a URL hash (lz-string, URI-safe). */
export function encodeShare(state: DemoState): string {
  const payload: Record<string, unknown> = { t: state.text, m: state.mode }
  if (state.instrument) payload.i = state.instrument
  if (state.demonyms) payload.d = 1
  return sharePrefix + compressToEncodedURIComponent(JSON.stringify(payload))
}

/** The state in a share hash, or `null` when the hash is not one or is damaged. */
export function decodeShare(hash: string): DemoState | null {
  if (!hash.startsWith(sharePrefix)) return null
  let json: string | null
  try {
    json = decompressFromEncodedURIComponent(hash.slice(sharePrefix.length))
  } catch {
    return null
  }
  if (!json) return null
  let payload: unknown
  try {
    payload = JSON.parse(json)
  } catch {
    return null
  }
  if (typeof payload !== 'object' || payload === null) return null
  const p = payload as Record<string, unknown>
  if (typeof p.t !== 'string') return null
  return {
    text: p.t,
    ...parseOptions({ mode: p.m, instrument: p.i, demonyms: p.d === 1 || p.d === true }),
  }
}

/** Minimal storage interface (localStorage, sessionStorage or a Map-backed fake in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

const optionsKey = 'treatymark:options'
const textKey = 'treatymark:text'

/** The stored state, or `null` fields where nothing (valid) is stored. */
export function loadState(store: KeyValueStore): { text: string | null; options: DemoOptions } {
  let options = { ...defaultOptions }
  const raw = safeGet(store, optionsKey)
  if (raw) {
    try {
      options = parseOptions(JSON.parse(raw))
    } catch {
      // damaged: defaults
    }
  }
  return { text: safeGet(store, textKey), options }
}

export function saveState(store: KeyValueStore, state: DemoState): void {
  try {
    const { text, ...options } = state
    store.setItem(optionsKey, JSON.stringify(options))
    store.setItem(textKey, text)
  } catch {
    // Storage full or disabled (private mode): the share URL still holds the state.
  }
}

/** Forget everything stored: Reset. */
export function clearState(store: KeyValueStore): void {
  try {
    store.removeItem(optionsKey)
    store.removeItem(textKey)
  } catch {
    // nothing stored
  }
}

function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key)
  } catch {
    return null
  }
}
