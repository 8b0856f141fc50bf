/**
 * "resolution No. 64/35" (a number sign between the word and the number) and "as per resolution
 * 64/35": an Assembly resolution when the Assembly was the last body named before, as for "of"
 * and "to". Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string) =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => [d.start, d.end, d.text, d.symbol])

describe('"No." between "resolution" and its number', () => {
  it('reads an Assembly resolution after "as per" with or without a space after "No."', () => {
    expect(
      docs('The 64th session of the General Assembly chose the day as per resolution No.64/35.'),
    ).toEqual([[76, 81, '64/35', 'A/RES/64/35']])
    expect(docs('The General Assembly acted as per resolution No. 64/35.')).toEqual([
      [49, 54, '64/35', 'A/RES/64/35'],
    ])
  })

  it('reads a Council resolution with its year', () => {
    expect(docs('The Council adopted resolution No. 1540 (2004).')).toEqual([
      [35, 46, '1540 (2004)', 'S/RES/1540 (2004)'],
    ])
  })

  it('is none when no Assembly was named before', () => {
    expect(docs('Paid as per resolution No. 12/3 of the board.')).toEqual([])
    expect(docs('We work as per resolution 16/9 screens.')).toEqual([])
  })

  it('gives the Assembly symbol for any session and number (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('No.', 'No. ', 'No '),
        (session, number, sign) => {
          const cited = `${session}/${number}`
          const text = `The General Assembly spoke as per resolution ${sign}${cited} today.`
          expect(docs(text)).toEqual([
            [text.indexOf(cited), text.indexOf(cited) + cited.length, cited, `A/RES/${cited}`],
          ])
          expect(docs(`The board spoke as per resolution ${sign}${cited} today.`)).toEqual([])
        },
      ),
    )
  })
})
