/**
 * A state's abbreviation inside a body's name ("US Customs and Border Protection", "the UK
 * Parliament", "a U.S. Marine"), a party named after a state ("the Jamaica Labour Party"), and a
 * currency or a unit ("75 US dollars", "2,500 U.S. tons") are no mentions; a person's title after
 * a body's head word ("US Defense Secretary Jane Doe") and "US World War II bombs" are. Example
 * sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foundStates } from './states/test-helpers.js'

const found = foundStates

describe("a state's abbreviation inside a body's name", () => {
  it('is no mention: customs, administrations, archives, parliaments, parties', () => {
    expect(
      found(
        'US Customs and Border Protection, the U.S. National Nuclear Security Administration and the U.S. National Archives and Records Administration.',
      ),
    ).toEqual([])
    expect(found('A briefing for the UK Parliament; the KRG UK Representation.')).toEqual([])
    expect(
      found('the UK Atomic Weapons Establishment and the UK Maritime Trade Operations'),
    ).toEqual([])
    expect(found("the Sierra Leone People's Party and the Jamaica Labour Party")).toEqual([])
    expect(found('Die US-Armee schickt Hilfe. (Photo: U.S. DoD)')).toEqual([])
  })

  it('is no mention in "a U.S. Marine" or "U.S. Naval ships", right after the state only', () => {
    expect(found('A U.S. Marine watches; U.S. Naval ships sail.')).toEqual([])
    expect(found('Iran Loads Naval Mines')).toEqual([
      { start: 0, end: 4, text: 'Iran', iso3: 'IRN' },
    ])
  })

  it("is a mention before a person's title after the head word", () => {
    expect(found('US Defense Secretary Jane Doe and UK Defence Minister John Roe met.')).toEqual([
      { start: 0, end: 2, text: 'US', iso3: 'USA' },
      { start: 34, end: 36, text: 'UK', iso3: 'GBR' },
    ])
    expect(found('The Chile Army said so.')).toEqual([])
  })

  it('is a mention before "World War II"', () => {
    expect(found('a vintage US World War II bomb')).toEqual([
      { start: 10, end: 12, text: 'US', iso3: 'USA' },
    ])
  })
})

describe('a photo agency or a charity named with "USA"', () => {
  it('is no mention ("Sipa USA", "USA for UNHCR"); "U.S.A" without its last dot is the state', () => {
    expect(found('(Photo: Jane Doe/Sipa USA) USA for UNHCR said; the USA said.')).toEqual([
      { start: 51, end: 54, text: 'USA', iso3: 'USA' },
    ])
    expect(found('The U.S.A, Chile and the U.S.A.F.')).toEqual([
      { start: 4, end: 9, text: 'U.S.A', iso3: 'USA' },
      { start: 11, end: 16, text: 'Chile', iso3: 'CHL' },
    ])
  })
})

describe("a currency or a unit after a state's abbreviation", () => {
  it('is no mention ("US dollars", "USA dollars", "U.S. tons")', () => {
    expect(
      found('75 US Dollars, 3.8 million USA dollars, 5 billion US dollar and 2,500 U.S. tons'),
    ).toEqual([])
    expect(found('The US doubled aid; US dollars in Peru.')).toEqual([
      { start: 4, end: 6, text: 'US', iso3: 'USA' },
      { start: 34, end: 38, text: 'Peru', iso3: 'PER' },
    ])
  })

  it('holds for any amount and abbreviation (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom('US', 'U.S.', 'USA'),
        fc.constantFrom('dollars', 'Dollars', 'dollar', 'tons'),
        (amount, abbreviation, unit) => {
          expect(found(`It cost ${amount} ${abbreviation} ${unit}, Jane Doe said.`)).toEqual([])
        },
      ),
    )
  })
})
