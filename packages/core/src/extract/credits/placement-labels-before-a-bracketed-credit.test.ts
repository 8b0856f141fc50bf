/**
 * A placement's label before a caption that carries its own bracketed credit ("Cover image: The
 * ships at sea (Picture: Example Navy)"): the credit is the label in the bracket, not the
 * caption; and a name in capitals after an agency's slash keeps a last word in mixed case that
 * ends the line ("© AFP PHOTO / JANE DOE Nam"), where a word opening a caption on the same line
 * still ends it. From the fourteenth real-page set's misses; every sentence is written for these
 * tests, the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('placement labels before a bracketed credit', () => {
  it('"Cover image: … (Picture: Example Navy)" credits the bracket', () => {
    const text = 'Cover image: The four ships spent two days at sea (Picture: Example Navy).\n'
    expect(exact(text)).toEqual([
      {
        start: 51,
        end: 72,
        text: 'Picture: Example Navy',
        kind: 'picture',
        title: null,
        creator: null,
        source: 'Example Navy',
        license: null,
      },
    ])
  })

  it('"Cover image: Jane Doe" without a bracket stays a credit', () => {
    expect(fields('Cover image: Jane Doe\n').map((c) => c.text)).toEqual(['Cover image: Jane Doe'])
  })
})

describe('a mixed-case word ending a name in capitals', () => {
  it('stays in the span at the end of the line, ends it before a caption', () => {
    const text = 'A bomb shown in a museum – Hanoi © AFP PHOTO / JANE DOE Nam\n'
    expect(fields(text).map((c) => c.text)).toEqual(['© AFP PHOTO / JANE DOE Nam'])
    expect(
      fields('© AFP 2023 / JANE ROE Foreign ministers vote on it\n').map((c) => c.text),
    ).toEqual(['© AFP 2023 / JANE ROE'])
  })

  it('keeps every span in the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (tail) => {
        sane(`Cover image: Ships at sea (Picture: Example Navy)${tail}`)
        sane(`In Hanoi © AFP PHOTO / JANE DOE Nam${tail}`)
      }),
    )
  })
})
