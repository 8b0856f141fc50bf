/**
 * A labelled credit whose chain ends in a known agency, then the next caption on the same line
 * ("Photo: Jane Doe/Reuters UN chief John Roe speaks at the meeting", also with a spaced slash,
 * "Jane Doe / Reuters"): the credit ends with the agency, and the caption's words are never part
 * of it. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Hanna', 'Oskar', 'Leila', 'Tariq'], ['Berg', 'Mensah', 'Novak', 'Haddad'])

describe('a known agency closing a credit before the caption on its line', () => {
  it('ends the credit after the agency, slash glued or spaced', () => {
    expect(exact('Photo: Jane Doe/Reuters UN chief John Roe speaks at the meeting')).toEqual([
      {
        start: 0,
        end: 23,
        text: 'Photo: Jane Doe/Reuters',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Reuters',
        license: null,
      },
    ])
    expect(exact('Photo: Jane Doe / Reuters UN Secretary-General John Roe')).toEqual([
      {
        start: 0,
        end: 25,
        text: 'Photo: Jane Doe / Reuters',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it('reads a gallery that repeats the caption after each credit', () => {
    const text =
      'The delegates meet on May 3, 2022 — Photo: Jane Doe/ Reuters The delegates meet on May 3, 2022 — Photo: Jane Doe/ Reuters\n\nThe talks went on.'
    expect(fields(text)).toEqual([
      { text: 'Photo: Jane Doe/ Reuters', creator: 'Jane Doe', source: 'Reuters', license: null },
      { text: 'Photo: Jane Doe/ Reuters', creator: 'Jane Doe', source: 'Reuters', license: null },
    ])
    expect(exact(text).map((c) => c.start)).toEqual([36, 97])
  })

  it('keeps an agency of two words and a picture desk whole', () => {
    expect(fields('Photo: Jane Doe/Getty Images The minister speaks at the hall.')).toEqual([
      {
        text: 'Photo: Jane Doe/Getty Images',
        creator: 'Jane Doe',
        source: 'Getty Images',
        license: null,
      },
    ])
    expect(fields('Image: John Roe/AFP Photo The convoy waits at the border.')).toEqual([
      {
        text: 'Image: John Roe/AFP Photo',
        creator: 'John Roe',
        source: 'AFP Photo',
        license: null,
      },
    ])
  })

  it('never runs a credit into the caption (property)', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('/', '/ ', ' / '),
        fc.constantFrom('Reuters', 'AFP', 'EPA', 'Anadolu'),
        fc.constantFrom(
          'UN chief Jane Roe speaks at the meeting',
          'Delegates leave the hall after the vote',
          'The envoy John Roe arrives in the capital',
        ),
        (name, slash, agency, caption) => {
          const text = `Photo: ${name}${slash}${agency} ${caption}\n\nThe talks went on.`
          sane(text)
          const credit = `Photo: ${name}${slash}${agency}`
          expect(fields(text)).toEqual([
            { text: credit, creator: name, source: agency, license: null },
          ])
        },
      ),
    )
  })
})
