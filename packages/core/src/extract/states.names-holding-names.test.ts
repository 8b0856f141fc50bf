/**
 * Names that hold a state name and name no state (a news agency, a state of the Cold War, a
 * province). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

describe('names that hold a state name and name no state', () => {
  it.each([
    ['a news agency', 'Photo: Agence France-Presse via a wire.'],
    ['a state of the Cold War', 'Soldiers from South Vietnam and West Germany trained there.'],
    ['a province', 'Tests in the Eastern Kazakhstan Province ended.'],
  ])('%s', (_, text) => {
    expect(states(text)).toEqual([])
  })

  it('the state named next to them still is one', () => {
    expect(states('A Vietnam delegation met France in Kherson Oblast, Ukraine.')).toEqual([
      'Vietnam=VNM',
      'France=FRA',
      'Ukraine=UKR',
    ])
  })
})
