/**
 * An archive named before a second colon and the German wire dapd (from the twelfth and
 * thirteenth real-page sets' misses): "Foto: Arkiv: Jane Doe" is a file picture by Jane Doe, the
 * archive its source; a chain after the archive is left as it was read. "Foto: dapd/DAPD" is a
 * chain of one agency written twice, the source as written. Every sentence is written for these
 * tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('an archive before a second colon', () => {
  it('the archive the source, the photographer the creator', () => {
    const text = 'The bomb was found in the harbour.\nFoto: Arkiv: Jane Doe\n'
    expect(exact(text)).toEqual([
      {
        start: 35,
        end: 56,
        text: 'Foto: Arkiv: Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Arkiv',
        license: null,
      },
    ])
  })

  it('a chain after the archive is not split at the colon', () => {
    expect(exact('Bild: Archiv: Jane Doe/Example\n')).toEqual([])
  })
})

describe('the German wire dapd', () => {
  it('written twice in a chain', () => {
    expect(exact('Foto: dapd/DAPD\n')).toEqual([
      {
        start: 0,
        end: 15,
        text: 'Foto: dapd/DAPD',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'dapd/DAPD',
        license: null,
      },
    ])
  })
})
