/**
 * "resolution 1540 of 2004": a Council resolution written with "of" and its year. Example
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) =>
    /\s/.test(d.text) && d.text.includes('/\n')
      ? `${JSON.stringify(d.text)}=${d.symbol}`
      : `${d.text}=${d.symbol}`,
  )

describe('a Council resolution written with "of" and its year', () => {
  it('is the resolution in a text that names the Security Council', () => {
    expect(
      docs('The Security Council recalled resolution 1540 of 2004 and resolution 242 of 1967.'),
    ).toEqual(['1540 of 2004=S/RES/1540 (2004)', '242 of 1967=S/RES/242 (1967)'])
  })

  it("is none where the number is too high for the year: the Assembly's or ECOSOC's", () => {
    expect(
      docs(
        'The Security Council met. Assembly resolution 2625 of 1970 and resolution 1503 of 1970.',
      ),
    ).toEqual([])
    expect(docs('The Security Council adopted resolution 678 of 1990.')).toEqual([
      '678 of 1990=S/RES/678 (1990)',
    ])
  })

  it('is none elsewhere, nor with a full date', () => {
    expect(docs('The ministry issued resolution 1540 of 2004 on tariffs.')).toEqual([])
    expect(docs('The Security Council met. Its resolution 12 of 20045 is no year.')).toEqual([])
    expect(docs('The General Assembly recalled its resolution 63/71 of 2 December 2008.')).toEqual([
      '63/71=A/RES/63/71',
    ])
  })
})
