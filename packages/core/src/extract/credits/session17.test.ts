/**
 * Credits of the credits17 session: a bare "© NAME" closing a caption line after a comma. Every
 * sentence is written for these tests; names are invented.
 */
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { sane } from './test-helpers.js'

const exact = (text: string) =>
  extractCredits(text).map((c) => ({
    start: c.start,
    end: c.end,
    kind: c.kind,
    title: c.title,
    creator: c.creator,
    source: c.source,
    license: c.license,
  }))

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
