import { describe, expect, it } from 'vitest'
import {
  clearState,
  decodeShare,
  defaultOptions,
  encodeShare,
  loadState,
  parseOptions,
  saveState,
  sharePrefix,
  type KeyValueStore,
} from './state.js'

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
}

describe('share URL', () => {
  it('round-trips text, mode and options', () => {
    const state = {
      text: 'Article 5(1) of the APMBT; Chad, Peru and Viet Nam. “Quotes” & <tags> 🇦🇹\n\nTwo',
      mode: 'markdown' as const,
      instrument: 'ccm' as const,
      demonyms: true,
    }
    const hash = encodeShare(state)
    expect(hash.startsWith(sharePrefix)).toBe(true)
    expect(hash).toMatch(/^#\/s\/[A-Za-z0-9+\-$]+$/)
    expect(decodeShare(hash)).toEqual(state)
  })

  it('keeps defaults short and decodes them', () => {
    const state = { text: 'Austria', ...defaultOptions }
    expect(decodeShare(encodeShare(state))).toEqual(state)
  })

  it('rejects other hashes and damaged payloads without throwing', () => {
    expect(decodeShare('#/')).toBeNull()
    expect(decodeShare('#/docs/index')).toBeNull()
    expect(decodeShare(`${sharePrefix}%%%not-lz`)).toBeNull()
    expect(decodeShare(sharePrefix)).toBeNull()
    // Valid lz-string of something that is not our payload.
    const other = encodeShare({ text: 'x', ...defaultOptions }).replace(/.$/, '')
    expect(() => decodeShare(other)).not.toThrow()
  })

  it('drops unknown instruments and modes from a shared state', () => {
    expect(parseOptions({ mode: 'html', instrument: 'nope', demonyms: 'yes' })).toEqual(
      defaultOptions,
    )
    expect(parseOptions({ mode: 'markdown', instrument: 'npt', demonyms: true })).toEqual({
      mode: 'markdown',
      instrument: 'npt',
      demonyms: true,
    })
    expect(parseOptions(null)).toEqual(defaultOptions)
  })
})

describe('stored state', () => {
  it('saves, loads and clears', () => {
    const store = memoryStore()
    expect(loadState(store)).toEqual({ text: null, options: defaultOptions })
    saveState(store, { text: 'Peru', mode: 'markdown', instrument: 'att', demonyms: false })
    expect(loadState(store)).toEqual({
      text: 'Peru',
      options: { mode: 'markdown', instrument: 'att', demonyms: false },
    })
    clearState(store)
    expect(store.map.size).toBe(0)
    expect(loadState(store)).toEqual({ text: null, options: defaultOptions })
  })

  it('survives damaged or unavailable storage', () => {
    const store = memoryStore()
    store.setItem('treatymark:options', '{not json')
    expect(loadState(store).options).toEqual(defaultOptions)
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(loadState(broken)).toEqual({ text: null, options: defaultOptions })
    expect(() => saveState(broken, { text: 'x', ...defaultOptions })).not.toThrow()
    expect(() => clearState(broken)).not.toThrow()
  })
})
