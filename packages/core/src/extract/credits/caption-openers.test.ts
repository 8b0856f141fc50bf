/**
 * Credits that open a caption's line, circled "ⓒ" marks and an armed service before a rank. Every
 * sentence is written for these tests; the names and organisations are invented. One `describe`
 * per family, each with a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ilse', 'Kofi', 'Marta', 'Nils'],
  ['Aalto', 'Boateng', 'Castell', 'Eskola'],
)

describe('a credit opening a caption line ends at its agency', () => {
  it.each([
    [
      'Pictures of the week:\nIlse Aalto / Getty Images Award-winning painter Tom Lee stands by his mural on Friday.',
      'Ilse Aalto / Getty Images',
      'Getty Images',
    ],
    [
      'Pictures of the week:\nKofi Boateng / Reuters On Tuesday, a diver leaps from the high board.',
      'Kofi Boateng / Reuters',
      'Reuters',
    ],
  ])('%s', (text, credit, source) => {
    sane(text)
    const found = fields(text).filter((c) => c.text === credit)
    expect(found).toHaveLength(1)
    expect(found[0]?.source).toBe(source)
  })

  it('property: capitalised words after the agency are the caption, not the source', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Reuters', 'AFP', 'Getty Images'),
        fc.constantFrom('On Sunday, ', 'In Lagos, ', 'On the same day, '),
        (who, agency, opener) => {
          const text = `Pictures of the week:\n${who} / ${agency} ${opener}a crowd waits for the parade.\n`
          sane(text)
          for (const c of fields(text)) {
            expect(c.source ?? '').not.toMatch(/\b(?:On|In)\b/)
          }
        },
      ),
    )
  })
})

describe('a circled "ⓒ" stands for "©"', () => {
  it('reads the credit and keeps the mark in the span', () => {
    const text =
      'Children carry water to the school garden.\n\u24d2 UNICEF/ HQ02-0001/ Marta Castell\n'
    sane(text)
    expect(fields(text)).toEqual([
      {
        text: '\u24d2 UNICEF/ HQ02-0001/ Marta Castell',
        creator: 'Marta Castell',
        source: 'UNICEF',
        license: null,
      },
    ])
  })

  it('property: "ⓒ" and "©" give the same credit', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('UNICEF', 'MSF', 'Example Trust'), (who, org) => {
        const plain = `A girl reads under a tree.\n\u00a9 ${who}/${org}\n`
        const circled = plain.replace('\u00a9', '\u24d2')
        sane(circled)
        const a = fields(plain)
        const b = fields(circled)
        expect(b.map((c) => c.text.replace('\u24d2', '\u00a9'))).toEqual(a.map((c) => c.text))
        expect(b.map((c) => [c.creator, c.source])).toEqual(a.map((c) => [c.creator, c.source]))
      }),
    )
  })
})

describe('an armed service before a rank names the source', () => {
  it.each([
    [
      'Troops cross the river. (Photo by: U.S. Army Sgt. 1st Class Nils Eskola)',
      'Nils Eskola',
      'U.S. Army',
    ],
    [
      'A drill on deck.\nCredit: Navy Petty Officer 3rd Class Ilse A. Aalto',
      'Ilse A. Aalto',
      'Navy',
    ],
    ['A ship leaves port.\nPhoto by: MC2 Kofi Boateng', 'Kofi Boateng', null],
  ])('%s', (text, creator, source) => {
    sane(text)
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ creator, source })
  })

  it('property: the service is the source and the rank is no part of the name', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('U.S. Army', 'Navy', 'U.S. Air Force', 'Marine Corps'),
        fc.constantFrom('Sgt.', 'Staff Sgt.', 'Spc.', 'Petty Officer 2nd Class', 'Capt.'),
        (who, service, rank) => {
          const text = `Crews load supplies at dawn.\nPhoto by: ${service} ${rank} ${who}\n`
          sane(text)
          const found = fields(text)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ creator: who, source: service })
        },
      ),
    )
  })
})

describe("a record's fields around a credit", () => {
  it('"Credit:" after a year mid-line starts a credit that ends at the next field', () => {
    const text =
      'Crews rehearse a rescue. Tags: training, exercise 2023 Credit: Navy Petty Officer 2nd Class Marta Castell VIRIN: 230101-N-XX000-0001.JPG'
    sane(text)
    expect(fields(text)).toEqual([
      {
        text: 'Credit: Navy Petty Officer 2nd Class Marta Castell',
        creator: 'Marta Castell',
        source: 'Navy',
        license: null,
      },
    ])
  })

  it('a Korean or Japanese notice that forbids copying is no credit', () => {
    for (const notice of [
      '[\u24d2 K-EXAMPLE. \ubb34\ub2e8\uc804\uc7ac-\uc7ac\ubc30\ud3ec \uae08\uc9c0]',
      '\u00a9 Example Shimbun. \u7121\u65ad\u8ee2\u8f09\u7981\u6b62',
    ]) {
      const text = `A ribbon is cut at the opening. (Yonhap)\n\n${notice}\n`
      sane(text)
      expect(fields(text).map((c) => c.text)).not.toContainEqual(
        expect.stringMatching(/EXAMPLE|Example/),
      )
    }
  })

  it('property: a field label in capitals after the name ends the credit', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('VIRIN', 'ID', 'Date Taken', 'Location'),
        (who, field) => {
          const text = `A convoy crosses the bridge.\nPhoto by: ${who} ${field}: 001-XX\n`
          sane(text)
          const found = fields(text)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ text: `Photo by: ${who}`, creator: who })
        },
      ),
    )
  })
})

describe("a licence opening an organisation's chain", () => {
  it('reads the licence, the organisation and the photographer', () => {
    const text =
      'A boy rests in his canoe on the river at dusk.\nCC BY-NC-ND / Example Relief / Marta Castell\n'
    sane(text)
    expect(fields(text)).toEqual([
      {
        text: 'CC BY-NC-ND / Example Relief / Marta Castell',
        creator: 'Marta Castell',
        source: 'Example Relief',
        license: 'CC BY-NC-ND',
      },
    ])
  })

  it('property: the licence is never the creator', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('CC BY', 'CC BY-SA', 'CC BY-NC-ND'),
        fc.constantFrom('ICRC', 'Example Relief', 'MSF'),
        (who, licence, org) => {
          const text = `Families wait at the crossing before dawn.\n${licence} / ${org} / ${who}\n`
          sane(text)
          const found = fields(text)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ creator: who, source: org })
          expect(found[0]?.license).toMatch(/^CC BY/)
        },
      ),
    )
  })
})

it('a byline\'s next role ends the photographer\'s credit ("Foto: Jane Roe Styling: …")', () => {
  const text = 'Spring collection.\nFoto: Nils Eskola Styling: Marta Castell\n'
  sane(text)
  expect(fields(text).map((c) => c.text)).toEqual(['Foto: Nils Eskola'])
})

describe('a labelled credit ending "via" a known agency before the caption', () => {
  it.each([
    [
      'Image: Example Technologies via AP A satellite photo shows the new hall.',
      'Image: Example Technologies via AP',
      'Example Technologies via AP',
    ],
    [
      'Photo: Harbour Council via Reuters Firefighters work through the night.',
      'Photo: Harbour Council via Reuters',
      'Harbour Council via Reuters',
    ],
  ])('%s', (text, credit, source) => {
    sane(text)
    const found = fields(text)
    expect(found.map((c) => c.text)).toEqual([credit])
    expect(found[0]?.source).toBe(source)
  })

  it('property: the caption after the agency is never in the source', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Example Technologies', 'Harbour Council', 'Nils Eskola'),
        fc.constantFrom('AP', 'AFP', 'Reuters'),
        fc.constantFrom('A satellite photo shows the hall.', 'Crowds wait by the road at dawn.'),
        (who, agency, caption) => {
          const text = `Image: ${who} via ${agency} ${caption}\n`
          sane(text)
          for (const c of fields(text)) expect(c.source ?? '').not.toMatch(/shows|wait/)
        },
      ),
    )
  })
})
