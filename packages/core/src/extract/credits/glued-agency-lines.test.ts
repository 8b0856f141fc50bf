/**
 * An agency's credit glued to the next line's first word where scraped text lost the line break
 * ("REUTERS/Jane Roe/File PhotoSource: …"): the credit ends at the glued word. Every sentence is
 * written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Mira', 'Anton', 'Sefa', 'Lotte'], ['Kovac', 'Ibsen', 'Ruiz', 'Adeyemi'])

describe("an agency's credit glued to the next line", () => {
  it('ends at the glued word', () => {
    const text =
      'A deminer kneels by a red marker near the road. REUTERS/Mira Kovac/File PhotoSource: Example Ministry'
    expect(exact(text)).toEqual([
      {
        start: 48,
        end: 77,
        text: 'REUTERS/Mira Kovac/File Photo',
        kind: 'credit',
        title: null,
        creator: 'Mira Kovac',
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it('keeps a brand written in camel case whole', () => {
    expect(
      fields('Ships wait outside the harbour. Anton Ibsen/LightRocket via Getty Images\nNext'),
    ).toEqual([
      {
        text: 'Anton Ibsen/LightRocket via Getty Images',
        creator: 'Anton Ibsen',
        source: 'LightRocket via Getty Images',
        license: null,
      },
    ])
  })

  it('property: the credit never holds the glued word', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('REUTERS', 'AFP', 'EPA'),
        fc.constantFrom('Source', 'Read', 'Related', 'Advertisement'),
        (who, agency, next) => {
          const text = `Trucks cross the bridge at dusk. ${agency}/${who}/File Photo${next}: more`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`${agency}/${who}/File Photo`])
        },
      ),
    )
  })
})
