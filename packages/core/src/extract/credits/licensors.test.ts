/**
 * Getty's "AFP or licensors" (the agency, or those who license its pictures): the credit is found,
 * the note stays in its span as written, and the agency is its source. Every sentence is written
 * for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('"or licensors" after a credit', () => {
  it('keeps the note in the span, the agency as the source', () => {
    expect(exact('Tanks line the road near the border.\nCredit: AFP or licensors\n')).toEqual([
      {
        start: 37,
        end: 61,
        text: 'Credit: AFP or licensors',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AFP',
        license: null,
      },
    ])
  })

  it.each([
    ['Tanks line the road. Credit: AFP or licensors', 'Credit: AFP or licensors', null, 'AFP'],
    [
      'Tanks line the road.\n© Reuters or its licensors',
      '© Reuters or its licensors',
      null,
      'Reuters',
    ],
    [
      'Tanks line the road.\nPhoto: Hanna Berg/AFP or licensors',
      'Photo: Hanna Berg/AFP or licensors',
      'Hanna Berg',
      'AFP',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('leaves prose about licensors alone', () => {
    expect(fields('The fee goes to AFP or licensors of the pictures.')).toEqual([])
    expect(fields('Ask the agency or licensors before you reuse it.')).toEqual([])
  })

  it('property: any agency and label', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AFP', 'Reuters', 'EPA', 'Getty Images'),
        fc.constantFrom('Credit: ', '© ', 'Photo credit: '),
        fc.constantFrom('or licensors', 'or its licensors', 'or Licensors'),
        (agency, label, note) => {
          const text = `Tanks line the road near the border.\n${label}${agency} ${note}\n`
          sane(text)
          const got = fields(text)
          expect(got.map((c) => [c.text, c.source])).toEqual([
            [`${label}${agency} ${note}`, agency],
          ])
        },
      ),
    )
  })
})
