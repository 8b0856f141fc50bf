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

describe('committees, museums and representations named after a state', () => {
  it('reads no mention in a committee named by its resolution or "concerning" a state', () => {
    expect(
      states(
        'The Security Council Committee established pursuant to resolution 1234 (2015) concerning Peru met.',
      ),
    ).toEqual([])
    expect(states('Security Council Committee Concerning Chile Hears Briefing')).toEqual([])
    expect(
      states('The committee concerning Peru met; a report concerning Chile was read.'),
    ).toEqual(['Peru|PER', 'Chile|CHL'])
  })

  it('reads no mention in a museum, a college or a permanent representation', () => {
    expect(
      states(
        'The National Museum of Chile lent it; the College of the Bahamas and the Permanent Representation of Peru to the OPCW wrote.',
      ),
    ).toEqual([])
  })

  it('keeps the state after a resolution without a committee, and in prose', () => {
    expect(states('Resolution 1234 (2015) concerning Peru was adopted.')).toEqual(['Peru|PER'])
    expect(states('A museum in Chile and a college in Peru opened.')).toEqual([
      'Chile|CHL',
      'Peru|PER',
    ])
  })
})
