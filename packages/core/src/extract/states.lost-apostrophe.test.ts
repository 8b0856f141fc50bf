/**
 * A formal name whose apostrophe a PDF's text lost ("Democratic People s Republic of Korea"): the
 * state it names, with a `misspelt-state` warning, never the Republic of Korea read inside it.
 * Example sentences of our own, and a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}=${s.iso3}`)

describe('a formal name that lost its apostrophe', () => {
  it('is the state it names, with a warning', () => {
    const text = 'Jane Doe briefed the Democratic People s Republic of Korea delegation.'
    expect(states(text)).toEqual(['Democratic People s Republic of Korea=PRK'])
    expect(extract(text).diagnostics.map((d) => d.ruleId)).toEqual(['misspelt-state'])
    expect(states('LETTER TO THE DEMOCRATIC PEOPLE S REPUBLIC OF KOREA (DPRK)')).toEqual([
      'DEMOCRATIC PEOPLE S REPUBLIC OF KOREA=PRK',
      'DPRK=PRK',
    ])
    expect(
      states('Envoys of the People s Republic of China and the Lao People s Democratic Republic.'),
    ).toEqual(['People s Republic of China=CHN', 'Lao People s Democratic Republic=LAO'])
  })

  it('keeps the Republic of Korea and a list whole', () => {
    expect(states('The Republic of Korea spoke.')).toEqual(['Republic of Korea=KOR'])
    expect(
      extract('Fiji, the Democratic Peoples Republic of Korea and Oman.').stateLists.map(
        (l) => l.members,
      ),
    ).toEqual([['FJI', 'PRK', 'OMN']])
  })

  it('never reads the South inside the North, in any case (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Democratic People s Republic of Korea',
          'Democratic Peoples Republic of Korea',
        ),
        fc.boolean(),
        fc.constantFrom('Lena Fischer met the ', 'Sanctions on the ', 'A note to the '),
        (name, capitals, lead) => {
          const written = capitals ? name.toUpperCase() : name
          expect(states(`${lead}${written} were discussed.`)).toEqual([`${written}=PRK`])
        },
      ),
    )
  })
})
