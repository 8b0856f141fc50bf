/**
 * The Bangkok Treaty named by the zone as the UN spells it ("South-East Asia") before "Treaty",
 * also with the zone's abbreviation in brackets before "Treaty" (one citation). Example sentences
 * of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start, c.end])

describe('"South-East Asia Nuclear Weapon-Free Zone Treaty"', () => {
  it('is the Bangkok Treaty', () => {
    expect(cite('Jane Doe spoke on the South-East Asia Nuclear Weapon-Free Zone Treaty.')).toEqual([
      ['South-East Asia Nuclear Weapon-Free Zone Treaty', 'bangkok', 22, 69],
    ])
  })

  it('is one citation with the abbreviation in brackets before "Treaty"', () => {
    expect(
      cite('The South-East Asia Nuclear Weapon-Free Zone (SEANWFZ) Treaty entered into force.'),
    ).toEqual([['South-East Asia Nuclear Weapon-Free Zone (SEANWFZ) Treaty', 'bangkok', 4, 61]])
  })

  it('is read with hyphens or spaces between the words (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('South-East', 'South East', 'Southeast'),
        fc.constantFrom(' ', '-'),
        fc.constantFrom(' ', '-'),
        (region, a, b) => {
          const title = `${region} Asia Nuclear${a}Weapon${b}Free Zone Treaty`
          expect(cite(`We studied the ${title} closely.`)).toEqual([
            [title, 'bangkok', 15, 15 + title.length],
          ])
        },
      ),
    )
  })
})
