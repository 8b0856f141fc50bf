/**
 * Names and pinpoints that are part of something else (issue 8, real pages): an organisation a
 * treaty set up and named after it, a conference named after an article, an image file's name,
 * a web address. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, string | null]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.article])

describe('an organisation named after a treaty', () => {
  it('is no mention of the treaty, in any spelling of the name', () => {
    expect(
      cite(
        'Inspectors of the Comprehensive Nuclear-Test-Ban Treaty Organization met; the CTBT itself is not in force.',
      ),
    ).toEqual([['CTBT', 'ctbt', null]])
    expect(cite('The Preparatory Commission for the CTBT Organization sits in Vienna.')).toEqual([])
    expect(cite('A COMPREHENSIVE TEST BAN TREATY ORGANISATION PAPER')).toEqual([])
  })

  it('still tells what the page is about ("Article XIV" before any treaty is named)', () => {
    expect(
      cite(
        'Report of the Comprehensive Nuclear-Test-Ban Treaty Organization.\n\nUnder Article XIV, states meet every two years.',
      ),
    ).toEqual([['Article XIV', 'ctbt', '14']])
  })

  it('keeps the mention in a document title "Organization of work"', () => {
    expect(cite('ATT Organization of work (CSP11)')).toEqual([['ATT', 'att', null]])
  })

  it("keeps the treaty's bodies and meetings as mentions", () => {
    expect(
      cite(
        'The ATT Secretariat wrote to the BWC Implementation Support Unit before the NPT Review Conference.',
      ),
    ).toEqual([
      ['ATT', 'att', null],
      ['BWC', 'bwc', null],
      ['NPT', 'npt', null],
    ])
  })

  it('property: any treaty name before "Organization" or "Organisation" is no citation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'CTBT',
          'Comprehensive Nuclear-Test-Ban Treaty',
          'Comprehensive Test Ban Treaty',
          'Arms Trade Treaty',
          'NPT',
        ),
        fc.constantFrom('Organization', 'Organisation', 'ORGANIZATION'),
        fc.constantFrom('the ', 'The Preparatory Commission for the ', ''),
        (name, word, before) => {
          expect(cite(`${before}${name} ${word} reported on its work.`)).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('a conference named after an article', () => {
  it('is no article citation; a treaty name before it still is a mention', () => {
    expect(cite('The CTBT was discussed at the Article XIV Conference in New York.')).toEqual([
      ['CTBT', 'ctbt', null],
    ])
    expect(
      cite('Ministers attended the Comprehensive Nuclear-Test-Ban Treaty Article XIV Conference.'),
    ).toEqual([['Comprehensive Nuclear-Test-Ban Treaty', 'ctbt', null]])
    expect(
      cite(
        "The CTBT's sixth 'Article XIV' Conference and its biennial Article XIV Entry into Force conference.",
      ),
    ).toEqual([['CTBT', 'ctbt', null]])
  })

  it('leaves an article cited before a sentence about a conference', () => {
    expect(cite('Under Article XIV of the CTBT the Conference decided to meet again.')).toEqual([
      ['Article XIV of the CTBT', 'ctbt', '14'],
    ])
    expect(cite('The CTBT sets this in Article XIV. The Conference agreed.')).toEqual([
      ['CTBT', 'ctbt', null],
      ['Article XIV', 'ctbt', '14'],
    ])
  })

  it('property: "Article N [words] Conference" never cites the article', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 17 }),
        fc.constantFrom('', ' Review', ' Entry into Force', ' Special'),
        fc.constantFrom('Conference', 'conference'),
        (n, words, conference) => {
          const text = `The CTBT is in force nowhere. Delegates met at the Article ${n}${words} ${conference}.`
          expect(cite(text)).toEqual([['CTBT', 'ctbt', null]])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('file names and web addresses', () => {
  it('are no mentions', () => {
    expect(cite('Chemical Weapons Convention\nCWC Participation.svg\nParties to the CWC')).toEqual([
      ['Chemical Weapons Convention', 'cwc', null],
      ['CWC', 'cwc', null],
    ])
    expect(
      cite('The report on the NPT is at https://example.org/files/NPT_Review_2015.pdf today.'),
    ).toEqual([['NPT', 'npt', null]])
    expect(cite('See www.example.org/ATT/reports and the ATT.')).toEqual([['ATT', 'att', null]])
  })

  it('property: an acronym inside an image name or a URL path is never cited', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('NPT', 'CTBT', 'BWC', 'CWC', 'ATT', 'TPNW'),
        fc.constantFrom(' Participation', '_map', '-parties 2024', ''),
        fc.constantFrom('.svg', '.png', '.jpg', '.JPEG'),
        (name, rest, extension) => {
          expect(cite(`Map: ${name}${rest}${extension}`)).toEqual([])
          expect(cite(`Read https://example.org/${name}${rest}${extension} now`)).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('a generic word in lower case after a name', () => {
  it('is outside the span when the words before it are a name of the instrument', () => {
    expect(cite('One architect of the New START treaty spoke; the INF treaty lapsed.')).toEqual([
      ['New START', 'new-start', null],
      ['INF', 'inf', null],
    ])
    expect(cite('The New START Treaty and the Ottawa treaty.')).toEqual([
      ['New START Treaty', 'new-start', null],
      ['Ottawa treaty', 'apmbt', null],
    ])
  })

  it('property: "<abbreviation> treaty" spans the abbreviation only', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['INF', 'inf'], ['New START', 'new-start'], ['NPT', 'npt'], ['ATT', 'att']),
        fc.constantFrom('treaty', 'convention'),
        ([name, id], word) => {
          const found = cite(`They debated the ${name} ${word} at length.`)
          expect(found).toEqual([[name, id, null]])
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('a title with its abbreviation in brackets before the last word', () => {
  it('is one mention from the first word of the title to the last', () => {
    expect(
      cite('The end of the 1987 Intermediate-range Nuclear Forces (INF) Treaty worried Europe.'),
    ).toEqual([['Intermediate-range Nuclear Forces (INF) Treaty', 'inf', null]])
  })

  it('leaves a bracketed abbreviation after a full title alone', () => {
    expect(cite('The Arms Trade Treaty (ATT) Secretariat and the (ATT) Treaty.')).toEqual([
      ['Arms Trade Treaty', 'att', null],
      ['ATT', 'att', null],
      ['ATT', 'att', null],
    ])
  })

  it('property: any words before an INF title in brackets stay outside the span', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('the ', 'In 1987 the ', 'Collapse of the\n', 'A'),
        fc.constantFrom('Intermediate-range Nuclear Forces', 'Intermediate-Range Nuclear Forces'),
        (before, title) => {
          const text = `${before} ${title} (INF) Treaty ended in 2019.`
          expect(cite(text)).toEqual([[`${title} (INF) Treaty`, 'inf', null]])
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('a name and a blank line', () => {
  it('never runs over a blank line into the next paragraph', () => {
    expect(
      cite(
        'A note on Blinding Laser Weapons\n\nProtocol IV to the Convention on Certain Conventional Weapons bans them.',
      ),
    ).toEqual([['Protocol IV to the Convention on Certain Conventional Weapons', 'ccw-p4', null]])
  })

  it('property: "... Laser Weapons", blank lines, "Protocol IV" never joins', () => {
    fc.assert(
      fc.property(fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\n\n'), (gap) => {
        const found = cite(`Rule on Blinding Laser Weapons${gap}Protocol IV applies.`)
        expect(found.every(([span]) => !span.includes('\n'))).toBe(true)
      }),
      { numRuns: 20 },
    )
  })
})

describe("a protocol and its treaty's name after it", () => {
  it('is one mention, also with the year of the treaty between', () => {
    expect(
      cite('Protocol IV of the 1980 Convention on Certain Conventional Weapons bans it.'),
    ).toEqual([
      ['Protocol IV of the 1980 Convention on Certain Conventional Weapons', 'ccw-p4', null],
    ])
  })

  it('leaves the protocol as the instrument an article after them cites', () => {
    expect(
      cite(
        'Protocol on Blinding Laser Weapons, to the Convention on Certain Conventional Weapons, Vienna, 13 October 1995, Article 1.',
      ),
    ).toEqual([
      ['Protocol on Blinding Laser Weapons', 'ccw-p4', null],
      ['Convention on Certain Conventional Weapons', 'ccw', null],
      ['Article 1', 'ccw-p4', '1'],
    ])
  })

  it('property: any CCW protocol with one treaty, "of the [year] Convention ...", is one span', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['Protocol IV', 'ccw-p4'], ['Protocol V', 'ccw-p5']),
        fc.constantFrom('of the ', 'to the ', 'of the 1980 '),
        ([name, id], joint) => {
          const span = `${name} ${joint}Convention on Certain Conventional Weapons`
          expect(cite(`States ratified ${span} in time.`)).toEqual([[span, id, null]])
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('a name in lower case after the year the instrument was adopted', () => {
  it('names the instrument; without the year it describes a kind of treaty', () => {
    expect(cite('Latvia left the 1997 antipersonnel mine ban treaty.')).toEqual([
      ['antipersonnel mine ban treaty', 'apmbt', null],
    ])
    expect(cite('Talks on an arms trade treaty began; a mine ban treaty was a goal.')).toEqual([])
    expect(cite('Not the 1998 mine ban treaty.')).toEqual([])
  })

  it('property: "the <adoption year> <name in lower case>" names the instrument', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['1997', 'mine ban treaty', 'apmbt'],
          ['2013', 'arms trade treaty', 'att'],
          ['2008', 'cluster munitions convention', 'ccm'],
          ['1968', 'non-proliferation treaty', 'npt'],
        ),
        fc.boolean(),
        ([year, name, id], adopted) => {
          const shown = adopted ? year : String(Number(year) + 1)
          const found = cite(`Parliament debated the ${shown} ${name} again.`)
          expect(found).toEqual(adopted ? [[name, id, null]] : [])
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('a bare article that no instrument named has', () => {
  it('is no citation ("Article 36", the NGO, on a TPNW page)', () => {
    expect(
      cite(
        'The TPNW Meeting of States Parties met. Article 36 coordinated a statement on Article 6.',
      ),
    ).toEqual([
      ['TPNW', 'tpnw', null],
      ['Article 6', 'tpnw', '6'],
    ])
  })

  it('property: beyond the last article of every instrument named, never cited', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['TPNW', 20], ['CCM', 23], ['BWC', 15], ['NPT', 11]),
        fc.integer({ min: 1, max: 40 }),
        ([name, last], n) => {
          const found = cite(`The ${name} was discussed. Article ${n} was mentioned.`)
          expect(found.length).toBe(n > last ? 1 : 2)
        },
      ),
      { numRuns: 60 },
    )
  })
})
