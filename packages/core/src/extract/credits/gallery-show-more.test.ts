/**
 * A gallery's "Show More Show Less" buttons after a bracketed credit closing a caption (from the
 * twelfth real-page set's misses, AP pictures on American local papers' sites): the buttons'
 * words and the gallery's counter ("3 of21") are left out and the credit is read as without them. Every sentence is written for these
 * tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('"Show More Show Less" after a bracketed credit', () => {
  it('an agency via AP and an AP photographer, each before the buttons (and a counter)', () => {
    const text =
      'Veterans stand in the park on Tuesday, Aug. 9, 2022. (Kyodo News via AP) Show More Show Less 3 of21\nA bell rings at noon. (AP Photo/Jane Doe) Show More Show Less\n'
    expect(exact(text)).toEqual([
      {
        start: 54,
        end: 71,
        text: 'Kyodo News via AP',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Kyodo News via AP',
        license: null,
      },
      {
        start: 123,
        end: 140,
        text: 'AP Photo/Jane Doe',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'AP Photo',
        license: null,
      },
    ])
  })

  it('no credit: a person alone in brackets, the buttons in a sentence', () => {
    expect(fields('Veterans stand in the park. (Jane Doe) Show More Show Less')).toEqual([])
    expect(fields('Click Show More Show Less to see the list (Example Trust).')).toEqual([])
  })

  it('property: an AP credit before the buttons, once or twice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Jane Doe', 'John Roe', 'Ana Silva'),
        fc.integer({ min: 1, max: 2 }),
        (name, n) => {
          const text = `A crowd gathers at the gate. (AP Photo/${name})${' Show More Show Less'.repeat(n)}\nNext.`
          sane(text)
          expect(exact(text).map((c) => [c.text, c.creator, c.source])).toEqual([
            [`AP Photo/${name}`, name, 'AP Photo'],
          ])
        },
      ),
    )
  })
})
