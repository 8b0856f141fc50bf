/**
 * A symbol followed by " and Add.1" (or "Corr.1", "Rev.2"), as resolutions print the draft they
 * adopted ("(A/61/L.45 and Add.1)"): the addendum is a document of its own, its span the words
 * "Add.1" (issue 8, seen on real pages in December 2026). Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => `${d.text}=${d.symbol}`)

describe('" and Add.1" after a symbol', () => {
  it.each([
    [
      'Adopted without reference to a Main Committee (A/84/L.61 and Add.1).',
      ['A/84/L.61=A/84/L.61', 'Add.1=A/84/L.61/Add.1'],
    ],
    [
      'Lena Fischer introduced the draft (A/C.1/84/L.19 and Corr.2) for her group.',
      ['A/C.1/84/L.19=A/C.1/84/L.19', 'Corr.2=A/C.1/84/L.19/Corr.2'],
    ],
    [
      'The report CCW/MSP/2031/5 & Add. 3 was noted.',
      ['CCW/MSP/2031/5=CCW/MSP/2031/5', 'Add. 3=CCW/MSP/2031/5/Add.3'],
    ],
    // A second revision replaces the first, it does not revise it.
    [
      'Compare A/C.1/84/L.7/Rev.1 and Rev.2 before the vote.',
      ['A/C.1/84/L.7/Rev.1=A/C.1/84/L.7/Rev.1', 'Rev.2=A/C.1/84/L.7/Rev.2'],
    ],
    // A range of addenda is its first, as a range of records is.
    ['See A/84/3 and Add.1-4.', ['A/84/3=A/84/3', 'Add.1=A/84/3/Add.1']],
  ])('%s', (text, expected) => {
    expect(docs(text)).toEqual(expected)
  })

  it('leaves other words after "and" alone', () => {
    expect(docs('See A/84/3 and Addendum 1.')).toEqual(['A/84/3=A/84/3'])
    expect(docs('See A/84/3 and add.1 here.')).toEqual(['A/84/3=A/84/3'])
    expect(docs('See A/84/3 and Add.1/Rev.1 here.')).toEqual(['A/84/3=A/84/3'])
    expect(docs('See A/84/3 and 4 more.')).toEqual(['A/84/3=A/84/3'])
    // A press release has no addenda of this kind.
    expect(docs('Press release SC/16000 and Corr.1.')).toEqual(['SC/16000=SC/16000'])
  })

  it('the addendum has a link of its own and its span is its words', () => {
    const text = 'Adopted (A/84/L.61 and Add.1).'
    const found = extract(text, { kinds: ['documents'] }).documents[1]
    expect(found).toEqual({
      type: 'document',
      start: 23,
      end: 28,
      text: 'Add.1',
      symbol: 'A/84/L.61/Add.1',
      url: 'https://docs.un.org/en/A/84/L.61/Add.1',
    })
  })

  it('property: any symbol with " and <suffix>.<n>" gives the symbol and its suffixed one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('A/C.1/85/L.17', 'CCW/MSP/2031/WP.2', 'BWC/WG/9/CRP.1', 'A/85/300'),
        fc.constantFrom('Add', 'Corr', 'Rev'),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('and', '&'),
        fc.constantFrom(['(', ')'], ['See ', '.'], ['document ', ', as noted']),
        (symbol, kind, n, joiner, [before, after]) => {
          const text = `${before}${symbol} ${joiner} ${kind}.${n}${after}`
          expect(docs(text)).toEqual([`${symbol}=${symbol}`, `${kind}.${n}=${symbol}/${kind}.${n}`])
          for (const d of extract(text).documents) expect(text.slice(d.start, d.end)).toBe(d.text)
        },
      ),
    )
  })
})
