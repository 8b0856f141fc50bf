/**
 * Credits recognised by their shape and position rather than by a list of names: words glued by
 * lost white space, credits printed around caption buttons, short credit lines under captions,
 * archive records, labels in other languages, ranks before a photographer's name, gallery
 * copyright lines, chains of agencies nobody listed. Every sentence is written for these tests;
 * the names are invented. One `describe` per family, each with a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ines', 'Karl', 'Oona', 'Rafael', 'Selma', 'Teodor', 'Wanjiru', 'Zofia'],
  ['Halvorsen', 'Mbeki', 'Quist', 'Rautio', 'Varga', 'Whitlock', 'Ydstie'],
)

/** Agencies no list of ours names: the shape of the chain must carry them. */
const unlistedAgency = fc.constantFrom(
  'Northlight Pictures',
  'Harbour Images',
  'Kestrel',
  'Fjordfoto',
  'Landmine Action',
)

const caption = fc.constantFrom(
  'A field team marks the edge of a suspected minefield near the village.',
  'Delegates queue at the entrance of the meeting hall on the first morning.',
  'Rusted submunitions lie in an orchard that families have not used for years.',
)

describe('words glued by lost white space', () => {
  it.each([
    [
      'Photograph: Ines Halvorsen/freelanceAfter the war, farmers returned.',
      'Photograph: Ines Halvorsen/freelance',
      'Ines Halvorsen',
      'freelance',
    ],
    [
      'Photograph: Karl Mbeki/Landmine ActionAround half of the fields are unsafe.',
      'Photograph: Karl Mbeki/Landmine Action',
      'Karl Mbeki',
      'Landmine Action',
    ],
    [
      'Photograph: Karl Mbeki/Landmine ActionOsman, 19, tends the goats.',
      'Photograph: Karl Mbeki/Landmine Action',
      'Karl Mbeki',
      'Landmine Action',
    ],
    ['Photo by Oona QuistQuarterly Review', 'Photo by Oona Quist', 'Oona Quist', null],
  ])('%s', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('keeps names written in camel case whole', () => {
    expect(fields('Photo by Selma MacArthur')[0]?.creator).toBe('Selma MacArthur')
    expect(fields('Photo: Teodor Varga/NurPhoto via Getty Images')[0]).toMatchObject({
      creator: 'Teodor Varga',
      source: 'NurPhoto via Getty Images',
    })
    expect(fields('Photo by Zofia Ydstie/PhotoQuest/Getty Images')[0]?.text).toBe(
      'Photo by Zofia Ydstie/PhotoQuest/Getty Images',
    )
    expect(
      fields('Photo: Rafael Rautio, Creative Commons Attribution-ShareAlike 2.0 Generic')[0]
        ?.license,
    ).toBe('CC BY-SA 2.0')
  })

  it('property: a credit glued to the next sentence ends where the credit ends', () => {
    fc.assert(
      fc.property(
        person,
        unlistedAgency,
        fc.constantFrom('The', 'Around', 'Following', 'By', 'Villagers', 'Hassan'),
        (who, agency, next) => {
          const credit = `Photograph: ${who}/${agency}`
          const text = `${credit}${next} the rains, the fields flooded again.`
          sane(text)
          expect(fields(text)[0]).toMatchObject({ text: credit, creator: who, source: agency })
        },
      ),
    )
  })
})

describe('credits printed around caption buttons', () => {
  it('reads both copies, whatever the agency', () => {
    const text =
      'A test stand in the desert in 1962. Oona Quist/Kestrel hide caption\n\ntoggle caption\nOona Quist/Kestrel\n\nNext story'
    expect(fields(text)).toEqual([
      { text: 'Oona Quist/Kestrel', creator: 'Oona Quist', source: 'Kestrel', license: null },
      { text: 'Oona Quist/Kestrel', creator: 'Oona Quist', source: 'Kestrel', license: null },
    ])
  })

  it.each([
    ['Unknown/Wikimedia', null, 'Wikimedia'],
    ['Harbour Images', null, 'Harbour Images'],
    ['Courtesy Lantern & Quill', null, 'Lantern & Quill'],
    ['K.L. Rautio/U.S. Air Force', 'K.L. Rautio', 'U.S. Air Force'],
    ['Selma Varga for NPR', 'Selma Varga', 'NPR'],
  ])('%s', (credit, creator, source) => {
    const text = `Silos under snow in 1971. ${credit} hide caption\n\nitoggle caption ${credit}\n\nMore`
    const found = fields(text)
    expect(found).toHaveLength(2)
    for (const one of found) expect(one).toMatchObject({ text: credit, creator, source })
  })

  it('reads the first copy alone when the toggle is cut off', () => {
    expect(fields('Silos under snow in 1971. Karl Varga/Kestrel hide caption')).toEqual([
      { text: 'Karl Varga/Kestrel', creator: 'Karl Varga', source: 'Kestrel', license: null },
    ])
    expect(fields('The delegates said they would hide caption text from view.')).toEqual([])
  })

  it('a sentence after the button is no credit', () => {
    expect(fields('toggle caption\nThe delegates met again on Monday to discuss it.')).toEqual([])
  })

  it('property: any name and agency between the buttons is one credit printed twice', () => {
    fc.assert(
      fc.property(caption, person, unlistedAgency, (cap, who, agency) => {
        const credit = `${who}/${agency}`
        const text = `${cap} ${credit} hide caption\n\ntoggle caption\n${credit}\n`
        sane(text)
        const found = fields(text)
        expect(found).toHaveLength(2)
        expect(found[0]).toMatchObject({ creator: who, source: agency })
      }),
    )
  })
})

describe('short credit lines under a caption', () => {
  it.each([
    ['— Reuters', null, 'Reuters'],
    ['Archive Service via Fjordfoto', null, 'Archive Service via Fjordfoto'],
    ['NASA via Flickr Commons', null, 'NASA via Flickr Commons'],
    ['Teodor Varga/Harbour Images', 'Teodor Varga', 'Harbour Images'],
  ])('%s', (line, creator, source) => {
    const text = `Crowds watch the launch from the beach on a clear morning in 1969.\n${line}\n\nThe story goes on.`
    const [credit] = fields(text)
    expect(credit).toMatchObject({ text: line.replace(/^— /, ''), creator, source })
  })

  it("a person's name after a dash under a paragraph is a byline, not a credit", () => {
    expect(
      fields('The talks will resume in the spring, officials said on Friday.\n— Ines Varga\n'),
    ).toEqual([])
  })

  it('a line that repeats the credit above it is a second credit with the same fields', () => {
    const text =
      'Credit Testing Ground Archive/Wikipedia (public domain)\nTesting Ground Archive/Wikipedia (public domain)\n\nThe shot, 1957.'
    const found = fields(text)
    expect(found).toHaveLength(2)
    expect(found[1]).toEqual({
      ...found[0],
      text: 'Testing Ground Archive/Wikipedia (public domain)',
    })
    expect(found[1]?.license).toBe('Public Domain')
  })

  it('document symbols, headings and datelines under a caption are no credits', () => {
    for (const line of [
      'SC/15648',
      'NPT/CONF.2015/PC.I/WP.12',
      'Reports & Analysis',
      'Wire / Thursday, 30 November 2017',
      'Reuters reported on Monday',
      'Nuclear Weapons/Disarmament',
    ]) {
      expect(
        fields(`The Council voted on the draft after a long debate in the chamber.\n${line}\n`),
      ).toEqual([])
    }
  })

  it('property: a chain under a caption is a credit, the same words in a paragraph are not', () => {
    // An organisation's shape ("… Images", "… Action") among the sources: a bare unknown word
    // ("Kestrel") under a caption could be a tag, so it needs a label or a button.
    const agencyShaped = fc.constantFrom('Northlight Pictures', 'Harbour Images', 'Landmine Action')
    fc.assert(
      fc.property(caption, person, agencyShaped, (cap, who, agency) => {
        const line = `${who}/${agency}`
        const text = `${cap}\n${line}\n`
        sane(text)
        expect(fields(text)[0]).toMatchObject({ text: line, creator: who, source: agency })
        sane(`${cap} We met ${line} later.`)
      }),
    )
  })
})

describe('labels of archive records and other languages', () => {
  it.each([
    ['Photographer : QUIST, Oona', 'QUIST, Oona', null],
    ['Copyright : ICRC', null, 'ICRC'],
    ['Photo-Source: example-monitor.org', null, 'example-monitor.org'],
    ['Foto: Uncredited/KCNA/KNS/dpa', null, 'KCNA/KNS/dpa'],
    ['Imagen: Karl Mbeki / MSF', 'Karl Mbeki', 'MSF'],
    ['Copyright: © IWM', null, 'IWM'],
    ['© IWM MH 12345', null, 'IWM'],
  ])('%s', (text, creator, source) => {
    expect(fields(`Some caption here.\n${text}\n`)).toEqual([
      { text, creator, source, license: null },
    ])
  })

  it('"(Photo Name/Agency/Agency)" without a colon', () => {
    expect(fields('The senator speaks. (Photo Ines Varga/AFP/Getty Images)“We will”')).toEqual([
      {
        text: 'Photo Ines Varga/AFP/Getty Images',
        creator: 'Ines Varga',
        source: 'AFP/Getty Images',
        license: null,
      },
    ])
    expect(fields('(Photo essay on the camps)')).toEqual([])
    expect(fields('Photo Gallery/Videos')).toEqual([])
  })

  it('property: "<label> : <name>" with any space before the colon', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Photographer', 'Copyright'),
        fc.constantFrom('', ' ', '  '),
        person,
        (label, space, who) => {
          const text = `Record 12\n${label}${space}: ${who}\nStatus : public`
          sane(text)
          expect(fields(text)).toHaveLength(1)
        },
      ),
    )
  })
})

