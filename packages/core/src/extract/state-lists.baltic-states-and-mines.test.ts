/**
 * A list after "the Baltic States" starts at its first state (the region is no item, as "the
 * Balkans" is none), and a name with "Mines" after the list's conjunction is an organisation that
 * closes the list outside its span. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text, { kinds: ['stateLists'] }).stateLists.map((l) => [l.start, l.end, l.text])

describe('a list after "the Baltic States"', () => {
  it('starts at its first state', () => {
    expect(
      lists('The members also include the Baltic States, Denmark, Finland, Iceland, and Slovenia.'),
    ).toEqual([[44, 83, 'Denmark, Finland, Iceland, and Slovenia']])
    expect(lists('Aid came from the Baltics, Chile, Peru and Ghana.')).toEqual([
      [27, 48, 'Chile, Peru and Ghana'],
    ])
  })

  it('keeps the states in its brackets as members', () => {
    expect(
      lists('Aid came from Chile, Peru and the Baltic States (Estonia, Latvia), Ghana and Togo.'),
    ).toEqual([[14, 81, 'Chile, Peru and the Baltic States (Estonia, Latvia), Ghana and Togo']])
  })
})

describe('a name with "Mines" after the conjunction', () => {
  it('closes the list outside its span', () => {
    expect(
      lists(
        'It is backed by the governments of Japan, Ireland, the United States and Example Without Mines.',
      ),
    ).toEqual([[35, 68, 'Japan, Ireland, the United States']])
  })

  it('is skipped inside a list', () => {
    expect(lists('It is funded by Chile, Peru, Example Mines Group and Ghana.')).toEqual([
      [16, 58, 'Chile, Peru, Example Mines Group and Ghana'],
    ])
  })

  it('ends the span at the last state whatever the organisation (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Chile, Peru, Ghana',
          'Japan, Ireland, the United States',
          'Fiji, Samoa, Tonga',
        ),
        fc.constantFrom('World Without Mines', 'Example Mines Trust', 'Free of Mines'),
        (states, org) => {
          const text = `Funds came from ${states} and ${org}.`
          expect(lists(text)).toEqual([[16, 16 + states.length, states]])
        },
      ),
    )
  })
})
