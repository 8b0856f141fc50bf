/**
 * Former and misspelt names: "Republic of Hungary", "Northern Macedonia", "French Guyana".
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text).stateLists.map((l) => ({ text: l.text, members: l.members }))

const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

describe('former and misspelt names', () => {
  it('"Republic of Hungary", the formal name until 2012, is Hungary', () => {
    expect(states('Members: Australia, Republic of Hungary, Romania.')).toEqual([
      'Australia=AUS',
      'Republic of Hungary=HUN',
      'Romania=ROU',
    ])
  })

  it('"Northern Macedonia" is North Macedonia, flagged, and keeps its list whole', () => {
    const text =
      'Our states, Chile, the Republic of Albania and the Republic of Northern Macedonia, agree.'
    expect(lists(text)).toEqual([
      {
        text: 'Chile, the Republic of Albania and the Republic of Northern Macedonia',
        members: ['CHL', 'ALB', 'MKD'],
      },
    ])
    expect(extract(text).diagnostics.map((d) => d.ruleId)).toEqual(['misspelt-state'])
  })

  it('"French Guyana" is no mention of Guyana', () => {
    expect(
      states('Overseas departments: French Guyana and Martinique; Guyana is a state.'),
    ).toEqual(['Guyana=GUY'])
  })
})

describe('the South African Republic', () => {
  it('is the historic Transvaal, no mention of South Africa, in prose and in a list', () => {
    expect(states('In 1896 the South African Republic armed its burghers.')).toEqual([])
    expect(lists('Britain, the South African Republic and Chile signed.')).toEqual([
      { text: 'Britain, the South African Republic and Chile', members: ['GBR', 'CHL'] },
    ])
  })

  it('leaves South Africa and the Republic of South Africa mentions', () => {
    expect(states('The Republic of South Africa and South African troops.')).toEqual([
      'Republic of South Africa=ZAF',
    ])
  })
})