describe('ranks, units and several agencies in a chain', () => {
  it.each([
    ['(U.S. Marine Corps photo by Cpl. Ines Quist)', 'Ines Quist', 'U.S. Marine Corps'],
    ['(U.S. Army video by Pfc. Karl Varga)', 'Karl Varga', 'U.S. Army'],
    [
      '(Army photo by Staff Sgt. Oona Mbeki, 12th Signal Group (ESG), Public Affairs)',
      'Oona Mbeki',
      'Army',
    ],
  ])('%s', (text, creator, source) => {
    expect(fields(`Soldiers train at the range. ${text}`)[0]).toMatchObject({ creator, source })
  })

  it('every part after an agency is one more agency', () => {
    expect(fields('Photo credit: © Seaview / Alamy / Kestrel')[0]).toMatchObject({
      creator: 'Seaview',
      source: 'Alamy / Kestrel',
    })
  })

  it('a user name with a dot after "photo by" is its author, not a web site', () => {
    expect(fields('*photo by ines.quist.*')[0]).toMatchObject({
      creator: 'ines.quist',
      source: null,
    })
  })

  it('"copyright by" names the holder; the organisation after "by" is then the author', () => {
    expect(fields('Photograph by US Navy, copyright by Harbour Magazine.')[0]).toMatchObject({
      creator: 'US Navy',
      source: 'Harbour Magazine',
    })
  })

  it('property: a rank before the name never ends the credit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Cpl.', 'Pfc.', 'Sgt.', 'Staff Sgt.', 'Maj.', 'Spc.'),
        person,
        fc.constantFrom('U.S. Army', 'U.S. Navy', 'Oregon Army National Guard'),
        (rank, who, org) => {
          const text = `A drill at the base. (${org} photo by ${rank} ${who})`
          sane(text)
          expect(fields(text)[0]).toMatchObject({ creator: who, source: org })
        },
      ),
    )
  })
})

