/**
 * An Assembly resolution cited by its number after "adopted", "adopting" or "adopts" (also with
 * "the") in a text whose last body named before is the Assembly: "the General Assembly
 * unanimously adopted the resolution 64/35", "by unanimously adopting resolution 64/35". Example
 * sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string) =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => [d.start, d.end, d.text, d.symbol])

describe('an Assembly resolution after "adopted", "adopting" or "adopts"', () => {
  it('is read when the Assembly was the last body named', () => {
    expect(
      docs('On 2 December 2009 the General Assembly unanimously adopted the resolution 64/35.'),
    ).toEqual([[75, 80, '64/35', 'A/RES/64/35']])
    expect(
      docs('The General Assembly marked the day by unanimously adopting resolution 64/35.'),
    ).toEqual([[71, 76, '64/35', 'A/RES/64/35']])
    expect(docs('The Assembly adopts resolution 70/1 each year.')).toEqual([
      [31, 35, '70/1', 'A/RES/70/1'],
    ])
  })

  it('is none after a council or with no body named', () => {
    expect(docs('The Human Rights Council adopted resolution 47/23.')).toEqual([])
    expect(docs('The new camera adopted the resolution 16/9 for its screen.')).toEqual([])
  })

  it('gives the same symbol as "General Assembly resolution" (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 79 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('adopted the', 'adopted', 'adopting', 'adopts'),
        (session, n, cue) => {
          const text = `The General Assembly ${cue} resolution ${session}/${n}.`
          expect(docs(text)).toEqual([
            [
              text.indexOf(`${session}/`),
              text.length - 1,
              `${session}/${n}`,
              `A/RES/${session}/${n}`,
            ],
          ])
        },
      ),
    )
  })
})
