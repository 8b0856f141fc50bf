/**
 * Instrument names misspelt as real pages print them ("Toxic" for "Toxin", "Southeast Asian").
 * Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string): string[] =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => `${c.text}:${c.treaty}`)

describe('a misspelt title of the Biological Weapons Convention', () => {
  it('is the BWC with "Toxic" for "Toxin" or "&" for "and"', () => {
    expect(cites('Laws under the Biological & Toxin Weapons Convention were passed.')).toEqual([
      'Biological & Toxin Weapons Convention:bwc',
    ])
    expect(cites('A seminar on the Biological and Toxic Weapons Convention opened.')).toEqual([
      'Biological and Toxic Weapons Convention:bwc',
    ])
  })

  it('is no citation for other toxic weapons', () => {
    expect(cites('Biological & toxic weapons were banned long ago.')).toEqual([])
  })
})

describe('a nuclear-weapon-free zone treaty with "Weapons" or "Southeast Asian"', () => {
  it('is the zone’s treaty', () => {
    expect(
      cites(
        'Both the Southeast Asian Nuclear-Weapon-Free Zone Treaty and the African Nuclear-Weapons-Free Zone Treaty bind their parties.',
      ),
    ).toEqual([
      'Southeast Asian Nuclear-Weapon-Free Zone Treaty:bangkok',
      'African Nuclear-Weapons-Free Zone Treaty:pelindaba',
    ])
  })

  it('is no citation for the zone itself', () => {
    expect(cites('Ships crossed the Southeast Asian nuclear-weapon-free zone.')).toEqual([])
  })
})

describe('a misspelt title of the Cluster Munitions or the Mine Ban Convention', () => {
  it('is the CCM with "of" for "on", its article read with it', () => {
    expect(
      cites('Jane Doe reported under Article 3 of the Convention of Cluster Munitions.'),
    ).toEqual(['Article 3 of the Convention of Cluster Munitions:ccm'])
  })

  it('is the Mine Ban Treaty with its words swapped', () => {
    expect(cites('Example Trust campaigned for the Ban Mine Treaty in 1997.')).toEqual([
      'Ban Mine Treaty:apmbt',
    ])
  })

  it('is no citation for cluster munitions or a mine ban in lower case', () => {
    expect(cites('a convention of cluster munitions experts; a ban mine treaty talk')).toEqual([])
  })
})
