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

describe('misc11: symbols in table cells that lost their spaces, and a vote record resolution', () => {
  it('reads a symbol between a year and a word glued to it', () => {
    expect(found('Year|Report\n2031CCW/GGE.1/2031/4Working Papers\n').documents).toEqual([
      'CCW/GGE.1/2031/4=CCW/GGE.1/2031/4',
    ])
    expect(found('Draft: A/C.1/91/L.17GA Resolution/Decision: 91/44\n').documents).toEqual([
      'A/C.1/91/L.17=A/C.1/91/L.17',
      '91/44=A/RES/91/44',
    ])
  })

  it('keeps whatever the grammar can read as part of the symbol', () => {
    expect(found('See A/C.1/91/L.17/Rev.1 and A/C.1/91/L.17/Add.2 too.').documents).toEqual([
      'A/C.1/91/L.17/Rev.1=A/C.1/91/L.17/Rev.1',
      'A/C.1/91/L.17/Add.2=A/C.1/91/L.17/Add.2',
    ])
    // One capital after the number (a lettered series) is left as it was read.
    expect(found('See A/RES/91/44B today.').documents).toEqual(['A/RES/91/44B=A/RES/91/44B'])
    // A year glued before something that is no series gives nothing.
    expect(found('2031XYZ/GGE.1/2031/4 and 2031/4').documents).toEqual([])
  })

  it('property: a year before and a word after never change the symbol, and no text is lost', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CCW/GGE.1', 'A/C.1', 'APLC/MSP.21', 'NPT/CONF.2030/PC.I'),
        fc.integer({ min: 2000, max: 2039 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('', 'L.', 'WP.'),
        fc.constantFrom('Working Papers', 'Report', 'GA', 'UNDOC', 'Annex'),
        (series, year, n, type, word) => {
          const symbol = `${series}/${year}/${type}${n}`
          const text = `Row\n${year}${symbol}${word}\nEnd.`
          const docs = extract(text, { kinds: ['documents'] }).documents
          expect(docs.map((d) => d.symbol)).toEqual([symbol])
          const [doc] = docs
          expect(text.slice(doc!.start, doc!.end)).toBe(symbol)
        },
      ),
      { numRuns: 120 },
    )
  })
})
