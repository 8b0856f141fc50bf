/**
 * A press release's byline line closing with its picture's credit after a semicolon ("Press
 * Release, June 13, 2014; Image: Example Navy"), as naval news sites print it (three misses of
 * the twelfth to fourteenth real-page sets): "Image:" may start after "; " before a capital, as
 * "Foto:" and "Photo by" may after ", " or "; ". Every sentence is written for these tests; the
 * names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('"Image:" after a semicolon', () => {
  it("closes a press release's byline line", () => {
    const text = 'The ship returns in May.\n\nPress Release, June 13, 2014; Image: Example Navy'
    expect(exact(text)).toEqual([
      {
        start: 56,
        end: 75,
        text: 'Image: Example Navy',
        kind: 'image',
        title: null,
        creator: null,
        source: 'Example Navy',
        license: null,
      },
    ])
  })

  it('not after a comma, nor before a lower-case word', () => {
    expect(fields('The scan ran fast, Image: Example Trust said so\n')).toEqual([])
    expect(fields('Staff, May 2, 2014; Image: none\n')).toEqual([])
  })

  it('keeps every span in the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (tail) => {
        sane(`Staff, May 2, 2014; Image: Example Navy${tail}`)
      }),
    )
  })
})
