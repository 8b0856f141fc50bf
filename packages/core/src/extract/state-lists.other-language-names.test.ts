/**
 * In a list, a name in another language is no misspelt state: a letter with a diacritic the
 * state's name lacks ("Thaïlande") or the state's whole name with an ending added ("Thailandia");
 * a list cut off by an ellipsis after "the" ends at its last state. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const read = (text: string) => {
  const r = extract(text, { kinds: ['states', 'stateLists'] })
  return {
    states: r.states.map((s) => `${s.text}:${s.iso3}`),
    lists: r.stateLists.map((l) => l.text),
  }
}

describe('a name in another language inside a list', () => {
  it('is no misspelt state ("Thailandia", "Thaïlande", "Moçambique")', () => {
    expect(read('Chad, Thailandia, Peru and Chile').states).toEqual([
      'Chad:TCD',
      'Peru:PER',
      'Chile:CHL',
    ])
    expect(read('Chad, Thaïlande, Peru and Moçambique').states).toEqual(['Chad:TCD', 'Peru:PER'])
  })

  it('keeps a misspelling in English ("Guatamala", "Lichtenstein")', () => {
    expect(read('Guatamala, Chile, Peru and Lichtenstein').states).toEqual([
      'Guatamala:GTM',
      'Chile:CHL',
      'Peru:PER',
      'Lichtenstein:LIE',
    ])
  })

  it('holds for any ending glued to a state in a list (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ia', 'e', 'en', 'a'),
        fc.constantFrom('Thailand', 'Finland', 'Poland'),
        (ending, name) => {
          expect(read(`Chad, ${name}${ending}, Peru and Chile`).states).toEqual([
            'Chad:TCD',
            'Peru:PER',
            'Chile:CHL',
          ])
        },
      ),
    )
  })
})

describe('a list cut off by an ellipsis', () => {
  it('ends at its last state, "the..." outside ("Britain, China, France, the...")', () => {
    expect(read('the powers (Britain, China, France, the...')).toEqual({
      states: ['Britain:GBR', 'China:CHN', 'France:FRA'],
      lists: ['Britain, China, France'],
    })
    expect(read('Senegal, Gambia, the.').states).toEqual(['Senegal:SEN', 'Gambia, the:GMB'])
  })
})
