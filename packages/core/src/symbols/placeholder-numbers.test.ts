/**
 * A draft's number not yet given ("S/2015/XXX", "A/C.1/80/L.XX") is no document: there is nothing
 * to link to. extract() leaves the words as written and reports them with a position; a roman
 * numeral elsewhere in a symbol ("CCW/CONF.XX/2", "A/RES/2028(XX)") stays one.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract/index.js'
import { parseDocumentSymbol } from './index.js'

describe('a placeholder for a number not yet given', () => {
  it('is rejected with a reason', () => {
    for (const text of [
      'S/2015/XXX',
      'S/2015/XXX/Add.1',
      'A/70/XX',
      'A/RES/70/xxx',
      'A/C.1/80/L.XX',
    ]) {
      expect(parseDocumentSymbol(text), text).toEqual({
        ok: false,
        reason: 'a placeholder ("XXX") for a number not yet given, not a document symbol',
      })
    }
  })

  it('keeps roman numerals that are no number after a session or year', () => {
    expect(parseDocumentSymbol('CCW/CONF.XX/2').ok).toBe(true)
    expect(parseDocumentSymbol('A/RES/2028(XX)').ok).toBe(true)
    expect(parseDocumentSymbol('A/70/X').ok).toBe(true)
  })

  it('is no document in prose, and is reported where it stands', () => {
    const text = 'The draft S/2015/XXX was circulated; S/2015/123 was adopted.'
    const result = extract(text, { kinds: ['documents'] })
    expect(result.documents.map((d) => [d.start, d.end, d.symbol])).toEqual([
      [37, 47, 'S/2015/123'],
    ])
    expect(result.diagnostics.map((m) => [m.start, m.end, m.ruleId])).toEqual([
      [10, 20, 'invalid-document-symbol'],
    ])
  })

  it('holds for any year and run of X (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1946, max: 2099 }),
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        (year, count, lower) => {
          const x = (lower ? 'x' : 'X').repeat(count)
          expect(parseDocumentSymbol(`S/${year}/${x}`).ok).toBe(false)
          expect(parseDocumentSymbol(`S/${year}/${count}`).ok).toBe(true)
        },
      ),
    )
  })
})
