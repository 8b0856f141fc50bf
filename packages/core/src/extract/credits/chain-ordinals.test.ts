/**
 * A numbered unit inside a chain of sources (from the thirteenth real-page set's misses): the
 * Hungarian ordinal "1." before a regiment's name ("Facebook/MH 1. Példa és Minta Ezred/Jane
 * Doe") is no full stop; the credit runs on to the photographer after the next slash, and the
 * regiment stays in the source. A full stop with no slash after it on the line still ends the
 * credit. Every sentence is written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('a numbered unit inside a chain of sources', () => {
  it('"1." before a regiment is no sentence end', () => {
    const text =
      'Sappers cleared the riverbank.\nNyitókép: Facebook/MH 1. Példa és Minta Ezred/Jane Doe\n'
    expect(exact(text)).toEqual([
      {
        start: 31,
        end: 85,
        text: 'Nyitókép: Facebook/MH 1. Példa és Minta Ezred/Jane Doe',
        kind: 'image',
        title: null,
        creator: 'Jane Doe',
        source: 'Facebook/MH 1. Példa és Minta Ezred',
        license: null,
      },
    ])
  })

  it('a full stop with no slash after it still ends the credit', () => {
    const text = 'The shell lay in the mud. Fotó: Example/MH 2. Ezred. A second sentence follows.\n'
    expect(exact(text)).toEqual([
      {
        start: 26,
        end: 44,
        text: 'Fotó: Example/MH 2',
        kind: 'photo',
        title: null,
        creator: 'Example',
        source: 'MH 2',
        license: null,
      },
    ])
  })
})
