/**
 * A name that a hyphen split before a space ("Mauri- tania", a line break turned into a space).
 * Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

describe('a name that a hyphen split before a space', () => {
  it('"Mauri- tania" (a line break turned into a space) is the state, its span as written', () => {
    expect(states('Observers came from Chile, Mauri- tania and Peru.')).toEqual([
      'Chile=CHL',
      'Mauri- tania=MRT',
      'Peru=PER',
    ])
  })

  it('other words split that way are no states', () => {
    expect(states('The Interna- tional Council of Muse- ums met in Chile.')).toEqual(['Chile=CHL'])
  })

  it('property: any state name of two syllables or more split by "- " is still found', () => {
    const names = [
      'Mauritania',
      'Afghanistan',
      'Madagascar',
      'Switzerland',
      'Mozambique',
      'Kazakhstan',
    ]
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: 2, max: 5 }), (name, cut) => {
        const split = `${name.slice(0, cut)}- ${name.slice(cut)}`
        const found = extract(`Delegates of ${split} spoke.`).states
        expect(found.map((s) => s.text)).toEqual([split])
      }),
    )
  })
})
