/**
 * A Council committee or panel named by its resolution's number and, in brackets, the state it
 * deals with ("the 1718 (DPRK) Sanctions Committee"), and the other titles of sanctions bodies.
 * Example sentences of our own, and a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}|${s.iso3}`)

describe('a body named by a resolution and a bracketed state', () => {
  it('reads no mention in the title', () => {
    expect(states('The 2417 (Fiji) Sanctions Committee met on Monday.')).toEqual([])
    expect(
      states("The Council's 1234 (North Korea) Committee and the 987 (Peru) Panel of Experts."),
    ).toEqual([])
  })

  it('keeps a bracketed state that no body follows, and one after a year', () => {
    expect(states('Resolution 2417 (Fiji) was adopted; in 2019 (Peru) a Committee met.')).toEqual([
      'Fiji|FJI',
      'Peru|PER',
    ])
  })

  it('reads no mention in the other titles of sanctions bodies', () => {
    expect(
      states('The Panel of Experts on Nepal sanctions briefed the Chile Sanctions Committee.'),
    ).toEqual([])
  })

  it('holds for any number of three or four digits and any state (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.constantFrom('Chile', 'Fiji', 'DPRK', 'North Korea', 'Iran', 'South Sudan'),
        fc.constantFrom('Committee', 'Sanctions Committee', 'Panel of Experts'),
        (number, name, body) => {
          expect(states(`Jane Doe chairs the ${number} (${name}) ${body}.`)).toEqual([])
          expect(states(`Jane Doe wrote resolution ${number} (${name}) alone.`)).toHaveLength(1)
        },
      ),
    )
  })
})
