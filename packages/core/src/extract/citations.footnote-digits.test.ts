/**
 * A footnote number glued to a name in capitals ("THE MINE BAN TREATY1") is not part of the name.
 * Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty])

describe('a footnote number glued to a name in capitals', () => {
  it('is not part of it: "THE MINE BAN TREATY1 IN BRIEF"', () => {
    expect(cite('A GUIDE\n\nTHE MINE BAN TREATY1 IN BRIEF\n\nText.')).toEqual([
      ['MINE BAN TREATY', 'apmbt'],
    ])
    expect(cite('THE CHEMICAL WEAPONS CONVENTION12 AT TWENTY')).toEqual([
      ['CHEMICAL WEAPONS CONVENTION', 'cwc'],
    ])
  })

  it('leaves abbreviations and numerals with their digits: no name', () => {
    expect(cite('See CCW2 and Protocol II1 in the annex.')).toEqual([])
  })
})
