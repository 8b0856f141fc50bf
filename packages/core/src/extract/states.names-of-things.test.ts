/**
 * State names inside the names of wars, liberation movements, state services, confederations and
 * sub-national states, and one state named twice as a pair (issue 8, real pages of extract7).
 * Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

describe('a state name that is part of the name of something else', () => {
  it('names a war only when the war is capitalised: "the Ukraine war" mentions Ukraine', () => {
    expect(states('Bombs from the Vietnam War remain.')).toEqual([])
    expect(states('The Ukraine war goes on; Vietnam was at war for decades.')).toEqual([
      'Ukraine:UKR',
      'Vietnam:VNM',
    ])
  })

  it('names a liberation movement or a state service', () => {
    expect(
      states(
        'The Popular Movement for the Liberation of Exampleland and the Front for the Liberation of Angola met.',
      ),
    ).toEqual([])
    expect(states('Armed Forces of Liberation of Angola units withdrew.')).toEqual([])
    expect(states('After the liberation of Kuwait, Kuwait rebuilt.')).toEqual([
      'Kuwait:KWT',
      'Kuwait:KWT',
    ])
    expect(states('Deminers of the State Emergency Service of Ukraine worked in Ukraine.')).toEqual(
      ['Ukraine:UKR'],
    )
    // An armed service named the same way, as a credit line under a picture prints it.
    expect(states('Sappers clear a road.\nNational Guard of Ukraine (CC BY 4.0)')).toEqual([])
    expect(states('The Republican Guard of Iraq withdrew; Iraq said so.')).toEqual(['Iraq:IRQ'])
    // A lower-case guard is a word of prose: "the guard of Chile's president" names Chile.
    expect(states("He joined the guard of Chile's president.")).toEqual(['Chile:CHL'])
  })

  it('opens the name of a confederation, but "Federation" may close a state name', () => {
    expect(states('The Japan Confederation of Survivors spoke.')).toEqual([])
    expect(states('Austria Ireland Russian Federation')).toEqual([
      'Austria:AUT',
      'Ireland:IRL',
      'Russian Federation:RUS',
    ])
  })

  it('is part of a sub-national state', () => {
    expect(states('Tests in South Australia and Western Australia affected Australia.')).toEqual([
      'Australia:AUS',
    ])
  })
})

describe('one state named twice', () => {
  it('is no two-member list', () => {
    const { stateLists, states: found } = extract('Talks with the DPRK, or North Korea, resumed.', {
      kinds: ['states', 'stateLists'],
    })
    expect(stateLists).toEqual([])
    expect(found.map((s) => s.iso3)).toEqual(['PRK', 'PRK'])
  })
})
