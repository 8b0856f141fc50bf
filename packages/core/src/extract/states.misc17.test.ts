/** Fresh pages of misc17: a broadcaster named after a state, the UK's name cut short. */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}=${s.iso3}`)

describe('the Voice of Russia', () => {
  it('is a broadcaster, no mention of Russia', () => {
    expect(states('The Voice of Russia reported that Russia would not sign.')).toEqual([
      'Russia=RUS',
    ])
  })
})

describe('the United Kingdom of Great Britain without "and Northern Ireland"', () => {
  it('is one mention', () => {
    expect(
      states(
        'Sponsors were Sweden, Norway, United Kingdom of Great Britain, and Northern Ireland.',
      ),
    ).toEqual(['Sweden=SWE', 'Norway=NOR', 'United Kingdom of Great Britain=GBR'])
    expect(states('The United Kingdom of Great Britain and Northern Ireland voted.')).toEqual([
      'United Kingdom of Great Britain and Northern Ireland=GBR',
    ])
    expect(states('Great Britain and the United Kingdom voted.')).toEqual([
      'Great Britain=GBR',
      'United Kingdom=GBR',
    ])
  })
})

describe('"N.Z." for New Zealand', () => {
  it('is a mention with its dots, as the abbreviation is written', () => {
    expect(states('The resolution received 15 votes against (N.Z.), with 16 abstentions.')).toEqual(
      ['N.Z.=NZL'],
    )
    expect(states('Prof. J.N.Z. Smith and the N.Z.X. index.')).toEqual([])
  })
})
