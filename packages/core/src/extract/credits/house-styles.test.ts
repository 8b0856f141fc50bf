/**
 * Credit lines in the house styles of agencies, the UN, NGOs, newspapers and Wikimedia Commons,
 * as real pages print them (every sentence written for these tests; the names are invented).
 * One `describe` per family, each with a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf } from './test-helpers.js'

const person = personOf(
  ['Ana', 'Jonas', 'Mira', 'Tomas', 'Lena', 'Pablo', 'Yusuf', 'Hana'],
  ['Ferreira', 'Berg', 'Lund', 'Kerr', 'Novak', 'Ortiz', 'de Souza', 'Okafor'],
)

const caption = fc.constantFrom(
  'A deminer marks a cleared lane near the border.',
  'Delegates leave the conference hall in Geneva.',
  'Stockpiled shells before their destruction, 2019.',
  'Children learn about the danger of mines at school.',
)

describe('organisations that sign their pictures (UN bodies, missions, NGOs)', () => {
  it.each([
    ['A vaccination team in the valley.\nUNICEF Sudan/Ana Berg', 'Ana Berg', 'UNICEF Sudan'],
    ['A mural at a youth centre.\nUN Kampala/Jonas Lund', 'Jonas Lund', 'UN Kampala'],
    ['Women in a training class. UN Women/Mira Kerr', 'Mira Kerr', 'UN Women'],
    ['Clearance near the airport. UNMAS/Tomas Novak', 'Tomas Novak', 'UNMAS'],
    ['A survivor at the rehabilitation centre. Lena Ortiz/MSF', 'Lena Ortiz', 'MSF'],
    ['A convoy crosses the river. WFP/Pablo de Souza', 'Pablo de Souza', 'WFP'],
  ])('%s', (text, creator, source) => {
    const [credit] = fields(text)
    expect(credit).toMatchObject({ creator, source })
    expect(fields(text)).toHaveLength(1)
  })

  it('a chain of organisations alone is prose, not a credit', () => {
    expect(fields('The UN/AU mission in the region ended in 2020.')).toEqual([])
    expect(fields('A WFP/UNICEF joint statement\nMAG/HALO joint programme')).toEqual([])
  })

  it('property: "<signer>[ <office>]/<name>" closing a caption credits both', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('UNDP', 'UNHCR', 'UNICEF', 'OCHA', 'IOM', 'UNMAS', 'MONUSCO'),
        fc.constantFrom('', ' Yemen', ' Mali', ' South Sudan'),
        fc.boolean(),
        (cap, who, signer, office, newline) => {
          const credit = `${signer}${office}/${who}`
          const found = extractCredits(`${cap}${newline ? '\n' : ' '}${credit}`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ text: credit, creator: who, source: signer + office })
        },
      ),
    )
  })
})

describe('newspapers and their picture desks', () => {
  it.each([
    [
      'Engineers inspect the reactor hall. Ana Berg/The Daily Ledger via Getty Images',
      'Ana Berg',
      'The Daily Ledger via Getty Images',
    ],
    ['Talks resumed on Monday. Jonas Lund/The New York Times', 'Jonas Lund', 'The New York Times'],
    ['Talks resumed on Monday. Credit Mira Kerr for The Guardian', 'Mira Kerr', 'The Guardian'],
    ['Talks resumed on Monday. Credit...Tomas Novak/Reuters', 'Tomas Novak', 'Reuters'],
    ['Smoke over the range.Credit...Lena Ortiz/Reuters', 'Lena Ortiz', 'Reuters'],
    ['A rally in the square. [Pablo Ortiz/Reuters]', 'Pablo Ortiz', 'Reuters'],
    ['A rally in the square. [File: Hana Okafor/AP Photo]', 'Hana Okafor', 'AP Photo'],
    ['Protesters at the gate. AFP PHOTO / JONAS BERG', 'JONAS BERG', 'AFP PHOTO'],
    [
      'Launch seen from the coast. (Photo by ANA LUND/AFP via Getty Images)',
      'ANA LUND',
      'AFP via Getty Images',
    ],
    ['A missile on parade.\nImage: Parade-Images/IMAGO', null, 'Parade-Images/IMAGO'],
    [
      'A missile on parade.\nPhoto: picture alliance / dpa | Mira Berg',
      'Mira Berg',
      'picture alliance / dpa',
    ],
  ])('%s', (text, creator, source) => {
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ creator, source })
  })

  it('a wire picture passed on by another agency keeps the whole chain', () => {
    expect(
      fields(
        'The agency released pictures of the launch. Credit Korean Central News Agency, via Agence France-Presse \u2014 Getty Images',
      )[0],
    ).toMatchObject({
      creator: null,
      source: 'Korean Central News Agency via Agence France-Presse \u2014 Getty Images',
    })
  })

  it("a pool photographer with the service's slug, and an uncredited handout", () => {
    expect(fields('The president waves.\nHana Lee - pool, Pool AFP')).toEqual([
      { text: 'Hana Lee - pool, Pool AFP', creator: 'Hana Lee', source: 'Pool AFP', license: null },
    ])
    expect(fields('A leader speaks.\nUncredited - hogp, KCNA via KNS')).toEqual([
      {
        text: 'Uncredited - hogp, KCNA via KNS',
        creator: null,
        source: 'KCNA via KNS',
        license: null,
      },
    ])
  })

  it.each([
    'Credit Suisse reported a loss for the quarter.',
    'Credit Union members met on Friday.',
    'By Jonas Berg, AP',
    'SEOUL, South Korea (AP)',
    'The Guardian reported that the talks had stalled.',
  ])('no credit: %s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: "Credit <name> for <paper>" and "Credit...<name>/<agency>" after a caption', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('The New York Times', 'The Guardian', 'The Evening Post'),
        fc.constantFrom('Reuters', 'AFP', 'Getty Images'),
        fc.boolean(),
        (cap, who, paper, agency, assignment) => {
          const credit = assignment ? `Credit ${who} for ${paper}` : `Credit...${who}/${agency}`
          const found = extractCredits(`${cap} ${credit}`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({
            text: credit,
            creator: who,
            source: assignment ? paper : agency,
          })
        },
      ),
    )
  })
})

describe('two credits on one line joined by "and"', () => {
  it("a report's cover credits", () => {
    expect(
      fields('Back cover photographs \u00a9 DDG, April 2020 and Ana Berg/NPA, June 2019'),
    ).toEqual([
      {
        text: 'Back cover photographs \u00a9 DDG, April 2020',
        creator: null,
        source: 'DDG',
        license: null,
      },
      { text: 'Ana Berg/NPA, June 2019', creator: 'Ana Berg', source: 'NPA', license: null },
    ])
  })

  it('two photographers of one picture stay one credit', () => {
    expect(fields('Photos: Ana Berg and Jonas Lund/ICRC')).toEqual([
      {
        text: 'Photos: Ana Berg and Jonas Lund/ICRC',
        creator: 'Ana Berg and Jonas Lund',
        source: 'ICRC',
        license: null,
      },
    ])
  })

  it('property: "<label> © <A>, <date> and <name>/<agency>, <date>" gives two credits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Cover photo', 'Back cover photographs', 'Photos'),
        fc.constantFrom('HI', 'MAG', 'Mines Advisory Group', 'FSD'),
        person,
        fc.constantFrom('NPA', 'ICRC', 'HALO Trust'),
        fc.constantFrom('March 2019', '2020', '4 May 2018'),
        (label, first, who, agency, date) => {
          const text = `${label} \u00a9 ${first}, ${date} and ${who}/${agency}, ${date}`
          const found = extractCredits(text)
          expect(found.map((c) => [c.creator, c.source])).toEqual([
            [null, first],
            [who, agency],
          ])
          expect(found[1]!.end).toBe(text.length)
        },
      ),
    )
  })
})

describe('labels inside labels, brackets and dates', () => {
  it('the organisation whose photo it is is the source, not the site it was found on', () => {
    expect(
      fields('A jet over the bay. Image Source: U.S. Navy photo by Ana Berg / Wikimedia Commons'),
    ).toEqual([
      {
        text: 'Image Source: U.S. Navy photo by Ana Berg / Wikimedia Commons',
        creator: 'Ana Berg',
        source: 'U.S. Navy',
        license: null,
      },
    ])
  })

  it('a bracketed name with the next caption glued after it', () => {
    const text =
      '(Image credit: (Jonas Lund)Teams clear the fields by hand, metre by metre)\n(Image credit: (Jonas Lund))'
    expect(fields(text)).toEqual([
      { text: 'Image credit: (Jonas Lund)', creator: 'Jonas Lund', source: null, license: null },
      { text: 'Image credit: (Jonas Lund)', creator: 'Jonas Lund', source: null, license: null },
    ])
  })

  it('a date after the name without a comma, and an asset number', () => {
    expect(
      fields('A girl outside her school. \u00a9UNICEF/NYHQ2012-0042/Okafor 3 March 2012')[0],
    ).toMatchObject({ creator: 'Okafor', source: 'UNICEF' })
  })

  it('the BBC\'s "Image source," glued to the caption before it', () => {
    expect(
      fields('A deminer lifts the fuze out of a mine, 2011Image source, Mira Kerr\nImage caption,'),
    ).toEqual([
      { text: 'Image source, Mira Kerr', creator: 'Mira Kerr', source: null, license: null },
    ])
  })

  it('property: a bracketed credit ends at its bracket whatever is glued after it', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Image credit:', 'Photo credit:', 'Photo:'),
        fc.constantFrom('Clearing goes on', 'The team', 'Volunteers'),
        (who, label, glued) => {
          const found = extractCredits(`(${label} (${who})${glued} in the village)`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ text: `${label} (${who})`, creator: who })
        },
      ),
    )
  })
})

describe("Wikimedia Commons' attribution lines", () => {
  it.each([
    [
      'By Ana Berg - Own work, CC BY-SA 4.0, https://commons.wikimedia.org/w/index.php?curid=1001',
      'Ana Berg',
      'CC BY-SA 4.0',
    ],
    [
      '<em>The old bridge. By Jlund - Own work, CC BY-SA 3.0, https://commons.wikimedia.org/w/index.php?curid=2002</em>',
      'Jlund',
      'CC BY-SA 3.0',
    ],
    [
      '* By Unknown author - City archive, Public Domain, https://commons.wikimedia.org/w/index.php?curid=3003',
      null,
      'Public domain',
    ],
  ])('%s', (text, creator, license) => {
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ creator, source: 'Wikimedia Commons' })
    expect(found[0]!.license?.toLowerCase()).toBe(license.toLowerCase())
  })

  it('the credit Commons suggests: name, licence, "via Wikimedia Commons"', () => {
    expect(fields('Mira Kerr, CC BY-SA 4.0, via Wikimedia Commons')).toEqual([
      {
        text: 'Mira Kerr, CC BY-SA 4.0, via Wikimedia Commons',
        creator: 'Mira Kerr',
        source: 'Wikimedia Commons',
        license: 'CC BY-SA 4.0',
      },
    ])
  })

  it('property: "By <name> - Own work, <licence>, <address>" names author, licence and source', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('CC BY 2.0', 'CC BY-SA 3.0', 'CC BY-SA 4.0', 'CC BY-NC 4.0'),
        fc.integer({ min: 1, max: 99999999 }),
        fc.boolean(),
        (who, licence, id, by) => {
          const line = `${by ? 'By ' : ''}${who} - Own work, ${licence}, https://commons.wikimedia.org/w/index.php?curid=${id}`
          const found = extractCredits(`A picture of the site.\n${line}\n`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({
            text: line,
            creator: who,
            source: 'Wikimedia Commons',
            license: licence,
          })
        },
      ),
    )
  })
})

describe("a site's copyright notice is no image credit", () => {
  it.each([
    'Copyright \u00a9 AFP 2017-2025',
    'Copyright \u00a9 2024 Example Landmine Project. All Rights Reserved.',
    'Terms of Use | Privacy Notice | \u00a9 ICRC 2024',
    'Subscribe to our newsletter. \u00a9 2024 Example Org',
    'Copyright 2024 The Associated Press. All rights reserved.',
  ])('%s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('a bare copyright line under a picture stays a credit', () => {
    expect(fields('A deminer at work near the border. \u00a9 MAG')).toEqual([
      { text: '\u00a9 MAG', creator: null, source: 'MAG', license: null },
    ])
    expect(fields('A survivor at home, 2019.\n\u00a9 2019 Ana Berg/Human Rights Watch')).toEqual([
      {
        text: '\u00a9 2019 Ana Berg/Human Rights Watch',
        creator: 'Ana Berg',
        source: 'Human Rights Watch',
        license: null,
      },
    ])
  })

  it('property: "Copyright © <org> <year range>" is never a credit, "© <name>/<org>" always is', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('AFP', 'Reuters', 'Example News', 'MAG'),
        fc.constantFrom('2010-2025', '2017\u20132024', '2001 - present'),
        (cap, who, org, range) => {
          expect(extractCredits(`${cap}\nCopyright \u00a9 ${org} ${range}`)).toEqual([])
          expect(extractCredits(`${cap}\n\u00a9 ${who}/${org}`)).toHaveLength(1)
        },
      ),
    )
  })
})

describe("Creative Commons' attributions without a label", () => {
  it('a quoted title, its author and the licence', () => {
    expect(
      fields(
        'A view of the pass.\n\u201cDawn over the pass\u201d by jlund is licensed under CC BY 2.0.',
      ),
    ).toEqual([
      {
        text: '\u201cDawn over the pass\u201d by jlund is licensed under CC BY 2.0',
        creator: 'jlund',
        source: null,
        license: 'CC BY 2.0',
      },
    ])
  })

  it.each([
    'The software is licensed under the MIT License.',
    'All content is licensed under CC BY 4.0 unless otherwise noted.',
    'The report said the "old fields" were cleared, and it is licensed under CC BY 4.0.',
  ])('no credit: %s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: "<quoted title>" by <author> is licensed under <licence>', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('Mine field at dusk', 'The old depot', 'Clearance, day 3'),
        fc.oneof(person, fc.constantFrom('jlund', 'mira_k', 'tnovak84')),
        fc.constantFrom('CC BY 2.0', 'CC BY-SA 2.0', 'CC BY-NC 4.0'),
        fc.constantFrom(['"', '"'], ['\u201c', '\u201d']),
        (cap, title, who, licence, [open, close]) => {
          const credit = `${open}${title}${close} by ${who} is licensed under ${licence}`
          const found = extractCredits(`${cap} ${credit}.`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({ text: credit, title, creator: who, license: licence })
        },
      ),
    )
  })
})

describe('chains of agencies after a photographer, and names in capitals', () => {
  it.each([
    ['(Photo by Ana Berg/NurPhoto via Getty Images)', 'Ana Berg', 'NurPhoto via Getty Images'],
    [
      'Photo: Jonas Lund/Anadolu Agency via Getty Images',
      'Jonas Lund',
      'Anadolu Agency via Getty Images',
    ],
    [
      'Crowds at the gate. Mira Kerr/SOPA Images/LightRocket via Getty Images',
      'Mira Kerr',
      'SOPA Images/LightRocket via Getty Images',
    ],
    ['Crowds at the gate. Tomas NOVAK / AFP', 'Tomas NOVAK', 'AFP'],
    [
      'Five peacekeepers were honoured at the ceremony. Photo: MINUSCA 12 May 2017 \u2013 The mission held a memorial today.',
      null,
      'MINUSCA',
    ],
  ])('%s', (text, creator, source) => {
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ creator, source })
  })

  it('property: "<name>/<agency>[/<agency>] via <library>" keeps the agencies in the source', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('AFP', 'NurPhoto', 'Anadolu Agency', 'SOPA Images/LightRocket', 'Pool/AFP'),
        fc.constantFrom('Getty Images', 'Reuters'),
        fc.boolean(),
        (who, agency, library, labelled) => {
          const credit = `${labelled ? 'Photo: ' : ''}${who}/${agency} via ${library}`
          const found = extractCredits(`Crowds at the gate.\n${credit}`)
          expect(found).toHaveLength(1)
          expect(found[0]!.creator).toBe(who)
          // A pool says how the picture came: it stays in the chain ("UPI/Jane Roe/Pool").
          expect(found[0]!.source).toBe(`${agency} via ${library}`)
        },
      ),
    )
  })
})

describe('Japanese, Korean and Chinese newspapers and wires', () => {
  it.each([
    [
      'Rescuers search the rubble in the town on Jan. 3. (Mainichi/Hana Okafor)',
      'Mainichi/Hana Okafor',
      'Hana Okafor',
      'Mainichi',
    ],
    [
      'Rescuers search the rubble in the town on Jan. 3. (Kyodo) ==Kyodo\n\nMore text.',
      'Kyodo',
      null,
      'Kyodo',
    ],
    [
      'Soldiers march through the square on Tuesday. (Yonhap)\n\nMore text.',
      'Yonhap',
      null,
      'Yonhap',
    ],
    [
      'A rocket on its pad before the launch. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)',
      'Yonhap',
      null,
      'Yonhap',
    ],
    [
      'Ships in the harbour on Friday. (Xinhua/Ana Ferreira)',
      'Xinhua/Ana Ferreira',
      'Ana Ferreira',
      'Xinhua',
    ],
    [
      'Rescuers search the rubble in the town on Jan. 3.\nThe Yomiuri Shimbun\n\nNext.',
      'The Yomiuri Shimbun',
      null,
      'The Yomiuri Shimbun',
    ],
    [
      'A farmer looks over his fields after shipments were halted in April 2012. (Asahi Shimbun file photo)',
      'Asahi Shimbun file photo',
      null,
      'Asahi Shimbun',
    ],
    [
      'A storyteller performs at a theatre in the capital in September. (Mira Lund)',
      'Mira Lund',
      'Mira Lund',
      null,
    ],
    [
      'Tail feathers of a reed bunting, left, and abnormal ones (Provided by the Example Institute for Ornithology)',
      'Provided by the Example Institute for Ornithology',
      null,
      'Example Institute for Ornithology',
    ],
  ])('%s', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('a bracketed name after a quote, in a list of speakers or of an office is no credit', () => {
    expect(fields('"We will not stop until the last mine is gone," she said. (Mira Lund)')).toEqual(
      [],
    )
    expect(fields('Opening remarks (Mira Lund)\nClosing remarks (Jonas Berg)')).toEqual([])
    expect(
      fields('The meeting was chaired by the envoy of Norway. (Ambassador Mira Lund)'),
    ).toEqual([])
    expect(fields('The talks ended without a deal, officials said. (Reuters)\nNext')).toEqual([])
  })

  it('property: a name in brackets closes captions without a full stop only as a house style', () => {
    const long = fc.constantFrom(
      'A retired teacher with the medals he was awarded at six marathons',
      'A cartoonist holds his new comic book, right, along with the first in the series',
    )
    fc.assert(
      fc.property(long, person, person, (cap, a, b) => {
        const one = `${cap} (${a})\nThe story goes on.\n`
        expect(fields(one)).toEqual([])
        const two = `${one}${cap} (${b})\nMore.\n`
        expect(fields(two).map((c) => c.creator)).toEqual([a, b])
      }),
    )
  })

  it('property: "(<wire>)" after a caption\'s last sentence credits the wire', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('Kyodo', 'Yonhap', 'Xinhua', 'Mainichi', 'Jiji Press'),
        fc.constantFrom('', ' ==X', '\n\nMore text.'),
        (cap, wire, after) => {
          const text = `${cap} (${wire})${after.replace('X', wire)}`
          expect(fields(text)[0]).toMatchObject({ text: wire, creator: null, source: wire })
        },
      ),
    )
  })
})

describe('a bare agency after the last sentence of a caption', () => {
  it.each([
    ['Police officers guard the embassy in the capital on Monday. Reuters\n\nNext.', 'Reuters'],
    ['Police officers guard the embassy in the capital on Monday. AP', 'AP'],
    ['Firefighters at the bushfire front near the town on Sunday. AAP\nNext', 'AAP'],
    ['A peace march crosses the old bridge in the city centre. Pressenza', 'Pressenza'],
  ])('%s', (text, credit) => {
    expect(fields(text)).toEqual([{ text: credit, creator: null, source: credit, license: null }])
  })

  it('"Reuters reported", a dateline\'s "(AP) —" and an agency inside prose are no credits', () => {
    expect(fields('The minister said talks would go on. Reuters reported on Monday.')).toEqual([])
    expect(fields('SEOUL, South Korea (AP) \u2014 The North fired a missile.')).toEqual([])
    expect(fields('Police guard the embassy on Monday. Reuters saw the convoy.')).toEqual([])
  })

  it('property: an agency closing a caption line is a credit, one that goes on is not', () => {
    fc.assert(
      fc.property(caption, fc.constantFrom('Reuters', 'AFP', 'AP', 'AAP', 'Alamy'), (cap, from) => {
        expect(fields(`${cap} ${from}\n\nNext.`)).toEqual([
          { text: from, creator: null, source: from, license: null },
        ])
        expect(fields(`${cap} ${from} said the launch failed.`)).toEqual([])
      }),
    )
  })
})

describe("a newspaper's or picture library's name above the caption it credits", () => {
  const title = fc.constantFrom('Honouring the fallen', 'A long wait at the border')
  const text = (head: string, name: string) =>
    `${head}\n\n${name}\n\nFlags planted in the square honour the victims of the war, four months after it began.\n`

  it('credits "The Yomiuri Shimbun" or "Example Images" there, not a wire\'s byline', () => {
    expect(fields(text('Honouring the fallen', 'The Yomiuri Shimbun'))).toEqual([
      { text: 'The Yomiuri Shimbun', creator: null, source: 'The Yomiuri Shimbun', license: null },
    ])
    expect(fields(text('Talks collapse', 'Associated Press'))).toEqual([])
    expect(fields(text('Talks collapse', 'AFP'))).toEqual([])
  })

  it("property: only a picture desk's name between a title and a caption is a credit", () => {
    fc.assert(
      fc.property(
        title,
        fc.constantFrom('The Yomiuri Shimbun', 'The Asahi Shimbun', 'Getty Images', 'SOPA Images'),
        fc.constantFrom('Reuters', 'Associated Press', 'AFP', 'Bloomberg'),
        (head, desk, wire) => {
          expect(fields(text(head, desk))).toHaveLength(1)
          expect(fields(text(head, wire))).toEqual([])
        },
      ),
    )
  })
})

describe("newspapers' bracketed credits closing a caption", () => {
  it.each([
    ['Soldiers rest at the base on Monday. (Ana Berg/CBC)', 'Ana Berg/CBC', 'Ana Berg', 'CBC'],
    [
      'Rockets fly over the border, May 10, 2021. (Ana Berg/Flash90)',
      'Ana Berg/Flash90',
      'Ana Berg',
      'Flash90',
    ],
    [
      'Protesters march in the capital on Tuesday. (Ana Berg/The Daily Ledger)',
      'Ana Berg/The Daily Ledger',
      'Ana Berg',
      'The Daily Ledger',
    ],
    [
      'Soldiers at the base in the north on Tuesday. (ABC News: Ana Berg)',
      'ABC News: Ana Berg',
      'Ana Berg',
      'ABC News',
    ],
    [
      'Soldiers at the base in the north on Tuesday. (Reuters: Ana Berg)',
      'Reuters: Ana Berg',
      'Ana Berg',
      'Reuters',
    ],
    [
      'Officials inspect the site on Tuesday. (Joint Press Corps)',
      'Joint Press Corps',
      null,
      'Joint Press Corps',
    ],
    ['Soldiers at the base on Tuesday. | KYODO', 'KYODO', null, 'Kyodo'],
    ['Soldiers at the base on Tuesday. \u2014 Reuters/File', 'Reuters/File', null, 'Reuters'],
    ['File photo: PTI', 'File photo: PTI', null, 'PTI'],
  ])('%s', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('notes, annexes and menus in brackets or after bars are no credits', () => {
    expect(fields('The committee met twice in the spring of that year. (Note: Ana Berg)')).toEqual(
      [],
    )
    expect(fields('The committee met twice in the spring. (Ana Berg/Jonas Lund)')).toEqual([])
    expect(fields('Home | World | Business | Markets | Politics | Reuters')).toEqual([])
    expect(fields('Panel discussion on verification in the afternoon. (UNIDIR: Ana Berg)')).toEqual(
      [],
    )
  })

  it('property: "(<name>/<paper>)" and "(<newsroom>: <name>)" closing a caption name both', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('CBC', 'Flash90', 'The Daily Ledger', 'ABC News'),
        fc.constantFrom('ABC News', 'Reuters', 'AP'),
        fc.boolean(),
        (cap, who, paper, newsroom, colon) => {
          const inside = colon ? `${newsroom}: ${who}` : `${who}/${paper}`
          expect(fields(`${cap} (${inside})\n`)).toEqual([
            { text: inside, creator: who, source: colon ? newsroom : paper, license: null },
          ])
        },
      ),
    )
  })
})

describe("Getty's formula: the person is the creator, the agencies after the slash the source", () => {
  it.each([
    [
      'A sign that reads Mines is pictured in the village. (Photo credit should read Lena Kerr/ Example Agency/Future Publishing via Getty Images)',
      {
        text: 'Photo credit should read Lena Kerr/ Example Agency/Future Publishing via Getty Images',
        creator: 'Lena Kerr',
        source: 'Example Agency/Future Publishing via Getty Images',
      },
    ],
    [
      'Delegates gather in the hall. (Photo credit should read JONAS BERG/AFP/Getty Images)',
      {
        text: 'Photo credit should read JONAS BERG/AFP/Getty Images',
        creator: 'JONAS BERG',
        source: 'AFP/Getty Images',
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('property: any chain after the person is the source, as written', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom(
          'Example Agency/Future Publishing via Getty Images',
          'AFP via Getty Images',
          'Harbour News/AFP/Getty Images',
        ),
        fc.constantFrom('/', '/ '),
        (who, chain, slash) => {
          const credit = `Photo credit should read ${who}${slash}${chain}`
          const found = extractCredits(`Ammunition on the ground near the village. (${credit})`)
          expect(found).toHaveLength(1)
          expect(found[0]).toMatchObject({
            text: credit,
            kind: 'photo',
            creator: who,
            source: chain,
          })
        },
      ),
    )
  })
})
