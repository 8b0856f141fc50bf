/**
 * Picture widgets and archives: German news sites' picture widgets ("© Jane Roe/AP/dpa"
 * with the caption after it on its line), a pool kept in the chain. Every sentence is written
 * for these tests; names are invented.
 */
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { exact, sane } from './test-helpers.js'

/** Each credit as its text, kind, title, creator, source and licence. */
const read = (text: string) =>
  extractCredits(text).map((c) => [c.text, c.kind, c.title, c.creator, c.source, c.license])

describe("a dpa picture widget's credit with the caption after it on its line", () => {
  const widget = [
    '© Lena Brandt/AP/dpa Ein Frachter liegt im Hafen von Rostock vor Anker. (Archivbild)',
    '© Uncredited/AP/dpa Soldaten üben am Rand der Stadt den Ernstfall. (Archivbild)',
    '© -/YNA/dpa Eine Rakete steht auf einem Platz in der Hauptstadt. (Archivbild)',
    '© Tomas Vang/Pool/EPA/POOL/dpa Gepanzerte Fahrzeuge fahren während einer Parade vorbei. (Archivbild)',
  ].join('\n')

  it('ends the credit at the agency; an empty or uncredited slot names no one', () => {
    sane(widget)
    expect(exact(widget)).toEqual([
      {
        start: 0,
        end: 20,
        text: '© Lena Brandt/AP/dpa',
        kind: 'credit',
        title: null,
        creator: 'Lena Brandt',
        source: 'AP/dpa',
        license: null,
      },
      {
        start: 85,
        end: 104,
        text: '© Uncredited/AP/dpa',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AP/dpa',
        license: null,
      },
      {
        start: 165,
        end: 176,
        text: '© -/YNA/dpa',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'YNA/dpa',
        license: null,
      },
      {
        start: 243,
        end: 273,
        text: '© Tomas Vang/Pool/EPA/POOL/dpa',
        kind: 'credit',
        title: null,
        creator: 'Tomas Vang',
        source: 'Pool/EPA/POOL/dpa',
        license: null,
      },
    ])
  })

  it('a pool after the photographer stays in the chain', () => {
    expect(read('Delegates gather in the hall.\nPhoto: UPI/Noor Lindahl/Pool\n')).toEqual([
      ['Photo: UPI/Noor Lindahl/Pool', 'photo', null, 'Noor Lindahl', 'UPI/Pool', null],
    ])
  })

  it('an agency of two words is not cut at its first word', () => {
    expect(
      read('© Petra Moreau/Getty Images Medics change a dressing at the clinic on Monday.'),
    ).not.toContainEqual(expect.arrayContaining(['Getty']))
    expect(read('© Petra Moreau/Getty Images\n')).toEqual([
      ['© Petra Moreau/Getty Images', 'credit', null, 'Petra Moreau', 'Getty Images', null],
    ])
  })

  it('a name after the slash that is no agency is not cut', () => {
    expect(read('© Example Trust/Farah Okonkwo\n')).toEqual([
      ['© Example Trust/Farah Okonkwo', 'credit', null, 'Farah Okonkwo', 'Example Trust', null],
    ])
  })

  it('a block of copyright lines without captions is still a notice', () => {
    expect(extractCredits('© 2006 Jane Roe/AP\n© 2011 John Doe/AP\n© 2013 Ann Poe/AP\n')).toEqual(
      [],
    )
  })
})

describe('an archive named where the photographer would stand', () => {
  it('"Foto: Archivio", "Foto: Archiv", "Foto: Archivo": the archive is the source', () => {
    for (const word of ['Archivio', 'Archiv', 'Archivo', 'Archives']) {
      expect(read(`Il ponte dopo la piena del fiume.\nFoto: ${word}\n`)).toEqual([
        [`Foto: ${word}`, 'photo', null, null, word, null],
      ])
    }
  })

  it("a Getty archive collection before the agency's name names no photographer", () => {
    expect(read('Dockers unload a ship in 1948. (Photo by Three Lions/Getty Images)')).toEqual([
      ['Photo by Three Lions/Getty Images', 'photo', null, null, 'Three Lions/Getty Images', null],
    ])
    expect(read('Dockers unload a ship in 1948. (Photo by Fox Photos/Getty Images)')).toEqual([
      ['Photo by Fox Photos/Getty Images', 'photo', null, null, 'Fox Photos/Getty Images', null],
    ])
  })

  it("the collection's name alone on a line (a team's nickname) is no credit", () => {
    expect(extractCredits('The Three Lions won on Sunday.\nThree Lions\nFans cheer.\n')).toEqual([])
  })
})

describe("an empty photographer's slot opening a credit line", () => {
  const text =
    'Des soldats défilent sur la grande place de la capitale vendredi soir.\n/AP/SIPA / Sipa\n' +
    'La foule agite des drapeaux le long du cortège officiel.\n/AP/SIPA / Sipa\n'

  it('the span starts after the slash, once per line', () => {
    sane(text)
    expect(exact(text)).toEqual([
      {
        start: 72,
        end: 86,
        text: 'AP/SIPA / Sipa',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AP/Sipa / Sipa',
        license: null,
      },
      {
        start: 145,
        end: 159,
        text: 'AP/SIPA / Sipa',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AP/Sipa / Sipa',
        license: null,
      },
    ])
  })

  it('a path on the line after a sentence is no credit', () => {
    expect(extractCredits('Copy the file to the folder below.\n/usr/local/share\n')).toEqual([])
  })
})

describe('"Collection of photos by" and a note on when they were taken', () => {
  it('is a photo credit; the bracket after the name is no part of it', () => {
    const text =
      'Minefields of the valley\n\nCollection of photos by J. Petra Moreau (taken in 1998 & 1999)\n\nA deminer kneels.\n'
    sane(text)
    expect(exact(text)).toEqual([
      {
        start: 26,
        end: 65,
        text: 'Collection of photos by J. Petra Moreau',
        kind: 'photo',
        title: null,
        creator: 'J. Petra Moreau',
        source: null,
        license: null,
      },
    ])
  })

  it('a collection of photos in prose is no credit', () => {
    expect(
      extractCredits('The museum keeps a collection of photos by Noor Vang from the war years.\n'),
    ).toEqual([])
  })
})
