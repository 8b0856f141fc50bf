/**
 * A listed abbreviation of a state that the text spells out as something else ("DRC" as a refugee
 * council), and a photographer's body written as such an abbreviation. Example sentences of our
 * own, and a property test for the family.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

describe('an abbreviation the text spells out as a body, not a state', () => {
  it('is no mention there nor anywhere in the text', () => {
    expect(
      states('DRC staff cleared the fields. The Danish Refugee Council (DRC) runs the unit.'),
    ).toEqual([])
    expect(states('Courses are run by DRC Danish Refugee Council in Skive, Denmark.')).toEqual([
      'Denmark:DNK',
    ])
  })

  it('stays the state when the text writes it after the state’s name', () => {
    expect(
      states('Fighting in the Democratic Republic of the Congo (DRC) went on. The DRC voted.'),
    ).toEqual(['Democratic Republic of the Congo:COD', 'DRC:COD', 'DRC:COD'])
    expect(states('The DRC ratified the treaty, as did Chad.')).toEqual(['DRC:COD', 'Chad:TCD'])
  })

  it('stays the state when the words before the bracket spell something else', () => {
    expect(states('The Danish Refugee Council (DRC) and the UK met.')).toEqual(['UK:GBR'])
    expect(states('Donors and Relief Coordinators (UK) met.')).toEqual(['UK:GBR'])
  })

  it('holds whatever the body’s words (property)', () => {
    const word = fc.constantFrom('Regional', 'Response', 'Relief', 'Rescue', 'Resource')
    const last = fc.constantFrom('Centre', 'Council', 'Committee', 'Consortium')
    fc.assert(
      fc.property(word, last, (w, l) => {
        expect(states(`The Disaster ${w} ${l} (DRC) said the DRC team left.`)).toEqual([])
      }),
      { numRuns: 40 },
    )
  })
})

describe('a photographer working for a body written as a state’s abbreviation', () => {
  it('is no mention after a credit label and a name', () => {
    expect(states('A ruined clinic near Bunia. Photo: Maria Lind for DRC')).toEqual([])
    expect(states('Photos by Tom O’Neil for DRC\nThe convoy left Uganda.')).toEqual(['Uganda:UGA'])
  })

  it('stays a mention in prose and in a caption’s own words', () => {
    expect(states('Aid for DRC was cut. Photo: aid for DRC families')).toEqual([
      'DRC:COD',
      'DRC:COD',
    ])
    expect(states('Photo: a convoy heads north. The fund for DRC grew.')).toEqual(['DRC:COD'])
    expect(states('She voted for DRC, said the photo editor.')).toEqual(['DRC:COD'])
  })
})
