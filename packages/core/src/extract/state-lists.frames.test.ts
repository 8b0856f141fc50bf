/**
 * How lists of states are built in real text, beyond commas and "and": a member misspelt, a first
 * member glued to the word before it, a comma lost before "the", a phrase inserted between commas,
 * a second group after a closed list, an organisation closing a list, an empty item, several
 * parentheticals. Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'
import { boundedDistance, nearestState } from './state-lists/misspelt.js'

const show = (text: string) =>
  extract(text).stateLists.map((l) => `${l.text}|${l.members.join(',')}|${l.unresolved.join(',')}`)

describe('members written in lower case', () => {
  it('reads a state name with a word in lower case between members, with a warning', () => {
    const text =
      'Voting no (Chad, Fiji, nicaragua, United Kingdom), abstaining (Oman, Saudi arabia, Togo).'
    const result = extract(text)
    expect(show(text)).toEqual([
      'Chad, Fiji, nicaragua, United Kingdom|TCD,FJI,NIC,GBR|',
      'Oman, Saudi arabia, Togo|OMN,SAU,TGO|',
    ])
    expect(result.states.map((s) => `${s.text}=${s.iso3}`)).toContain('nicaragua=NIC')
    expect(result.diagnostics).toMatchObject([
      {
        ruleId: 'misspelt-state',
        start: text.indexOf('nicaragua'),
        end: text.indexOf('nicaragua') + 9,
      },
      { ruleId: 'misspelt-state', start: text.indexOf('Saudi'), end: text.indexOf('Saudi') + 12 },
    ])
    expect(result.diagnostics[0]?.message).toContain('lower case')
    // Outside a list, and for words that are no state's name, nothing changes.
    expect(extract('We ate nicaragua coffee and turkey.').states).toEqual([])
    expect(show('Chad, chile peppers, and Peru.')).toEqual([])
    // An inserted phrase in lower case still stays a phrase.
    expect(show('Mali, Chad, Niger, notably, and Benin signed.')).toEqual([
      'Mali, Chad, Niger, notably, and Benin|MLI,TCD,NER,BEN|',
    ])
  })

  it('holds for every state name in lower case (property)', () => {
    const names = [
      'Nicaragua',
      'Saudi Arabia',
      'Costa Rica',
      'Democratic Republic of the Congo',
      'Sri Lanka',
      'Ghana',
    ]
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), (name, whole) => {
        // The whole name in lower case, or only its last word.
        const written = whole
          ? name.toLowerCase()
          : name.replace(/(\S+)$/, (word) => word.toLowerCase())
        fc.pre(written !== name)
        const text = `Against: Chad, Fiji, ${written}, Oman.`
        const lists = extract(text).stateLists
        expect(lists).toHaveLength(1)
        expect(lists[0]?.text).toBe(`Chad, Fiji, ${written}, Oman`)
        expect(lists[0]?.members).toHaveLength(4)
      }),
    )
  })
})

describe('misspelt members', () => {
  it('reads a name one edit from a state as that state, in a list only', () => {
    const text = 'Signed today: Algeria, Guatamala, Lichtenstein and Peru.'
    const result = extract(text)
    expect(show(text)).toEqual(['Algeria, Guatamala, Lichtenstein and Peru|DZA,GTM,LIE,PER|'])
    expect(result.states.map((s) => `${s.text}=${s.iso3}`)).toEqual([
      'Algeria=DZA',
      'Guatamala=GTM',
      'Lichtenstein=LIE',
      'Peru=PER',
    ])
    expect(result.diagnostics).toMatchObject([
      { ruleId: 'misspelt-state', start: 23, end: 32 },
      { ruleId: 'misspelt-state', start: 34, end: 46 },
    ])
    expect(result.diagnostics[0]?.message).toContain('Guatemala')
    // Outside a list the same names are no states.
    expect(extract('Guatamala is far.').states).toEqual([])
    expect(extract('Mr Lichtenstein said so.').states).toEqual([])
  })

  it('reads a misspelt name at either edge of a list, with or without a phrase that opens it', () => {
    expect(show('Guatamala, Chile and Peru signed.')).toEqual([
      'Guatamala, Chile and Peru|GTM,CHL,PER|',
    ])
    expect(show('Yesterday Guatamala, Chile and Peru signed.')).toEqual([
      'Guatamala, Chile and Peru|GTM,CHL,PER|',
    ])
    expect(show('Votes: Chile, Peru, Guatamala')).toEqual(['Chile, Peru, Guatamala|CHL,PER,GTM|'])
    // Names near no state still need the phrase or the conjunction.
    expect(show('Then Ruritania, Freedonia, Chile, Peru spoke.')).toEqual(['Chile, Peru|CHL,PER|'])
  })

  it('leaves names that are near no state, or near two, unresolved', () => {
    expect(show('Austria, Ruritania and Belgium met.')).toEqual([
      'Austria, Ruritania and Belgium|AUT,BEL|Ruritania',
    ])
    // "Nigera" is one edit from Niger and from Nigeria.
    expect(nearestState('Nigera')).toBeNull()
    expect(nearestState('Peru')).toBeNull()
    expect(nearestState('Columbia')).toBe('COL')
    expect(nearestState('Kazakahstan')).toBe('KAZ')
  })

  it('bounds the distance it computes', () => {
    expect(boundedDistance('guatamala', 'guatemala', 2)).toBe(1)
    expect(boundedDistance('abcd', 'badc', 2)).toBe(2)
    expect(boundedDistance('kenya', 'mozambique', 1)).toBe(2)
  })

  const long = [
    ['Guatemala', 'GTM'],
    ['Liechtenstein', 'LIE'],
    ['Madagascar', 'MDG'],
    ['Mozambique', 'MOZ'],
    ['Bangladesh', 'BGD'],
    ['Kazakhstan', 'KAZ'],
    ['Venezuela', 'VEN'],
    ['Argentina', 'ARG'],
    ['Indonesia', 'IDN'],
    ['Switzerland', 'CHE'],
  ] as const

  it('keeps a list whole with one member missing a letter (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...long),
        fc.nat(),
        fc.constantFrom('Chile', 'Ghana', 'Peru'),
        fc.constantFrom('Togo', 'Nepal', 'Oman'),
        ([name, iso3], at, a, b) => {
          const k = 1 + (at % (name.length - 2))
          const misspelt = name.slice(0, k) + name.slice(k + 1)
          const text = `In favour: ${a}, ${misspelt}, ${b}.`
          const [list] = extract(text).stateLists
          expect(list?.text).toBe(`${a}, ${misspelt}, ${b}`)
          expect(list?.members[1]).toBe(iso3)
        },
      ),
    )
  })
})

describe('a first member glued to the word before it', () => {
  it('opens the list at the glued name', () => {
    const text = 'the permanent members of the Security CouncilChina, France, Russia and the US'
    const result = extract(text)
    expect(show(text)).toEqual(['China, France, Russia and the US|CHN,FRA,RUS,USA|'])
    expect(result.states[0]).toMatchObject({ text: 'China', iso3: 'CHN' })
  })

  it('is a mention outside a list too (a table or heading run together), never an abbreviation', () => {
    expect(extract('the CouncilChina said').states.map((s) => s.text)).toEqual(['China'])
    expect(show('a MetaUK, France, Chile')).toEqual(['France, Chile|FRA,CHL|'])
  })

  it('finds the state after any glued word (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][a-z]{2,8}$/),
        fc.constantFrom('Chile', 'Ghana', 'Nepal', 'Costa Rica'),
        (word, state) => {
          const text = `Signed by the ${word}${state}, Peru, Togo and Oman.`
          const [list] = extract(text).stateLists
          expect(list?.text).toBe(`${state}, Peru, Togo and Oman`)
        },
      ),
    )
  })
})

describe('lost commas and inserted phrases', () => {
  it('reads a bare space before "the" inside a comma list as a lost comma', () => {
    expect(
      show('Talks of China, France, Germany the Russian Federation, the United Kingdom.'),
    ).toEqual([
      'China, France, Germany the Russian Federation, the United Kingdom|CHN,FRA,DEU,RUS,GBR|',
    ])
    // Not without a comma before it: "In Germany the United States" is no list.
    expect(show('In Germany the United States and Peru met.')).toEqual([])
  })

  it('passes over a short phrase between commas that the conjunction then closes', () => {
    expect(
      show('Chile, Peru, Ghana, with the help of the European Union,  and Togo agreed.'),
    ).toEqual([
      'Chile, Peru, Ghana, with the help of the European Union,  and Togo|CHL,PER,GHA,TGO|',
    ])
    // Without the conjunction after it, the phrase ends the list.
    expect(show('Chile, Peru, Ghana, with the help of donors, Togo agreed.')).toEqual([
      'Chile, Peru, Ghana|CHL,PER,GHA|',
    ])
  })

  it('passes over an appositive that opens with a state possessive after the first member', () => {
    expect(show('Yet Chile, Peru’s closest partner, and Ghana objected.')).toEqual([
      'Chile, Peru’s closest partner, and Ghana|CHL,GHA|',
    ])
    // Without the conjunction after it, or further into the list, the possessive is no appositive.
    expect(show('Yet Chile, Peru’s closest partner, Ghana objected.')).toEqual([])
    expect(show('Talks with Chile, Peru, Ghana’s envoy, and Togo.')).toEqual([
      'Chile, Peru, Ghana|CHL,PER,GHA|',
    ])
  })

  it('keeps one list through an appositive (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Peru', 'North Korea', 'Costa Rica'),
        fc.constantFrom("'s", '’s'),
        fc.constantFrom('closest partner', 'main ally', 'neighbour to the north'),
        (state, s, noun) => {
          const text = `But Chile, ${state}${s} ${noun}, and Ghana objected.`
          expect(extract(text).stateLists.map((l) => l.members.join(','))).toEqual(['CHL,GHA'])
        },
      ),
    )
  })

  it('keeps one list through an inserted phrase (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('with the support of the EU', 'as observers', 'in the end', 'notably'),
        fc.constantFrom('and', 'or'),
        (phrase, conjunction) => {
          const text = `Mali, Chad, Niger, ${phrase}, ${conjunction} Benin signed.`
          expect(show(text)).toEqual([
            `Mali, Chad, Niger, ${phrase}, ${conjunction} Benin|MLI,TCD,NER,BEN|`,
          ])
        },
      ),
    )
  })
})

describe('where a list ends', () => {
  it('ends before a person named by a title after the conjunction (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('EU', 'AU', 'UN', 'OSCE', 'the EU'),
        fc.constantFrom('High Representative', 'Special Envoy', 'Secretary-General', 'President'),
        fc.constantFrom(' for Security Policy met.', ' spoke.', ', who chaired.'),
        (body, title, rest) => {
          const text = `Ministers of Chile, Ghana, Nepal and ${body} ${title}${rest}`
          expect(show(text)).toEqual(['Chile, Ghana, Nepal|CHL,GHA,NPL|'])
        },
      ),
    )
  })

  it('ends a closed list before ", as well as" and ", along with"', () => {
    expect(
      show('Signed: Chile, Ghana, Saint Kitts and Nevis and Peru, as well as Togo and Benin.'),
    ).toEqual(['Chile, Ghana, Saint Kitts and Nevis and Peru|CHL,GHA,KNA,PER|'])
    expect(show('Chad and Mali, along with Peru, Togo, and Benin, objected.')).toEqual([
      'Peru, Togo, and Benin|PER,TGO,BEN|',
    ])
    // Before the conjunction, "as well as" joins.
    expect(show('Chile, Ghana as well as Peru')).toEqual([
      'Chile, Ghana as well as Peru|CHL,GHA,PER|',
    ])
  })

  it('ends the list before an organisation that closes it', () => {
    expect(show('concluded by China, France, Germany and the European Union with Iran')).toEqual([
      'China, France, Germany|CHN,FRA,DEU|',
    ])
    expect(show('Peru, Chile, Ghana, Oman and the African Union agreed.')).toEqual([
      'Peru, Chile, Ghana, Oman|PER,CHL,GHA,OMN|',
    ])
  })

  it('ends the list at a group, whatever closes it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('as well as', 'along with', 'plus'),
        fc.constantFrom('Chile, Peru and Togo', 'Chile, Peru, and Togo', 'Chile and Peru'),
        (joiner, first) => {
          const lists = extract(`${first}, ${joiner} Nepal, Oman and Fiji agreed.`).stateLists
          expect(lists.map((l) => l.text)).toContain('Nepal, Oman and Fiji')
          expect(lists.every((l) => !l.text.includes(joiner))).toBe(true)
        },
      ),
    )
  })
})

describe('empty items, parentheticals and possessives', () => {
  it('passes over an empty item left by lost text', () => {
    expect(show('at the request of Algeria, , Bhutan, Guyana, , the Maldives and Nepal.')).toEqual([
      'Algeria, , Bhutan, Guyana, , the Maldives and Nepal|DZA,BTN,GUY,MDV,NPL|',
    ])
  })

  it('passes over parentheticals in a row and states named inside them', () => {
    expect(show('Myanmar (Burma) (hit hard), India (hit) or Pakistan (hit).')).toEqual([
      'Myanmar (Burma) (hit hard), India (hit) or Pakistan|MMR,IND,PAK|',
    ])
    expect(
      show('Peru (not a US matter), Kosovo (not a US matter), Chile (not a US matter) and Togo.'),
    ).toEqual([
      'Peru (not a US matter), Kosovo (not a US matter), Chile (not a US matter) and Togo|PER,CHL,TGO|Kosovo',
    ])
  })

  it('takes no two states for a list when the second is a possessive', () => {
    expect(show('It was put forward by America, Russia’s conduct was condemned.')).toEqual([])
    expect(show('Against: Israel, United States.')).toEqual(['Israel, United States|ISR,USA|'])
  })
})

describe('each family holds for any members (properties)', () => {
  const names = fc.constantFrom(
    'Chile',
    'Ghana',
    'Peru',
    'Nepal',
    'Oman',
    'Costa Rica',
    'Sri Lanka',
  )
  const three = fc.uniqueArray(names, { minLength: 3, maxLength: 3 })

  it('a lost comma before "the" inside a comma list', () => {
    fc.assert(
      fc.property(three, ([a, b, c]) => {
        const text = `Talks of ${a}, ${b} the ${c}, the Netherlands and Japan.`
        expect(extract(text).stateLists.map((l) => l.members.length)).toEqual([5])
      }),
    )
  })

  it('an organisation that closes a list is outside its span', () => {
    fc.assert(
      fc.property(
        three,
        fc.constantFrom('the European Union', 'the African Union', 'NATO'),
        ([a, b, c], actor) => {
          const [list] = extract(`Agreed by ${a}, ${b}, ${c} and ${actor} today.`).stateLists
          expect(list?.text).toBe(`${a}, ${b}, ${c}`)
          expect(list?.members).toHaveLength(3)
        },
      ),
    )
  })

  it('empty items and parentheticals in a row', () => {
    fc.assert(
      fc.property(
        three,
        fc.constantFrom(', , ', ',, ', ', '),
        fc.constantFrom('', ' (a)', ' (a) (b)', ' (the US) (b)'),
        ([a, b, c], comma, paren) => {
          const text = `Request of ${a}${paren}${comma}${b}${paren}${comma}${c} alone.`
          const [list] = extract(text).stateLists
          expect(list?.text).toBe(`${a}${paren}${comma}${b}${paren}${comma}${c}`)
          expect(list?.members).toHaveLength(3)
        },
      ),
    )
  })

  it('no pair before a possessive', () => {
    fc.assert(
      fc.property(three, fc.constantFrom("'s", '’s'), ([a, b], s) => {
        expect(extract(`It came from ${a}, ${b}${s} envoy said.`).stateLists).toEqual([])
      }),
    )
  })
})

describe('a region with its states in brackets inside a list (misc10)', () => {
  it('keeps the list whole through the regions, their brackets and the "and" before one', () => {
    expect(
      show(
        'Teams worked in Chad, Mali, Niger and the Balkans (Kosovo, Serbia, Croatia), Central America (Panama, Belize), Peru and Chile.',
      ),
    ).toEqual([
      'Chad, Mali, Niger and the Balkans (Kosovo, Serbia, Croatia), Central America (Panama, Belize), Peru and Chile|TCD,MLI,NER,SRB,HRV,PAN,BLZ,PER,CHL|',
    ])
  })

  it("ends with the bracket when nothing follows it, and a state's own bracket is no region", () => {
    expect(
      show('Teams worked in Chad, Mali and the Caucasus (Georgia, Armenia). Then home.'),
    ).toEqual(['Chad, Mali and the Caucasus (Georgia, Armenia)|TCD,MLI,GEO,ARM|'])
    expect(show('France (on behalf of Chad, Mali), Japan and Chile spoke.')).toEqual([
      'France (on behalf of Chad, Mali), Japan and Chile|FRA,JPN,CHL|',
    ])
  })

  it('property: any regions of states between members', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('the Balkans', 'Central America', 'the Caucasus', 'West Africa'),
        fc.constantFrom('Ghana, Togo', 'Peru', 'Fiji, Samoa, Tonga'),
        (region, inside) => {
          const [list] = extract(
            `Aid went to Chad, Oman and ${region} (${inside}), Peru and Laos.`,
          ).stateLists
          expect(list?.members.length).toBe(4 + inside.split(', ').length)
        },
      ),
    )
  })
})

describe('a region of a member written in lower case (misc10)', () => {
  it('keeps the member: "and northern Niger", "eastern Chad"', () => {
    expect(show('Fields were cleared in Chad, Mali, and northern Niger (the Air region).')).toEqual(
      ['Chad, Mali, and northern Niger|TCD,MLI,NER|'],
    )
    expect(show('Fighting in eastern Chad, north-western Mali and central Niger.')).toEqual([
      'Chad, north-western Mali and central Niger|TCD,MLI,NER|',
    ])
  })

  it('property: any lower-case compass word before the last member', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('northern', 'southern', 'eastern', 'western', 'central', 'north-eastern'),
        (compass) => {
          expect(show(`Aid went to Oman, Peru and ${compass} Ghana.`)).toEqual([
            `Oman, Peru and ${compass} Ghana|OMN,PER,GHA|`,
          ])
        },
      ),
    )
  })
})
