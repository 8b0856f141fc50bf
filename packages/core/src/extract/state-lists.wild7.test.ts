/**
 * States and state lists in formats found on a seventh round of real pages: headlines in title
 * case, adverbs and "my own country" after a list's conjunction, names that a hyphen split before
 * a space. Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text).stateLists.map((l) => ({ text: l.text, members: l.members }))
const states = (text: string) => extract(text).states.map((s) => `${s.text}=${s.iso3}`)

const pool = ['Kenya', 'Latvia', 'Nepal', 'Oman', 'Peru', 'Chile', 'Ghana', 'Mali', 'Togo', 'Fiji']

describe('a headline in title case', () => {
  it('"And" before the last member closes the list', () => {
    expect(lists('Chile, Ghana, Nepal And Peru Win Seats\nThe vote was held.')).toEqual([
      { text: 'Chile, Ghana, Nepal And Peru', members: ['CHL', 'GHA', 'NPL', 'PER'] },
    ])
  })

  it('a verb and a preposition in title case open no organisation after a state', () => {
    expect(lists('Chile, Ghana, Nepal And Peru Elected To Council')[0]?.members).toEqual([
      'CHL',
      'GHA',
      'NPL',
      'PER',
    ])
    expect(states('Kenya Red Cross and the Peru Mine Action Centre')).toEqual([])
  })

  it("the UN's own bodies after a state in a headline open no organisation named after it", () => {
    expect(states('Chile Joins UN Security Council')).toEqual(['Chile=CHL'])
    expect(states('Nigeria Urges Security Council Reform')).toEqual(['Nigeria=NGA'])
    expect(states('Kenya Red Cross Society and the Cambodia Mine Action Authority')).toEqual([])
  })

  it('two names joined by "And" are no list', () => {
    expect(lists('Chile And Peru Sign Accord')).toEqual([])
  })

  it('property: a title-case list keeps every member', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 3, maxLength: 7 }),
        (names) => {
          const text = `${names.slice(0, -1).join(', ')} And ${names.at(-1)} Elected To Board`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toHaveLength(names.length)
          expect(found[0]!.text.endsWith(names.at(-1)!)).toBe(true)
        },
      ),
    )
  })
})

describe('words between the conjunction and the last member', () => {
  it.each([
    [
      'and more recently',
      'Its arsenal grew like those of Chile, Ghana, Nepal and more recently Peru.',
    ],
    ['and possibly', 'Tests were feared in Chile, Ghana and possibly the Philippines.'],
    [
      'and, in a joint statement, my own country',
      'On behalf of Chile, Ghana, Nepal and my own country, Peru, I thank you.',
    ],
    [
      'and my own country without a comma',
      'Chile, Ghana, Nepal and my own country Peru support the text.',
    ],
  ])('%s', (_, text) => {
    const found = lists(text)
    expect(found).toHaveLength(1)
    expect(found[0]!.members.length).toBeGreaterThanOrEqual(3)
    expect(found[0]!.text).toMatch(/(?:Peru|Philippines)$/)
  })

  it('"and/or" closes a list like "and"', () => {
    expect(lists('Abstaining were Chile, Ghana and/or Peru.')).toEqual([
      { text: 'Chile, Ghana and/or Peru', members: ['CHL', 'GHA', 'PER'] },
    ])
  })

  it('other words after the conjunction still end the list', () => {
    expect(lists('Chile, Ghana and other countries such as Peru agreed.')).toEqual([
      { text: 'Chile, Ghana', members: ['CHL', 'GHA'] },
    ])
  })

  it('property: an adverb after the conjunction keeps the last member in the list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 3, maxLength: 6 }),
        fc.constantFrom(
          'more recently',
          'possibly',
          'perhaps',
          'now',
          'eventually',
          'my own country,',
        ),
        (names, words) => {
          const text = `Support came from ${names.slice(0, -1).join(', ')} and ${words} ${names.at(-1)}.`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toHaveLength(names.length)
        },
      ),
    )
  })
})

describe('a name that a hyphen split before a space', () => {
  it('"Mauri- tania" (a line break turned into a space) is the state, its span as written', () => {
    expect(states('Observers came from Chile, Mauri- tania and Peru.')).toEqual([
      'Chile=CHL',
      'Mauri- tania=MRT',
      'Peru=PER',
    ])
  })

  it('other words split that way are no states', () => {
    expect(states('The Interna- tional Council of Muse- ums met in Chile.')).toEqual(['Chile=CHL'])
  })

  it('property: any state name of two syllables or more split by "- " is still found', () => {
    const names = [
      'Mauritania',
      'Afghanistan',
      'Madagascar',
      'Switzerland',
      'Mozambique',
      'Kazakhstan',
    ]
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: 2, max: 5 }), (name, cut) => {
        const split = `${name.slice(0, cut)}- ${name.slice(cut)}`
        const found = extract(`Delegates of ${split} spoke.`).states
        expect(found.map((s) => s.text)).toEqual([split])
      }),
    )
  })
})

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

describe('a table pasted as text', () => {
  it('empty cells between bars keep the list whole', () => {
    const text = 'Parties | |\nChile | Fiji | Ghana |\nKenya | | |\nMali | Nepal | |\n'
    expect(lists(text).map((l) => l.members)).toEqual([['CHL', 'FJI', 'GHA', 'KEN', 'MLI', 'NPL']])
  })
})

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

describe('a name glued to the word before it', () => {
  it('a table cell or heading run together with the next name', () => {
    expect(
      states('Ratification(R), Accession(a)RatificationAfghanistan 3 Dec 2008 aAngola 9 Apr'),
    ).toEqual(['Afghanistan=AFG', 'Angola=AGO'])
    expect(states('V. Chemical WeaponsArgentina (Mr. Cappagli): Argentina regrets')).toEqual([
      'Argentina=ARG',
      'Argentina=ARG',
    ])
  })

  it('hashtags, handles, identifiers and abbreviations glued to a word are no mentions', () => {
    expect(states('#StandWithUkraine @MissionFrance iOSChina theUS xChile')).toEqual([])
  })

  it('property: any state name glued after a word in lower case is found, its span as written', () => {
    const names = ['Afghanistan', 'Angola', 'Chile', 'Norway', 'South Africa', 'United States']
    fc.assert(
      fc.property(
        fc.constantFrom('Ratification', 'Weapons', 'Depositary', 'the', 'a'),
        fc.constantFrom(...names),
        (word, name) => {
          const found = extract(`Table: ${word}${name} 3 Dec 2008.`, { kinds: ['states'] }).states
          expect(found.map((s) => s.text)).toEqual([name])
        },
      ),
    )
  })
})

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

describe('titles of several persons', () => {
  it('"the Ministers of Foreign Affairs of" a list of states is a list of mentions', () => {
    expect(
      lists(
        'A statement by the Ministers of Foreign Affairs of the Republic of Chile, the Republic of Peru and Ghana.',
      ),
    ).toEqual([
      {
        text: 'Republic of Chile, the Republic of Peru and Ghana',
        members: ['CHL', 'PER', 'GHA'],
      },
    ])
    expect(states('The Ministry of Foreign Affairs of Chile said so.')).toEqual([])
  })
})
