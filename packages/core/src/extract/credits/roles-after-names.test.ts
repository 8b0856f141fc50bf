/**
 * A Hungarian photographer's role or rank after the name (from the thirteenth real-page set's
 * misses): "Kép: Jane Doe fotográfus", "Fotó: John Roe zászlós" are credits of the person, the
 * role or rank inside the span but no part of the creator. Every sentence is written for these
 * tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('a role or rank after the name', () => {
  it('a photographer by trade', () => {
    expect(exact('Kép: Jane Doe fotográfus\n')).toEqual([
      {
        start: 0,
        end: 24,
        text: 'Kép: Jane Doe fotográfus',
        kind: 'image',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
  })

  it('a rank of the armed forces', () => {
    expect(exact('A bomb was defused.\nFotó: John Roe zászlós\n')).toEqual([
      {
        start: 20,
        end: 42,
        text: 'Fotó: John Roe zászlós',
        kind: 'photo',
        title: null,
        creator: 'John Roe',
        source: null,
        license: null,
      },
    ])
  })
})
