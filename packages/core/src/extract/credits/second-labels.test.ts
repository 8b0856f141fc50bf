/**
 * Families of the eleventh round of real pages: a second label with its own word after a
 * labelled caption starts its own credit, labels in German and Polish ("Bild:", "Fot.:") and
 * Italian's "Foto di", a spaced double slash between two credits, one-word agencies between a
 * photographer and the agency closing a chain, "for" inside an organisation's name, and the
 * medium of a glued gallery's "Photograph:". Every sentence is written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ilse', 'Jonas', 'Kalina', 'Lorenzo', 'Marta', 'Nils'],
  ['Baranek', 'Castellano', 'Dietrich', 'Eklund', 'Fontaine'],
)

const kinds = (text: string) => extractCredits(text).map((c) => [c.text, c.kind])

describe('a second label after a labelled caption', () => {
  it.each([
    [
      'Photo: A cleared road near the village, May 2011. Photo courtesy of Example Demining Group',
      { text: 'Photo courtesy of Example Demining Group', creator: null },
    ],
    [
      'Picture: A drawing of the test site at night. Credit: Example Images',
      { text: 'Credit: Example Images', creator: null, source: 'Example Images' },
    ],
    [
      'Featured image: Sailors load a launcher on deck. Example Navy photo by Jane Roe',
      { text: 'Example Navy photo by Jane Roe', creator: 'Jane Roe' },
    ],
  ])('%s', (input, want) => {
    const got = fields(input)
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject(want)
  })

  it("a bare copyright or an agency's photo after the caption stays in the first credit", () => {
    expect(fields('Photo: A deminer rests at noon. \u00a9 Example Trust / Jane Roe')).toEqual([
      expect.objectContaining({
        text: 'Photo: A deminer rests at noon. \u00a9 Example Trust / Jane Roe',
      }),
    ])
    expect(fields('Photo: Delegates vote in the hall. UN Photo/Jane Roe')[0]?.text).toBe(
      'Photo: Delegates vote in the hall. UN Photo/Jane Roe',
    )
  })

  it('property: the credit starts at the second label', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Photo courtesy of', 'Photo by', 'Credit:', 'Image credit:'),
        (name, second) => {
          const text = `Image: Workers sort shells in the yard. ${second} ${name}`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`${second} ${name}`])
        },
      ),
    )
  })
})

describe('labels in German, Polish and Italian', () => {
  it.each([
    ['Bild: Ilse Dietrich/dpa', 'image', 'Ilse Dietrich', 'dpa'],
    ['Fot.: PAP/zdjęcie archiwalne', 'photo', null, 'PAP'],
    ['Foto di Lorenzo Castellano', 'photo', 'Lorenzo Castellano', null],
  ])('%s', (input, kind, creator, source) => {
    const [c] = extractCredits(`Ein Bild vom Feld.\n${input}\n`)
    expect(c).toMatchObject({ text: input, kind, creator, source })
  })

  it('a spaced double slash parts two credits; "Bild" in prose is none', () => {
    expect(kinds('Ein Feld am Morgen. Bild: Agentur X // Bild: Agentur X\n')).toEqual([
      ['Bild: Agentur X', 'image'],
      ['Bild: Agentur X', 'image'],
    ])
    expect(fields('Das Bild zeigt ein Feld. Die Bildung ist wichtig.')).toEqual([])
  })

  it('property: "Bild:" and "Fot.:" before a name and an agency', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('Bild', 'Fot.'), (name, label) => {
        const text = `Ein Feld am Morgen.\n${label}: ${name}/Reuters\n`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `${label}: ${name}/Reuters`, creator: name, source: 'Reuters', license: null },
        ])
      }),
    )
  })
})

describe('chains after a photographer', () => {
  it.each([
    [
      'Image: Marta Eklund/Ministry for Foreign Trade',
      'Marta Eklund',
      'Ministry for Foreign Trade',
    ],
    ['Photograph: Nils Fontaine/Exampleaid/XYZ', 'Nils Fontaine', 'Exampleaid/XYZ'],
    ['Photo by Nils Fontaine for The Harbour Ledger', 'Nils Fontaine', 'The Harbour Ledger'],
  ])('%s', (input, creator, source) => {
    expect(fields(input)).toEqual([{ text: input, creator, source, license: null }])
  })

  it('property: an organisation word before "for" keeps the name whole', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Department', 'Centre', 'Ministry', 'Campaign'),
        (name, word) => {
          const text = `Image: ${name}/${word} for Example Relief`
          expect(fields(text)[0]?.source).toBe(`${word} for Example Relief`)
          expect(fields(text)[0]?.creator).toBe(name)
        },
      ),
    )
  })
})

describe("a glued gallery's labels keep their medium", () => {
  it('"Photograph:" glued to the caption before it is a photo', () => {
    const text =
      'Farmers plant rice beside the cleared fieldPhotograph: Jane Roe/XYZChildren walk to school past the markers'
    for (const c of extractCredits(text))
      if (c.text.startsWith('Photograph')) expect(c.kind).toBe('photo')
  })
})

describe('a headline after "Image:" names no one', () => {
  it.each([
    'Image: Farmers Return To Their Fields After The Clearance',
    'Photo: Deminers Gather In The Capital For The Annual Meeting',
  ])('%s', (input) => {
    expect(fields(`${input}\n\nThe story begins here.`)).toEqual([])
  })

  it('a name or an organisation in title case stays a credit', () => {
    expect(fields('Image: Marta Eklund/Example Images')[0]?.creator).toBe('Marta Eklund')
    expect(fields('Photo: Campaign Against Example Arms')).toHaveLength(1)
  })

  it('property: a title-case headline with a capitalised preposition is no credit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Survivors', 'Engineers', 'Villagers'),
        fc.constantFrom('Return To', 'Wait For', 'March Into', 'Rest After'),
        fc.constantFrom('The Cleared Valley', 'Their Old Homes', 'The Border Town'),
        (who, verb, where) => {
          expect(fields(`Image: ${who} ${verb} ${where}\n`)).toEqual([])
        },
      ),
    )
  })
})

describe('a brand with an inner capital before a spaced chain, "/For" a paper', () => {
  it('"ExampleGems / Alamy" is one name, not a glued sentence', () => {
    expect(
      fields('A field of bomblets.\nPhoto credit: \u00a9 Marta Eklund/ExampleGems / Alamy\n'),
    ).toEqual([
      {
        text: 'Photo credit: \u00a9 Marta Eklund/ExampleGems / Alamy',
        creator: 'Marta Eklund',
        source: 'ExampleGems / Alamy',
        license: null,
      },
    ])
  })

  it('"(Jane Roe/For The Daily Ledger)": the paper without "For", the span as written', () => {
    const text =
      'The boy waits for the nurses at the clinic after the blast. (Nils Eklund/For ABC)\n'
    expect(fields(text)).toEqual([
      { text: 'Nils Eklund/For ABC', creator: 'Nils Eklund', source: 'ABC', license: null },
    ])
  })

  it('property: a spaced chain after a camel-case brand runs to the line end', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('PixelBay', 'NorthLens', 'ExampleGems'),
        (name, brand) => {
          const text = `Children near the school.\nPhoto: ${name}/${brand} / Alamy\n`
          sane(text)
          expect(fields(text)[0]?.source).toBe(`${brand} / Alamy`)
        },
      ),
    )
  })
})

describe('a satellite image in brackets', () => {
  it('"(Satellite image © year Firm)": the label inside, the bracket outside', () => {
    const text =
      'Trucks at the northern tunnel, March 2022. (Satellite image \u00a92022 Example Technologies)\n'
    expect(extractCredits(text).map((c) => [c.text, c.kind, c.creator, c.source])).toEqual([
      ['Satellite image \u00a92022 Example Technologies', 'image', null, 'Example Technologies'],
    ])
  })

  it('property: a closing bracket opened before the credit stays outside it', () => {
    fc.assert(
      fc.property(fc.constantFrom('Satellite image', 'Aerial photo', 'Photo'), (label) => {
        const text = `The test site from above. (${label} \u00a9 2021 Example Imaging)\n`
        sane(text)
        const [c] = extractCredits(text)
        expect(c?.text).toBe(`${label} \u00a9 2021 Example Imaging`)
      }),
    )
  })
})

describe('more label words: "Photo illustration by", "Pix by", "Photo property of", "(Photo Name)"', () => {
  it.each([
    ['Photo Illustration by The Harbour Ledger', 'illustration', null, 'The Harbour Ledger'],
    ['Pix by Kalina Baranek', 'picture', 'Kalina Baranek', null],
    ['Photo property of Jonas Eklund', 'photo', 'Jonas Eklund', null],
  ])('%s', (input, kind, creator, source) => {
    const [c] = extractCredits(`The road was cleared last spring.\n${input}\n`)
    expect(c).toMatchObject({ text: input, kind, creator, source })
  })

  it('a medium word and a name filling a bracket; a section name is none', () => {
    expect(kinds('The wells burned for weeks. (Photo Ilse Fontaine-Dietrich)')).toEqual([
      ['Photo Ilse Fontaine-Dietrich', 'photo'],
    ])
    expect(fields('See more. (Photo Gallery)')).toEqual([])
    expect(fields('The wells burned, a photo Jane Roe took.')).toEqual([])
  })

  it('property: "(Photo <name>)" closing a caption credits the name', () => {
    fc.assert(
      fc.property(person, (name) => {
        const text = `Smoke rises over the oil field at dusk. (Photo ${name})`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `Photo ${name}`, creator: name, source: null, license: null },
        ])
      }),
    )
  })
})

describe('a known agency after the photographer, behind "Source:" or "Foto:"', () => {
  it.each([
    [
      '\u00a9 Ines Varga Source: AFP\nA patrol passes the square.',
      '\u00a9 Ines Varga Source: AFP',
      'AFP',
    ],
    [
      'Ein Auto brennt nach dem Einschlag. Foto: Ines Varga Foto: DPA\n\nWeiter.',
      'Foto: Ines Varga Foto: DPA',
      'dpa',
    ],
  ])('%j', (text, credit, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator: 'Ines Varga', source, license: null }])
  })

  it('leaves a source that is no known agency out', () => {
    expect(fields('\u00a9 Ines Varga Source: the ministry\n').map((c) => c.text)).toEqual([
      '\u00a9 Ines Varga',
    ])
  })
})

describe('a catalogue number after "#" names no one', () => {
  it.each(['UN Photo/Ines Varga #123456\n', 'A view of the hall.\nUN Photo/Ines Varga, #654321\n'])(
    '%j',
    (text) => {
      expect(fields(text)[0]).toMatchObject({ creator: 'Ines Varga', source: 'UN Photo' })
    },
  )
})
