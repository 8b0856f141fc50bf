/**
 * A pinpoint after an instrument's name in the possessive ("the CWC's Article IX (2)"): one
 * citation, as "the Convention's Article 5(1)" is. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string): string[] =>
  extract(text, { kinds: ['citations'] }).citations.map(
    (c) => `${c.text}:${c.treaty}:${c.article}:${c.paragraph}`,
  )

describe("a name's possessive before its pinpoint", () => {
  it('is one citation from the name to the pinpoint', () => {
    expect(cites('States invoked the CWC’s Article IX (2) last year.')).toEqual([
      'CWC’s Article IX (2):cwc:9:2',
    ])
    expect(cites("Jane Doe read the BWC's Article V aloud.")).toEqual([
      "BWC's Article V:bwc:5:null",
    ])
    expect(cites("The Chemical Weapons Convention's Article VI sets it out.")).toEqual([
      "Chemical Weapons Convention's Article VI:cwc:6:null",
    ])
  })

  it('leaves the possessive out of the span without a pinpoint', () => {
    expect(cites("The CCW's protocols and the CWC's articles.")).toEqual([
      'CCW:ccw:null:null',
      'CWC:cwc:null:null',
    ])
  })

  it('property: any abbreviation, either apostrophe, any article gives one citation', () => {
    const names = fc.constantFrom(['CWC', 'cwc'], ['BWC', 'bwc'], ['NPT', 'npt'], ['ATT', 'att'])
    fc.assert(
      fc.property(
        names,
        fc.constantFrom("'", '’'),
        fc.integer({ min: 1, max: 9 }),
        ([name, id], mark, n) => {
          expect(cites(`Under the ${name}${mark}s Article ${n}, states act.`)).toEqual([
            `${name}${mark}s Article ${n}:${id}:${n}:null`,
          ])
        },
      ),
    )
  })
})
