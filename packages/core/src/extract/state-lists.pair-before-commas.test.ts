/**
 * A list whose first two members are joined by "and" and which goes on with commas ("the United
 * States and Germany, France, Italy and Japan"): one list of every member when two or more commas
 * follow the pair; with one comma only ("Chile and Peru, Ghana and Togo") the text may pair them,
 * so it is no list and each name is a mention. Example sentences of our own, and a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string): [string, readonly string[]][] =>
  extract(text, { kinds: ['stateLists'] }).stateLists.map((l) => [l.text, l.members])
const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => s.iso3)

describe('a pair joined by "and" that opens a comma list', () => {
  it('is part of the list', () => {
    expect(
      lists('It was tabled by the Netherlands and Chile, Ghana, Peru and Nepal last week.'),
    ).toEqual([
      ['Netherlands and Chile, Ghana, Peru and Nepal', ['NLD', 'CHL', 'GHA', 'PER', 'NPL']],
    ])
    expect(lists('Co-sponsors: Fiji and the Republic of Korea, Oman, Togo, and Mali.')).toEqual([
      ['Fiji and the Republic of Korea, Oman, Togo, and Mali', ['FJI', 'KOR', 'OMN', 'TGO', 'MLI']],
    ])
  })

  it('is two mentions before one comma and a second pair', () => {
    const text = 'Lena Fischer thanked Chile and Peru, Ghana and Togo for their support.'
    expect(lists(text)).toEqual([])
    expect(states(text)).toEqual(['CHL', 'PER', 'GHA', 'TGO'])
  })

  it('stays apart from a list after "as well as" or a semicolon', () => {
    expect(lists('Chile and Peru, as well as Ghana, Togo and Mali, voted yes.')).toEqual([
      ['Ghana, Togo and Mali', ['GHA', 'TGO', 'MLI']],
    ])
    expect(lists('Chile and Peru voted yes; Ghana, Togo and Mali no.')).toEqual([
      ['Ghana, Togo and Mali', ['GHA', 'TGO', 'MLI']],
    ])
  })

  it('keeps every member for any pair and two or more further members (property)', () => {
    const pool = [
      'Chile',
      'Peru',
      'Ghana',
      'Togo',
      'Mali',
      'Nepal',
      'Oman',
      'Fiji',
      'Kenya',
      'Latvia',
    ]
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 5, maxLength: 8 }), (names) => {
        const [first, second, ...rest] = names as [string, string, ...string[]]
        const list = `${first} and ${second}, ${rest.slice(0, -1).join(', ')} and ${rest.at(-1)}`
        const found = extract(`Jane Doe named ${list} as sponsors.`, { kinds: ['stateLists'] })
        expect(found.stateLists.map((l) => l.text)).toEqual([list])
        expect(found.stateLists[0]?.members).toHaveLength(names.length)
      }),
    )
  })
})
