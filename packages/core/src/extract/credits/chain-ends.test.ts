/**
 * Where a credit's span ends and which of its fields an organisation fills (held-out pages of
 * December 2026): a table's bar after the credit, a name written in camel case, an abbreviation's
 * full stop inside a chain, a chain of organisations, a date after the chain, an agency of two
 * words in capitals. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Ilse', 'Tomas', 'Noor', 'Petra'], ['Vang', 'Okafor', 'Lindahl', 'Moreau'])

describe("a table's bar after a credit", () => {
  it('is left out of the span', () => {
    expect(
      fields('Pupils walk to the well at dawn. Photo: Ilse Vang/Example.vn |\n|\nNext |'),
    ).toEqual([
      {
        text: 'Photo: Ilse Vang/Example.vn',
        creator: 'Ilse Vang',
        source: 'Example.vn',
        license: null,
      },
    ])
  })

  it('property: a span never ends with a bar', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(' |', '  |', ' | |'), (who, bar) => {
        const text = `A boat on the lake. Photo: ${who}/Example News${bar}\nMore`
        sane(text)
        const got = fields(text)
        expect(got.map((c) => c.text)).toEqual([`Photo: ${who}/Example News`])
      }),
    )
  })
})

describe('a name written in camel case', () => {
  it('is not cut at its inner capital', () => {
    expect(
      fields('(Photo: Divers at the wreck. Credit: DeepWater Salvage)\nNext').map((c) => c.text),
    ).toEqual(['Credit: DeepWater Salvage'])
  })

  it('property: "<Camel> <Word>" closing a line or bracket stays whole', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('SafeHarbor', 'BlueRidge', 'NorthStar'),
        fc.constantFrom('Group', 'Media'),
        fc.constantFrom(')', '\n', ''),
        (camel, word, close) => {
          const open = close === ')' ? '(' : ''
          const text = `A van on the road.\n${open}Credit: ${camel} ${word}${close}`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`Credit: ${camel} ${word}`])
        },
      ),
    )
  })
})

describe("an abbreviation's full stop inside a chain", () => {
  it.each([
    ['A dune at noon.\nCredit: ESA/DLR/Univ. of Example\nNext', 'Credit: ESA/DLR/Univ. of Example'],
    [
      'Rings of ice.\nCredit: NASA/JPL-Caltech/Example Univ./Northern State Univ.\nNext',
      'Credit: NASA/JPL-Caltech/Example Univ./Northern State Univ.',
    ],
  ])('%s', (text, span) => {
    expect(fields(text).map((c) => c.text)).toEqual([span])
  })

  it('property: "Univ." anywhere in a chain keeps the chain whole', () => {
    fc.assert(
      fc.property(
        fc.subarray(['ESA', 'Lowell Univ.', 'Univ. of Example', 'Coast State Univ.'], {
          minLength: 1,
        }),
        (parts) => {
          const text = `A crater rim.\nCredit: NASA/${parts.join('/')}\nThe rover moved on.`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`Credit: NASA/${parts.join('/')}`])
        },
      ),
    )
  })
})

describe('an organisation is no creator', () => {
  it.each([
    ['A rover.\nCredit: NASA/JPL-Caltech\nNext', null, 'NASA/JPL-Caltech'],
    ['A rover.\nCredit: ESA/DLR/Univ. of Example\nNext', null, 'ESA/DLR/Univ. of Example'],
    [
      'A collapsed roof.\nPhoto: Civil Defence Service of Northern region\nNext',
      null,
      'Civil Defence Service of Northern region',
    ],
    ['A tug at sea.\nCredit: HarborLine Global\nNext', null, 'HarborLine Global'],
    ['A street market.\n© Petra Lindahl / Agence Exemple\nNext', 'Petra Lindahl', 'Agence Exemple'],
  ])('%s', (text, creator, source) => {
    expect(fields(text).map((c) => [c.creator, c.source])).toEqual([[creator, source]])
  })

  it('property: a chain of organisations is the source, a person before a spaced slash the creator', () => {
    fc.assert(
      fc.property(
        fc.subarray(['ESA', 'JPL-Caltech', 'Example Univ.', 'Univ. of Example'], { minLength: 1 }),
        person,
        fc.constantFrom('Example Agency', 'Agence Exemple', 'Nordic Images'),
        (orgs, who, agency) => {
          const chain = `NASA/${orgs.join('/')}`
          expect(fields(`A crater.\nCredit: ${chain}\nMore.`)).toEqual([
            { text: `Credit: ${chain}`, creator: null, source: chain, license: null },
          ])
          expect(fields(`A crater.\n© ${who} / ${agency}\nMore.`)).toEqual([
            { text: `© ${who} / ${agency}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})

describe('a date after a chain', () => {
  it('after a space, is left out of the span; after a slash, stays in it and names no one', () => {
    expect(fields('Pupils at a desk.\n©UNICEF/ABC2011-0042/Okafor 3 May 2016\nNext')).toEqual([
      { text: '©UNICEF/ABC2011-0042/Okafor', creator: 'Okafor', source: 'UNICEF', license: null },
    ])
    expect(fields('Tents on a slope.\n© UNHCR/P.Vang/March 2007\nNext')).toEqual([
      { text: '© UNHCR/P.Vang/March 2007', creator: 'P.Vang', source: 'UNHCR', license: null },
    ])
  })

  it('property: "© <org>/<name> <day> <month> <year>" ends at the name', () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('January', 'June', 'October'),
        fc.integer({ min: 1990, max: 2029 }),
        (who, day, month, year) => {
          const text = `A class outdoors.\n© UNICEF/${who} ${day} ${month} ${year}\nThe school reopened.`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`© UNICEF/${who}`])
        },
      ),
    )
  })
})

describe('an agency of two words in capitals after a slash', () => {
  it('property: is whole before a usage note in capitals', () => {
    fc.assert(
      fc.property(
        // A known agency written in capitals gets its own spelling in the source.
        fc.constantFrom(
          ['JIJI PRESS', 'Jiji Press'],
          ['KYODO NEWS', 'KYODO NEWS'],
          ['ASAHI SHIMBUN', 'ASAHI SHIMBUN'],
        ),
        fc.constantFrom(
          ' JAPAN OUT EDITORIAL USE ONLY NO ARCHIVES',
          ' MANDATORY CREDIT NO SALES NO ARCHIVES',
        ),
        ([agency, spelt], note) => {
          const text = `Lanterns float on the river at dusk. EPA/${agency}${note}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `EPA/${agency}`, creator: null, source: `EPA/${spelt}`, license: null },
          ])
        },
      ),
    )
  })
})

describe('"Source:" after a caption without a full stop', () => {
  it('property: credits the picture when an image word follows, not otherwise', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('UN Photo', 'Example Ministry Photo', 'NATO Images'),
        (who, photo) => {
          const text = `Notes.\n\nDelegates meet in the hall in Geneva Source: ${photo}/${who}\n- Next item\n`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`Source: ${photo}/${who}`])
          const data = `Notes.\n\nThe figures rose in the north Source: Example Statistics ${who}\n`
          expect(fields(data)).toEqual([])
        },
      ),
    )
  })
})

describe('"Photo by" after a dateline\'s year', () => {
  it('property: the label is inside the span', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 1995, max: 2029 }), (who, year) => {
        const text = `Rats sniff the soil for mines. Battambang 4 March ${year} Photo by ${who} / Example Media / AGENCY\nNext`
        sane(text)
        expect(fields(text)).toEqual([
          {
            text: `Photo by ${who} / Example Media / AGENCY`,
            creator: who,
            source: 'Example Media / AGENCY',
            license: null,
          },
        ])
      }),
    )
  })
})

describe('"(c)" before a name and a Creative Commons licence', () => {
  it('property: is a label', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('CC BY-SA 2.0', 'CC BY 4.0'), (who, licence) => {
        const text = `A stone bridge - - 120034\n\n(c) ${who}, ${licence}\n\n640 x 480 pixels`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `(c) ${who}, ${licence}`, creator: who, source: null, license: licence },
        ])
        expect(fields(`The fee is (c) ${who}, as agreed.`)).toEqual([])
      }),
    )
  })
})
