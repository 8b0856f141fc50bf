/**
 * A past war named in lower case in Spanish, Portuguese, Italian or French, a half of the Cold
 * War in Spanish or Italian, a demining charity's country programme and a publication's title are
 * no mentions; "Rep." for "Republic" is a state's name. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

describe('a past war in lower case in another language', () => {
  it('is no mention of the state ("la guerra de Vietnam", "la guerre du Vietnam")', () => {
    expect(states('Durante la guerra de Vietnam, Laos fue bombardeado.')).toEqual(['Laos:LAO'])
    expect(states('Dopo la guerra in Vietnam il Laos restò minato.')).toEqual(['Laos:LAO'])
    expect(states('la fin de la guerre du Vietnam, le Laos')).toEqual(['Laos:LAO'])
    expect(states('Na guerra da Bosnia, Jane Doe')).toEqual([])
  })

  it('keeps a war going on and the state in prose ("la guerra en Ucrania", "a Vietnam")', () => {
    expect(states('Jane Doe viajó a Vietnam en 2020.')).toEqual(['Vietnam:VNM'])
    expect(states('la guerra de Ukraine')).toEqual(['Ukraine:UKR'])
  })

  it('holds for any sentence around the phrase (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('guerra de', 'guerra del', 'guerra in', 'guerre du', 'guerra do'),
        fc.constantFrom('Vietnam', 'Bosnia', 'Iraq', 'Lebanon'),
        fc.constantFrom('', 'Durante la ', 'Dopo la '),
        (war, state, opening) => {
          expect(states(`${opening}${war} ${state}, Jane Doe`)).toEqual([])
        },
      ),
    )
  })
})

describe('a half of the Cold War in Spanish or Italian', () => {
  it('is no mention ("Vietnam del Norte", "Vietnam del Sud")', () => {
    expect(states('las fuerzas de Vietnam del Norte y de Vietnam del Sud')).toEqual([])
    expect(states('Vietnam is named, Vietnam del Norte is not.')).toEqual(['Vietnam:VNM'])
  })
})

describe("a demining charity's country programme", () => {
  it('is no mention ("Apopo Cambodia", "PeaceTrees Vietnam", "Peace Trees Viet Nam")', () => {
    expect(states('Apopo Cambodia trains rats in Cambodia.')).toEqual(['Cambodia:KHM'])
    expect(states('PeaceTrees Vietnam (PTVN) and Peace Trees Viet Nam')).toEqual([])
  })
})

describe("a publication's title", () => {
  it('is no mention ("Public Papers of the Presidents of the United States")', () => {
    expect(
      states('see Public Papers of the Presidents of the United States: 1967, Book I.'),
    ).toEqual([])
    expect(states('the President of the United States')).toEqual(['United States:USA'])
  })
})

describe('"Rep." for "Republic"', () => {
  it('reads "Central African Rep." and "Democratic Rep. of Congo" as the states', () => {
    expect(states('Angola, Central African Rep., Chad and Democratic Rep. of Congo')).toEqual([
      'Angola:AGO',
      'Central African Rep.:CAF',
      'Chad:TCD',
      'Democratic Rep. of Congo:COD',
    ])
  })

  it('keeps one list across them', () => {
    const { stateLists } = extract(
      'Angola, Burundi, Central African Rep., Chad, Congo, Democratic Rep. of the Congo, Egypt and Zambia ratified.',
      {
        kinds: ['stateLists'],
      },
    )
    expect(stateLists.map((l) => l.members.length)).toEqual([8])
  })
})
