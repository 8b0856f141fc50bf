/**
 * An organisation's photo credit printed in capitals ("U.S. NAVY PHOTO BY JANE DOE"), as a
 * book's captions print it (from the fourteenth real-page set's misses): the organisation is
 * the source and the span starts at it, not after its abbreviation's full stops. Every sentence
 * is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, sane } from './test-helpers.js'

describe("an organisation's photo in capitals", () => {
  it('"U.S. NAVY PHOTO BY JANE DOE" after a caption\'s full stop', () => {
    const text =
      'The ship rested on blocks in a dry dock. U.S. NAVY PHOTO BY JANE DOE\nThe blast …\n'
    expect(exact(text)).toEqual([
      {
        start: 41,
        end: 68,
        text: 'U.S. NAVY PHOTO BY JANE DOE',
        kind: 'photo',
        title: null,
        creator: 'JANE DOE',
        source: 'U.S. NAVY',
        license: null,
      },
    ])
  })

  it('keeps every span in the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (tail) => {
        sane(`A ship in dock. U.S. NAVY PHOTO BY JANE DOE${tail}`)
      }),
    )
  })
})
