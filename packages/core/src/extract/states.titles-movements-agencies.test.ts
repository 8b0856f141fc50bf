/**
 * A state named inside the title of the Cold War's bilateral treaties, an armed movement's name
 * (UNITA) or a news agency's (Agence Kampuchea Presse) is no mention. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

describe('names that hold a state', () => {
  it('the treaty title "Treaty Between the United States of America and the Union of …"', () => {
    expect(
      states(
        'Jane Doe read the Treaty Between the United States of America and the Union of Soviet Socialist Republics on the Limitation of Systems.',
      ),
    ).toEqual([])
    expect(states('a treaty between the United States and Peru')).toEqual([
      'United States:USA',
      'Peru:PER',
    ])
  })

  it('the movement "National Union for the Total Independence of Angola"', () => {
    expect(
      states('the National Union for the Total Independence of Angola (UNITA) in Angola'),
    ).toEqual(['Angola:AGO'])
  })

  it('the news agency "Agence Kampuchea Presse"', () => {
    expect(states('According to Agence Kampuchea Presse, Jane Doe left.')).toEqual([])
    expect(states('Source: Agency Kampuchea Press')).toEqual([])
  })
})
