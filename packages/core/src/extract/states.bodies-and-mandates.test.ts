/**
 * States named in the title of a body or a mandate that deals with them, or in an event's name.
 * Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}|${s.iso3}`)

describe('bodies and mandates named after a state', () => {
  it('reads no mention in their titles', () => {
    expect(
      states('The Group of Independent Experts on Chile met the Commission of Inquiry on Peru.'),
    ).toEqual([])
    expect(states('It renewed the Sanctions Committee on North Korea.')).toEqual([])
    expect(
      states('The Special Rapporteur on the situation of human rights in Nepal spoke.'),
    ).toEqual([])
    expect(
      states('The Independent Expert on the human rights situation in the Gambia spoke.'),
    ).toEqual([])
    expect(states('The Oman Panel of Experts and the Chile-Peru Trade Summit met.')).toEqual([])
  })

  it('keeps the same states in prose', () => {
    expect(states('We discussed the situation of human rights in Nepal.')).toEqual(['Nepal|NPL'])
    expect(states('A committee on Peru was set up; the penholder on Chile spoke.')).toEqual([
      'Peru|PER',
      'Chile|CHL',
    ])
  })
})
