import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractDocuments } from '../extract/documents.js'
import { parsePressReleaseSymbol, pressReleaseSeries } from './press-releases.js'

const found = (text: string): Array<[string, string, string]> =>
  extractDocuments(text).map((d) => [d.text, d.symbol, d.url ?? ''])

describe('press-release symbols', () => {
  it('parses the series, the number and the suffixes', () => {
    expect(parsePressReleaseSymbol('GA/DIS/3712')?.symbol).toBe('GA/DIS/3712')
    expect(parsePressReleaseSymbol('SC/15000/corr.1')?.symbol).toBe('SC/15000/Corr.1')
    expect(parsePressReleaseSymbol('GA/12345/Rev.1/Add.2')?.releases[0]?.suffixes).toEqual([
      'Rev.1',
      'Add.2',
    ])
    expect(parsePressReleaseSymbol('SG/SM/21000-DC/3851')?.releases.map((r) => r.series)).toEqual([
      'SG/SM',
      'DC',
    ])
    for (const no of ['GA/1', 'ga/12345', 'XY/1234', 'GA/DIS', 'SC/15000/Rev', 'SC/1234/Foo.1'])
      expect(parsePressReleaseSymbol(no)).toBeNull()
  })

  it('finds them in prose without a URL (press releases are not in docs.un.org)', () => {
    const text =
      'The vote is summarised in GA/DIS/3712; the Council meeting in SC/15000/Corr.1, the ' +
      'Commission in DC/3850 and the joint release SG/SM/21000-DC/3851. See also GA/12345.'
    expect(found(text)).toEqual([
      ['GA/DIS/3712', 'GA/DIS/3712', ''],
      ['SC/15000/Corr.1', 'SC/15000/Corr.1', ''],
      ['DC/3850', 'DC/3850', ''],
      ['SG/SM/21000-DC/3851', 'SG/SM/21000-DC/3851', ''],
      ['GA/12345', 'GA/12345', ''],
    ])
  })

  it('finds a series glued to the word before it by PDF extraction', () => {
    expect(found('Security CouncilSC/7000 Press Office')).toEqual([['SC/7000', 'SC/7000', '']])
    expect(found('first committeeGA/DIS/3700 today')).toEqual([['GA/DIS/3700', 'GA/DIS/3700', '']])
    expect(found('the ratioAB/1234 and wordsGA/xyz')).toEqual([])
  })

  it('property: any series, number and suffix chain round-trips in prose', () => {
    const series = fc.constantFrom(...pressReleaseSeries)
    const suffix = fc.constantFrom('/Rev.1', '/Corr.2', '/Add.1', '')
    fc.assert(
      fc.property(
        series,
        fc.integer({ min: 10, max: 99999 }),
        fc.array(suffix, { maxLength: 3 }),
        fc.constantFrom(' ', '(', 'see ', '\n'),
        fc.constantFrom('.', ')', ', ', ' and', ''),
        (s, n, sx, before, after) => {
          const symbol = `${s}/${n}${sx.join('')}`
          const text = `Text${before}${symbol}${after} more`
          const docs = extractDocuments(text)
          expect(docs).toHaveLength(1)
          expect(docs[0]?.symbol).toBe(symbol)
          expect(text.slice(docs[0]!.start, docs[0]!.end)).toBe(symbol)
          expect(docs[0]).not.toHaveProperty('url')
        },
      ),
    )
  })
})
