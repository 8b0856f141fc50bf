/**
 * A dash after a photographer and an agency ("Jane Roe / Getty -", alone on its line or before
 * the caption's next sentence) is no part of the credit. Every sentence is written for these
 * tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Greta', 'Malik', 'Ines', 'Pavel'], ['Strand', 'Osman', 'Reyes', 'Dvorak'])

describe('a dash after a credit', () => {
  it('is left out when it ends the line', () => {
    expect(exact('Sappers mark the lane with red stakes.\nGreta Strand / Getty -\n')).toEqual([
      {
        start: 39,
        end: 59,
        text: 'Greta Strand / Getty',
        kind: 'credit',
        title: null,
        creator: 'Greta Strand',
        source: 'Getty',
        license: null,
      },
    ])
  })

  it('ends the credit before the next sentence', () => {
    expect(
      fields('Sappers mark the lane. Malik Osman/AFP - The ministry said the work ends in May.'),
    ).toEqual([{ text: 'Malik Osman/AFP', creator: 'Malik Osman', source: 'AFP', license: null }])
  })

  it('leaves datelines and prose alone', () => {
    expect(fields('LONDON (Reuters) - The minister said the talks would resume.')).toEqual([])
    expect(fields('Reuters - The minister said the talks would resume on Monday.')).toEqual([])
  })

  it('property: "<name> / <agency> -" never keeps the dash', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Getty', 'AFP', 'Reuters'),
        fc.constantFrom(' -', ' \u2013', ' - The talks resume today.', ' \u2014 More follows.'),
        (who, agency, after) => {
          const text = `Sappers mark the lane with stakes.\n${who} / ${agency}${after}\n`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`${who} / ${agency}`])
        },
      ),
    )
  })
})