describe('copyright lines in a gallery', () => {
  it('a bare © credit at the end of each caption, in any script', () => {
    const text =
      '手術室で乳児を診る医師=2023年11月20日 ©MSF\n\n\n給水支援を行うスタッフ=1月20日 ©Oona Quist\n\n\n破壊された車両\n© MSF'
    expect(fields(text).map((c) => [c.text, c.creator, c.source])).toEqual([
      ['©MSF', null, 'MSF'],
      ['©Oona Quist', 'Oona Quist', null],
      ['© MSF', null, 'MSF'],
    ])
  })

  it('a footer line that ends in "© Holder" is no credit', () => {
    expect(fields('About us | All content © Example Media\n')).toEqual([])
  })

  it('a block of copyright notices is still no credit', () => {
    expect(fields('© 2006 Ines Quist\n© 2011 Karl Varga\nPermission is hereby granted')).toEqual([])
  })

  it('property: galleries of "caption ©Holder" keep every credit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(caption, fc.constantFrom('MSF', 'ICRC', 'HALO Trust')), {
          minLength: 1,
          maxLength: 4,
        }),
        (items) => {
          const text = items.map(([cap, holder]) => `${cap} ©${holder}`).join('\n\n')
          sane(text)
          expect(fields(text)).toHaveLength(items.length)
        },
      ),
    )
  })
})

