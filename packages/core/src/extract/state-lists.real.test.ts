/**
 * State lists and states as real pages print them: indexes with bars, footnote marks after
 * members, abbreviations next to accented capitals. Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { states as registry } from '../registry/states.js'
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

  it('a misspelt member stays in the list, read as the state it is nearest, flagged', () => {
    expect(lists('Fiji | Finand | France | Gabon')).toEqual([
      {
        text: 'Fiji | Finand | France | Gabon',
        members: ['FJI', 'FIN', 'FRA', 'GAB'],
        unresolved: [],
      },
    ])
    expect(extract('Fiji | Finand | France | Gabon').diagnostics).toMatchObject([
      { ruleId: 'misspelt-state', start: 7, end: 13 },
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

// Shapes met in real pages (UN press releases, Monitor reports, news), in sentences written here.
describe('state lists: shapes of real pages', () => {
  const show = (text: string): string[] =>
    extract(text).stateLists.map(
      (l) => `${l.text}|${l.members.join(',')}|${l.unresolved.join(',')}`,
    )

  it('a pair joined by "and" that opens a longer comma list is one list', () => {
    expect(show('Tests by USA and USSR, UK, France, China went on for decades.')).toEqual([
      'USA and USSR, UK, France, China|USA,GBR,FRA,CHN|',
    ])
    // Not when what follows the pair is one name and a verb.
    expect(show('Chile and Peru, Ghana spoke.')).toEqual([])
    expect(show('Chile and Peru; Ghana, Togo, Benin spoke.')).toEqual([
      'Ghana, Togo, Benin|GHA,TGO,BEN|',
    ])
  })

  it('keeps territories between members inside the list', () => {
    expect(
      show(
        'Teams work in 6 countries and territories: Gaza, Angola, Kosovo, Laos, West Bank and Peru.',
      ),
    ).toEqual(['Gaza, Angola, Kosovo, Laos, West Bank and Peru|AGO,LAO,PER|Gaza,Kosovo,West Bank'])
    // At the end of a list a place is no item.
    expect(show('Ministers of Chile, Peru and Ghana met in Geneva, Oslo and Lima.')).toEqual([
      'Chile, Peru and Ghana|CHL,PER,GHA|',
    ])
  })

  it('two names on either side of a semicolon are two clauses, not a list', () => {
    expect(show('The bombs were dropped on Iraq; Britain denies using them.')).toEqual([])
    expect(show('Against: Israel, United States.')).toEqual(['Israel, United States|ISR,USA|'])
    expect(show('Speakers: Chile; Ghana; Peru.')).toEqual(['Chile; Ghana; Peru|CHL,GHA,PER|'])
  })

  it('keeps several territories or unknown names at either end when a list phrase or its conjunction frames them', () => {
    expect(
      show('Remnants remain in Azerbaijan, Georgia, Somaliland, Kosovo, and Western Sahara.'),
    ).toEqual([
      'Azerbaijan, Georgia, Somaliland, Kosovo, and Western Sahara|AZE,GEO|Somaliland,Kosovo,Western Sahara',
    ])
    expect(show('Areas include Somaliland, Taiwan, Azerbaijan, Georgia and Chad.')).toEqual([
      'Somaliland, Taiwan, Azerbaijan, Georgia and Chad|AZE,GEO,TCD|Somaliland,Taiwan',
    ])
    // Without a closing conjunction, or without a phrase that opens a list, names stay outside.
    expect(show('Chile, Peru, Ruritania, Freedonia spoke.')).toEqual(['Chile, Peru|CHL,PER|'])
    expect(show('Then Ruritania, Freedonia, Chile, Peru spoke.')).toEqual(['Chile, Peru|CHL,PER|'])
  })

  it('a compass word left alone by a page that lost the rest of a name is no item', () => {
    expect(show('Three States (South , Gambia and Togo) joined.')).toEqual([])
    expect(show('Three States (South , Gambia, Togo and Benin) joined.')).toEqual([
      'Gambia, Togo and Benin|GMB,TGO,BEN|',
    ])
  })

  it('a list that starts a line under a heading keeps its unknown first item', () => {
    expect(show('Oceania (3)\nNiue, Fiji and Samoa\n')).toEqual([
      'Niue, Fiji and Samoa|FJI,WSM|Niue',
    ])
    expect(show('Oceania (3)\nMeanwhile, Fiji and Samoa agreed.')).toEqual([])
    // A sentence that opens with an adverb has no unknown first item.
    for (const opener of ['Earlier', 'Separately', 'Elsewhere', 'Similarly', 'Overall']) {
      expect(show(`Notes\n${opener}, Chile, Peru and Ghana met.`)).toEqual([
        'Chile, Peru and Ghana|CHL,PER,GHA|',
      ])
    }
  })
})

describe('state lists: properties of real shapes', () => {
  const states = ['Kenya', 'Latvia', 'Nepal', 'Oman', 'Peru', 'Chile', 'Ghana', 'Mali']
  const places = ['Kosovo', 'Gaza', 'West Bank', 'Abkhazia', 'Somaliland', 'Western Sahara']

  it('territories anywhere in a list, its ends too, never split it and never become members', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...states), { minLength: 3, maxLength: 8 }),
        fc.uniqueArray(fc.constantFrom(...places), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 8 }),
        (names, extra, at) => {
          const items = [...names]
          items.splice(Math.min(at, names.length), 0, ...extra)
          const text = `Work goes on in: ${items.slice(0, -1).join(', ')} and ${items.at(-1)}.`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toHaveLength(names.length)
          expect(found[0]!.text.startsWith(items[0]!)).toBe(true)
          expect(found[0]!.text.endsWith(items.at(-1)!)).toBe(true)
        },
      ),
    )
  })

  it('"X; Y" between two sentences is never a list, whatever the names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        fc.constantFrom(...states),
        fc.constantFrom(' says', ' denies it', ' has them'),
        (a, b, tail) => {
          fc.pre(a !== b)
          expect(extract(`They were used in ${a}; ${b}${tail}.`).stateLists).toEqual([])
        },
      ),
    )
  })
})

describe('state lists: properties of pairs and headings', () => {
  const pool = ['Kenya', 'Latvia', 'Nepal', 'Oman', 'Peru', 'Chile', 'Ghana', 'Mali', 'Togo']

  it('a pair joined by "and" that opens a comma list of two or more is one list with it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 4, maxLength: 8 }),
        fc.constantFrom('', 'Ruritania'),
        (names, unknown) => {
          const [a, b, ...rest] = names
          const second = unknown ? `${unknown}, ${b}` : b
          const text = `Tests by ${a} and ${second}, ${rest.join(', ')} went on.`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toHaveLength(names.length)
        },
      ),
    )
  })

  it('a list under a heading line keeps an unknown first item, never an adverb', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2, maxLength: 5 }),
        fc.constantFrom('Niue', 'Cook Islands', 'Earlier', 'Separately', 'However'),
        (names, first) => {
          const text = `Region (${names.length + 1})\n${first}, ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1)}\n`
          const found = extract(text).stateLists
          const opens = /^(?:Niue|Cook Islands)$/.test(first)
          if (opens) expect(found[0]!.unresolved).toEqual([first])
          else expect(found.every((l) => l.unresolved.length === 0)).toBe(true)
        },
      ),
    )
  })
})

describe('state lists whose edges real pages blur (states8)', () => {
  const pool = ['Kenya', 'Latvia', 'Nepal', 'Oman', 'Peru', 'Chile', 'Ghana', 'Mali', 'Togo']

  it('a bar that opens its own line ends a heading, not a cell', () => {
    expect(lists('A New Deal with Iran\n|\nChile, Ghana and the United Kingdom agreed.')).toEqual([
      {
        text: 'Chile, Ghana and the United Kingdom',
        members: ['CHL', 'GHA', 'GBR'],
        unresolved: [],
      },
    ])
    // A row that ends in its bar goes on to the next row.
    expect(lists('Chile | Ghana |\nPeru | Togo |')[0]!.members).toEqual([
      'CHL',
      'GHA',
      'PER',
      'TGO',
    ])
  })

  it('a name that closes a list ends at the end of its sentence', () => {
    expect(lists('The parties: Chile, Peru, the Cook Islands, and Niue. As of May, more.')).toEqual(
      [
        {
          text: 'Chile, Peru, the Cook Islands, and Niue',
          members: ['CHL', 'PER'],
          unresolved: ['Cook Islands', 'Niue'],
        },
      ],
    )
    expect(lists('Chile, Peru and St. Lucia joined.')[0]!.text).toBe('Chile, Peru and St. Lucia')
  })

  it('holds for any members and any heading (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 3, maxLength: 6 }),
        fc.constantFrom('Niue', 'Cook Islands'),
        fc.constantFrom('Iran', 'Chile', 'the Deal'),
        (names, last, heading) => {
          fc.pre(!names.includes(heading))
          const text = `Talks on ${heading}\n|\n${names.join(', ')}, and ${last}. Then it rained.`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.text).toBe(`${names.join(', ')}, and ${last}`)
          expect(found[0]!.unresolved).toEqual([last])
        },
      ),
    )
  })
})

describe('a list that a PDF page break cuts (states8)', () => {
  const pool = ['Kenya', 'Latvia', 'Nepal', 'Oman', 'Peru', 'Chile', 'Ghana', 'Mali', 'Togo']

  it('stays one list through the page header and footer lines', () => {
    const text =
      'Sponsors: Chile, Ghana, Kenya,\n\nA/99/L.7\n\n2/4 99-01234\n\nLatvia, Nepal and Peru.'
    expect(lists(text)).toEqual([
      {
        text: text.slice(10, -1),
        members: ['CHL', 'GHA', 'KEN', 'LVA', 'NPL', 'PER'],
        unresolved: [],
      },
    ])
  })

  it('ends at a line of words, or a page break with no comma before it', () => {
    expect(lists('Chile, Ghana, Kenya,\nSee the annex\nLatvia, Nepal and Peru.').length).toBe(2)
    expect(lists('Chile, Ghana and Kenya\nA/99/L.7\nLatvia, Nepal and Peru.').length).toBe(2)
  })

  it('keeps lists of 90 and more members whole across page breaks (property)', () => {
    const names = registry
      .map((s) => s.name)
      .filter((name) => !/[()]/.test(name) && !['Chad', 'Jordan', 'Georgia'].includes(name))
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...names), { minLength: 90, maxLength: 150 }),
        fc.constantFrom(', ', ',\n', '; '),
        fc.integer({ min: 1, max: 88 }),
        (members, separator, cut) => {
          const items = members.map((name, i) => (i % 9 === 4 ? `${name}*` : name))
          const head = items.slice(0, cut).join(separator)
          const tail = items.slice(cut, -1).join(separator)
          const text = `In favour: ${head}${separator.trim()}\nA/99/L.7\n99-01234 3/9\n${tail} and ${items.at(-1)}.`
          const found = extract(text, { kinds: ['states', 'stateLists'] }).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toHaveLength(members.length)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('reads a bare page number on its own line as page furniture too', () => {
    const text = `${pool.slice(0, 3).join(', ')},\n7\n${pool.slice(3).join(', ')}`
    expect(lists(text)[0]!.members).toHaveLength(pool.length)
  })
})
