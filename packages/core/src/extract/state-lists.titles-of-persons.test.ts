/**
 * "The Ministers of Foreign Affairs of" a list of states is a list of mentions. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text).stateLists.map((l) => ({ text: l.text, members: l.members }))

const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

describe('titles of several persons', () => {
  it('"the Ministers of Foreign Affairs of" a list of states is a list of mentions', () => {
    expect(
      lists(
        'A statement by the Ministers of Foreign Affairs of the Republic of Chile, the Republic of Peru and Ghana.',
      ),
    ).toEqual([
      {
        text: 'Republic of Chile, the Republic of Peru and Ghana',
        members: ['CHL', 'PER', 'GHA'],
      },
    ])
    expect(states('The Ministry of Foreign Affairs of Chile said so.')).toEqual([])
  })
})
