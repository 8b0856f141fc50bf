/** An abbreviation written with dots ("N.Z.") is a mention as written. */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}=${s.iso3}`)

describe('"N.Z." for New Zealand', () => {
  it('is a mention with its dots, as the abbreviation is written', () => {
    expect(states('The resolution received 15 votes against (N.Z.), with 16 abstentions.')).toEqual(
      ['N.Z.=NZL'],
    )
    expect(states('Prof. J.N.Z. Smith and the N.Z.X. index.')).toEqual([])
  })
})
