/**
 * Credits closing a caption on its line (caption-tails.ts): a person's name, a slash and a chain
 * of organisations at the line's end, with no label or full stop before them, or glued to the
 * caption and to the next one. Every sentence is written for these tests; names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Amira', 'Bruno', 'Chidi', 'Dagny', 'Emil', 'Farah', 'Goran', 'Hedda'],
  ['Sorensen', 'Okonkwo', 'Lindqvist', 'Marchetti', 'Haddad', 'Tamm', 'Brennan'],
)

/** Captions without a closing full stop, as galleries print them before the credit. */
const caption = fc.constantFrom(
  'Deminers walk the marked lane near the river',
  'Children carry water past the cleared field in the upper valley',
  'A technician checks the seals on the storage tanks',
)

/** Organisations by shape: acronyms, a word with an organisation word, a known agency. */
const chain = fc.constantFrom('XMA', 'Getty Images', 'Delta Relief Network', 'AFP/Getty Images')

describe('a credit closing a caption line', () => {
  it.each([
    [
      'Two boys fish from the broken bridge at dusk Dagny Tamm/Getty Images\nNext caption here',
      { text: 'Dagny Tamm/Getty Images', creator: 'Dagny Tamm', source: 'Getty Images' },
    ],
    [
      'A tractor ploughs the field after clearance. 2009 Emil Haddad/XyZ',
      { text: 'Emil Haddad/XyZ', creator: 'Emil Haddad', source: 'XyZ' },
    ],
    [
      'Medics change a dressing at the field clinic. © 2019 Farah Okonkwo/Getty Images “We walked for days,” she said.',
      {
        text: '© 2019 Farah Okonkwo/Getty Images',
        creator: 'Farah Okonkwo',
        source: 'Getty Images',
      },
    ],
    [
      'A rally outside the parliament in Ottawa, ON Bruno Lindqvist/Getty Images\n',
      // A place's code is the caption's, not the credit's: out of the span and the name.
      {
        text: 'Bruno Lindqvist/Getty Images',
        creator: 'Bruno Lindqvist',
        source: 'Getty Images',
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('glued to the caption before it and to the next caption', () => {
    const text =
      'Rice dries on mats in the courtyardPhotograph: Hedda Brennan/XMAFarmers rest in the shade of the school' +
      'Photograph: Hedda Brennan/XMAA boy shows a rusted bomblet to the team leader'
    expect(fields(text)).toEqual([
      {
        text: 'Photograph: Hedda Brennan/XMA',
        creator: 'Hedda Brennan',
        source: 'XMA',
        license: null,
      },
      {
        text: 'Photograph: Hedda Brennan/XMA',
        creator: 'Hedda Brennan',
        source: 'XMA',
        license: null,
      },
    ])
  })

  it('keeps the spacing round the slashes as written', () => {
    expect(fields('A convoy crosses the border at night Emil Tamm / Example Images')).toEqual([
      {
        text: 'Emil Tamm / Example Images',
        creator: 'Emil Tamm',
        source: 'Example Images',
        license: null,
      },
    ])
  })

  it.each([
    // A menu or a heading: no lower-case caption before the slash.
    'Home Page / News Releases\n',
    // Prose that goes on after the slash.
    'The meeting of Jane Roe/Example Images staff went on until late.\n',
    // Two places joined by a slash.
    'Talks between the delegations of North Arland/South Arland\n',
    // A document symbol glued to the sentence before it.
    'as agreed in the Draft Decision on Provisions.ATT/CSP10/2024/PRES/7\n',
  ])('no credit: %s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: "<caption> <name>/<organisations>" at the end of a line is one credit', () => {
    fc.assert(
      fc.property(caption, person, chain, fc.constantFrom('\n', ''), (c, who, org, end) => {
        const credit = `${who}/${org}`
        const text = `${c} ${credit}${end}`
        sane(text)
        const found = extractCredits(text)
        expect(found.map((x) => x.text)).toEqual([credit])
        expect(found[0]?.creator).toBe(who)
        expect(found[0]?.source).toBe(org)
      }),
    )
  })
})

describe('agency formulas and reporters', () => {
  it.each([
    [
      'Leaders sign the accord in the hall. (Photo credit should read HEDDA TAMM/AFP/Getty Images)\n',
      {
        text: 'Photo credit should read HEDDA TAMM/AFP/Getty Images',
        creator: 'HEDDA TAMM',
        source: 'AFP/Getty Images',
      },
    ],
    [
      'The envoy addressed the assembly on Monday.Photo by Example News Agency reporter Goran Sorensen\n',
      {
        text: 'Photo by Example News Agency reporter Goran Sorensen',
        creator: 'Goran Sorensen',
        source: 'Example News Agency',
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('a Commons reuser line with the licence link in angle brackets', () => {
    const text =
      'Emil Okonkwo, CC BY-SA 4.0 <https://creativecommons.org/licenses/by-sa/4.0>, via Wikimedia Commons\nThe list follows.'
    expect(fields(text)).toEqual([
      {
        text: text.split('\n')[0],
        creator: 'Emil Okonkwo',
        source: 'Wikimedia Commons',
        license: 'CC BY-SA 4.0',
      },
    ])
  })

  it('an excerpt cut inside a credit gives none', () => {
    expect(fields('Size: 4000px\nPhoto credit: © Em')).toEqual([])
  })

  it('property: "<org> reporter <name>" after "Photo by" reads both', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('Example News Agency', 'Harbour Press'), (who, org) => {
        const credit = `Photo by ${org} reporter ${who}`
        const text = `Delegates met in the hall.${credit}\n`
        sane(text)
        expect(fields(text)).toEqual([{ text: credit, creator: who, source: org, license: null }])
      }),
    )
  })
})

describe('file notes, chains after an agency, archives in brackets', () => {
  it.each([
    [
      'Shelters stand in the yard of the school [File: Courtesy of Example Rights Group]\n',
      { text: 'Courtesy of Example Rights Group', creator: null, source: 'Example Rights Group' },
    ],
    [
      'Envoys meet at the lakeside institute, Friday, May 3, 2019. (AP Photo/Harbour, Emil Tamm)\n',
      { text: 'AP Photo/Harbour, Emil Tamm', creator: 'Emil Tamm', source: 'AP Photo/Harbour' },
    ],
    [
      'Earlier text.\n\nDagny Sorensen at the test site, March 1954. (XYZA)\n\nLater text.',
      { text: 'XYZA', creator: null, source: 'XYZA' },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it.each([
    'The parties signed the accord in 1968. (NPT)\nThe prose goes on.',
    'A line without a year at all. (XYZ)\n\nNext',
  ])('no credit: %s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a dated caption line closed by "(ACRONYM)" credits the acronym', () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: 1900, max: 2029 }),
        fc.constantFrom('XYZ', 'ABCD', 'QRS'),
        (who, year, acronym) => {
          const text = `Intro.\n\n${who} at the depot, ${year}. (${acronym})\n\nMore.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: acronym, creator: null, source: acronym, license: null },
          ])
        },
      ),
    )
  })
})

describe('site notices', () => {
  it('"© Site (year) — All Rights Reserved" names no one: a notice, not a credit', () => {
    expect(
      fields(
        'Deminers at work.\n© Example News (2021) — All Rights Reserved. Original source: Example News',
      ),
    ).toEqual([])
  })

  it('a photographer\'s "© 2021 Jane Roe. All rights reserved." stays a credit', () => {
    expect(fields('Deminers at work.\n© 2021 Emil Tamm. All rights reserved.')).toHaveLength(1)
  })
})

describe('an agency acronym first, closing a caption', () => {
  it.each([
    [
      'The inspectors are at work. XYZ/Dagny El Tamm\n\nNext',
      { text: 'XYZ/Dagny El Tamm', creator: 'Dagny El Tamm', source: 'XYZ' },
    ],
    [
      'Marchers cross the bridge in the capital. (QRS/Emil Tamm)',
      { text: 'QRS/Emil Tamm', creator: 'Emil Tamm', source: 'QRS' },
    ],
    [
      'Rescuers carry the injured. XYZ / Harbour/Wirecom\nNext',
      { text: 'XYZ / Harbour/Wirecom', creator: null, source: 'XYZ / Harbour/Wirecom' },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it.each([
    'The ministers of the UN/EU met.\n',
    'See the resolution. A/RES/78/52\n',
    'Talks resumed. UN/EU\n',
  ])('no credit: %s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: "<sentence>. <ACRONYM>/<name>" at the end of a line credits both', () => {
    fc.assert(
      fc.property(caption, person, fc.constantFrom('XYZ', 'QRS', 'ABCD'), (c, who, acronym) => {
        const text = `${c}. ${acronym}/${who}\n`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `${acronym}/${who}`, creator: who, source: acronym, license: null },
        ])
      }),
    )
  })
})

describe("a dateline's place before the credit stays outside its span", () => {
  it.each([
    [
      'Delegates gather in the hall on May 3, 2019 in Washington, DC.\nWashington, DC Hedda Tamm/Getty Images',
      { text: 'Hedda Tamm/Getty Images', creator: 'Hedda Tamm', source: 'Getty Images' },
    ],
    [
      ' A balloon shaped as a missile in Washington, DC Emil Brennan/Getty Images\n',
      { text: 'Emil Brennan/Getty Images', creator: 'Emil Brennan', source: 'Getty Images' },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('property: a two-letter code before the name is out of span and creator', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('DC', 'NY', 'ON', 'CA'), (who, code) => {
        const text = `A rally outside the parliament in the capital, ${code} ${who}/Getty Images\n`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `${who}/Getty Images`, creator: who, source: 'Getty Images', license: null },
        ])
      }),
    )
  })
})

describe("an instrument's short name in brackets closing its title", () => {
  it('is no photographer, also where several lines close so', () => {
    const text =
      'Treaty on the Prohibition of the Emplacement of Weapons on the Seabed and in the Subsoil Thereof (Seabed Treaty)\n\n' +
      'Protocol for the Prohibition of the Use in War of Asphyxiating Gases and of Methods of Warfare (Geneva Protocol)\n\n' +
      'Treaty on Principles Governing the Activities of States in the Exploration of Outer Space (Outer Space Treaty)\n'
    expect(extractCredits(text)).toEqual([])
  })

  it('leaves a name closing captions a credit', () => {
    const text =
      'Deminers rest near the road outside the town after a long morning of work. (Hedda Berg)\n'
    expect(extractCredits(text).map((c) => c.creator)).toEqual(['Hedda Berg'])
  })
})
