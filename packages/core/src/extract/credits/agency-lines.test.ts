/**
 * Unlabelled agency credits and the other credit shapes of real pages (all sentences written for
 * these tests; the names are invented).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'

const credits = (text: string) =>
  extractCredits(text).map((c) => ({
    text: c.text,
    creator: c.creator,
    source: c.source,
    license: c.license,
  }))

describe('agency credits without a label', () => {
  it.each([
    // [caption with credit, credit text, creator, source]
    [
      'A deminer rests near Kuito, Angola, in 2009. Ana Ferreira/AP',
      'Ana Ferreira/AP',
      'Ana Ferreira',
      'AP',
    ],
    [
      'Rockets are unloaded at the depot.\nAFP/Getty Images',
      'AFP/Getty Images',
      null,
      'AFP/Getty Images',
    ],
    [
      'Smoke over the range after the test.\nSTR/AFP/GETTY IMAGES',
      'STR/AFP/GETTY IMAGES',
      null,
      'AFP/Getty Images',
    ],
    [
      'A survivor in Battambang.\nGetty Images/ICRC/Tomas Kerr',
      'Getty Images/ICRC/Tomas Kerr',
      'Tomas Kerr',
      'Getty Images/ICRC',
    ],
    [
      'A launch shown on state television. KCNA via REUTERS',
      'KCNA via REUTERS',
      null,
      'KCNA via Reuters',
    ],
    [
      'A launch shown on state television. KCNA/Handout via Reuters',
      'KCNA/Handout via Reuters',
      null,
      'KCNA/Handout via Reuters',
    ],
    [
      'A launch shown on state television. KCNA/via REUTERS',
      'KCNA/via REUTERS',
      null,
      'KCNA/via Reuters',
    ],
    ['Delegates leave the hall. REUTERS/Mira Lund', 'REUTERS/Mira Lund', 'Mira Lund', 'Reuters'],
    [
      'A ranger walks the fence. Pablo Ortiz for NPR hide caption',
      'Pablo Ortiz for NPR',
      'Pablo Ortiz',
      'NPR',
    ],
    [
      'Soldiers watch a test in the desert, 1953 (Wikimedia Commons)',
      'Wikimedia Commons',
      null,
      'Wikimedia Commons',
    ],
  ])('%s', (text, credit, creator, source) => {
    expect(credits(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it.each([
    ['Delegates file out of the hall. (AP Photo/Rosa Lind, File)', 'AP Photo/Rosa Lind, File'],
    ['Delegates file out of the hall. AP Photo/Rosa Lind, File', 'AP Photo/Rosa Lind, File'],
    ['Delegates file out of the hall. Rosa Lind/AP Photo', 'Rosa Lind/AP Photo'],
  ])('AP house style: %s', (text, credit) => {
    expect(credits(text)).toEqual([
      { text: credit, creator: 'Rosa Lind', source: 'AP Photo', license: null },
    ])
  })

  it('finds several credits on consecutive caption lines', () => {
    const text =
      'A marked minefield near the border. Ana Ferreira/AP hide caption\n' +
      'Children learn about mines at school. Jonas Berg for NPR hide caption\n'
    expect(credits(text).map((c) => c.text)).toEqual(['Ana Ferreira/AP', 'Jonas Berg for NPR'])
  })

  it.each([
    'AP reported that the talks had stalled.',
    'A Reuters/Ipsos poll found wide support for the ban.',
    'The report was shared with AFP and Reuters on Monday.',
    'Bosnia/Herzegovina and Croatia cleared the border area.',
    'Support for NPR comes from listeners.',
    'The agency (AP) declined to comment on the matter.',
  ])('prose is no credit: %s', (text) => {
    expect(credits(text)).toEqual([])
  })
})

describe('credit shapes of reports and captions', () => {
  it('a row of cover credits: each credit ends where the next label starts', () => {
    const text =
      'Cover photograph \u00a9Lena Novak/Mines Advisory Group, June 2021 Back cover (left) \u00a9 DDG, 2020'
    expect(credits(text)).toEqual([
      {
        text: 'Cover photograph \u00a9Lena Novak/Mines Advisory Group, June 2021',
        creator: 'Lena Novak',
        source: 'Mines Advisory Group',
        license: null,
      },
      { text: 'Back cover (left) \u00a9 DDG, 2020', creator: null, source: 'DDG', license: null },
    ])
  })

  it('an acronym after the copyright sign is an organisation, even in roman-numeral letters', () => {
    expect(credits('Back cover \u00a9CCCM, 2022')).toEqual([
      { text: 'Back cover \u00a9CCCM, 2022', creator: null, source: 'CCCM', license: null },
    ])
  })

  it('a year glued to the caption that follows ends the credit', () => {
    expect(credits('\u00a9 Jana Rak / FSD, March 2020Deminers at work in the valley.')).toEqual([
      {
        text: '\u00a9 Jana Rak / FSD, March 2020',
        creator: 'Jana Rak',
        source: 'FSD',
        license: null,
      },
    ])
  })

  it('a label glued to the full stop before it starts a credit', () => {
    expect(credits('The depot near Kuito, 12/03/2011.Photo \u00a9 L.M. Sousa')).toEqual([
      { text: 'Photo \u00a9 L.M. Sousa', creator: 'L.M. Sousa', source: null, license: null },
    ])
  })

  it('"All photos courtesy of the author" names no one: no credit', () => {
    expect(credits('A clearance team at work.\nAll photos courtesy of the author')).toEqual([])
    expect(credits('A clearance team at work.\nPhoto courtesy of the photographer')).toEqual([])
  })
})

describe('agency credits: properties', () => {
  const agency = fc.constantFrom(
    'AP',
    'AFP',
    'Reuters',
    'REUTERS',
    'Getty Images',
    'EPA-EFE',
    'Xinhua',
  )
  const name = fc
    .tuple(
      fc.constantFrom('Ana', 'Jonas', 'Mira', 'Tomas', 'Lena', 'Pablo'),
      fc.constantFrom('Ferreira', 'Berg', 'Lund', 'Kerr', 'Novak', 'Ortiz', 'de Souza'),
    )
    .map(([a, b]) => `${a} ${b}`)
  const caption = fc.constantFrom(
    'A deminer at work near the border.',
    'Delegates leave the conference hall in Geneva.',
    'Stockpiled shells before their destruction, 2019.',
  )

  it('"Name/AGENCY" or "AGENCY/Name" after a caption is one credit with both fields', () => {
    fc.assert(
      fc.property(
        caption,
        name,
        agency,
        fc.boolean(),
        fc.boolean(),
        (cap, who, from, first, own) => {
          const credit = first ? `${from}/${who}` : `${who}/${from}`
          const text = `${cap}${own ? '\n' : ' '}${credit}`
          const found = extractCredits(text)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ text: credit, creator: who })
          expect(found[0]!.source?.toLowerCase()).toBe(from.toLowerCase())
        },
      ),
    )
  })

  it('an agency name followed by more prose on its line is never a credit', () => {
    fc.assert(
      fc.property(
        caption,
        agency,
        fc.constantFrom('said', 'reported on', 'has learned'),
        (cap, from, verb) => {
          expect(extractCredits(`${cap} ${from} ${verb} the launch.`)).toEqual([])
        },
      ),
    )
  })
})

describe('agency acronyms that are no credit', () => {
  it('an acronym in brackets closing a heading names an organisation', () => {
    expect(
      credits('Statement by the International Committee of the Red Cross (ICRC)\n\nThank you.'),
    ).toEqual([])
  })
})

describe('more house styles of agencies', () => {
  const triples = (text: string) => extractCredits(text).map((c) => [c.text, c.creator, c.source])

  it("an agency's own photo alone in brackets closing its line", () => {
    expect(triples('A test flight over the range.\n(CNN Photo)')).toEqual([
      ['CNN Photo', null, 'CNN'],
    ])
    expect(triples('Talks (CNN Photo) resumed on Monday.')).toEqual([])
  })

  it('a chain with "Via" in headline case, and Nordic agencies', () => {
    expect(triples('Launch seen from the coast. Kcna Via Kns/Ritzau Scanpix')).toEqual([
      ['Kcna Via Kns/Ritzau Scanpix', null, 'KCNA via Kns/Ritzau Scanpix'],
    ])
  })

  it('property: "(<agency> Photo)" closing a line credits the agency', () => {
    fc.assert(
      fc.property(fc.constantFrom('CNN', 'BBC', 'NHK', 'AFP', 'Xinhua'), (agency) => {
        expect(triples(`Delegates in the hall.\n(${agency} Photo)`)).toEqual([
          [`${agency} Photo`, null, agency],
        ])
      }),
    )
  })
})

describe('a wire in brackets closing a dated caption; a picture agency closing any caption', () => {
  it.each([
    [
      'Sappers lay anti-tank mines along the line near the town, Oct. 30, 2024. (AFP)\nShort Url',
      'AFP',
    ],
    ['Delegates arrive at the conference hall in the capital, 2 June 2019. (Reuters)', 'Reuters'],
    ['Smoke rises over the range during the exercise on Monday. (EPA)', 'EPA'],
  ])('%s', (text, agency) => {
    expect(credits(text)).toEqual([{ text: agency, creator: null, source: agency, license: null }])
  })

  it("a story's paragraph, a dateline or a bracket inside a line is no credit", () => {
    expect(credits('The ministry said the talks would resume on Monday. (AFP)')).toEqual([])
    expect(
      credits('Officials said on 3 March 2021 that the talks had failed, he said. (Reuters)'),
    ).toEqual([])
    expect(credits('GENEVA (AFP) - The talks resumed in 2024 after a pause of two weeks.')).toEqual(
      [],
    )
    expect(
      credits('Sappers lay mines near the town, Oct. 30, 2024. (AFP) The work went on.'),
    ).toEqual([])
  })

  it('property: only a line that ends with its date and the bracket', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AFP', 'AP', 'Reuters'),
        fc.constantFrom('on Monday', 'near the border, 4 May 2017', 'in the capital, Jan. 3, 2022'),
        (agency, tail) => {
          const text = `Engineers clear the road ${tail}. (${agency})`
          const dated = /\d{4}$/.test(tail)
          expect(credits(text)).toEqual(
            dated ? [{ text: agency, creator: null, source: agency, license: null }] : [],
          )
        },
      ),
    )
  })
})

describe("a wire's long note in capitals after a chain on a long line", () => {
  it('ends the credit at the agency before the note', () => {
    const note =
      'ATTENTION EDITORS - THIS PICTURE WAS PROVIDED BY A THIRD PARTY. THE AGENCY CANNOT CHECK WHERE OR WHEN IT WAS TAKEN.'
    expect(
      credits(`A launcher on parade in the capital, May 4, 2017. KCNA via REUTERS ${note}`),
    ).toEqual([
      { text: 'KCNA via REUTERS', creator: null, source: 'KCNA via Reuters', license: null },
    ])
  })

  it('property: a note of five words in capitals or more, after any wire', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('KCNA via REUTERS', 'STR/AFP', 'Handout via REUTERS'),
        fc.integer({ min: 5, max: 12 }),
        (chain, n) => {
          const note = Array.from(
            { length: n },
            (_, i) => ['THIS', 'IMAGE', 'HAS', 'BEEN', 'SUPPLIED'][i % 5],
          ).join(' ')
          const text = `Troops march past the stand in the square, 2017. ${chain} ${note}. ${'NOT FOR SALE. '.repeat(6)}`
          const found = extractCredits(text)
          expect(found).toHaveLength(1)
          expect(found[0]!.text).toBe(chain)
        },
      ),
    )
  })

  it('prose in capitals after an agency named in a sentence is no credit', () => {
    expect(
      credits(
        'The leader said the agencies KCNA and REUTERS REPORTED THAT THE TALKS WERE OVER AND DONE WITH IT ALL ALONG THE WAY TO THE END OF THE DAY.',
      ),
    ).toEqual([])
  })
})

describe("an agency credit glued to a caption's full stop", () => {
  it.each([
    [
      'Pilgrims carry lanterns past the old gate, March 3, 2019.REUTERS/Ada Lindgren\nNext caption',
      'REUTERS/Ada Lindgren',
      'Ada Lindgren',
      'Reuters',
    ],
    [
      'Pilgrims carry lanterns past the old gate at dusk.AFP/Getty Images\n',
      'AFP/Getty Images',
      null,
      'AFP/Getty Images',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(credits(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('property: the span starts at the agency, never in the caption', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2019', 'the gate', 'at dusk'),
        fc.constantFrom('REUTERS', 'AFP', 'EPA'),
        fc.constantFrom('Ada Lindgren', 'Bo Sandell'),
        (end, agency, who) => {
          const text = `Pilgrims walk past ${end}.${agency}/${who}\n`
          const found = credits(text)
          expect(found.map((c) => c.text)).toEqual([`${agency}/${who}`])
          expect(found[0]?.creator).toBe(who)
        },
      ),
    )
  })

  it('leaves a dotted name and a link alone', () => {
    expect(credits('See example.Reuters for more.\n')).toEqual([])
    expect(credits('He spoke to U.S.Reuters staff on Monday.\n')).toEqual([])
  })
})

describe('a French paper\'s "PHOTO" before a photographer and an agency', () => {
  it.each([
    [
      'Le ministre arrive au sommet de Genève.\n\nPHOTO Ada Lindgren, ARCHIVES REUTERS\n',
      'PHOTO Ada Lindgren, ARCHIVES REUTERS',
      'Reuters',
    ],
    ['Le ministre arrive au sommet. PHOTO Bo Sandell, AFP\n', 'PHOTO Bo Sandell, AFP', 'AFP'],
  ])('%j', (text, credit, source) => {
    expect(extractCredits(text).map((c) => [c.text, c.kind, c.creator, c.source])).toEqual([
      [credit, 'photo', credit.includes('Ada') ? 'Ada Lindgren' : 'Bo Sandell', source],
    ])
  })

  it('property: any wire, with or without its archive', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Ada Lindgren', 'Bo Sandell'),
        fc.constantFrom('', 'ARCHIVES '),
        fc.constantFrom('REUTERS', 'AFP', 'AP'),
        (who, archive, agency) => {
          const line = `PHOTO ${who}, ${archive}${agency}`
          const found = credits(`Le ministre arrive au sommet.\n${line}\n`)
          expect(found.map((c) => [c.text, c.creator])).toEqual([[line, who]])
        },
      ),
    )
  })
})
