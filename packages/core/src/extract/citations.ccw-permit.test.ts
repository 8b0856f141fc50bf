/**
 * "CCW" as a permit to carry a concealed weapon is no citation of the Convention. Example
 * sentences of our own, and a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty])

describe('"CCW" as a permit to carry a concealed weapon', () => {
  it('is no citation before "permit", "license", "holder" or "class"', () => {
    expect(cite('She renewed her CCW permit; CCW license holders must train.')).toEqual([])
    expect(cite('The county runs a CCW class each month.')).toEqual([])
  })

  it('is no citation anywhere in a text that spells it out so', () => {
    expect(cite('A permit to carry a concealed weapon (CCW) costs $50. A CCW lapses.')).toEqual([])
    expect(cite('Concealed Carry Weapon (CCW) rules vary; the CCW applies statewide.')).toEqual([])
  })

  it('stays the Convention when the text spells out the treaty', () => {
    expect(
      cite('The Convention on Certain Conventional Weapons (CCW) met; the CCW Protocol V binds.'),
    ).toEqual([
      ['Convention on Certain Conventional Weapons', 'ccw'],
      ['CCW', 'ccw'],
      ['CCW Protocol V', 'ccw-p5'],
    ])
    expect(cite('CCW meetings open in Geneva; the CCW Group of Experts met.')).toEqual([
      ['CCW', 'ccw'],
      ['CCW', 'ccw'],
    ])
  })

  it('holds for any word of the permit family (property)', () => {
    const word = fc.constantFrom('permit', 'permits', 'license', 'licence', 'holders', 'class')
    fc.assert(
      fc.property(word, (w) => {
        expect(cite(`He showed his CCW ${w} at the door.`)).toEqual([])
      }),
      { numRuns: 20 },
    )
  })
})
