/**
 * Families of credit lines recognised by their shape and position (issue 8, fifth round of real
 * pages): the agency written first and the photographer last, organisations' own photo services,
 * usage notes and table bars after a bracketed credit, an agency alone in brackets on its own
 * line, acronyms with their names, picture libraries' chains, file sizes, "@" for "©", a bare
 * copyright glued to the next sentence, a title before "© year, Name", caption separators. Every
 * sentence is written for these tests; the names and most organisations are invented. One
 * `describe` per family, each with a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Amira', 'Bruno', 'Chidi', 'Dagny', 'Emil', 'Farah', 'Goran', 'Hedda'],
  ['Sorensen', 'Okonkwo', 'Lindqvist', 'Marchetti', 'Haddad', 'Tamm', 'Brennan'],
)

/** Captions that end a sentence, as a picture's credit follows them. */
const caption = fc.constantFrom(
  'Engineers inspect a launcher at the northern base on Tuesday.',
  'A survivor walks past the cleared field near the school, 12 March 2021.',
  'Inspectors seal a container of declared material at the plant.',
)

describe('the agency first, the photographer last', () => {
  it.each([
    [
      'A truck burns after the strike on the depot, 4 May 2017. REUTERS/Karim al-Nasser',
      { text: 'REUTERS/Karim al-Nasser', creator: 'Karim al-Nasser', source: 'Reuters' },
    ],
    [
      'The bonfire of confiscated rifles in the square.\nExample Nations Photo/Dagny Tamm',
      {
        text: 'Example Nations Photo/Dagny Tamm',
        creator: 'Dagny Tamm',
        source: 'Example Nations Photo',
      },
    ],
    [
      'Soldiers destroy seized weapons each week near the port. AU UN IST PHOTO / HEDDA BRENNAN.',
      {
        text: 'AU UN IST PHOTO / HEDDA BRENNAN',
        creator: 'HEDDA BRENNAN',
        source: 'AU UN IST PHOTO',
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('an organisation word alone before a slash is no photo service', () => {
    expect(fields('The Nations Council/Security debate went on.')).toEqual([])
  })

  it('property: "<org> Photo/<name>" on a line under a caption credits both', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('Example Mission', 'Nordic Relief Fund'),
        (cap, who, org) => {
          const text = `${cap}\n${org} Photo/${who}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${org} Photo/${who}`, creator: who, source: `${org} Photo`, license: null },
          ])
        },
      ),
    )
  })
})

