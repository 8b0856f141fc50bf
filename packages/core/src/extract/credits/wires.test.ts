/**
 * Wire agencies added in issue 10 (UPI, ANI, PTI, IANS, VCG, Ukrinform, RIA Novosti, Interfax,
 * IRNA) and a pool's picture in the middle of a chain ("UPI/Jane Roe/Pool"). Every sentence is
 * written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Irena', 'Jonas', 'Kofi', 'Lotte', 'Mateo', 'Nadia'],
  ['Varga', 'Oyelaran', 'Petrov', 'Quist', 'Rahimi'],
)

const caption = fc.constantFrom(
  'Delegates arrive for the review conference on Monday.',
  'A convoy crosses the bridge near the border, 3 June 2022.',
  'Workers stack the recovered shells in the yard.',
)

const wire = fc.constantFrom(
  'UPI',
  'ANI',
  'PTI',
  'IANS',
  'VCG',
  'Ukrinform',
  'RIA Novosti',
  'Interfax',
  'IRNA',
)

describe('wire agencies of issue 10 and a pool in the middle of a chain', () => {
  it.each([
    [
      'Delegates arrive for the talks in the capital. Irena Varga/PTI',
      { text: 'Irena Varga/PTI', creator: 'Irena Varga', source: 'PTI' },
    ],
    [
      'Delegates arrive for the talks in the capital.\nUPI/Jonas Petrov/Pool',
      { text: 'UPI/Jonas Petrov/Pool', creator: 'Jonas Petrov', source: 'UPI/Pool' },
    ],
    [
      'Delegates arrive for the talks in the capital.\nReuters/Jonas Petrov/Pool',
      { text: 'Reuters/Jonas Petrov/Pool', creator: 'Jonas Petrov', source: 'Reuters/Pool' },
    ],
    [
      'Rescuers search the rubble after the strike. Kofi Quist/Ukrinform',
      { text: 'Kofi Quist/Ukrinform', creator: 'Kofi Quist', source: 'Ukrinform' },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('leaves two acronyms alone (a party and an alliance) as no credit', () => {
    expect(fields('The rally of the PTI/PML-N alliance drew a large crowd.')).toEqual([])
  })

  it('property: a person and a wire after a caption is one credit naming both', () => {
    fc.assert(
      fc.property(caption, person, wire, fc.boolean(), (cap, who, agency, pool) => {
        const credit = pool ? `${agency}/${who}/Pool` : `${who}/${agency}`
        const text = `${cap}\n${credit}`
        sane(text)
        expect(fields(text)).toEqual([
          {
            text: credit,
            creator: who,
            source: pool ? `${agency}/Pool` : agency,
            license: null,
          },
        ])
      }),
    )
  })
})
