/**
 * Readings measured on real pages in December 2026: the Spanish and Portuguese label "Foto
 * por", a Getty archive collection ("PhotoQuest") before the agency, a label whose only word
 * says nobody is named ("Photo: Uncredited"), and a news site's "Photographer:" before a chain. Every sentence is written for these
 * tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'

const read = (text: string) =>
  extractCredits(text).map((c) => [c.text, c.kind, c.creator, c.source, c.license])

describe('"Foto por" labels a photo (Spanish, Portuguese)', () => {
  it.each([
    [
      'Un equipo limpia el campo minado cerca del río. Foto por MARTA SOLER/AFP\n\nSigue el texto.',
      ['Foto por MARTA SOLER/AFP', 'photo', 'MARTA SOLER', 'AFP', null],
    ],
    [
      'Uma equipa retira minas junto à estrada. Foto por Tiago Moura/Reuters',
      ['Foto por Tiago Moura/Reuters', 'photo', 'Tiago Moura', 'Reuters', null],
    ],
    [
      'Los voluntarios marcan el terreno. Fotografía por Lucía Prado',
      ['Fotografía por Lucía Prado', 'photo', 'Lucía Prado', null, null],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected])
  })

  it.each([
    'Le mandé una foto por correo a mi hermana.',
    'Publicamos una foto por día durante la campaña.',
    'Mandei a foto por mensagem ontem à noite.',
  ])('no credit in prose: %s', (text) => {
    expect(read(text)).toEqual([])
  })
})

describe('a Getty archive collection is a source, not a photographer', () => {
  it('"Photo by PhotoQuest/Getty Images"', () => {
    expect(read('Sappers at work in 1943. (Photo by PhotoQuest/Getty Images)')).toEqual([
      ['Photo by PhotoQuest/Getty Images', 'photo', null, 'PhotoQuest/Getty Images', null],
    ])
  })

  it('a photographer before the collection stays the creator', () => {
    expect(read('Sappers at work. Photo by Edda Lind/PhotoQuest/Getty Images')).toEqual([
      [
        'Photo by Edda Lind/PhotoQuest/Getty Images',
        'photo',
        'Edda Lind',
        'PhotoQuest/Getty Images',
        null,
      ],
    ])
  })
})

describe('"Uncredited" and "Unknown" alone name nobody: no credit', () => {
  it.each([
    'A convoy waits at the crossing. Photo by: Uncredited',
    'A convoy waits at the crossing. Photo: Unknown\n\nThe talks resumed.',
    'A convoy waits at the crossing. Photo by UNCREDITED',
  ])('%s', (text) => {
    expect(read(text)).toEqual([])
  })

  it('beside an agency, the agency is the source', () => {
    expect(read('A convoy waits at the crossing. Photo: Uncredited/AP')).toEqual([
      ['Photo: Uncredited/AP', 'photo', null, 'AP', null],
    ])
  })
})

describe('"Photographer:" before a chain or an agency', () => {
  it.each([
    [
      'Troops parade past the gate.\n\n    Photographer: Ines Varga/AFP via Getty Images\n  2. 2\n',
      [
        'Photographer: Ines Varga/AFP via Getty Images',
        'photo',
        'Ines Varga',
        'AFP via Getty Images',
        null,
      ],
    ],
    [
      'Troops parade past the gate.\nPhotographer: Getty Images\n',
      ['Photographer: Getty Images', 'photo', null, 'Getty Images', null],
    ],
    [
      'Troops parade past the gate.\nPhotographer: Karel Holm/AP Photo\n',
      ['Photographer: Karel Holm/AP Photo', 'photo', 'Karel Holm', 'AP Photo', null],
    ],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual([expected])
  })

  it("an archive record's name as written stays the creator; a surname-first name before a slash is not split", () => {
    expect(read('Photographer : HOLM, Karel\n')).toEqual([
      ['Photographer : HOLM, Karel', 'photo', 'HOLM, Karel', null, null],
    ])
    expect(read('Photographer : HOLM, Karel / Example Archive\n')).toEqual([])
  })
})
