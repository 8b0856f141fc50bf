import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractDocuments } from '../extract/documents.js'
import { parseDocumentSymbol } from './parse.js'
import { realSymbols } from './real-symbols.js'

const symbolChars = fc.constantFrom(...'ACDEGLMNPRSVW0123456789/.-() abc,;:'.split(''))
const symbolish = fc.array(symbolChars, { maxLength: 40 }).map((chars) => chars.join(''))
const real = fc.constantFrom(...realSymbols.map((entry) => entry.symbol))
const filler = fc.constantFrom(
  ' ',
  ', ',
  '. ',
  ' (',
  ') ',
  ' and ',
  ' document ',
  '\n',
  ' 24/7 ',
  ' and/or ',
)
/** Prose made of real symbols, noise and separators. */
const prose = fc
  .array(fc.oneof(real, symbolish, filler, fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''))

describe('document symbols: properties', () => {
  it('parseDocumentSymbol never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(symbolish, fc.string(), real), (input) => {
        const result = parseDocumentSymbol(input)
        if (result.ok) {
          expect(parseDocumentSymbol(result.value.symbol)).toEqual(result)
        } else {
          expect(result.reason.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('extractDocuments returns sorted, in-bounds spans whose text is the input slice', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const found = extractDocuments(text, {}, [])
        let previousEnd = 0
        for (const doc of found) {
          expect(doc.start).toBeGreaterThanOrEqual(previousEnd)
          expect(doc.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(doc.start, doc.end)).toBe(doc.text)
          expect(parseDocumentSymbol(doc.text)).toMatchObject({
            ok: true,
            value: { symbol: doc.symbol },
          })
          expect(doc.url?.startsWith('https://docs.un.org/en/')).toBe(true)
          previousEnd = doc.end
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('finds every real symbol written between spaces, brackets or before a full stop', () => {
    // Two-part symbols of one-letter series ("S/23500") need a cue word; tested elsewhere.
    const cueFree = fc.constantFrom(
      ...realSymbols.map((entry) => entry.symbol).filter((s) => !/^[A-Z]\/\d+$/.test(s)),
    )
    fc.assert(
      fc.property(
        cueFree,
        fc.constantFrom(['See ', '.'], ['(', ')'], ['document ', ', '], ['\u201c', '\u201d']),
        (symbol, [before, after]) => {
          const text = `${before}${symbol}${after}`
          const found = extractDocuments(text, {}, [])
          expect(found.map((d) => d.symbol)).toEqual([symbol])
          expect(found[0]?.start).toBe(before.length)
        },
      ),
      { numRuns: 300 },
    )
  })
})
