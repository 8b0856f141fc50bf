/**
 * Fresh pages of misc16: instrument names misspelt as real pages print them. Example sentences
 * of our own.
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
