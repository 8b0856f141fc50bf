/**
 * The families of misses found on real pages (issue 8), each with sentences written for these
 * tests and a property test over every state: organisations named after a state, headings in
 * capitals that the page wrapped, known misspellings, "America", and two-member lists.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stateMisspellings } from '../data/state-aliases.js'
import type { Diagnostic } from '../models/extraction.js'
import { states } from '../registry/states.js'
import { extractStateLists } from './state-lists.js'
import { extractStates } from './states.js'

function found(text: string): string[] {
  return extractStates(text, {}, []).map((m) => `${m.text}=${m.iso3}`)
}

/** UN short names that are one state's name only and not given names. */
const names = states
  .map((s) => s.name)
  .filter((name) => !['Chad', 'Jordan', 'Georgia'].includes(name) && !name.includes('('))

const name = fc.constantFrom(...names)

describe('state names inside the name of an organisation, a force or a war', () => {
  it('does not take a state before a numbered military unit (misc12)', () => {
    expect(found('Ships of the U.S. 7th Fleet and the US 3rd Infantry Division.')).toEqual([])
    expect(found('U.S. 5TH FLEET AREA OF OPERATIONS')).toEqual([])
    expect(found('Peru 2nd in the table; Chile 3rd place.')).toEqual(['Peru=PER', 'Chile=CHL'])
    fc.assert(
      fc.property(
        name,
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('Fleet', 'Division', 'Army Corps Brigade', 'Battalion'),
        (state, n, unit) => {
          const suffix = n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
          expect(found(`Sailors of the ${state} ${n}${suffix} ${unit} came.`)).toEqual([])
        },
      ),
      { numRuns: 80 },
    )
  })

  it('does not take a state that opens a hyphenated unit or body name', () => {
    expect(found('Ein Denkmal des 3. US-Infanterie-Regiments steht am Tor.')).toEqual([])
    expect(found('Sie diente in der UK-Panzer-Brigade.')).toEqual([])
    // A compound that ends in no head word is the state's adjective use ("US-Armee", the US
    // Army, is a body's name, as "US Army" is).
    expect(found('Die US-Regierung und die US-Armee; the US-Russia talks.')).toEqual([
      'US=USA',
      'US=USA',
      'Russia=RUS',
    ])
    fc.assert(
      fc.property(
        name,
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('Kavallerie-Regiments', 'Regiment', 'Marine-Division', 'Luft-Brigade'),
        (state, n, unit) => {
          expect(found(`Am Tor steht das ${n}. ${state}-${unit} heute.`)).toEqual([])
        },
      ),
      { numRuns: 80 },
    )
  })

  it('does not take an abbreviation before a currency sign after a space', () => {
    expect(found('A fine of 9 million riels (U.S. $2,250) was paid.')).toEqual([])
    expect(found('Grants of US $40 million reached Peru.')).toEqual(['Peru=PER'])
    expect(found('The US $ sign; the U.S. said so.')).toEqual(['US=USA', 'U.S.=USA'])
  })

  it('does not take a state that a military branch or office follows', () => {
    expect(
      found('A U.S. Navy ship, the US Army, US Air Force crews and the U.S. Marine Corps.'),
    ).toEqual([])
    expect(found('The U.S. Department of State and the UK Ministry of Defence.')).toEqual([])
    expect(found('The Vietnam War ended; the Afghanistan War did too.')).toEqual([])
    expect(
      found('The U.S. Geological Survey, the US Supreme Court and the U.S. Forest Service.'),
    ).toEqual([])
    // A person's title is a mention; a parliament is a body, as "the US Senate" is.
    expect(found('The U.S. President and the UK Parliament.')).toEqual(['U.S.=USA'])
    expect(found('A group called Laos Village Demining works in Laos.')).toEqual(['Laos=LAO'])
  })

  it('still takes the state itself and its adjective use', () => {
    expect(found('The U.S. said no. US officials and the US-led coalition.')).toEqual([
      'U.S.=USA',
      'US=USA',
      'US=USA',
    ])
    expect(found('Navy ships of the US. Army units left Chile.')).toEqual(['US=USA', 'Chile=CHL'])
  })

  it('does not take a state in the name of a ministry, bank, university or newspaper', () => {
    expect(
      found(
        'The Ministry of Foreign Affairs of Chile, the Ministry of Defence of Peru, the Bank of Japan, University of Malta, the Times of India, China Daily and USA TODAY.',
      ),
    ).toEqual([])
    expect(found('The government of Japan and the people of Malta.')).toEqual([
      'Japan=JPN',
      'Malta=MLT',
    ])
  })

  it('does not take the country office of an organisation named by its acronym', () => {
    expect(found('Photo: UNDP Iraq/Jane Roe. A clinic in Iraq.')).toEqual(['Iraq=IRQ'])
    expect(found('WFP Yemen and UN Yemen staff met.')).toEqual([])
    // A state's own abbreviation is no organisation: "US Chile talks" names two states.
    expect(found('US Chile talks')).toEqual(['US=USA', 'Chile=CHL'])
  })

  it('does not take a state after the head word of a capitalised organisation name', () => {
    expect(
      found(
        'The Armed Forces of Ukraine, the Interim Force in Lebanon, the UN Mission in South Sudan and the Permanent Mission of Peru.',
      ),
    ).toEqual([])
    expect(found('The Permanent Representative of Peru and the army of Peru.')).toEqual([
      'Peru=PER',
      'Peru=PER',
    ])
    // An organisation of a state named "Organization of": a body, no mention; a lower-case
    // "organization of" is prose.
    expect(
      found('The Nuclear Energy Organization of Chile and the Space Organisation of Peru.'),
    ).toEqual([])
    expect(found('The organization of Chile’s delegation.')).toEqual(['Chile=CHL'])
  })

  it('holds for every state name (property)', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('Navy', 'Air Force', 'Mine Action Authority', 'War'),
        (state, head) => {
          expect(found(`The ${state} ${head} said so.`)).toEqual([])
          expect(found(`The Armed Forces of ${state} said so.`)).toEqual([])
          expect(found(`The delegate of ${state} said so.`)).toEqual([
            expect.stringMatching(new RegExp(`^${state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=`)),
          ])
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('headings in capitals', () => {
  it('takes the longest name across the blank lines of a wrapped heading', () => {
    expect(found('COUNCIL CONDEMNS DEMOCRATIC\n\n\nPEOPLE’S REPUBLIC OF KOREA TEST')).toEqual([
      'DEMOCRATIC\n\n\nPEOPLE’S REPUBLIC OF KOREA=PRK',
    ])
    expect(found('Democratic\n\nRepublic of the Congo')).toEqual(['Republic of the Congo=COG'])
    expect(found('CHILE\n\nPERU')).toEqual(['CHILE=CHL', 'PERU=PER'])
  })

  it('reads every name in capitals as the state (property)', () => {
    fc.assert(
      fc.property(name, (state) => {
        const upper = state.toUpperCase()
        const got = extractStates(`STATEMENT BY ${upper} ON THE TEST`, {}, [])
        expect(got.map((m) => m.name)).toEqual([state])
      }),
      { numRuns: 200 },
    )
  })
})

describe('misspelt names', () => {
  it('reads a known misspelling as the state and warns', () => {
    const diagnostics: Diagnostic[] = []
    const got = extractStates('Tests in the Marshal Islands went on.', {}, diagnostics)
    expect(got.map((m) => `${m.text}=${m.iso3}`)).toEqual(['Marshal Islands=MHL'])
    expect(diagnostics).toEqual([
      {
        start: 13,
        end: 28,
        ruleId: 'misspelt-state',
        message: '“Marshal Islands” looks like a misspelling of “Marshall Islands”; read as MHL.',
        severity: 'warning',
      },
    ])
  })

  it('keeps a list whole around a misspelt member (property)', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(...Object.keys(stateMisspellings)),
        name,
        (a, misspelt, b) => {
          fc.pre(a !== b)
          const text = `Against: ${a}, ${misspelt} and ${b}.`
          const diagnostics: Diagnostic[] = []
          const mentions = extractStates(text, {}, diagnostics)
          const lists = extractStateLists(text, mentions, {}, diagnostics)
          expect(lists).toHaveLength(1)
          expect(lists[0]?.text).toBe(`${a}, ${misspelt} and ${b}`)
          expect(lists[0]?.members[1]).toBe(stateMisspellings[misspelt])
          expect(diagnostics.map((d) => d.ruleId)).toEqual(['misspelt-state'])
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('"America"', () => {
  it('is the United States, but not inside the names of continents and regions', () => {
    expect(
      found("America's arsenal; Latin America, North America and the Americas; Voice of America."),
    ).toEqual(['America=USA'])
  })
})

describe('two-member lists (property)', () => {
  it('takes a pair in brackets with a comma and never one joined by "and" alone', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        fc.pre(a !== b && !a.includes(b) && !b.includes(a))
        const withComma = `adopted by 150 votes to 2 (${a}, ${b}), with 3 abstentions`
        const mentions = extractStates(withComma, {}, [])
        expect(extractStateLists(withComma, mentions, {}, []).map((l) => l.text)).toEqual([
          `${a}, ${b}`,
        ])
        const withAnd = `Talks between ${a} and ${b} resumed.`
        expect(extractStateLists(withAnd, extractStates(withAnd, {}, []), {}, [])).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('abbreviations the text defines in brackets', () => {
  it('reads a defined abbreviation as the state from its definition on', () => {
    expect(
      found('A CAR law. The Central African Republic (CAR) voted; later CAR and the CAR. A car.'),
    ).toEqual(['Central African Republic=CAF', 'CAR=CAF', 'CAR=CAF', 'CAR=CAF'])
    expect(found('Papua New Guinea (P.N.G.) spoke, then P.N.G. and PNG.')).toEqual([
      'Papua New Guinea=PNG',
      'P.N.G.=PNG',
      'P.N.G.=PNG',
      'PNG=PNG',
    ])
  })

  it('takes no bracket that is not made of the initials of the name', () => {
    expect(found('Austria (AT) and AT; Chile (Santiago) and Peru (LIMA), LIMA.')).toEqual([
      'Austria=AUT',
      'Chile=CHL',
      'Peru=PER',
    ])
  })

  it('defines the initials of every name of two words or more (property)', () => {
    const multi = names.filter((n) => /^\p{Lu}\S* \p{Lu}\S*$/u.test(n))
    fc.assert(
      fc.property(fc.constantFrom(...multi), (state) => {
        const initials = (state.match(/\p{Lu}/gu) ?? []).join('')
        const text = `Delegates of ${state} (${initials}) met. Later ${initials} agreed.`
        const got = extractStates(text, {}, [])
        expect(got.map((m) => m.name)).toEqual([state, state, state])
      }),
      { numRuns: 100 },
    )
  })
})

describe('text extracted from PDF files', () => {
  it('reads names that lost a space or were hyphenated at a line end', () => {
    expect(
      found(
        'Austria, SriLanka, UnitedKingdom, Herze-\ngovina, Turkmen-\nistan and Guinea-\nBissau',
      ),
    ).toEqual([
      'Austria=AUT',
      'SriLanka=LKA',
      'UnitedKingdom=GBR',
      'Turkmen-\nistan=TKM',
      'Guinea-\nBissau=GNB',
    ])
    expect(found('Bosnia and Herze-\ngovina voted.')).toEqual(['Bosnia and Herze-\ngovina=BIH'])
    // Abbreviations are never mended, and a word the page hyphenated is no state.
    expect(found('BiH, fYROM; self-\ndefence; iPhone; #StandWithUkraine')).toEqual([
      'BiH=BIH',
      'fYROM=MKD',
    ])
  })

  it('mends every name of several words (property)', () => {
    const multi = names.filter((n) => /^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)+$/u.test(n))
    fc.assert(
      fc.property(fc.constantFrom(...multi), fc.nat(), (state, cut) => {
        const glued = state.replaceAll(' ', '')
        // Hyphenated inside its longest word, two letters at least on either side.
        const word = [...state.split(' ')].sort((a, b) => b.length - a.length)[0] as string
        const at = state.indexOf(word) + 2 + (cut % (word.length - 3))
        const hyphenated = `${state.slice(0, at)}-\n${state.slice(at)}`
        for (const text of [glued, hyphenated]) {
          const got = extractStates(`Votes: ${text}, Chile.`, {}, [])
          expect(got.map((m) => m.name)).toEqual([state, 'Chile'])
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('marks that pages put next to names', () => {
  it('reads footnote digits that lost their superscript and modifier-letter apostrophes', () => {
    expect(found('Abstaining: Togo1, Malawi12, Peru2020, G20.')).toEqual(['Togo=TGO', 'Malawi=MWI'])
    expect(found('Iranˈs envoy and Peruʼs.')).toEqual(['Iran=IRN', 'Peru=PER'])
  })

  it('keeps a vote list whole across footnote digits (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 3, maxLength: 8 }), fc.nat(), (list, n) => {
        fc.pre(list.every((a) => list.every((b) => a === b || !a.includes(b))))
        const marked = list.map((item, k) =>
          k === n % list.length ? `${item}${(n % 12) + 1}` : item,
        )
        const text = `Abstaining: ${marked.join(', ')}.`
        const got = extractStateLists(text, extractStates(text, {}, []), {}, [])
        expect(got).toHaveLength(1)
        expect(got[0]?.members).toHaveLength(list.length)
      }),
      { numRuns: 200 },
    )
  })
})

describe('list edges', () => {
  it('takes an unknown first member after a label and stops at a demonym', () => {
    const text = 'Still to destroy: Ruritania, Peru, Chile, and the Israeli stocks.'
    const [list] = extractStateLists(text, extractStates(text, {}, []), {}, [])
    expect(list?.text).toBe('Ruritania, Peru, Chile')
    expect(list?.unresolved).toEqual(['Ruritania'])
  })
})

describe('a capitalised article before a member', () => {
  it('keeps the list whole across "The" and "THE"', () => {
    const text = 'In favour: Senegal, The Gambia, Ghana, The Netherlands and The Bahamas.'
    const [list] = extractStateLists(text, extractStates(text, {}, []), {}, [])
    expect(list?.text).toBe('Senegal, The Gambia, Ghana, The Netherlands and The Bahamas')
    expect(list?.members).toEqual(['SEN', 'GMB', 'GHA', 'NLD', 'BHS'])
  })

  it('holds for any article before any member (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 3, maxLength: 6 }),
        fc.array(fc.constantFrom('', 'the ', 'The ', 'THE '), { minLength: 6, maxLength: 6 }),
        (list, articles) => {
          fc.pre(list.every((a) => list.every((b) => a === b || !a.includes(b))))
          const items = list.map((item, k) => `${k === 0 ? '' : articles[k]}${item}`)
          const text = `Against: ${items.slice(0, -1).join(', ')} and ${items.at(-1)}.`
          const got = extractStateLists(text, extractStates(text, {}, []), {}, [])
          expect(got).toHaveLength(1)
          expect(got[0]?.members).toHaveLength(list.length)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('organisations in headings in capitals and with curly apostrophes', () => {
  it('does not take a state inside a mission or an agency named in capitals', () => {
    expect(
      found('NOTE VERBALE FROM THE PERMANENT MISSION OF THE UNITED STATES OF AMERICA'),
    ).toEqual([])
    expect(found('TEXTS ON THE PALESTINE REFUGEE AGENCY AND OTHER ITEMS')).toEqual([])
    // A title of a person is no organisation, in capitals too.
    expect(found('LETTER FROM THE PERMANENT REPRESENTATIVE OF CHILE')).toEqual(['CHILE=CHL'])
    // Capitals around a name in prose do not make it a heading.
    expect(found('Chile MISSION statement')).toEqual(['Chile=CHL'])
  })

  it('reads a curly apostrophe inside the words of an organisation', () => {
    expect(found('A split inside the Sudan People\u2019s Liberation Movement (SPLM).')).toEqual([])
    expect(found("A split inside the Sudan People's Liberation Movement.")).toEqual([])
    expect(found('Sudan\u2019s people voted.')).toEqual(['Sudan=SDN'])
  })

  it('reads the headline short forms of the two Koreas', () => {
    expect(found('N. Korea Tests Again; S. Korea Responds')).toEqual([
      'N. Korea=PRK',
      'S. Korea=KOR',
    ])
  })

  it('property: any state in capitals after a mission heading is no mention, after a title it is', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('PERMANENT MISSION OF', 'EMBASSY OF', 'ARMED FORCES OF'),
        fc.constantFrom('', 'THE '),
        (state, head, the) => {
          const upper = state.toUpperCase()
          fc.pre(!/[()’']/.test(upper))
          expect(found(`NOTE FROM THE ${head} ${the}${upper}`)).toEqual([])
          const titled = found(`NOTE FROM THE PERMANENT REPRESENTATIVE OF ${the}${upper}`)
          expect(titled).toHaveLength(1)
        },
      ),
    )
  })
})

describe('national bodies and groups named after a state', () => {
  it('does not take a state named by an authority, a centre or a commission of its own', () => {
    expect(
      found('The National Mine Action Authority of Angola and the Mine Action Centre of Chile.'),
    ).toEqual([])
    expect(found('The Chile Independent Human Rights Commission spoke.')).toEqual([])
    expect(found('Teams of the HALO Trust Angola and the Kenya Red Cross.')).toEqual([])
    expect(found('The Syria Civil Defence and the Japan Campaign to Ban Landmines.')).toEqual([])
    expect(found('Fighters of the Islamic State of Iraq and the Levant.')).toEqual([])
    expect(found('Fighters of the Islamic State in Iraq and the Levant (ISIL).')).toEqual([])
    // The state itself and a person's title stay mentions.
    expect(
      found('The Minister of Foreign Affairs of Chile visited the Ministry of Defence of Peru.'),
    ).toEqual(['Chile=CHL'])
    expect(found('The Government of Angola and the Permanent Representative of Chile.')).toEqual([
      'Angola=AGO',
      'Chile=CHL',
    ])
  })

  it('property: a state before or after the head word of a body is no mention', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(
          ['The Mine Action Centre of ', ''],
          ['The National Authority in ', ''],
          ['The ', ' Red Cross Society'],
          ['The ', ' Civil Defence'],
          ['The ', ' Independent Human Rights Commission'],
        ),
        (state, [before, after]) => {
          fc.pre(!/^(?:The|the) /.test(state))
          expect(found(`${before}${state}${after} reported.`)).toEqual([])
        },
      ),
    )
  })
})

describe("misc9: a state inside an organisation's name after its head word or a hyphen; titles with 'for'", () => {
  it('is no mention in a country branch named after a head word', () => {
    expect(found('Jane Doe of the Amputee Survivors Network Uganda spoke.')).toEqual([])
    expect(found('The Landmine Victims Association Kenya met.')).toEqual([])
    expect(found('Uganda and Kenya met.')).toEqual(['Uganda=UGA', 'Kenya=KEN'])
  })

  it("is no mention before a hyphen and a capitalised word that open an organisation's name", () => {
    expect(found('The head of the South Korea-U.S. Combined Forces Command spoke.')).toEqual([])
    expect(found('The China-Aided Cambodia Landmines Elimination Project ended.')).toEqual([])
    expect(found('A South Korea-U.S. joint military drill began.')).toEqual([
      'South Korea=KOR',
      'U.S.=USA',
    ])
    expect(found('A China-aided project began.')).toEqual(['China=CHN'])
  })

  it('is a mention in a title with "for": "Minister for Foreign Affairs of Japan"', () => {
    expect(found('Taro Doe, Minister for Foreign Affairs of Japan,\n\nspoke.')).toEqual([
      'Japan=JPN',
    ])
    expect(found('The Ministry for Foreign Affairs of Japan wrote.')).toEqual([])
  })

  it('property: any state after a capitalised name ending in a head word is no mention', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('Network', 'Association', 'Foundation', 'Coalition'),
        fc.constantFrom('Survivors', 'Deminers', 'Mine Victims'),
        (state, head, before) => {
          expect(found(`A member of the ${before} ${head} ${state} spoke.`)).toEqual([])
        },
      ),
    )
  })

  it('property: any state joined by a hyphen to a capitalised word opening a name is no mention', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('Aided', 'Funded', 'Japan'),
        fc.constantFrom('Demining Project', 'Joint Commission', 'Border Commission'),
        (state, joined, head) => {
          expect(found(`The ${state}-${joined} ${head} met.`)).toEqual([])
        },
      ),
    )
  })
})

describe('a heading in capitals that ran into the text (misc13)', () => {
  it('ends at the state: the next words in sentence case open no organisation', () => {
    expect(found('ON WEAPONS USE IN THE SYRIAN ARAB REPUBLIC The Executive Council met.')).toEqual([
      'SYRIAN ARAB REPUBLIC=SYR',
    ])
    expect(found('A REPORT ON BELGIUM Executive Council notes')).toEqual(['BELGIUM=BEL'])
    // An abbreviation before an organisation's word stays inside the name.
    expect(found('The US Army and the UK Ministry of Defence.')).toEqual([])
  })

  it('holds for every state written in capitals', () => {
    fc.assert(
      fc.property(
        name.filter((n) => n.length > 4),
        (n) => {
          const upper = n.toUpperCase()
          expect(found(`TALKS WITH ${upper} The Council welcomed them.`)).toEqual([
            `${upper}=${states.find((s) => s.name === n)!.iso3}`,
          ])
        },
      ),
      { numRuns: 60 },
    )
  })

  it('reads no state in the initials of the Soviet Union', () => {
    expect(found('The U.S.S.R. and the U.S. signed.')).toEqual(['U.S.=USA'])
  })
})
