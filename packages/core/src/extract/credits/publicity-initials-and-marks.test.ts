/**
 * Small readings from the misses of the tenth real-page set (studied after it was scored):
 * Portuguese "Divulgação" (a publicity handout) names no one, as "Reprodução" does; a French
 * given name's abbreviation ("Ph.", "Ch.", "Th.") and an Air Force rank ("Tech. Sgt.") end no
 * sentence; a known agency with a digit ("News1") is no asset's number; an asterisk after a
 * credit is no part of it. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, sane } from './test-helpers.js'

describe('Portuguese "Divulgação"', () => {
  it('names no one: the rest of the chain is the source, alone it is no credit', () => {
    expect(fields('Sapadores no terreno. Foto: Divulgação/ Example Trust\nMais.')).toEqual([
      {
        text: 'Foto: Divulgação/ Example Trust',
        creator: null,
        source: 'Example Trust',
        license: null,
      },
    ])
    expect(fields('Sapadores no terreno. Foto: Divulgação\nMais.')).toEqual([])
  })

  it('property: like "Reprodução", before any organisation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Divulgação', 'Reprodução'),
        fc.constantFrom('Example Trust', 'TV Example', 'Instagram'),
        (word, org) => {
          const text = `Sapadores no terreno. Foto: ${word}/${org}\nMais.`
          sane(text)
          const [credit] = fields(text)
          expect(credit?.creator).toBe(null)
          expect(credit?.source).toBe(org)
        },
      ),
    )
  })
})

describe('abbreviations inside a name', () => {
  it.each([
    [
      'Un démineur au travail. © Ph. Doe / Example Trust',
      '© Ph. Doe / Example Trust',
      'Ph. Doe',
      'Example Trust',
    ],
    [
      'Un démineur au travail. © Ch. Roe / Example Trust',
      '© Ch. Roe / Example Trust',
      'Ch. Roe',
      'Example Trust',
    ],
    [
      'A crew loads the aircraft. U.S. Air Force photo by Tech. Sgt. Jane Doe',
      'U.S. Air Force photo by Tech. Sgt. Jane Doe',
      'Jane Doe',
      'U.S. Air Force',
    ],
  ])('%s', (text, span, creator, source) => {
    expect(fields(text)).toEqual([{ text: span, creator, source, license: null }])
  })
})

describe('chains and marks', () => {
  it('keeps a known agency with a digit in the source', () => {
    expect(fields('Delegates meet at the border village. News1/Pool via REUTERS')).toEqual([
      {
        text: 'News1/Pool via REUTERS',
        creator: null,
        source: 'News1/Pool via Reuters',
        license: null,
      },
    ])
  })

  it('leaves an asterisk after the credit out of it', () => {
    expect(fields('Guards at the border post, 2 May 2023. AFP PHOTO/ JANE DOE *\nNext.')).toEqual([
      { text: 'AFP PHOTO/ JANE DOE', creator: 'JANE DOE', source: 'AFP PHOTO', license: null },
    ])
  })
})
