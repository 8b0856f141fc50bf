/**
 * Marks that close a caption's line: a "(c)" written for "©" before the photographer's name, a
 * "Picture:" label after a caption with no full stop, and a wire's bare name after a dash or on a
 * long caption line. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ilse', 'Benedikt', 'Marta', 'Jonas', 'Petra', 'Lukas'],
  ['Weidner', 'Holzer', 'Brandt', 'Kessel', 'Auer', 'Frank'],
)
const caption = fc.constantFrom(
  'Veterans lay a wreath at the memorial of the regiment near the barracks.',
  'Die Kapelle spielt vor dem Tor der Kaserne am Morgen des Festtags.',
  'A nurse checks the list of names at the field hospital!',
)

describe('"(c)" before a name closing a caption line', () => {
  it('reads it as "©" is read', () => {
    const text =
      'A widow visits the memorial of the regiment at the old barracks. (c) Ilse Weidner\n'
    expect(fields(text)).toEqual([
      { text: '(c) Ilse Weidner', creator: 'Ilse Weidner', source: null, license: null },
    ])
    expect(extractCredits(text)[0]?.kind).toBe('credit')
  })

  it.each([
    'The parties agreed as follows. (c) The Committee\n',
    '(a) Ilse Weidner\n(b) Jonas Auer\n(c) Marta Brandt\n',
    'The parties shall report. (c) States Parties shall inform the depositary of any change.\n',
    'Members: (a) the chair; (b) the secretary; (c) Lukas Frank\n',
  ])('leaves a clause alone: %s', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: any caption, then "(c)" or "(C)" and a name ending the line', () => {
    fc.assert(
      fc.property(caption, fc.constantFrom('(c)', '(C)'), person, (c, mark, who) => {
        const text = `${c} ${mark} ${who}\nThe next paragraph starts here.`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `${mark} ${who}`, creator: who, source: null, license: null },
        ])
      }),
    )
  })
})

describe('"Picture:" after a caption with no full stop', () => {
  it.each([
    ["The week's best photos Picture: AFP\n", 'Picture: AFP', 'AFP'],
    ['Crowds on the pier at dawn Picture: Getty Images\n', 'Picture: Getty Images', 'Getty Images'],
  ])('%s', (text, span, source) => {
    expect(fields(text)).toEqual([{ text: span, creator: null, source, license: null }])
    expect(extractCredits(text)[0]?.kind).toBe('picture')
  })

  it('property: a caption word, then "Picture:" and an agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('photos', 'harbour', 'crowd', "day's"),
        fc.constantFrom('AFP', 'Getty Images', 'Reuters'),
        (word, agency) => {
          const text = `A look at the ${word} Picture: ${agency}\n`
          sane(text)
          expect(fields(text).map((f) => f.source)).toEqual([agency])
        },
      ),
    )
  })
})

describe("a wire's bare name closing a caption line", () => {
  it('after a dash that follows the sentence', () => {
    const text =
      'Marchers reach the square in the capital, May 4, 2019. \u2013 AP Photo\nMore text.'
    expect(fields(text)).toEqual([
      // A wire's picture desk alone credits the wire, as "(AP Photo)" does.
      { text: 'AP Photo', creator: null, source: 'AP', license: null },
    ])
  })

  it('on a caption line longer than a short paragraph', () => {
    const long =
      'Water covers the road into the town after three days of rain. ' +
      'Residents of the low streets were told to leave their homes before the river rose again. '.repeat(
        4,
      )
    const text = `${long}AP\n`
    expect(fields(text)).toEqual([{ text: 'AP', creator: null, source: 'AP', license: null }])
  })

  it('property: a dash between the sentence and the agency', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('\u2013', '\u2014', '|'),
        fc.constantFrom('AP', 'Reuters', 'AFP'),
        (c, dash, agency) => {
          const text = `${c} ${dash} ${agency}\n`
          sane(text)
          expect(fields(text).map((f) => f.source)).toEqual([agency])
        },
      ),
    )
  })

  it('prose that names a wire mid-line is no credit', () => {
    expect(fields('The story ran on Monday. \u2013 AP reported it first.\n')).toEqual([])
  })
})

describe('an outlet\'s word before "Photo by" in a bracket', () => {
  it('sources the outlet and credits the photographer', () => {
    const text =
      'The ministers take the oath in the hall on Sunday. (Herald Photo by Marta Brandt)\n'
    expect(fields(text)).toEqual([
      {
        text: 'Herald Photo by Marta Brandt',
        creator: 'Marta Brandt',
        source: 'Herald',
        license: null,
      },
    ])
  })

  it.each(['(Staff Photo by Marta Brandt)\n', '(Family Photo by Marta Brandt)\n'])(
    'a common word is no outlet: %s',
    (text) => {
      expect(fields(text).map((f) => f.source)).not.toContain('Staff')
      expect(fields(text).map((f) => f.source)).not.toContain('Family')
    },
  )

  it('property: any outlet word and photographer', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('Herald', 'Courier', 'Tribune', 'Gazette'),
        person,
        (c, outlet, who) => {
          const text = `${c} (${outlet} Photo by ${who})\nNext.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${outlet} Photo by ${who}`, creator: who, source: outlet, license: null },
          ])
        },
      ),
    )
  })
})

describe('an agency credit after a quoted sentence, and a surname alone before an agency', () => {
  it('a closing quote ends the sentence before the credit', () => {
    const text =
      "The drill ends in March, the command said: 'about 900 troops take part.' EPA/PETRA AUER\n"
    expect(fields(text)).toEqual([
      { text: 'EPA/PETRA AUER', creator: 'PETRA AUER', source: 'EPA', license: null },
    ])
  })

  it('property: a quote of any kind after the full stop', () => {
    fc.assert(
      fc.property(caption, fc.constantFrom("'", '"', '\u2019', '\u201d'), person, (c, q, who) => {
        const text = `The officer said: ${q}${c}${q} EPA/${who.toUpperCase()}\n`
        sane(text)
        expect(fields(text).map((f) => f.creator)).toEqual([who.toUpperCase()])
      }),
    )
  })

  it('property: a surname, a slash and a known agency', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('Weidner', 'Holzer', 'Kessel'),
        fc.constantFrom('EPA', 'AFP', 'Reuters'),
        fc.constantFrom(' / ', '/'),
        (c, surname, agency, slash) => {
          const text = `${c} ${surname}${slash}${agency}\n`
          sane(text)
          expect(fields(text)).toEqual([
            {
              text: `${surname}${slash}${agency}`,
              creator: surname,
              source: agency,
              license: null,
            },
          ])
        },
      ),
    )
  })

  it('an agency or a handout before the slash stays in the source', () => {
    expect(fields('A man walks past the ruins. Xinhua / EPA\n')[0]?.creator).toBeNull()
    expect(fields('A man walks past the ruins. Handout / EPA\n')[0]?.creator).toBeNull()
  })
})

describe('a photographer for a paper, sent by an agency', () => {
  it('property: "Name for The Paper via Agency" on its own line', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('The Evening Ledger', 'The Harbour Times', 'Valley Courier'),
        fc.constantFrom('Getty Images', 'AFP'),
        (who, paper, agency) => {
          const text = `Crews clear the road after the storm.\n${who} for ${paper} via ${agency}\n`
          sane(text)
          expect(fields(text)).toEqual([
            {
              text: `${who} for ${paper} via ${agency}`,
              creator: who,
              source: `${paper} via ${agency}`,
              license: null,
            },
          ])
        },
      ),
    )
  })

  it('a lower-case phrase after "for" is no paper', () => {
    expect(fields('Petra Auer for the people via Getty Images\n')).toEqual([])
  })
})

describe("a paper's state in brackets, and a collective after a label", () => {
  it('property: "© Name, The Town (St.) Paper" keeps the whole paper as the source', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Ma.', 'Mass.', 'N.J.', 'Pa.'),
        fc.constantFrom('Sun', 'Record', 'Courier'),
        (who, state, paper) => {
          const text = `Boats wait at the quay.\n\u00a9 ${who}, The Millbrook (${state}) ${paper}\n`
          sane(text)
          expect(fields(text)).toEqual([
            {
              text: `\u00a9 ${who}, The Millbrook (${state}) ${paper}`,
              creator: who,
              source: `The Millbrook (${state}) ${paper}`,
              license: null,
            },
          ])
        },
      ),
    )
  })

  it('property: a collective named after a label is the source, not a creator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Fotos:', 'Photo:', 'Foto:'),
        fc.constantFrom('Colectivo Luz Norte', 'Kollektiv Ostwind', 'Harbour Collective'),
        (label, group) => {
          const text = `Murals on the wall of the old market.\n${label} ${group}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${label} ${group}`, creator: null, source: group, license: null },
          ])
        },
      ),
    )
  })
})
