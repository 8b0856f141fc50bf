/**
 * States and state lists in headlines in title case. Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text).stateLists.map((l) => ({ text: l.text, members: l.members }))

const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

const pool = ['Kenya', 'Latvia', 'Nepal', 'Oman', 'Peru', 'Chile', 'Ghana', 'Mali', 'Togo', 'Fiji']

describe('a headline in title case', () => {
  it('"And" before the last member closes the list', () => {
    expect(lists('Chile, Ghana, Nepal And Peru Win Seats\nThe vote was held.')).toEqual([
      { text: 'Chile, Ghana, Nepal And Peru', members: ['CHL', 'GHA', 'NPL', 'PER'] },
    ])
  })

  it('a verb and a preposition in title case open no organisation after a state', () => {
    expect(lists('Chile, Ghana, Nepal And Peru Elected To Council')[0]?.members).toEqual([
      'CHL',
      'GHA',
      'NPL',
      'PER',
    ])
    expect(states('Kenya Red Cross and the Peru Mine Action Centre')).toEqual([])
  })

  it("the UN's own bodies after a state in a headline open no organisation named after it", () => {
    expect(states('Chile Joins UN Security Council')).toEqual(['Chile=CHL'])
    expect(states('Nigeria Urges Security Council Reform')).toEqual(['Nigeria=NGA'])
    expect(states('Kenya Red Cross Society and the Cambodia Mine Action Authority')).toEqual([])
  })

  it('two names joined by "And" are no list', () => {
    expect(lists('Chile And Peru Sign Accord')).toEqual([])
  })

  it('property: a title-case list keeps every member', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 3, maxLength: 7 }),
        (names) => {
          const text = `${names.slice(0, -1).join(', ')} And ${names.at(-1)} Elected To Board`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toHaveLength(names.length)
          expect(found[0]!.text.endsWith(names.at(-1)!)).toBe(true)
        },
      ),
    )
  })
})