describe('a user and a licence in brackets', () => {
  it.each([
    ['(oquist, via and used under Creative Commons zero)', 'oquist', 'CC0 1.0'],
    ['(Ines Varga, CC BY 2.0)', 'Ines Varga', 'CC BY 2.0'],
    ['(Karl Mbeki, licensed under CC BY-SA 4.0)', 'Karl Mbeki', 'CC BY-SA 4.0'],
  ])('%s', (bracket, creator, license) => {
    const text = `Dawn over the range, 2015.\n\n${bracket}\n`
    expect(fields(text)).toEqual([{ text: bracket.slice(1, -1), creator, source: null, license }])
  })

  it('a licence alone in brackets, or prose around one, is no credit', () => {
    expect(fields('Read the deed (CC BY 2.0) before reuse.')).toEqual([])
    expect(
      fields('(the text is shared under Creative Commons terms for everyone to reuse)'),
    ).toEqual([])
  })

  it('property: any user name and a licence in brackets', () => {
    fc.assert(
      fc.property(
        // A user name that spells a licence code ("cc0_", "ccby") is read as the licence.
        fc.stringMatching(/^[a-z][a-z0-9_]{2,12}$/).filter((user) => !/^cc/.test(user)),
        fc.constantFrom('CC BY 2.0', 'CC BY-SA 4.0', 'Creative Commons zero', 'CC0'),
        fc.constantFrom(', ', ', via and used under ', ', licensed under '),
        (user, licence, joint) => {
          const text = `A view of the valley.\n(${user}${joint}${licence})`
          sane(text)
          expect(fields(text)[0]).toMatchObject({ creator: user })
        },
      ),
    )
  })
})

describe('a bar between photographer and agency on a line under a caption', () => {
  it('reads "Name | Agency" like "Name/Agency"', () => {
    const text =
      'Herders return to the pasture after the clearance of the valley.\nOona Quist | Harbour Images\n'
    expect(fields(text)).toEqual([
      {
        text: 'Oona Quist | Harbour Images',
        creator: 'Oona Quist',
        source: 'Harbour Images',
        license: null,
      },
    ])
  })
})

describe('a list of photographers with their agencies', () => {
  it('each "Name/Agency" of the list is a credit; names alone are left', () => {
    const text =
      'Photographs\nInes Varga/AFP, Karl Mbeki/Anadolu via AFP, Oona Quist,\nSelma Berg/AFP\n'
    expect(fields(text).map((c) => [c.text, c.creator, c.source])).toEqual([
      ['Ines Varga/AFP', 'Ines Varga', 'AFP'],
      ['Karl Mbeki/Anadolu via AFP', 'Karl Mbeki', 'Anadolu via AFP'],
      ['Selma Berg/AFP', 'Selma Berg', 'AFP'],
    ])
  })

  it('property: any number of "Name/AFP" on one line', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 5 }), (names) => {
        const text = `Photographs\n${names.map((n) => `${n}/AFP`).join(', ')},\n`
        sane(text)
        expect(fields(text).map((c) => c.creator)).toEqual(names)
      }),
    )
  })
})

describe("a photographer's name running into a caption that opens with an office", () => {
  it('ends the credit before the office, even misspelt', () => {
    expect(
      fields('Photo Credit: Ines Varga Ambasssador Karl Mbeki (left) opens the session.'),
    ).toEqual([
      { text: 'Photo Credit: Ines Varga', creator: 'Ines Varga', source: null, license: null },
    ])
  })

  it('property: two- or three-word names before an office', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('', ' Lund'),
        fc.constantFrom('Ambassador', 'President', 'Minister', 'Secretary-General'),
        (who, more, office) => {
          const name = `${who}${more}`
          const text = `Photo Credit: ${name} ${office} Ines Berg speaks to the room.`
          sane(text)
          expect(fields(text)[0]).toMatchObject({ creator: name })
        },
      ),
    )
  })
})

describe('a gallery label after a caption without a full stop', () => {
  it('reads "Photograph:" or "Photo:" after a lower-case word or a closing quote', () => {
    expect(
      fields(
        'Two deminers walk the edge of the orchard Photograph: Selma Rautio/Landmine Action/FCDO\n' +
          "'It took us a year to clear it' Photo: Karl Mbeki/Harbour Images\nNext picture",
      ),
    ).toEqual([
      {
        text: 'Photograph: Selma Rautio/Landmine Action/FCDO',
        creator: 'Selma Rautio',
        source: 'Landmine Action/FCDO',
        license: null,
      },
      {
        text: 'Photo: Karl Mbeki/Harbour Images',
        creator: 'Karl Mbeki',
        source: 'Harbour Images',
        license: null,
      },
    ])
  })

  it('not a lower-case "photograph:" in a sentence, nor a label before a lower-case word', () => {
    expect(fields('We kept the photograph: Selma Rautio took it in 2019.')).toEqual([])
    expect(fields('They framed it with the Photograph: a view of the valley.')).toEqual([])
  })

  it('property: any caption, any person and agency', () => {
    fc.assert(
      fc.property(caption, person, unlistedAgency, (words, who, agency) => {
        const text = `${words.replace(/\.$/, '')} Photograph: ${who}/${agency}\n`
        sane(text)
        expect(fields(text).map((c) => [c.creator, c.source])).toEqual([[who, agency]])
      }),
    )
  })
})
