/**
 * Copyright holders: a bare "© NAME" closing a caption line after a comma, a
 * broadcaster's "Image copyright" with its holder on the next line. Every
 * sentence is written for these tests; names are invented.
 */
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { exact as exactCredits, sane } from './test-helpers.js'

/** The span's offsets and every TASL field (the span's text left out). */
const exact = (text: string) => exactCredits(text).map(({ text: _text, ...fields }) => fields)

describe('a bare "©" holder after a comma, ending a caption line', () => {
  it('a caption in capitals, its place and month, then "© NAME"', () => {
    const text =
      'Patients wait outside.\n\n03. FIELD CLINIC IN ORVALA, MARCH 2016, © HEDDA LINDQVIST\n'
    sane(text)
    expect(exact(text)).toEqual([
      {
        start: 64,
        end: 81,
        kind: 'credit',
        title: null,
        creator: 'HEDDA LINDQVIST',
        source: null,
        license: null,
      },
    ])
  })

  it('a comma in the holder, or words running on after it, keep a sentence free of credits', () => {
    expect(
      extractCredits('Each sheet carries the mark, © Norvale Ltd, in its lower corner.\n'),
    ).toEqual([])
    expect(extractCredits('The keys print ®, ™, © and a few other signs.\n')).toEqual([])
  })
})

describe('"Image copyright" with its holder alone on the next line', () => {
  it('the holder below is the source; the span keeps the line break as written', () => {
    const text =
      'Image copyright\nNorthlight Images\n\nImage caption\n\nFerries wait at the quay on Sunday.'
    sane(text)
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 33,
        kind: 'image',
        title: null,
        creator: null,
        source: 'Northlight Images',
        license: null,
      },
    ])
    const crlf = 'Image copyright\r\nXMA\r\nImage caption Ferries wait at the quay.'
    sane(crlf)
    expect(extractCredits(crlf).map((c) => [c.text, c.source])).toEqual([
      ['Image copyright\r\nXMA', 'XMA'],
    ])
  })

  it('a heading "Image copyright" over a question or a sentence is no credit', () => {
    expect(extractCredits('Image copyright\nWho owns a photograph?\n')).toEqual([])
    expect(
      extractCredits('Image copyright\nThe law protects a photograph for seventy years.\n'),
    ).toEqual([])
  })
})
