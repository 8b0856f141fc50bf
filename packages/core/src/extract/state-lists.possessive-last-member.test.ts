/**
 * A last member described by a possessive ("... and Chile's old partner Peru"). Example sentences
 * of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string): [string, readonly string[]][] =>
  extract(text, { kinds: ['stateLists'] }).stateLists.map((l) => [l.text, l.members])

describe("a last member described by a state's possessive", () => {
  it('takes the described state, not the possessive', () => {
    expect(lists('Against were Nepal, Oman, Peru and Peru’s close partner Chile.')).toEqual([
      ['Nepal, Oman, Peru and Peru’s close partner Chile', ['NPL', 'OMN', 'PER', 'CHL']],
    ])
  })

  it('leaves a possessive that describes no state', () => {
    expect(lists("Nepal, Oman and Peru's envoy Jane Roe spoke.")).toEqual([
      ['Nepal, Oman and Peru', ['NPL', 'OMN', 'PER']],
    ])
  })
})
