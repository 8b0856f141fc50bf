/**
 * A state after another language's "de" ("Hablamos de Serbia") is read as a proper name's part
 * ("Banco de Venezuela") unless a comma sets another state beside it, as in a list ("de Serbia,
 * Croacia, Bosnia"); "Cote D'Ivoire" with a capital D is Côte d'Ivoire. Example sentences of our
 * own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const read = (text: string) => {
  const r = extract(text, { kinds: ['states', 'stateLists'] })
  return {
    states: r.states.map((s) => [s.start, s.end, s.text, s.iso3]),
    lists: r.stateLists.map((l) => [l.start, l.end, l.text, l.members.join(' ')]),
  }
}

describe('a state after "de" that opens a list', () => {
  it('is a mention and the first member', () => {
    expect(read('Hablamos de Serbia, Chile, Bosnia, Peru y más.')).toEqual({
      states: [
        [12, 18, 'Serbia', 'SRB'],
        [20, 25, 'Chile', 'CHL'],
        [27, 33, 'Bosnia', 'BIH'],
        [35, 39, 'Peru', 'PER'],
      ],
      lists: [[12, 39, 'Serbia, Chile, Bosnia, Peru', 'SRB CHL BIH PER']],
    })
  })

  it('stays a proper name without another state beside it', () => {
    expect(read('la Universidad de Chile, en Santiago').states).toEqual([])
    expect(read('el Banco de Venezuela, Caracas').states).toEqual([])
    expect(read('Hablamos de Serbia y nada más.').states).toEqual([])
  })

  it('holds for "de", "del", "du" and "da" before any two states (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('de', 'del', 'du', 'da'),
        fc.constantFrom('Serbia', 'Chile', 'Peru'),
        fc.constantFrom('Mali', 'Togo', 'Nepal'),
        (word, first, second) => {
          const text = `Hablamos ${word} ${first}, ${second}, Oman`
          expect(read(text).states.map((s) => s[2])).toEqual([first, second, 'Oman'])
        },
      ),
    )
  })
})

describe('"Cote D\'Ivoire" with a capital D', () => {
  it("is Côte d'Ivoire, also wrapped over a line and with a curly apostrophe", () => {
    expect(read("trip to Cote D'Ivoire and Ghana").states[0]).toEqual([
      8,
      21,
      "Cote D'Ivoire",
      'CIV',
    ])
    expect(read('Côte D\u2019Ivoire and Ghana').states[0]?.[3]).toBe('CIV')
    expect(read("Africa -- Cote\n D'Ivoire, Sierra Leone, and Tanzania -- was").lists).toEqual([
      [10, 52, "Cote\n D'Ivoire, Sierra Leone, and Tanzania", 'CIV SLE TZA'],
    ])
  })
})
