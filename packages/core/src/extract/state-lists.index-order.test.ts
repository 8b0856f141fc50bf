/**
 * Names in index order ("Korea, Republic of") in lists and table rows. Sentences written for
 * these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

describe('names in index order', () => {
  it.each([
    ['Korea, Republic of', 'KOR'],
    ["Korea, Democratic People's Republic of", 'PRK'],
    ['Tanzania, United Republic of', 'TZA'],
    ['Congo, Dem. Rep.', 'COD'],
    ['Congo, Rep.', 'COG'],
    ['Egypt, Arab Rep.', 'EGY'],
    ['Micronesia, Fed. Sts.', 'FSM'],
    ['Gambia, The', 'GMB'],
    ['Palestine, State of', 'PSE'],
    ['Korea (South)', 'KOR'],
    ['Korea (North)', 'PRK'],
  ])('"%s" is one mention of %s', (name, iso3) => {
    expect(states(`Delegations: Chile; ${name}; Peru.`)).toEqual([
      'Chile=CHL',
      `${name}=${iso3}`,
      'Peru=PER',
    ])
  })

  it('a table row keeps the abbreviated qualifier before its dates', () => {
    expect(states('Congo, Rep. 3 Dec 08; 2 Sep 14')).toEqual(['Congo, Rep.=COG'])
  })

  it('a comma before a formal name in a list is no inverted name', () => {
    expect(states('Talks with Chile, Republic of Korea and Peru.')).toEqual([
      'Chile=CHL',
      'Republic of Korea=KOR',
      'Peru=PER',
    ])
    expect(states('Peru, the United Kingdom and Gambia, the\nNetherlands')).toEqual([
      'Peru=PER',
      'United Kingdom=GBR',
      'Gambia=GMB',
      'Netherlands=NLD',
    ])
  })

  it('a bracket after a name that is a state by itself stays outside the span', () => {
    expect(states('Chile and Congo (Republic of) spoke.')).toEqual(['Chile=CHL', 'Congo=COG'])
  })

  it('property: a list of names in index order is one list with every member', () => {
    const inverted = [
      ['Korea, Republic of', 'KOR'],
      ['Moldova, Republic of', 'MDA'],
      ['Iran, Islamic Rep.', 'IRN'],
      ['Yemen, Rep.', 'YEM'],
      ['Bahamas, The', 'BHS'],
      ['Congo, Dem. Rep.', 'COD'],
    ] as const
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.constantFrom(...inverted, ['Chile', 'CHL'] as const, ['Peru', 'PER'] as const),
          {
            minLength: 3,
            maxLength: 8,
            selector: (x) => x[1],
          },
        ),
        fc.constantFrom(', ', '; '),
        (items, sep) => {
          const text = `Present: ${items.map((x) => x[0]).join(sep)}.`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toEqual(items.map((x) => x[1]))
        },
      ),
    )
  })
})
