/** The United Kingdom's name cut short ("of Great Britain" without "and Northern Ireland"). */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}=${s.iso3}`)

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
