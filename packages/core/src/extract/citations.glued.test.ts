/**
 * Abbreviations glued to their neighbours, as text copied out of PDFs and web pages prints them
 * (issue 8: "acronyms glued to a neighbouring word"). Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe('an abbreviation glued to the word before or after it', () => {
  it('is a citation of its instrument, the span on the abbreviation alone', () => {
    expect(cite('Latest NewsCTBT envoy visits the region')).toEqual([['CTBT', 'ctbt', 11]])
    expect(cite('Four states ratified theNPT that year.')).toEqual([['NPT', 'npt', 24]])
    expect(cite('Delegates to the NPTReview Conference met.')).toEqual([['NPT', 'npt', 17]])
    expect(cite('Both the APMBTand the CCM ban a weapon.')).toEqual([
      ['APMBT', 'apmbt', 9],
      ['CCM', 'ccm', 22],
    ])
  })

  it('takes the longest abbreviation and keeps the order of citations', () => {
    expect(cite('The CCW met; so did theCCWC and the ATT.').map(([t]) => t)).toEqual([
      'CCW',
      'CCWC',
      'ATT',
    ])
  })

  it('counts for what the page is about: a later bare article resolves to it', () => {
    const [first, second] = extract(
      'Report on theCTBT.\n\nArticle XIV sets out entry into force.',
      {
        kinds: ['citations'],
      },
    ).citations
    expect([first?.treaty, second?.treaty, second?.article]).toEqual(['ctbt', 'ctbt', '14'])
  })

  it('is no citation inside other words, organisations, addresses, symbols or handles', () => {
    expect(cite('No mATTer how wATTs are counted, ATTEND and ATTENTION stay words.')).toEqual([])
    expect(cite('The CTBTO and theCTBTO are organisations.')).toEqual([])
    expect(cite('See https://example.org/theNPT and follow @theNPT or #theNPT.')).toEqual([])
    expect(cite('Paper theCCW/GGE/2020/WP.1 was filed.')).toEqual([])
    expect(cite('Diagram theNPT_chart.png attached.')).toEqual([])
    expect(cite('Plural forms such as NPTs and CCMs are not read glued.')).toEqual([])
  })

  it('property: an abbreviation glued to a lower-case word is found once, at its place', () => {
    const abbreviations = fc.constantFrom(
      ['NPT', 'npt'],
      ['CTBT', 'ctbt'],
      ['APMBT', 'apmbt'],
      ['CCM', 'ccm'],
      ['TPNW', 'tpnw'],
      ['ATT', 'att'],
      ['BWC', 'bwc'],
    )
    const words = fc.constantFrom('the', 'of', 'News', 'signed', 'ratify')
    const after = fc.constantFrom(' text', '. ', ', ', 'Review', 'and the', ' (2024)')
    fc.assert(
      fc.property(abbreviations, words, after, ([abbreviation, id], word, tail) => {
        const text = `Notes: ${word}${abbreviation}${tail}`
        expect(cite(text)).toEqual([[abbreviation, id, 7 + word.length]])
      }),
    )
  })
})
