/**
 * The titles of the nuclear-weapon-free zone treaties as pages print them: the Bangkok Treaty's
 * title with the UN's "South-East", with "Weapons", with "Asian", or as "Treaty of …", and the
 * Central Asian treaty named after Semey, the present name of Semipalatinsk. Example sentences of
 * our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe("the Bangkok Treaty's title written otherwise", () => {
  it('is the Bangkok Treaty, the span the title as printed', () => {
    expect(
      cite('Jane Doe spoke on the Treaty on the South-East Asia Nuclear-Weapon-Free Zone today.'),
    ).toEqual([['Treaty on the South-East Asia Nuclear-Weapon-Free Zone', 'bangkok', 22]])
    expect(
      cite('The Commission reviewed the Treaty on the Southeast Asia Nuclear Weapons Free Zone.'),
    ).toEqual([['Treaty on the Southeast Asia Nuclear Weapons Free Zone', 'bangkok', 28]])
    expect(
      cite(
        'Officials met for the Treaty on the Southeast Asian Nuclear Weapon Free Zone (SEANWFZ).',
      ),
    ).toEqual([
      ['Treaty on the Southeast Asian Nuclear Weapon Free Zone', 'bangkok', 22],
      ['SEANWFZ', 'bangkok', 78],
    ])
    expect(cite('Treaty of Southeast Asia Nuclear Weapon-Free Zone\nSigned 1995')).toEqual([
      ['Treaty of Southeast Asia Nuclear Weapon-Free Zone', 'bangkok', 0],
    ])
  })

  it('keeps the registry title and its spellings', () => {
    expect(cite('the Treaty on the Southeast Asia Nuclear Weapon-Free Zone')).toEqual([
      ['Treaty on the Southeast Asia Nuclear Weapon-Free Zone', 'bangkok', 4],
    ])
    expect(cite('the Treaty on the South East Asia Nuclear Weapon Free Zone')).toEqual([
      ['Treaty on the South East Asia Nuclear Weapon Free Zone', 'bangkok', 4],
    ])
  })

  it('is no citation in lower case, a zone described', () => {
    expect(cite('a treaty on the southeast asia nuclear weapons free zone')).toEqual([])
  })

  it('property: every spelling, hyphens or spaces between the words, is one citation', () => {
    const south = fc.constantFrom('South-East', 'Southeast', 'South East')
    const asia = fc.constantFrom('Asia', 'Asian')
    const weapon = fc.constantFrom('Weapon', 'Weapons')
    const gap = fc.constantFrom(' ', '-')
    fc.assert(
      fc.property(south, asia, weapon, gap, gap, (s, a, w, g1, g2) => {
        // The registry holds "Asian" with "Weapon" only, and "Weapons" with "Asia" only.
        fc.pre(!(a === 'Asian' && w === 'Weapons'))
        const title = `Treaty on the ${s} ${a} Nuclear${g1}${w}${g2}Free Zone`
        expect(cite(`Jane Doe read the ${title}.`)).toEqual([[title, 'bangkok', 18]])
      }),
    )
  })
})

describe('the Central Asian treaty named after Semey', () => {
  it('is the Treaty of Semipalatinsk, in both spellings', () => {
    expect(
      cite('also known as the Treaty of Semipalatinsk, Treaty of Semei, or Treaty of Semey.'),
    ).toEqual([
      ['Treaty of Semipalatinsk', 'semipalatinsk', 18],
      ['Treaty of Semei', 'semipalatinsk', 43],
      ['Treaty of Semey', 'semipalatinsk', 63],
    ])
  })

  it('is no citation for the city alone', () => {
    expect(cite('Jane Doe travelled to Semey in 2019.')).toEqual([])
  })
})
