/**
 * A treaty meeting and its year ("ATT/CSP1/2015", "BWC/MSP/2014") is the series a meeting's
 * documents are filed under, as document pages head their folders; no document. Example
 * sentences of our own; the symbols follow the treaty bodies' real series.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => d.symbol)

describe("a treaty meeting's series and year", () => {
  it('is no document, and says so in a warning', () => {
    const result = extract('Papers filed under ATT/CSP1/2015 are listed below.', {
      kinds: ['documents'],
    })
    expect(result.documents).toEqual([])
    expect(result.diagnostics.map((d) => [d.ruleId, d.start])).toEqual([
      ['invalid-document-symbol', 19],
    ])
    expect(docs('See BWC/MSP/2014, CCW/MSP/2019 and APLC/MSP.18/2020 for the papers.')).toEqual([])
  })

  it("keeps the meeting's documents, and the Conference's four-digit numbers", () => {
    expect(
      docs('See ATT/CSP1/2015/WP.6, BWC/MSP/2014/1, CCW/MSP/2019/9, CCM/78 and CD/2002.'),
    ).toEqual(['ATT/CSP1/2015/WP.6', 'BWC/MSP/2014/1', 'CCW/MSP/2019/9', 'CCM/78', 'CD/2002'])
  })

  it('property: a meeting and a year alone is never a document, with a number it always is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ATT/CSP1', 'ATT/CSP9', 'BWC/MSP', 'CCW/MSP', 'TPNW/MSP', 'APLC/MSP.21'),
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 40 }),
        (meeting, year, number) => {
          expect(docs(`Filed under ${meeting}/${year} today.`)).toEqual([])
          expect(docs(`Filed as ${meeting}/${year}/${number} today.`)).toEqual([
            `${meeting}/${year}/${number}`,
          ])
        },
      ),
    )
  })
})