describe('bracketed agency credits followed by a bar or a usage note', () => {
  it.each([
    [
      'The minister tours the control room of the plant. (AP Photo/Chidi Okonkwo) |\nNext row',
      { text: 'AP Photo/Chidi Okonkwo', creator: 'Chidi Okonkwo', source: 'AP Photo' },
    ],
    [
      'The old tower falls near the river on Sunday. (AP Photo/The Valley Herald, Emil Haddad) ** NO SALES **',
      {
        text: 'AP Photo/The Valley Herald, Emil Haddad',
        creator: 'Emil Haddad',
        source: 'AP Photo/The Valley Herald',
      },
    ],
    [
      'A launcher is seen at the base south of the capital. EPA/YONHAP SOUTH KOREA OUT',
      { text: 'EPA/YONHAP SOUTH KOREA OUT', creator: null, source: 'EPA/Yonhap' },
    ],
    [
      'Experts visit the site of the old plant. (Farah Haddad / Reportage by Getty Images) [next]',
      {
        text: 'Farah Haddad / Reportage by Getty Images',
        creator: 'Farah Haddad',
        source: 'Reportage by Getty Images',
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('prose after the bracket keeps it a bracket of the sentence', () => {
    expect(fields('Talks (AP Photo/Chidi Okonkwo) resumed on Monday.')).toEqual([])
  })

  it('property: a bar or a note in capitals after "(AP Photo/<name>)"', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom(' |', ' ** NO ARCHIVES **', ' | |', ''),
        (cap, who, after) => {
          const text = `${cap} (AP Photo/${who})${after}\nThe next caption follows here.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `AP Photo/${who}`, creator: who, source: 'AP Photo', license: null },
          ])
        },
      ),
    )
  })
})

describe('an agency alone in brackets', () => {
  it('on a line of its own under a headline, or in square brackets after a caption', () => {
    expect(fields('Rocket footage released\n(Reuters)\nUpdated: 2009-04-07')).toEqual([
      { text: 'Reuters', creator: null, source: 'Reuters', license: null },
    ])
    expect(fields('A frame grab of the launch released on Tuesday. [Agencies]')).toEqual([
      { text: 'Agencies', creator: null, source: 'Agencies', license: null },
    ])
  })

  it("a news agency's dateline in a sentence is no credit", () => {
    expect(fields('HARBOUR CITY, Jan 19 (Reuters) - A mine exploded on Friday.')).toEqual([])
    expect(fields('The story (Reuters) was denied.')).toEqual([])
  })

  it('"(Source: <agency>)" after a caption names the source; prose sources stay out', () => {
    expect(
      fields(
        'A prince walks through a cleared minefield in the province (Source: Associated Press)',
      ),
    ).toEqual([
      {
        text: 'Source: Associated Press',
        creator: null,
        source: 'Associated Press',
        license: null,
      },
    ])
    expect(fields('Casualties rose in 2019. Source: Reuters')).toEqual([])
    expect(fields('Casualties rose in 2019 (Source: annual report).')).toEqual([])
  })

  it('property: "(<agency>)" filling its line is a credit, inside a sentence it is not', () => {
    fc.assert(
      fc.property(fc.constantFrom('Reuters', 'AFP', 'Xinhua', 'Agencies'), (agency) => {
        expect(fields(`Launch pictures released\n(${agency})\nUpdated today`)).toHaveLength(1)
        expect(fields(`CAPITAL, May 3 (${agency}) - Officials said on Monday.`)).toEqual([])
      }),
    )
  })
})

describe('acronyms: at the end of a name, and with their names in brackets', () => {
  it.each([
    [
      'Specialists destroy old ordnance outside the capital.\nPhoto Amira Sorensen UN/EXMISSION\nNext',
      {
        text: 'Photo Amira Sorensen UN/EXMISSION',
        creator: 'Amira Sorensen',
        source: 'UN/EXMISSION',
      },
    ],
    [
      'The army cleared the last minefield in June. Photo: EMAT (Example Mine Action Team)\n\nNext',
      {
        text: 'Photo: EMAT (Example Mine Action Team)',
        creator: null,
        source: 'EMAT (Example Mine Action Team)',
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('an acronym whose letters do not match stays apart', () => {
    const [credit] = fields('Photo: EMAT (Jane Brennan)')
    expect(credit?.source).toBe('EMAT')
    expect(credit?.creator).toBe('Jane Brennan')
  })

  it('property: "<ACRONYM> (<its name>)" is one source', () => {
    const word = fc.constantFrom('Northern', 'Mine', 'Action', 'Relief', 'Survey', 'Team', 'Group')
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 5 }), (ws) => {
        const name = ws.join(' ')
        const acronym = ws.map((w) => w[0]).join('')
        const text = `Photo: ${acronym} (${name})`
        sane(text)
        expect(fields(text)).toEqual([
          { text, creator: null, source: `${acronym} (${name})`, license: null },
        ])
      }),
    )
  })

  it('property: "Photo <name> <ACR>/<ACR>" gives the acronym to the source', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('UN', 'EU', 'AU'),
        fc.constantFrom('EXMISSION', 'NORDMIS'),
        (cap, who, a, b) => {
          const text = `${cap}\nPhoto ${who} ${a}/${b}\nNext line`
          expect(fields(text)).toEqual([
            { text: `Photo ${who} ${a}/${b}`, creator: who, source: `${a}/${b}`, license: null },
          ])
        },
      ),
    )
  })
})

describe("picture libraries' chains and file sizes", () => {
  it('a collection, a library and a reseller, no one named: all sources as written', () => {
    expect(
      fields('Photo credit: © Harbour Collection / Alamy / Afripics\nLicense: Licensed'),
    ).toEqual([
      {
        text: 'Photo credit: © Harbour Collection / Alamy / Afripics',
        creator: null,
        source: 'Harbour Collection / Alamy / Afripics',
        license: null,
      },
    ])
  })

  it('property: the size of the file after a copyright line is no part of it', () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 100, max: 9999 }),
        fc.constantFrom('', ' / 5.0MB', ' / 12.25MB', '/800KB'),
        (who, w, h, weight) => {
          const text = `A jeep on a cleared road.\n© ${who} ${w}x${h}${weight}\nNext`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `© ${who}`, creator: who, source: null, license: null },
          ])
        },
      ),
    )
  })
})

describe('"@" for "©", and a bare copyright before a sentence', () => {
  it('"@ <name> / <org>" opening a line', () => {
    expect(fields('Roads were opened across the region.\n@ Bruno Marchetti / EXMAO\nNext')).toEqual(
      [
        {
          text: '@ Bruno Marchetti / EXMAO',
          creator: 'Bruno Marchetti',
          source: 'EXMAO',
          license: null,
        },
      ],
    )
  })

  it('"@ <name> / <org>" opening the text, as a caption block holds it', () => {
    expect(fields('@ Bruno Marchetti / EXMAO')).toEqual([
      {
        text: '@ Bruno Marchetti / EXMAO',
        creator: 'Bruno Marchetti',
        source: 'EXMAO',
        license: null,
      },
    ])
  })

  it('an "@" inside a line or without a chain is no credit', () => {
    expect(fields('Write to us @ Bruno Marchetti / EXMAO')).toEqual([])
    expect(fields('@ Bruno Marchetti thanks for the pictures')).toEqual([])
  })

  it('"© ACRONYM" then a sentence: the credit is the acronym', () => {
    expect(
      fields('© EXAGENCY Often called the watchdog, the agency inspects plants (NPT). More text.'),
    ).toEqual([{ text: '© EXAGENCY', creator: null, source: 'EXAGENCY', license: null }])
  })

  it('property: "@ <name> / <ORG>" under a caption', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('EXMAO', 'NRF', 'Example Aid'),
        (cap, who, org) => {
          const text = `${cap}\n@ ${who} / ${org}`
          expect(fields(text)).toEqual([
            { text: `@ ${who} / ${org}`, creator: who, source: org, license: null },
          ])
        },
      ),
    )
  })
})

describe('positions: a title before "© year, Name", caption separators, labels mid-line', () => {
  it.each([
    [
      'A rally in the square on a cold morning.\nNo Rockets © 2007, Goran Lindqvist\nThe marchers arrive.',
      { text: '© 2007, Goran Lindqvist', creator: 'Goran Lindqvist', source: null },
    ],
    [
      'A deminer in training in the hills. | © J.M. Haddad/Example Aid International\nNext',
      {
        text: '© J.M. Haddad/Example Aid International',
        creator: 'J.M. Haddad',
        source: 'Example Aid International',
      },
    ],
    [
      '- Emil Tamm, Example Islands - Photo: EXA',
      { text: 'Photo: EXA', creator: null, source: 'EXA' },
    ],
    [
      'Before and after views of the empty town near the plant Credit: REUTERS/Goran Tamm and Hedda Haddad ...',
      {
        text: 'Credit: REUTERS/Goran Tamm and Hedda Haddad',
        creator: 'Goran Tamm and Hedda Haddad',
        source: 'Reuters',
      },
    ],
    [
      'Una nube sobre la llanura al atardecer.\nFotografía: Dagny Marchetti',
      { text: 'Fotografía: Dagny Marchetti', creator: 'Dagny Marchetti', source: null },
    ],
    [
      'A missile launch during a test. (U.S. Air Force Photo by Bruno Tamm/Released)',
      {
        text: 'U.S. Air Force Photo by Bruno Tamm/Released',
        creator: 'Bruno Tamm',
        source: 'U.S. Air Force',
      },
    ],
    [
      'Ein Mann steht neben einem Werk. Foto: Chidi Tamm/AP/dpa +++ dpa-Bildfunk\nNext',
      { text: 'Foto: Chidi Tamm/AP/dpa', creator: 'Chidi Tamm', source: 'AP/dpa' },
    ],
    [
      'Test-fire of a missile\n\nKCNA VIA KNS, AFP\n\nThis picture was released on Monday.',
      { text: 'KCNA VIA KNS, AFP', creator: null, source: 'KCNA via KNS, AFP' },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('property: "<title> © <year>, <name>" lines between captions', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 1990, max: 2029 }), (who, year) => {
        const line = `No Rockets © ${year}, ${who}`
        const text = `The cyclists arrive in the square.\n${line}\nPolice stop them.\n${line}`
        sane(text)
        expect(fields(text).map((c) => c.creator)).toEqual([who, who])
      }),
    )
  })
})

describe('a wire agency after a dash closing a headline', () => {
  it('credits the agency; a byline or a sentence before the dash does not', () => {
    expect(fields('Monitors raise concerns over the use of incendiary shells - AFP\nText')).toEqual(
      [{ text: 'AFP', creator: null, source: 'AFP', license: null }],
    )
    expect(fields('Emil Tamm - AFP\nText')).toEqual([])
    expect(fields('The talks ended without a deal. - AFP')).toEqual([])
    expect(fields('Monitors raise concerns over the use - AFP said on Monday')).toEqual([])
  })

  it('property: "<headline> <dash> <agency>" ending a line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Inspectors find traces of the agent at the depot',
          'Parliament votes to leave the mine ban treaty',
        ),
        fc.constantFrom(' - ', ' \u2013 ', ' \u2014 '),
        fc.constantFrom('AFP', 'Reuters', 'AP', 'Xinhua'),
        (headline, dash, agency) => {
          const text = `${headline}${dash}${agency}\n${headline}${dash}${agency}\n\nThe story.`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([agency, agency])
        },
      ),
    )
  })
})

describe('an agency in brackets, then "/ Via" the paper that carried it', () => {
  it('the span starts at the bracket', () => {
    expect(
      fields(
        'The missile on display during a parade on Thursday (Yonhap)/ Via The Daily Ledger\n\nNext',
      ),
    ).toEqual([
      {
        text: '(Yonhap)/ Via The Daily Ledger',
        creator: null,
        source: 'Yonhap via The Daily Ledger',
        license: null,
      },
    ])
  })

  it('property: "(<agency>)/ Via <paper>" closing a caption', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('Yonhap', 'Kyodo', 'Xinhua'),
        fc.constantFrom('The Daily Ledger', 'The Harbour Times'),
        (cap, agency, paper) => {
          const text = `${cap.slice(0, -1)} (${agency})/ Via ${paper}\nNext`
          sane(text)
          expect(fields(text).map((c) => c.source)).toEqual([`${agency} via ${paper}`])
        },
      ),
    )
  })
})

describe('"Provided by" under a caption, and "All images CopyLeft"', () => {
  it.each([
    [
      'Campaigners hold up a banner against the new warheads in the square.\n\nProvided by Example Campaign',
      { text: 'Provided by Example Campaign', creator: null, source: 'Example Campaign' },
    ],
    [
      'Wrapped up warm at the gate on the last morning\n\nAll images CopyLeft 2008 D. Marchetti\n(please credit any reuse)',
      { text: 'All images CopyLeft 2008 D. Marchetti', creator: 'D. Marchetti', source: null },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('"Provided by" in a sentence is no credit', () => {
    expect(fields('Provided by the ministry, the figures show a fall in casualties.')).toEqual([])
  })

  it('property: "Provided by <organisation>" on its own line under a caption', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('CND', 'Example Campaign', 'Nordic Relief Fund'),
        (cap, org) => {
          const text = `${cap}\n\nProvided by ${org}`
          sane(text)
          expect(fields(text).map((c) => c.source)).toEqual([org])
        },
      ),
    )
  })
})

describe('words that look like labels but are none', () => {
  it('a lower-case "courtesy of" after a dash, a heading\'s "Photo by"', () => {
    expect(
      fields(
        '* [Tool](https://example.org): [a wrapper - courtesy of @someone](https://example.org/1)',
      ),
    ).toEqual([])
    const [credit] = fields(
      '**Social Media Photo by [Jane Roe](https://unsplash.com/@jroe) on [Unsplash](https://unsplash.com/)**',
    )
    expect(credit?.source ?? null).not.toBe('Social Media')
  })
})

describe('a gallery whose captions all end with the same organisation', () => {
  it('each caption line closing with the name credits it; once is not enough', () => {
    const gallery =
      'A team clears a field near the village with detectors. The Example Trust\n' +
      'Deminers mark the edge of the hazardous area with stakes. The Example Trust\n' +
      'A supervisor shows where the items were found. The Example Trust/Goran Tamm\n'
    expect(fields(gallery)).toEqual([
      { text: 'The Example Trust', creator: null, source: 'The Example Trust', license: null },
      { text: 'The Example Trust', creator: null, source: 'The Example Trust', license: null },
      {
        text: 'The Example Trust/Goran Tamm',
        creator: 'Goran Tamm',
        source: 'The Example Trust',
        license: null,
      },
    ])
    expect(
      fields('A team clears a field near the village with detectors. The Example Trust\nNext.'),
    ).toEqual([])
  })

  it('property: n caption lines ending "<sentence>. <organisation>"', () => {
    fc.assert(
      fc.property(
        fc.array(caption, { minLength: 2, maxLength: 5 }),
        fc.constantFrom('The Example Trust', 'Nordic Relief Fund', 'Example Mine Action Group'),
        (caps, org) => {
          const text = caps.map((c) => `${c} ${org}`).join('\n')
          sane(text)
          expect(fields(text).map((c) => c.source)).toEqual(caps.map(() => org))
        },
      ),
    )
  })
})

describe('more chains: brands, numbers, sites after "via", usage notes glued to the next text', () => {
  it.each([
    [
      'Operation de déminage, les sacs roses indiquent les bombes © AFP Photo/Bruno Haddad\n\nNext',
      { text: '© AFP Photo/Bruno Haddad', creator: 'Bruno Haddad', source: 'AFP Photo' },
    ],
    [
      'The road is dark where traffic melted the snow. (AP Photo/StarImage via 38 North) NO SALES, MANDATORY CREDITThe test site was repaired.',
      {
        text: 'AP Photo/StarImage via 38 North',
        creator: null,
        source: 'AP Photo/StarImage via 38 North',
      },
    ],
    [
      'Imagery from December provides the best view.\nImage credit: OrbitEye/North 38\n|',
      { text: 'Image credit: OrbitEye/North 38', creator: null, source: 'OrbitEye/North 38' },
    ],
    [
      'The demolition of the test site. Photo credit: Voice of the Example Republic\n\nNext',
      {
        text: 'Photo credit: Voice of the Example Republic',
        creator: null,
        source: 'Voice of the Example Republic',
      },
    ],
    [
      'Una foto del sito dopo il test.\n\nFoto www.example.org',
      { text: 'Foto www.example.org', creator: null, source: 'www.example.org' },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('after "Photo by" a one-word name is the author; a footer "©" after a word stays out', () => {
    expect(fields('Photo by StarImage/Getty Images')).toEqual([
      {
        text: 'Photo by StarImage/Getty Images',
        creator: 'StarImage',
        source: 'Getty Images',
        license: null,
      },
    ])
    expect(fields('All content © Example News 2024')).toEqual([])
  })

  it('property: "© <agency> Photo/<name>" closing a caption line after a word', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('AFP', 'Example Agency'), (who, agency) => {
        const text = `Les bombes qui n'ont pas explosé © ${agency} Photo/${who}\nNext`
        sane(text)
        expect(fields(text).map((c) => c.creator)).toEqual([who])
      }),
    )
  })
})

describe("an archive's reference in a chain", () => {
  it('"ref. <id>" names no one, and its full stop ends no sentence', () => {
    expect(
      fields('A nurse at work in the ward.\n© EXAMPLE / Amira Tamm / ref. V-P-XX-E-00123'),
    ).toEqual([
      {
        text: '© EXAMPLE / Amira Tamm / ref. V-P-XX-E-00123',
        creator: 'Amira Tamm',
        source: 'EXAMPLE',
        license: null,
      },
    ])
  })

  it('property: "© <ORG> / <name> / ref. <id>"', () => {
    fc.assert(
      fc.property(person, fc.stringMatching(/^[A-Z](?:-[A-Z0-9]{1,4}){1,4}$/), (who, id) => {
        const text = `A nurse at work in the ward.\n© EXAMPLE / ${who} / ref. ${id}`
        sane(text)
        expect(fields(text).map((c) => [c.creator, c.source])).toEqual([[who, 'EXAMPLE']])
      }),
    )
  })
})
