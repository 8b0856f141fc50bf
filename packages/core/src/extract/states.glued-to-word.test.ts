/**
 * A state name glued to the word before it (a table cell or heading run together with the next
 * name). Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

describe('a name glued to the word before it', () => {
  it('a table cell or heading run together with the next name', () => {
    expect(
      states('Ratification(R), Accession(a)RatificationAfghanistan 3 Dec 2008 aAngola 9 Apr'),
    ).toEqual(['Afghanistan=AFG', 'Angola=AGO'])
    expect(states('V. Chemical WeaponsArgentina (Mr. Cappagli): Argentina regrets')).toEqual([
      'Argentina=ARG',
      'Argentina=ARG',
    ])
  })

  it('hashtags, handles, identifiers and abbreviations glued to a word are no mentions', () => {
    expect(states('#StandWithUkraine @MissionFrance iOSChina theUS xChile')).toEqual([])
  })

  it('property: any state name glued after a word in lower case is found, its span as written', () => {
    const names = ['Afghanistan', 'Angola', 'Chile', 'Norway', 'South Africa', 'United States']
    fc.assert(
      fc.property(
        fc.constantFrom('Ratification', 'Weapons', 'Depositary', 'the', 'a'),
        fc.constantFrom(...names),
        (word, name) => {
          const found = extract(`Table: ${word}${name} 3 Dec 2008.`, { kinds: ['states'] }).states
          expect(found.map((s) => s.text)).toEqual([name])
        },
      ),
    )
  })
})
