/**
 * State lists and states as real pages print them: indexes with bars, footnote marks after
 * members, abbreviations next to accented capitals. Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text).stateLists.map((l) => ({
    text: l.text,
    members: l.members,
    unresolved: l.unresolved,
  }))
const states = (text: string) =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}=${s.iso3}`)

describe('state lists in the wild', () => {
  it('an index of names separated by bars is one list per line', () => {
    expect(lists('Index: Nauru | Nepal | Netherlands | Niger\nOman | Palau | Peru')).toEqual([
      {
        text: 'Nauru | Nepal | Netherlands | Niger',
        members: ['NRU', 'NPL', 'NLD', 'NER'],
        unresolved: [],
      },
      { text: 'Oman | Palau | Peru', members: ['OMN', 'PLW', 'PER'], unresolved: [] },
    ])
  })

  it('a bar lost between two names of a barred list keeps the list whole', () => {
    expect(lists('Malta | Mexico Monaco | Mongolia')[0]?.members).toEqual([
      'MLT',
      'MEX',
      'MCO',
      'MNG',
    ])
  })

  it('a bare space between names outside a barred list is no separator', () => {
    expect(lists('Mexico Monaco Mongolia')).toEqual([])
  })

  it('a misspelt member stays in the list, flagged', () => {
    expect(lists('Fiji | Finand | France | Gabon')).toEqual([
      {
        text: 'Fiji | Finand | France | Gabon',
        members: ['FJI', 'FRA', 'GAB'],
        unresolved: ['Finand'],
      },
    ])
  })

  it.each([
    [
      'asterisks',
      'In favour: Kenya*, Latvia*, Lesotho and Libya.',
      'Kenya*, Latvia*, Lesotho and Libya',
    ],
    [
      'daggers',
      'Sponsors: Kenya\u2020, Latvia\u2021, Lesotho and Libya.',
      'Kenya\u2020, Latvia\u2021, Lesotho and Libya',
    ],
    [
      'superscript digits',
      'Sponsors: Kenya\u00b9, Latvia\u00b2, Lesotho and Libya.',
      'Kenya\u00b9, Latvia\u00b2, Lesotho and Libya',
    ],
    [
      'bracketed notes',
      'Sponsors: Kenya,[2] Latvia,[3] Lesotho and Libya.',
      'Kenya,[2] Latvia,[3] Lesotho and Libya',
    ],
  ])('footnote marks after members (%s)', (_name, text, list) => {
    expect(lists(text)).toEqual([
      { text: list, members: ['KEN', 'LVA', 'LSO', 'LBY'], unresolved: [] },
    ])
  })
})

describe('abbreviations match as written; full names fold accents', () => {
  it('"\u00dcK" and "\u00d9SA" are no states', () => {
    expect(states('\u00dcK and \u00d9SA and \u00dcS are not abbreviations.')).toEqual([])
  })

  it('abbreviations as written still match', () => {
    expect(states('The UK, the USA and the U.S. met the DPRK.')).toEqual([
      'UK=GBR',
      'USA=USA',
      'U.S.=USA',
      'DPRK=PRK',
    ])
  })

  it('full names without their accents still match', () => {
    expect(states("Cote d'Ivoire and Turkiye; C\u00f4te d\u2019Ivoire and T\u00fcrkiye.")).toEqual([
      "Cote d'Ivoire=CIV",
      'Turkiye=TUR',
      'C\u00f4te d\u2019Ivoire=CIV',
      'T\u00fcrkiye=TUR',
    ])
  })
})

describe('state names inside other names', () => {
  it('a war named after states is no mention of them', () => {
    expect(states('Mines from the Iran-Iraq War and the Vietnam War remain.')).toEqual([])
  })

  it('an organisation whose name opens with a state is no mention of it', () => {
    expect(
      states('The Angola Mine Action Authority and the Laos Landmine Survivors Network met.'),
    ).toEqual([])
    expect(states('Angola and Laos met the Authority.')).toEqual(['Angola=AGO', 'Laos=LAO'])
  })
})

describe('state lists: properties', () => {
  const pool: readonly (readonly [string, string])[] = [
    ['Kenya', 'KEN'],
    ['Latvia', 'LVA'],
    ['Nepal', 'NPL'],
    ['Oman', 'OMN'],
    ['Peru', 'PER'],
    ['Bosnia and Herzegovina', 'BIH'],
    ['Trinidad and Tobago', 'TTO'],
    ['Antigua and Barbuda', 'ATG'],
    ['Saint Vincent and the Grenadines', 'VCT'],
    ['Sao Tome and Principe', 'STP'],
  ]
  const marks = fc.constantFrom('', '', '*', '\u2020', '\u00b9', '[4]')

  it('members joined by commas or bars, with footnote marks, make one list of all of them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), {
          minLength: 3,
          maxLength: 10,
          selector: (p) => p[0],
        }),
        fc.array(marks, { minLength: 10, maxLength: 10 }),
        fc.boolean(),
        (members, notes, bars) => {
          const names = members.map(([name], k) => `${name}${notes[k]}`)
          const text = bars
            ? `Parties: ${names.join(' | ')}\n`
            : `Parties: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toEqual(members.map(([, iso3]) => iso3))
        },
      ),
    )
  })
})
