/**
 * A war in lower case between two states ("the Iran-Iraq war") mentions both; its capitalised
 * name ("the Iran-Iraq War") and a past war of one state ("the Iraq war") mention none. Example
 * sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foundStates } from './states/test-helpers.js'

const found = foundStates

describe('a war in lower case between two states', () => {
  it('mentions both states ("the Iran-Iraq war", "the Iraq-Iran war", an en dash)', () => {
    expect(found('Mines from the Iran-Iraq war remain.')).toEqual([
      { start: 15, end: 19, text: 'Iran', iso3: 'IRN' },
      { start: 20, end: 24, text: 'Iraq', iso3: 'IRQ' },
    ])
    expect(found('the 1980-88 Iraq-Iran war')).toEqual([
      { start: 12, end: 16, text: 'Iraq', iso3: 'IRQ' },
      { start: 17, end: 21, text: 'Iran', iso3: 'IRN' },
    ])
    expect(found('after the Iran\u2013Iraq war')).toEqual([
      { start: 10, end: 14, text: 'Iran', iso3: 'IRN' },
      { start: 15, end: 19, text: 'Iraq', iso3: 'IRQ' },
    ])
  })

  it("mentions none in the war's capitalised name, a past war of one state or a party that is no state", () => {
    expect(found('the Iran-Iraq War and the Iraq war')).toEqual([])
    expect(found('the Rebel-Iraq war')).toEqual([])
  })

  it('holds for any text around the phrase (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Iran-Iraq', 'Iraq-Iran', 'Iran\u2013Iraq'),
        fc.constantFrom('the ', 'the 1988 ', 'During the ', 'Part of the '),
        fc.constantFrom(' of the 1980s.', ', Jane Doe said.', ' zone'),
        (pair, before, after) => {
          expect(found(`${before}${pair} war${after}`).map((s) => s.iso3)).toEqual(
            pair.startsWith('Iran') ? ['IRN', 'IRQ'] : ['IRQ', 'IRN'],
          )
          expect(found(`${before}${pair} War${after}`)).toEqual([])
        },
      ),
    )
  })
})
