/**
 * Fields as the author wrote them, and spans that end where the credit does: bars and the
 * spacing round slashes kept in the source, a handout kept in its chain, a name written twice, a
 * note on what a credit covers and a clause about the photographer left out of the span. Every
 * sentence is written for these tests; the names and organisations are invented. One `describe`
 * per family, each with a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ilse', 'Kofi', 'Marta', 'Nils', 'Reza', 'Sanna', 'Tariq'],
  ['Aalto', 'Boateng', 'Castell', 'Drummond', 'Eskola', 'Farrow'],
)

const caption = fc.constantFrom(
  'Workers clear rubble near the station on Monday.',
  'A convoy waits at the crossing before dawn.',
  'Inspectors walk past the sealed bunker, 4 June 2022.',
)

describe('a chain keeps its separators as written', () => {
  it.each([
    [
      'Workers clear rubble near the station on Monday.\nIlse Aalto | Harbour News | Getty Images',
      { text: 'Ilse Aalto | Harbour News | Getty Images', creator: 'Ilse Aalto' },
      'Harbour News | Getty Images',
    ],
    [
      'A launch seen in an undated picture.\nAFP / KCNA via KNS',
      { text: 'AFP / KCNA via KNS', creator: null },
      'AFP / KCNA via KNS',
    ],
    ['Photo: AFP / KCNA via KNS', { creator: null }, 'AFP / KCNA via KNS'],
    [
      'Photo: picture alliance / dpa | Kofi Boateng',
      { creator: 'Kofi Boateng' },
      'picture alliance / dpa',
    ],
    [
      'A drone at an arms fair. Example Defence Ministry/Handout via REUTERS',
      { text: 'Example Defence Ministry/Handout via REUTERS', creator: null },
      'Example Defence Ministry/Handout via Reuters',
    ],
    [
      'Photo: Example Defence Ministry/Handout via Reuters',
      { creator: null },
      'Example Defence Ministry/Handout via Reuters',
    ],
    [
      'A crowd gathers near the port.\nQuayPix/QuayPix via Getty Images',
      { text: 'QuayPix/QuayPix via Getty Images', creator: null },
      'QuayPix/QuayPix via Getty Images',
    ],
    [
      'A crowd gathers near the port.\nQuay Pix/Quay Pix via Getty Images',
      { creator: null },
      'Quay Pix/Quay Pix via Getty Images',
    ],
    [
      'Reactor hall, 2012.\nZUMA Press, Inc. / Alamy Stock Photo',
      { creator: null },
      'ZUMA Press, Inc. / Alamy Stock Photo',
    ],
  ])('%s', (text, expected, source) => {
    sane(text)
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ ...expected, source })
  })

  it('property: the source is the chain as written, spaces and bars included', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('/', ' / ', ' | '),
        fc.constantFrom('Harbour News', 'Example Images', 'Northlight Pictures'),
        (cap, who, sep, agency) => {
          const credit = `${who}${sep === '/' ? ' / ' : sep}${agency}${sep}Getty Images`
          const text = `${cap}\n${credit}\n`
          sane(text)
          const found = fields(text)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({
            text: credit,
            creator: who,
            source: `${agency}${sep}Getty Images`,
          })
        },
      ),
    )
  })
})

describe('a span ends where the credit does', () => {
  it.each([
    [
      'Photos: Ilse Aalto/Example Trust (unless otherwise stated)',
      'Photos: Ilse Aalto/Example Trust',
    ],
    ['All images: Kofi Boateng (unless otherwise noted).', 'All images: Kofi Boateng'],
    ['Photos by Marta Castell (except where noted)', 'Photos by Marta Castell'],
    ['All photos by Marta Castell unless otherwise stated.', 'All photos by Marta Castell'],
    ['All images \u00a9 Marta Castell, unless otherwise stated', 'All images \u00a9 Marta Castell'],
    [
      'The hall after the fire.\nPhotos by Nils Drummond, the only person known to have entered it that week.',
      'Photos by Nils Drummond',
    ],
    ['Photo by Reza Eskola, who spent a month on the border.', 'Photo by Reza Eskola'],
  ])('%s', (text, credit) => {
    sane(text)
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]?.text).toBe(credit)
    expect(found[0]?.source ?? '').not.toMatch(/unless|except/)
  })

  it('a credit after a dated sentence that names the agency starts after the sentence', () => {
    const text =
      'Soldiers drill in a picture released by the KCNA news agency. KCNA said it was taken on March 20, 2013. REUTERS/KCNA\nNext.'
    sane(text)
    expect(fields(text)).toEqual([
      { text: 'REUTERS/KCNA', creator: null, source: 'Reuters/KCNA', license: null },
    ])
  })

  it('property: a date with a comma in the sentence before a chain stays out of it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('KCNA said it was taken on March 20, 2013.', 'AFP saw it on 3 May, 2019.'),
        fc.constantFrom('REUTERS/KCNA', 'AFP/Getty Images', 'KCNA via Reuters'),
        (sentence, credit) => {
          const text = `Troops drill near the coast in a released picture. ${sentence} ${credit}\n`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([credit])
        },
      ),
    )
  })

  it('a clause that names a source or licence stays in the credit', () => {
    expect(fields('Photo by Reza Eskola, the Example Trust')[0]).toMatchObject({
      text: 'Photo by Reza Eskola, the Example Trust',
      source: 'Example Trust',
    })
    expect(fields('Photo by Reza Eskola, a CC BY 2.0 licence')[0]).toMatchObject({
      license: 'CC BY 2.0',
    })
  })

  it('property: a clause about the photographer after the name is left out', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Photo by', 'Photos by', 'Picture by'),
        fc.constantFrom(
          ', the only person on the site that day.',
          ', who walked the route twice.',
          ', a volunteer with the relief team.',
          ' (unless otherwise stated)',
        ),
        (who, label, rest) => {
          const text = `A view of the valley.\n${label} ${who}${rest}\n`
          sane(text)
          expect(fields(text)[0]).toMatchObject({ text: `${label} ${who}`, creator: who })
        },
      ),
    )
  })
})

describe('a copyright line in a footer of a charity', () => {
  it('is no credit next to "Donate now", "Most viewed" or "Related content"', () => {
    expect(fields('Related content\nMost Viewed\n\u00a9 Example Rights Watch\n')).toEqual([])
    expect(fields('Your tax deductible gift can help.\n\n\u00a9 Example Rights Watch')).toEqual([])
  })

  it('property: the same line under a caption stays a credit', () => {
    fc.assert(
      fc.property(caption, fc.constantFrom('Donate now', 'Most viewed'), (cap, footer) => {
        expect(fields(`${cap}\n\u00a9 Example Rights Watch\n`)).toHaveLength(1)
        expect(fields(`${footer}\n\n\u00a9 Example Rights Watch\n`)).toEqual([])
      }),
    )
  })
})

describe('a label after a dash or a bar, and "Credit Image:"', () => {
  it.each([
    [
      'Smoke over the city on Thursday.\n\u2014 Photo by Sanna Farrow / Reuters',
      {
        text: 'Photo by Sanna Farrow / Reuters',
        kind: 'photo',
        creator: 'Sanna Farrow',
        source: 'Reuters',
      },
    ],
    [
      'A troupe performs in the old town. File\n| Photo Credit: K.L. Drummond',
      { text: 'Photo Credit: K.L. Drummond', kind: 'photo', creator: 'K.L. Drummond' },
    ],
    [
      'The reactor hall, 4 July 2012. (Credit Image: \u00a9 Tariq Aalto/Example Press/ZUMAPRESS.com)',
      {
        text: 'Credit Image: \u00a9 Tariq Aalto/Example Press/ZUMAPRESS.com',
        kind: 'image',
        creator: 'Tariq Aalto',
        source: 'Example Press/ZUMAPRESS.com',
      },
    ],
  ])('%s', (text, expected) => {
    sane(text)
    expect(extractCredits(text)).toEqual([expect.objectContaining(expected)])
  })

  it('a byline after a dash and a table of a bar are no credits', () => {
    expect(fields('The talks will resume, officials said.\n\u2014 Sanna Farrow\n')).toEqual([])
    expect(fields('| Photo | Caption |\n| --- | --- |\n| a | b |')).toEqual([])
  })

  it('property: "— Photo by <name> / <agency>" under a caption is one credit with its label', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('\u2014 ', '\u2013 ', '| '),
        (cap, who, mark) => {
          const credit = `Photo by ${who} / Reuters`
          const text = `${cap}\n${mark}${credit}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: credit, creator: who, source: 'Reuters', license: null },
          ])
        },
      ),
    )
  })
})

describe('a photographer, a dash and the agency', () => {
  it.each([
    [
      'Smoke over the city, 13 May 2021.\nPhoto: Kofi Boateng - Anadolu Agency',
      'Photo: Kofi Boateng - Anadolu Agency',
    ],
    [
      'Smoke over the city on 13 May 2021. ( Kofi Boateng \u2013 Anadolu Agency )',
      'Kofi Boateng \u2013 Anadolu Agency',
    ],
    [
      'Photo credit: Kofi Boateng \u2013 The Daily Ledger',
      'Photo credit: Kofi Boateng \u2013 The Daily Ledger',
    ],
  ])('%s', (text, credit) => {
    sane(text)
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ text: credit, creator: 'Kofi Boateng' })
  })

  it('a byline with an agency, and a dash before prose, are no credits', () => {
    expect(fields('Kofi Boateng - AFP\nText')).toEqual([])
    expect(fields('Talks (Kofi Boateng - Anadolu Agency said) went on.')).toEqual([])
  })

  it('property: "(<name> – <agency>)" closing a caption names both', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('Anadolu Agency', 'AFP', 'Reuters'),
        (cap, who, agency) => {
          const text = `${cap} (${who} \u2013 ${agency})`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${who} \u2013 ${agency}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})

describe("a wire's note in capitals and a rank inside a chain", () => {
  it('ends the credit at the agency and reads the name without the rank', () => {
    const text =
      'Soldiers load shells during an exercise, September 20, 2016. U.S. Army/2nd Lt. Kofi Boateng/Handout via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.'
    sane(text)
    expect(fields(text)).toEqual([
      {
        text: 'U.S. Army/2nd Lt. Kofi Boateng/Handout via REUTERS',
        creator: 'Kofi Boateng',
        source: 'U.S. Army/Handout via Reuters',
        license: null,
      },
    ])
  })

  it('a short note in capitals stays in the text ("… SOUTH KOREA OUT")', () => {
    expect(fields('A launch seen from the coast.\nEPA/YONHAP SOUTH KOREA OUT')[0]?.text).toBe(
      'EPA/YONHAP SOUTH KOREA OUT',
    )
  })

  it('property: a sentence in capitals after "<name>/<agency>" is left out of the credit', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('REUTERS', 'AFP', 'AP'),
        fc.constantFrom(
          'THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.',
          'NO RESALE NO ARCHIVE EDITORIAL USE ONLY',
        ),
        (cap, who, agency, note) => {
          const credit = `${who}/${agency}`
          const text = `${cap} ${credit} ${note}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: credit, creator: who, source: normalised(agency), license: null },
          ])
        },
      ),
    )
  })
})

function normalised(agency: string): string {
  return agency === 'REUTERS' ? 'Reuters' : agency
}

describe('a written "The" stays before the source', () => {
  it.each([
    ['Smoke over the ridge.\nIlse Aalto/The Associated Press', 'The Associated Press'],
    ['Smoke over the ridge.\nIlse Aalto/THE ASSOCIATED PRESS', 'The Associated Press'],
    ['Smoke over the ridge.\nIlse Aalto/REUTERS', 'Reuters'],
    [
      'A gannet over the cliffs.\nCOURTESY OF THE EXAMPLE FAMILY AND THE HARBOUR CENTRE',
      'THE EXAMPLE FAMILY AND THE HARBOUR CENTRE',
    ],
    ['Photo courtesy of the Example Ministry', 'Example Ministry'],
    ['Photo: The Example Trust', 'The Example Trust'],
  ])('%s', (text, source) => {
    sane(text)
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]?.source).toBe(source)
  })

  it('property: "The" before a known agency or an organisation is kept, the agency spelt as usual', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('The', 'THE'),
        fc.constantFrom(
          ['Associated Press', 'Associated Press'],
          ['ASSOCIATED PRESS', 'Associated Press'],
          ['Example Trust', 'Example Trust'],
        ),
        (cap, who, the, [written, usual]) => {
          const text = `${cap}\n${who}/${the} ${written}\n`
          sane(text)
          const found = fields(text)
          expect(found).toHaveLength(1)
          const known = usual === 'Associated Press'
          expect(found[0]?.source).toBe(known ? `The ${usual}` : `${the} ${written}`)
        },
      ),
    )
  })
})
