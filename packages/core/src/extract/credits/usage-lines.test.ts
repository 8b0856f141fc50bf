/**
 * How agencies ask for their credit: "Credit should be given to STR/AFP", "Please credit: …",
 * "Mandatory credit: …" label the credit after them. Every sentence is written for these tests;
 * the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Hanna', 'Oskar', 'Leila', 'Tariq'], ['Berg', 'Mensah', 'Novak', 'Haddad'])

describe('a usage line asking for a credit', () => {
  it('"Credit should be given to" labels an agency chain', () => {
    expect(exact('Sappers cut a path through the wire. Credit should be given to STR/AFP')).toEqual(
      [
        {
          start: 37,
          end: 70,
          text: 'Credit should be given to STR/AFP',
          kind: 'credit',
          title: null,
          creator: null,
          source: 'AFP',
          license: null,
        },
      ],
    )
  })

  it('"Please credit:" and "Mandatory credit:" are labels', () => {
    expect(
      fields('Sappers cut a path through the wire.\nPlease credit: Hanna Berg/Example Trust'),
    ).toEqual([
      {
        text: 'Please credit: Hanna Berg/Example Trust',
        creator: 'Hanna Berg',
        source: 'Example Trust',
        license: null,
      },
    ])
    expect(
      fields('Sappers cut a path through the wire.\nMandatory credit: Oskar Mensah/AP'),
    ).toEqual([
      {
        text: 'Mandatory credit: Oskar Mensah/AP',
        creator: 'Oskar Mensah',
        source: 'AP',
        license: null,
      },
    ])
  })

  it('leaves thanks in prose alone', () => {
    expect(fields('The plan worked. Credit should be given to Hanna Berg for the idea.')).toEqual(
      [],
    )
    expect(fields('The plan worked. Credit must be given to Example Relief, which paid.')).toEqual(
      [],
    )
    expect(fields('Please credit the organisers when you share this.')).toEqual([])
    expect(fields('Mandatory credits in the film ran long.')).toEqual([])
  })

  it('property: each usage label credits the chain after it', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom(
          'Please credit: ',
          'Mandatory credit: ',
          'MANDATORY CREDIT: ',
          'Credit should be given to ',
        ),
        fc.constantFrom('AFP', 'Reuters', 'EPA'),
        (who, label, agency) => {
          const text = `A mine marker stands in the grass.\n${label}${who}/${agency}`
          sane(text)
          const got = fields(text)
          expect(got.map((c) => c.text)).toEqual([`${label}${who}/${agency}`])
          expect(got[0]?.creator).toBe(who)
        },
      ),
    )
  })
})
