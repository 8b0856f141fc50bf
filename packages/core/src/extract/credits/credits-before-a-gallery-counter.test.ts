/**
 * A gallery flattened to one line a picture: each caption's place and date, its credit (a chain
 * ending in a known agency, or the agency alone) and the picture's counter in the page's language
 * ("3 of 33", "2 de 33", "4 von 25"), then the next caption. The credit starts after the date's
 * year or the caption's last sentence; Getty's Bettmann archive is a source, as Three Lions is.
 * Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta'], ['Doe', 'Roe', 'Silva'])

describe("a credit before a gallery's counter", () => {
  it('"… October 1962 Getty Images 3 of 33Members …"', () => {
    const text =
      'A spy photo of a base.\nWashington, DC October 1962 Getty Images 3 of 33Members of the campaign march.\n'
    expect(exact(text)).toEqual([
      {
        start: 51,
        end: 63,
        text: 'Getty Images',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Getty Images',
        license: null,
      },
    ])
  })

  it.each([
    [
      'Le Van, a boy.\nHanoi, Vietnam. 28. März 2006.JANE DOE / AFP / Getty Images 3 von 25Ein Luftbild.\n',
      'JANE DOE / AFP / Getty Images',
      'JANE DOE',
      'AFP / Getty Images',
    ],
    [
      'Un mapa.\nOctubre de 1962 Bettmann / Getty Images 7 de 33 El embajador habla.\n',
      'Bettmann / Getty Images',
      null,
      'Bettmann / Getty Images',
    ],
    [
      'A boy at school.\nA boy at the school in the city.Wikimedia Commons 2 von 25Le Van spielt.\n',
      'Wikimedia Commons',
      null,
      'Wikimedia Commons',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it.each([
    // A score in prose: the counter is followed by a word in lower case.
    'He won 3 of 5 races. Reuters 3 of 5 polls show it.',
    'The agency said AFP 2 of 3 times.',
  ])('no credit: %j', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a place, a date, a photographer and Getty, then the counter', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom(['of', 'The'], ['de', 'El'], ['von', 'Ein']),
        fc.integer({ min: 1, max: 40 }),
        (who, [word, next], n) => {
          const text = `A photo.\nLondon, UK. 28 October 1962 ${who} / Getty Images ${n} ${word} 40 ${next} president signs.\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${who} / Getty Images`, creator: who, source: 'Getty Images', license: null },
          ])
        },
      ),
    )
  })
})
