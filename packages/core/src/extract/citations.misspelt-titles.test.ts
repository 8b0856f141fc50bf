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
