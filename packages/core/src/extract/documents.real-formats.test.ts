/**
 * Document symbols met on real pages, in example sentences of our own: the Article XIV
 * conference series of the CTBT (a series with a mixed-case name and a hyphen) and resolutions
 * of the General Assembly's special sessions cited by number.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const found = (text: string) => {
  const result = extract(text, { kinds: ['documents', 'citations'] })
  return {
    documents: result.documents.map((d) => `${d.text}=${d.symbol}`),
    citations: result.citations.map((c) => c.text),
  }
}

describe('the CTBT Article XIV conference series', () => {
  it('is one document, printed as the series is, with no citation inside it', () => {
    expect(found('The declaration (CTBT-Art.XIV/2031/6, annex) was adopted.')).toEqual({
      documents: ['CTBT-Art.XIV/2031/6=CTBT-Art.XIV/2031/6'],
      citations: [],
    })
    expect(found('See CTBT-ART.XIV/2029/WP.1* for the draft.').documents).toEqual([
      'CTBT-ART.XIV/2029/WP.1=CTBT-Art.XIV/2029/WP.1',
    ])
  })

  it('property: any year, number and type, in either case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CTBT-Art.XIV', 'CTBT-ART.XIV'),
        fc.integer({ min: 1999, max: 2045 }),
        fc.constantFrom('', 'WP.', 'INF.'),
        fc.integer({ min: 1, max: 40 }),
        (series, year, type, n) => {
          const symbol = `${series}/${year}/${type}${n}`
          expect(found(`Document ${symbol} was issued.`)).toEqual({
            documents: [`${symbol}=CTBT-Art.XIV/${year}/${type}${n}`],
            citations: [],
          })
        },
      ),
    )
  })
})

describe('resolutions of special sessions cited by number', () => {
  it('reads "resolution S-10/2" as the General Assembly resolution', () => {
    expect(found('As agreed in resolution S-10/2, disarmament comes first.').documents).toEqual([
      'S-10/2=A/RES/S-10/2',
    ])
  })

  it('property: special and emergency special sessions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('S', 'ES'),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('resolution ', 'General Assembly resolution ', 'Resolution '),
        (kind, session, n, lead) => {
          expect(found(`Recall ${lead}${kind}-${session}/${n} today.`).documents).toEqual([
            `${kind}-${session}/${n}=A/RES/${kind}-${session}/${n}`,
          ])
        },
      ),
    )
  })

  it('leaves a bare "S-10/2" without the word "resolution" alone', () => {
    expect(found('Item S-10/2 of the list.').documents).toEqual([])
  })
})

describe('"UNSCR" before a Council resolution', () => {
  it('cites the resolution when its year follows', () => {
    expect(found('Under UNSCR 1540 (2004), States report controls.').documents).toEqual([
      '1540 (2004)=S/RES/1540 (2004)',
    ])
    expect(found('UNSCR 1540 asks States to report.').documents).toEqual([])
  })

  it('property: any number and year, and lists after "UNSCRs"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2999 }),
        fc.integer({ min: 1990, max: 2040 }),
        (n, year) => {
          expect(found(`See UNSCRs ${n} (${year}) and ${n + 1} (${year}).`).documents).toEqual([
            `${n} (${year})=S/RES/${n} (${year})`,
            `${n + 1} (${year})=S/RES/${n + 1} (${year})`,
          ])
        },
      ),
    )
  })
})
