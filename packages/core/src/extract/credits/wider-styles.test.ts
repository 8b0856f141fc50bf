/**
 * House styles met on pages in more languages and from more agencies (credits16): a Cyrillic
 * "Фото:" label and the next caption glued to its credit, German "Bildquelle:", a name glued to
 * "by", an archive id with an en dash in a chain, a photographer's name and a wire in capitals
 * without a slash, an agency's partner in capitals after a comma, national agencies. Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { credit, exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ana', 'Jonas', 'Mira', 'Tomas'],
  ['Berg', 'Lund', 'van der Kerr', 'Ortiz'],
)

describe('a Cyrillic label, and the next caption glued to the credit', () => {
  it('reads "Фото:" as a photo label and ends the credit where a Cyrillic word is glued on', () => {
    const text = 'Ёлка на площади вечером. Фото: ReutersМэр города у ёлки. Фото: Jane Roe/AP'
    const found = extractCredits(text)
    expect(found.map((c) => [c.text, c.kind, c.creator, c.source])).toEqual([
      ['Фото: Reuters', 'photo', null, 'Reuters'],
      ['Фото: Jane Roe/AP', 'photo', 'Jane Roe', 'AP'],
    ])
  })

  it('a Cyrillic word after a Cyrillic one is no glue', () => {
    expect(fields('Фото: Ёлка на площади')).toEqual([])
  })

  it('property: "Фото: <agency>" glued to a Cyrillic caption ends before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Reuters', 'AFP', 'EPA', 'Getty Images'),
        fc.constantFrom('Мэр', 'Здание', 'Елка'),
        (agency, next) => {
          const text = `Площадь вечером. Фото: ${agency}${next} у входа.`
          sane(text)
          const found = extractCredits(text)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ text: `Фото: ${agency}`, kind: 'photo', source: agency })
        },
      ),
    )
  })
})

describe('German "Bildquelle:" and "Quelle:"', () => {
  it('"Bildquelle:" is an image label; "Quelle:" needs a picture word, as "Source:" does', () => {
    expect(extractCredits('Der Hafen am Morgen.\nBildquelle: Jane Roe/dpa')[0]).toMatchObject({
      text: 'Bildquelle: Jane Roe/dpa',
      kind: 'image',
      creator: 'Jane Roe',
      source: 'dpa',
    })
    expect(fields('Quelle: Bundesamt für Statistik, 2021')).toEqual([])
  })

  it('property: "Bildquelle: <name>/<agency>" on its own line credits both', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('dpa', 'Reuters', 'AFP'), (who, agency) => {
        const found = extractCredits(`Der Hafen am Morgen.\nBildquelle: ${who}/${agency}`)
        expect(found).toHaveLength(1)
        expect(found[0]).toMatchObject({ kind: 'image', creator: who, source: agency })
      }),
    )
  })
})

describe('a name glued to "by"', () => {
  it('"Photographs byJane Roe" credits Jane Roe', () => {
    expect(extractCredits('Photographs byJane Roe')[0]).toMatchObject({
      text: 'Photographs byJane Roe',
      creator: 'Jane Roe',
    })
    expect(fields('A photo bylaw was passed in 2010.')).toEqual([])
  })

  it('property: "<kind> by<Name>" reads the name', () => {
    fc.assert(
      fc.property(fc.constantFrom('Photo', 'Photographs', 'Images'), person, (kind, who) => {
        const found = extractCredits(`${kind} by${who}`)
        expect(found).toHaveLength(1)
        expect(found[0]?.creator).toBe(who)
      }),
    )
  })
})

describe('an archive id in a chain, a wire after a name, a partner after a comma', () => {
  it.each([
    ['© UNICEF/NYHQ2016\u20130123/Roe', 'Roe', 'UNICEF'],
    ['© UNICEF/INDA2019\u201300512/Jane Roe', 'Jane Roe', 'UNICEF'],
    ['The cabinet on the palace steps. Photo: Jan van der Berg ANP', 'Jan van der Berg', 'ANP'],
    ['The cabinet on the palace steps. Foto: Ana Ortiz EFE', 'Ana Ortiz', 'EFE'],
    [
      'A march through the old town. \u00a9 picture-alliance, EXAMPLEPIX',
      null,
      'picture-alliance, EXAMPLEPIX',
    ],
  ])('%s', (text, creator, source) => {
    const found = extractCredits(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ creator, source })
  })

  it('property: "Photo: <name> <wire>" splits photographer and wire', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('ANP', 'EFE', 'AFP', 'PAP', 'NTB'), (who, wire) => {
        const found = extractCredits(`The cabinet on the palace steps. Photo: ${who} ${wire}`)
        expect(found).toHaveLength(1)
        expect(found[0]).toMatchObject({ creator: who, source: wire })
      }),
    )
  })

  it('property: an archive id with an en dash names no one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('NYHQ', 'INDA', 'GHAA'),
        fc.integer({ min: 2000, max: 2024 }),
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom('Berg', 'Jane Roe', 'El Lund'),
        (office, year, n, who) => {
          const found = extractCredits(`\u00a9 UNICEF/${office}${year}\u2013${n}/${who}`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ creator: who, source: 'UNICEF' })
        },
      ),
    )
  })
})

describe('national agencies and picture libraries', () => {
  it.each([
    ['The cabinet on the palace steps on Monday. Lusa', null, 'Lusa'],
    ['Ministers arrive at the palace. Jane Roe/EUROPA PRESS', 'Jane Roe', 'EUROPA PRESS'],
    [
      'The Harvest, oil on canvas, 1890. Private Collection / Bridgeman Images',
      null,
      'Private Collection / Bridgeman Images',
    ],
    ['Workers repair the bridge in the city on Monday. [China Daily]', null, 'China Daily'],
  ])('%s', (text, creator, source) => {
    const found = extractCredits(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ creator, source })
  })

  it('the words as prose are no credit', () => {
    expect(fields('The keystone of the arch was restored. Keystone species matter.')).toEqual([])
  })

  it('property: "<name>/<national agency>" closing a caption credits both', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Lusa', 'Europa Press', 'Keystone', 'Lehtikuva', 'Ritzau', 'MTI'),
        (who, agency) => {
          const found = extractCredits(`Ministers arrive at the palace. ${who}/${agency}`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ creator: who, source: agency })
        },
      ),
    )
  })
})

describe('Nordic and Hungarian labels, newspapers named in other languages, a wire code', () => {
  it.each([
    ['Kuva: Ana Lund, Example Sanomat', 'image', 'Ana Lund', 'Example Sanomat'],
    ['Fotograf: Mira Berg/Example/TT', 'photo', 'Mira Berg', 'Example/TT'],
    ['Fotó: Tomas Ortiz/MTI', 'photo', 'Tomas Ortiz', 'MTI'],
    ['Foto: Jonas Kerr / TT kod 10060', 'photo', 'Jonas Kerr', 'TT'],
    ['Foto: Ana Lund, Example Zeitung', 'photo', 'Ana Lund', 'Example Zeitung'],
  ])('%s', (text, kind, creator, source) => {
    const found = extractCredits(`A ferry leaves the harbour in the morning. ${text}`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ text, kind, creator, source })
  })

  it('"kuva" without a colon, and a year after "in", are no label and no code', () => {
    expect(fields('Tämä kuva on vanha.')).toEqual([])
    expect(extractCredits('Photo: Jane Roe in 2006')[0]?.text).toBe('Photo: Jane Roe in 2006')
  })

  it('property: "Kuva: <name>, <paper>" names the photographer and the paper', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Turun Sanomat', 'Example Sanomat', 'Nordic Dagblad', 'Harbour Posten'),
        (who, paper) => {
          const text = `Lautta lähtee satamasta aamulla. Kuva: ${who}, ${paper}.`
          sane(text)
          const found = extractCredits(text)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ kind: 'image', creator: who, source: paper })
        },
      ),
    )
  })
})

describe('"Source:" in other languages, and a known agency at a slash after it', () => {
  it.each([
    ['Source: AFP/Jane Roe', 'Jane Roe', 'AFP'],
    ['Zdroj: ČTK / Mira Berg', 'Mira Berg', 'ČTK'],
    ['Fuente: Tomas Ortiz/EFE', 'Tomas Ortiz', 'EFE'],
    ['Fonte: ANSA/Ana Lund', 'Ana Lund', 'ANSA'],
  ])('%s', (credit, creator, source) => {
    const found = extractCredits(`A ferry leaves the harbour in the morning.\n${credit}`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ text: credit, creator, source })
  })

  it('a source of data, or a chain without a known agency, is no picture credit', () => {
    expect(fields('Unemployment rose in 2021.\nZdroj: Statistical Office/Eurostat')).toEqual([])
    expect(fields('Spending by region.\nSource: Example Ministry of Finance')).toEqual([])
  })

  it('property: "<source label>: <agency>/<name>" under a caption credits both', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Source', 'Zdroj', 'Fuente', 'Fonte'),
        fc.constantFrom('AFP', 'Reuters', 'EPA', 'ANP'),
        person,
        fc.boolean(),
        (word, agency, who, spaced) => {
          const chain = spaced ? `${agency} / ${who}` : `${agency}/${who}`
          const found = extractCredits(`A ferry leaves the harbour.\n${word}: ${chain}`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ creator: who, source: agency })
        },
      ),
    )
  })
})

describe('a year after an agency, and a caption glued after a name in capitals', () => {
  it('"© AFP 2023 / JANE ROE Foreign ministers …" ends at the name; the year dates it', () => {
    const text = '\u00a9 AFP 2023 / JANE ROE Foreign ministers vote at the meeting on Monday'
    expect(extractCredits(text).map((c) => [c.text, c.creator, c.source])).toEqual([
      ['\u00a9 AFP 2023 / JANE ROE', 'JANE ROE', 'AFP'],
    ])
  })

  it('an agency in capitals before a word in mixed case stays whole', () => {
    expect(extractCredits('A deminer at work. Jane Roe/AFP Photo')[0]?.source).toBe('AFP Photo')
  })

  it('property: "© <agency> <year> / <NAME> <Caption>" credits the name and the agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AFP', 'Reuters', 'Example Trust'),
        fc.integer({ min: 1990, max: 2029 }),
        fc.constantFrom('JANE ROE', 'TOMAS A. BERG', 'MIRA VAN DER LUND'),
        fc.constantFrom('Delegates', 'Foreign ministers', 'Children'),
        (agency, year, who, caption) => {
          const credit = `\u00a9 ${agency} ${year} / ${who}`
          const found = extractCredits(`${credit} ${caption} wait in the hall`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ text: credit, creator: who, source: agency })
        },
      ),
    )
  })
})

describe('the second batch of credits16, field by field', () => {
  it.each([
    [
      'Lautta lähtee satamasta aamulla. Kuva: Mira Lund, Example Sanomat',
      'Kuva: Mira Lund, Example Sanomat',
      'image',
      'Mira Lund',
      'Example Sanomat',
    ],
    [
      'Fiskebåtar i hamnen.\nFotograf: Jonas Berg/Example/TT',
      'Fotograf: Jonas Berg/Example/TT',
      'photo',
      'Jonas Berg',
      'Example/TT',
    ],
    [
      'A híd felújítása tavasszal. Fotó: Ana Ortiz/MTI',
      'Fotó: Ana Ortiz/MTI',
      'photo',
      'Ana Ortiz',
      'MTI',
    ],
    [
      'Fiskebåtar i hamnen. Foto: Tomas Kerr / TT kod 20417',
      'Foto: Tomas Kerr / TT kod 20417',
      'photo',
      'Tomas Kerr',
      'TT',
    ],
    [
      'Der Hafen am Morgen. Foto: Mira Berg, Example Zeitung',
      'Foto: Mira Berg, Example Zeitung',
      'photo',
      'Mira Berg',
      'Example Zeitung',
    ],
    [
      'El puerto al amanecer.\nFuente: EFE/Mira Lund',
      'Fuente: EFE/Mira Lund',
      'credit',
      'Mira Lund',
      'EFE',
    ],
    [
      'Přístav ráno.\nZdroj: Jonas Berg / ČTK',
      'Zdroj: Jonas Berg / ČTK',
      'credit',
      'Jonas Berg',
      'ČTK',
    ],
    [
      '\u00a9 AFP 2021 / MIRA LUND Delegates wait in the hall',
      '\u00a9 AFP 2021 / MIRA LUND',
      'credit',
      'MIRA LUND',
      'AFP',
    ],
  ])('%s', (text, credited, kind, creator, source) => {
    expect(exact(text)).toEqual([credit(text, credited, kind, creator, source)])
  })

  it('"Fonte", "Kuva" and a paper\'s name in prose are no credit', () => {
    expect(fields('A Fonte Nova é um estádio. Kuva on otettu kesällä.')).toEqual([])
    expect(fields('Os dados foram compilados.\nFonte: Banco Central do Brasil')).toEqual([])
    expect(fields('She joined Example Sanomat in 2006 as a photographer.')).toEqual([])
  })

  it('a wire and a pollster at a slash are the source of data, not of a picture', () => {
    expect(fields('Approval of the cabinet fell in March.\nSource: Reuters/Ipsos')).toEqual([])
    expect(fields('Trust in institutions, 2023.\nSource: AP/NORC')).toEqual([])
    expect(fields('Spending by region.\nFuente: EFE/Example Institute of Statistics')).toEqual([])
  })

  it('a name in capitals ending its line keeps its whole chain; a short code stays', () => {
    const text = 'Delegates wait in the hall.\n\u00a9 AFP / MIRA LUND'
    expect(exact(text)).toEqual([
      credit(text, '\u00a9 AFP / MIRA LUND', 'credit', 'MIRA LUND', 'AFP'),
    ])
    // The year after the chain dates the picture and stays out (chain-ends.test.ts).
    expect(fields('Photo: Mira Lund / TT 2006')[0]?.text).toBe('Photo: Mira Lund / TT')
  })
})

describe("archive ids with letters before the digits, German labels, a broadcaster's copyright", () => {
  it.each([
    [
      'A delegate visits a camp, 1917.\u00a9 Example Archive / hist-00412',
      '\u00a9 Example Archive / hist-00412',
      null,
      'Example Archive',
    ],
    [
      'Prisoners of war are repatriated, 1966.\u00a9 ICRC / M. Lund / ye-n-00031-12',
      '\u00a9 ICRC / M. Lund / ye-n-00031-12',
      'M. Lund',
      'ICRC',
    ],
    [
      'A field hospital, 1899.\u00a9 Photothèque CICR / T. Berg / hist-02211-07',
      '\u00a9 Photothèque CICR / T. Berg / hist-02211-07',
      'T. Berg',
      'Photothèque CICR',
    ],
  ])('%s', (text, credited, creator, source) => {
    expect(exact(text)).toEqual([credit(text, credited, 'credit', creator, source)])
  })

  it.each([
    [
      'Der Hafen am Morgen.\nFoto/Quelle: Mira Lund',
      'Foto/Quelle: Mira Lund',
      'photo',
      'Mira Lund',
      null,
    ],
    [
      'Der Hafen am Morgen.\nBildrechte: Example Rundfunk',
      'Bildrechte: Example Rundfunk',
      'image',
      null,
      'Example Rundfunk',
    ],
    [
      'Das Haus nach dem Brand. Bild: Polizeipräsidium Example/dpa',
      'Bild: Polizeipräsidium Example/dpa',
      'image',
      null,
      'Polizeipräsidium Example/dpa',
    ],
    [
      'Der Hafen am Morgen. Foto: dpa Picture-Alliance',
      'Foto: dpa Picture-Alliance',
      'photo',
      null,
      'dpa Picture-Alliance',
    ],
  ])('%s', (text, credited, kind, creator, source) => {
    expect(exact(text)).toEqual([credit(text, credited, kind, creator, source)])
  })

  it('"Image copyright <agency>" ending its line after a caption without a full stop', () => {
    const text =
      'Fishing boats return to the harbour at dawn Image copyright EPA\nImage caption The catch is sold on the quay.'
    expect(exact(text)).toEqual([credit(text, 'Image copyright EPA', 'image', null, 'EPA')])
  })

  it('German label words in prose, and "image copyright" mid-sentence, are no credit', () => {
    expect(fields('Die Bildrechte liegen beim Verlag. Die Quelle ist unklar.')).toEqual([])
    expect(fields('The court ruled on image copyright in the case of the monkey selfie.')).toEqual(
      [],
    )
    expect(fields('Who owns the image copyright Example Trust claimed in 2019?')).toEqual([])
    expect(fields('Das Archiv hat die Nummer hist-00412 vergeben.')).toEqual([])
  })
})

describe('a German file picture sent by an agency', () => {
  it('"Foto: <who is shown> (Archiv), via <agency>" names the agency, not the one shown', () => {
    const text =
      'Der Minister sprach am Montag.\nFoto: Jonas Berg (Archiv), via Example Nachrichtenagentur'
    const credited = 'Foto: Jonas Berg (Archiv), via Example Nachrichtenagentur'
    expect(exact(text)).toEqual([
      credit(text, credited, 'photo', null, 'Example Nachrichtenagentur'),
    ])
  })

  it('a photographer\'s name before "via" without "(Archiv)" stays the author', () => {
    expect(fields('Der Hafen.\nFoto: Jonas Berg via Example Nachrichtenagentur')[0]?.creator).toBe(
      'Jonas Berg',
    )
  })
})

describe('Polish "Fot.", Portuguese "Reprodução" and agencies in Portuguese', () => {
  it.each([
    [
      'Mecz na stadionie, 6 maja 2021 r. / Fot. Jonas Berg / Example / East News',
      'Fot. Jonas Berg / Example / East News',
      'photo',
      'Jonas Berg',
      'Example / East News',
    ],
    [
      'Ratusz w nocy.\nFot. Mira Lund / Dziennik Example / Example Press',
      'Fot. Mira Lund / Dziennik Example / Example Press',
      'photo',
      'Mira Lund',
      'Dziennik Example / Example Press',
    ],
    ['Ratusz w nocy. Fot. Tomas Ortiz', 'Fot. Tomas Ortiz', 'photo', 'Tomas Ortiz', null],
    [
      'Os clubes na final. (Foto: Reprodução/Twitter)',
      'Foto: Reprodução/Twitter',
      'photo',
      null,
      'Twitter',
    ],
    [
      'Votação no plenário (Foto: Ana Ortiz/Agência Example)',
      'Foto: Ana Ortiz/Agência Example',
      'photo',
      'Ana Ortiz',
      'Agência Example',
    ],
  ])('%s', (text, credited, kind, creator, source) => {
    expect(exact(text)).toEqual([credit(text, credited, kind, creator, source)])
  })

  it('a slash after a space ending the line is no part of the credit', () => {
    const text =
      'Mecz na stadionie, 6 maja 2021 r. / Fot. Jonas Berg / Example / East News /\nDalej.'
    expect(exact(text)).toEqual([
      credit(
        text,
        'Fot. Jonas Berg / Example / East News',
        'photo',
        'Jonas Berg',
        'Example / East News',
      ),
    ])
  })

  it('"fot." before a number or a word in lower case is no label', () => {
    expect(fields('Zob. fot. 3 na stronie 12.')).toEqual([])
    expect(fields('Ten fot. kowalski był tam.')).toEqual([])
    expect(fields('A reprodução do quadro está no museu.')).toEqual([])
  })
})

describe("a refugee agency's credit with the country first and the month as digits", () => {
  it.each([
    [
      'Families queue for water at the camp.\nExampleland / UNHCR / T. Berg / 04.2011',
      'Exampleland / UNHCR / T. Berg / 04.2011',
      'T. Berg',
    ],
    [
      'Families queue for water at the camp.\nUNHCR / M. Lund / 11.2009',
      'UNHCR / M. Lund / 11.2009',
      'M. Lund',
    ],
  ])('%s', (text, credited, creator) => {
    expect(exact(text)).toEqual([credit(text, credited, 'credit', creator, 'UNHCR')])
  })

  it('a place and an agency without a photographer stay prose', () => {
    expect(fields('Flights between Exampleland / UNHCR / Geneva were cancelled.')).toEqual([])
  })
})
