/**
 * credits12's families: an organisation's photo service named alone, an initial and a surname in
 * a caption's bracket, a record's "Copyright" field and its value line, and what follows a credit
 * without being part of it (a dated bracket, a bar before a headline, an opening slash). Every
 * sentence is written for these tests; the names and organisations are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ines', 'Karel', 'Lotta', 'Milan', 'Noor', 'Oskar'],
  ['Varga', 'Holm', 'Esposito', 'Nakata', 'Duarte', 'Quist'],
)
const caption = fc.constantFrom(
  'Rescuers carry a stretcher along the cleared track by the river.',
  'A sapper marks the edge of the field with red stakes on a wet morning.',
  'Children walk past the fenced area on their way to the village school.',
)
const org = fc.constantFrom('Examplia Ministry of Works', 'Harbour Department', 'XMAC', 'EXO')

describe("an organisation's photo service alone", () => {
  it.each([
    [
      'The envoy boards the plane at the northern airport before dawn. (Harbour Department Photo)',
      { text: 'Harbour Department Photo', creator: null, source: 'Harbour Department Photo' },
    ],
    [
      'Trainers walk the dogs along the tape at the test field. (Examplia Ministry of Works photo)',
      {
        text: 'Examplia Ministry of Works photo',
        creator: null,
        source: 'Examplia Ministry of Works',
      },
    ],
    [
      'Dogs that sniff out mines\n\nXMAC photo\n\nThe trainer runs her kennel like a barracks.',
      { text: 'XMAC photo', creator: null, source: 'XMAC' },
    ],
    [
      'Two envoys shake hands by the lake in the north, May 3, 2019. /EXO Photo',
      { text: 'EXO Photo', creator: null, source: 'EXO Photo' },
    ],
  ])('%s', (text, want) => {
    expect(fields(text)).toEqual([{ ...want, license: null }])
  })

  it.each([
    'Cover Photo\n\nFeatured photo\n\nGallery',
    'Our winners: the best shots of the year. (Ines Varga Photo)',
    'You are commenting with your account.\n\nFacebook photo\n\nLog out',
    'We asked for a picture (Harbour Department Photo)',
    'Short. (XMAC photo)',
  ])('no credit: %s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a caption, then the service in a bracket or alone, credits the service', () => {
    fc.assert(
      fc.property(
        caption,
        org,
        fc.constantFrom('Photo', 'photo'),
        fc.boolean(),
        (cap, o, w, alone) => {
          const text = alone ? `${cap}\n\n${o} ${w}\n\nMore text follows.` : `${cap} (${o} ${w})`
          sane(text)
          const got = extractCredits(text)
          expect(got).toHaveLength(1)
          expect(got[0]).toMatchObject({
            text: `${o} ${w}`,
            source: w === 'Photo' ? `${o} Photo` : o,
          })
        },
      ),
    )
  })
})

describe('an initial and a surname in brackets closing captions', () => {
  const lines = [
    'Farmers walk past the old fence at dusk on a cold evening. (K. Holm/XYZ)',
    'A child plays near the road by the river in the early morning. (K. Holm)',
    'The clearance of the upper fields began in May of that year. (K. Holm)',
    'A dog sniffs the ground near the old wall by the field. (K. Holm)',
  ]

  it('with an agency at once, alone where three captions close so', () => {
    expect(fields(lines.join('\n')).map((c) => [c.text, c.creator, c.source])).toEqual([
      ['K. Holm/XYZ', 'K. Holm', 'XYZ'],
      ['K. Holm', 'K. Holm', null],
      ['K. Holm', 'K. Holm', null],
      ['K. Holm', 'K. Holm', null],
    ])
  })

  it('alone once or twice: no credit', () => {
    expect(fields(lines.slice(1, 3).join('\n'))).toEqual([])
  })

  it('property: n captions closing with "(X. Surname)" credit only from three', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('A', 'J', 'U'),
        fc.constantFrom('Holm', 'Nakata', 'Duarte'),
        fc.integer({ min: 1, max: 5 }),
        (i, s, n) => {
          const text = Array.from(
            { length: n },
            (_, k) => `${lines[1 + (k % 3)]?.slice(0, -10)} (${i}. ${s})`,
          ).join('\n')
          sane(text)
          expect(fields(text)).toHaveLength(n >= 3 ? n : 0)
        },
      ),
    )
  })
})

describe("a record's field name on one line, its value on the next", () => {
  it.each([
    [
      'Filename\nHolm_07.JPG\nCopyright\n© 2021 Karel Holm, all rights reserved\nImage Size',
      '© 2021 Karel Holm',
    ],
    ['Filename\nA00123.jpg\nCopyright\nNoor Esposito\nImage Size\n4000x3000', 'Noor Esposito'],
  ])('%s', (text, span) => {
    expect(extractCredits(text).map((c) => [c.text, c.kind])).toEqual([[span, 'credit']])
    expect(extractCredits(text)[0]?.creator).toBe(span.replace(/^© 2021 /, ''))
  })

  it.each(['Copyright\n2024 Example News\nPrivacy policy', 'Copyright\nAll content is ours.'])(
    'no credit: %s',
    (text) => {
      expect(fields(text)).toEqual([])
    },
  )

  it('property: "Copyright" or "Photographer" over a person is the value line alone', () => {
    fc.assert(
      fc.property(fc.constantFrom('Copyright', 'Photographer'), person, (label, who) => {
        const text = `Filename\nIMG_0042.JPG\n${label}\n${who}\nImage Size\n3000x2000`
        sane(text)
        const got = extractCredits(text)
        expect(got.map((c) => [c.text, c.creator])).toEqual([[who, who]])
        expect(got[0]?.kind).toBe(label === 'Photographer' ? 'photo' : 'credit')
      }),
    )
  })
})

describe('what follows a credit and is no part of it', () => {
  it.each([
    ['Photo credit: Ines Varga/XYZ (Geneva, 16 May 2011)', 'Photo credit: Ines Varga/XYZ', 'XYZ'],
    ['© Milan Quist/AP/XYZ (publiée le 3/2/2022)', '© Milan Quist/AP/XYZ', 'AP/XYZ'],
    [
      'Foto: Example Images | Felder voller Minen: Das Tal wartet',
      'Foto: Example Images',
      'Example Images',
    ],
    [
      'Photo: Example Images | the valley still waits for the deminers',
      'Photo: Example Images',
      'Example Images',
    ],
  ])('%s', (text, span, source) => {
    expect(fields(text).map((c) => [c.text, c.source])).toEqual([[span, source]])
  })

  it('a bar between names stays a chain', () => {
    expect(fields('Photo: Ines Varga | Harbour News | Example Images')).toEqual([
      {
        text: 'Photo: Ines Varga | Harbour News | Example Images',
        creator: 'Ines Varga',
        source: 'Harbour News | Example Images',
        license: null,
      },
    ])
  })

  it("a site's sections named by a medium word are no credit", () => {
    expect(fields('Photo Essays | Culture | East Examplia\n\nThe story starts here.')).toEqual([])
  })

  it('the next picture\'s caption of a pair ends a credit (" - Right: ")', () => {
    const text =
      'Left: Visitors look at the models in the hall. UN Photo - Right: A clock stopped at the hour of the blast. UN Photo/Ines Varga'
    expect(fields(text).map((c) => c.text)).toEqual(['UN Photo/Ines Varga'])
    expect(fields('Photo: Ines Varga/XYZ - Right: a clock on the wall').map((c) => c.text)).toEqual(
      ['Photo: Ines Varga/XYZ'],
    )
  })

  it('property: a position label after a dash always ends the credit before it', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('Left', 'Right', 'Top', 'Below'), (who, where) => {
        const text = `Photo: ${who}/XYZ - ${where}: the second picture shows the hall`
        sane(text)
        expect(fields(text).map((c) => c.text)).toEqual([`Photo: ${who}/XYZ`])
      }),
    )
  })

  it('an opening slash before an agency chain is outside the span', () => {
    expect(fields('Children walk home after school.\n/ AFP PHOTO / INES VARGA\n\nMore.')).toEqual([
      { text: 'AFP PHOTO / INES VARGA', creator: 'INES VARGA', source: 'AFP PHOTO', license: null },
    ])
  })

  it('"Imagem:" is a label of an image; "Photographer:" credits a photo', () => {
    const got = extractCredits('Farmers plant rice by the road.\nImagem: Ines Varga/XYZ\n')
    expect(got.map((c) => [c.text, c.kind, c.creator])).toEqual([
      ['Imagem: Ines Varga/XYZ', 'image', 'Ines Varga'],
    ])
    expect(extractCredits('Photographer: Ines Varga')[0]?.kind).toBe('photo')
  })

  it('property: a dated bracket after any labelled credit stays out of it', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Kabul', 'Geneva, 2 June 2010', 'le 12/10/2019'),
        (who, when) => {
          const text = `Photo credit: ${who}/XYZ (${when.includes(' ') ? when : `${when}, 4 April 2018`})`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`Photo credit: ${who}/XYZ`])
        },
      ),
    )
  })
})

describe('agency lines: a paper in capitals, a formula, a button, a wire mark', () => {
  it.each([
    [
      'Soldiers cleared the charges from the bridge before noon. (Ines Varga/DAILY LEDGER)',
      { text: 'Ines Varga/DAILY LEDGER', creator: 'Ines Varga', source: 'DAILY LEDGER' },
    ],
    [
      'Tanks wait at the edge of the town.<br />/ AFP PHOTO / INES VARGA\n\nMore.',
      { text: 'AFP PHOTO / INES VARGA', creator: 'INES VARGA', source: 'AFP PHOTO' },
    ],
    [
      'Ministers meet at the hall in the city on May 3, 2019. UPI/Ines Varga/Pool | License Photo',
      { text: 'UPI/Ines Varga/Pool', creator: 'Ines Varga', source: 'UPI/Pool' },
    ],
    [
      'FILE PHOTO: Guards patrol near the edge of the town, May 2, 2017. REUTERS/Ines Varga/File Photo',
      { text: 'REUTERS/Ines Varga/File Photo', creator: 'Ines Varga', source: 'Reuters' },
    ],
  ])('%s', (text, want) => {
    expect(fields(text)).toEqual([{ ...want, license: null }])
  })

  it("an unbracketed credit before the agencies' formula in its own bracket", () => {
    const text =
      'A screen shows the news at the station on August 25. / AFP / INES VARGA (Photo credit should read INES VARGA/AFP/Getty Images)'
    expect(fields(text).map((c) => c.text)).toEqual([
      'AFP / INES VARGA',
      'Photo credit should read INES VARGA/AFP/Getty Images',
    ])
  })

  it('property: a button after any agency chain stays out of it', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('AP', 'UPI', 'EPA'),
        fc.constantFrom(' | License Photo', ' Buy Photo', ''),
        (who, agency, button) => {
          const text = `Delegates leave the hall after the vote on May 3, 2019. ${who}/${agency}${button}`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([`${who}/${agency}`])
        },
      ),
    )
  })
})

describe("Anadolu's initials", () => {
  it('"AA" alone under a caption credits the picture; in prose or a list it is none', () => {
    expect(
      fields('Deminers check the field near the village on 15 May 2021.\nAA\n\nThe work goes on.'),
    ).toEqual([{ text: 'AA', creator: null, source: 'AA', license: null }])
    expect(fields('Bring AA batteries and a torch.\nAA\nBB\nCC')).toEqual([])
  })
})

describe("a photo service's line with its catalogue number and the photographer", () => {
  it.each([
    [
      '[Picture credits]\nUN/DPI Photo 186410C, Jane Roe\n',
      'UN/DPI Photo 186410C, Jane Roe',
      'Jane Roe',
      'UN/DPI Photo',
    ],
    [
      'Sources of pictures:\nUN Photo #123456, J. Doe\n',
      'UN Photo #123456, J. Doe',
      'J. Doe',
      'UN Photo',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(extractCredits(text).map((c) => [c.text, c.creator, c.source])).toEqual([
      [credit, creator, source],
    ])
  })

  it('property: any service in capitals, any number, any name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('UN Photo', 'UN/DPI Photo', 'WFP Photo'),
        fc.constantFrom('186410C', '#123456', '5501'),
        person,
        (service, number, who) => {
          const line = `${service} ${number}, ${who}`
          const text = `Picture credits:\n${line}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: line, creator: who, source: service, license: null },
          ])
        },
      ),
    )
  })

  it('leaves the shape inside a sentence alone', () => {
    expect(extractCredits('See UN Photo 186410C, Jane Roe for more.\n')).toEqual([])
    expect(extractCredits('UN Photo 186410C, the archive\n')).toEqual([])
  })
})
