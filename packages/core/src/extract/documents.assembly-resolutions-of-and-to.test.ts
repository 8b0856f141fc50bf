/**
 * An Assembly resolution cited by its number after "of" or "to" ("with the adoption of
 * resolution 64/35", "pursuant to resolutions 62/30 and 63/54") in a text whose last body named
 * before is the Assembly, also when it is named "UNGA"; a Council resolution's year bracket with a
 * space before it closes ("1591 (2005 )"). Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string) =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => [d.start, d.end, d.text, d.symbol])

describe('an Assembly resolution after "of" or "to"', () => {
  it('is read when the Assembly was the last body named', () => {
    expect(
      docs('The General Assembly chose the day with the adoption of resolution 64/35.'),
    ).toEqual([[67, 72, '64/35', 'A/RES/64/35']])
    expect(
      docs('The General Assembly met. Reports were made pursuant to resolutions 62/30 and 63/54.'),
    ).toEqual([
      [68, 73, '62/30', 'A/RES/62/30'],
      [78, 83, '63/54', 'A/RES/63/54'],
    ])
  })

  it('counts "UNGA" as the Assembly named before', () => {
    expect(
      docs('We met under UNGA decision 76/515. I was mandated by resolution 74/50 to report.'),
    ).toEqual([[64, 69, '74/50', 'A/RES/74/50']])
  })

  it('is none after a council or with no body named', () => {
    expect(docs('The Human Rights Council acted by adoption of resolution 47/23.')).toEqual([])
    expect(docs('A screen with a ratio of resolution 16/9 was used.')).toEqual([])
  })
})

describe("a Council resolution's year bracket with a space before it closes", () => {
  it('is read with the space inside the span, the symbol without it', () => {
    expect(docs('paragraph 7 of resolution 1591 (2005 ), as updated')).toEqual([
      [26, 38, '1591 (2005 )', 'S/RES/1591 (2005)'],
    ])
    expect(docs('resolutions 1556 (2004) and 1591 (2005 ) apply')).toEqual([
      [12, 23, '1556 (2004)', 'S/RES/1556 (2004)'],
      [28, 40, '1591 (2005 )', 'S/RES/1591 (2005)'],
    ])
  })

  it('gives the same symbol with or without the space (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2700 }),
        fc.integer({ min: 1990, max: 2024 }),
        (n, y) => {
          const [plain] = docs(`resolution ${n} (${y})`)
          const [spaced] = docs(`resolution ${n} (${y} )`)
          expect(spaced?.[3]).toBe(plain?.[3])
          expect(spaced?.[2]).toBe(`${n} (${y} )`)
        },
      ),
    )
  })
})
