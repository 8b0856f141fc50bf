/**
 * A press release's dateline in brackets after its picture's credit ("… © 2021 Jane Roe/Example
 * Watch (Geneva, November 25, 2021) – The group said …"): the credit ends before the bracket.
 * Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Nadia', 'Emil', 'Soraya', 'Jonas'], ['Aliyev', 'Brandt', 'Kaya', 'Lund'])

describe("a release's dateline after a credit", () => {
  it('ends the credit', () => {
    const text =
      'A girl stands beside a crater in the market. © 2021 Nadia Aliyev/Example Watch (Geneva, November 25, 2021) – States should stop using the weapons, the group said.'
    expect(exact(text)).toEqual([
      {
        start: 45,
        end: 78,
        text: '© 2021 Nadia Aliyev/Example Watch',
        kind: 'credit',
        title: null,
        creator: 'Nadia Aliyev',
        source: 'Example Watch',
        license: null,
      },
    ])
  })

  it('is no credit in prose', () => {
    expect(
      fields('The meeting (Geneva, 3 May 2019) - was long, the talks (New York, 2020) - too.'),
    ).toEqual([])
  })

  it('property: "© <year> <name> (<place>, <date>) – …" credits the name', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom(
          '(Geneva, November 25, 2021)',
          '(Genève, le 25 novembre 2021)',
          '(Beirut, 3 May 2019)',
        ),
        fc.constantFrom(' – ', ' - ', ' — '),
        (who, date, dash) => {
          const text = `Rubble lines the street after the strike. © 2021 ${who} ${date}${dash}The report came out today.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `© 2021 ${who}`, creator: who, source: null, license: null },
          ])
        },
      ),
    )
  })
})
