/**
 * Three readings measured on real pages in December 2026: the Spanish and Portuguese label
 * "Foto por", a Getty archive collection ("PhotoQuest") before the agency, and a label whose
 * only word says nobody is named ("Photo: Uncredited"). Every sentence is written for these
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
