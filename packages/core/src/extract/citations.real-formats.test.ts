/**
 * Citation formats met on real pages (CCW meeting summaries, Monitor reports, IHL commentaries),
 * in example sentences of our own: numbered protocols with their subject, "as amended", the
 * subject a report series implies, and abbreviations read only after a pinpoint.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string) =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => `${c.text}=${c.treaty}:${c.article}`)

describe('numbered and ordinal protocol names', () => {
  const protocols = [
    ['Protocol I on Non-Detectable Fragments', 'ccw-p1'],
    ['CCW Protocol I on Non-Detectable Fragments', 'ccw-p1'],
    ['Protocol III on Incendiary Weapons', 'ccw-p3'],
    ['CCW Protocol III on Incendiary Weapons', 'ccw-p3'],
    ['Protocol IV on Blinding Laser Weapons', 'ccw-p4'],
    ['Fourth Protocol on Blinding Laser Weapons', 'ccw-p4'],
    ['Fifth Protocol on Explosive Remnants of War', 'ccw-p5'],
    ['CCW Protocol V on Explosive Remnants of War', 'ccw-p5'],
    ['Protocol II, as amended on 3 May 1996', 'ccw-ap2'],
    ['Protocol II as amended in 1996', 'ccw-ap2'],
  ] as const

  it('spans the number and the subject as one name', () => {
    expect(cites('Delegates praised Protocol IV on Blinding Laser Weapons as a success.')).toEqual([
      'Protocol IV on Blinding Laser Weapons=ccw-p4:null',
    ])
    expect(cites('In 2003 a Fifth Protocol on Explosive Remnants of War was agreed.')).toEqual([
      'Fifth Protocol on Explosive Remnants of War=ccw-p5:null',
    ])
  })

  it('reads "Protocol II, as amended" as Amended Protocol II, not Additional Protocol II', () => {
    expect(cites('Parties to Protocol II, as amended on 3 May 1996, met in Geneva.')).toEqual([
      'Protocol II, as amended on 3 May 1996=ccw-ap2:null',
    ])
  })

  it('reads a "Protocol II" said later in its sentence to be "as amended" as Amended Protocol II', () => {
    const text =
      'Experts of CCW Protocol II on Prohibitions or Restrictions on the Use of Mines, ' +
      'Booby-Traps and Other Devices (as amended on 3 May 1996) met.'
    // The name runs on to the end of the title and its date (cites8: nickname, then title).
    expect(cites(text)).toEqual([`${text.slice(11, -5)}=ccw-ap2:null`])
    expect(cites('Protocol II applies. Later, a text was amended.')).toEqual([
      'Protocol II=ap-2:null',
    ])
    expect(cites('The original Protocol II, as amended in part, differs.')).toEqual([
      'original Protocol II=ccw-p2:null',
    ])
  })

  it('property: each name in any sentence is one citation of its protocol', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...protocols),
        fc.constantFrom('Parties to the ', 'Under ', 'We discussed '),
        fc.constantFrom(' in Geneva.', ', said the chair.', ' (2024)'),
        ([name, id], before, after) => {
          expect(cites(before + name + after)).toEqual([`${name}=${id}:null`])
        },
      ),
    )
  })
})

describe('the subject of a report series', () => {
  it('resolves an unnamed article under a Monitor heading', () => {
    const text =
      'Landmine Monitor 2031\nMine Action\nTwo States Parties asked to extend their Article 5 ' +
      'deadlines this year.'
    expect(cites(text)).toEqual(['Article 5=apmbt:5'])
    expect(cites('Cluster Munition Monitor 2030\n\nStockpiles under Article 3 shrank.')).toEqual([
      'Article 3=ccm:3',
    ])
  })

  it('takes no side under the Monitor of both treaties', () => {
    expect(
      cites('Landmine and Cluster Munition Monitor\n\nClearance under Article 5 went on.'),
    ).toEqual([])
  })

  it('takes the treaty of a meeting series cited before the article', () => {
    const text =
      'Papers: APLC/MSP.31/2033/4 and APLC/MSP.31/2033/WP.2\n\nTwo Article 5 extension ' +
      'requests were considered.'
    expect(cites(text)).toEqual(['Article 5=apmbt:5'])
    expect(cites('See CCM/MSP/2032/6.\n\nStockpiles under Article 3 shrank.')).toEqual([
      'Article 3=ccm:3',
    ])
  })

  it('gives way to an instrument the text names', () => {
    const text =
      'Landmine Monitor 2031\n\nArticle 7 reports under the Convention on Cluster Munitions ' +
      'were late.'
    expect(cites(text)).toEqual(['Article 7=ccm:7', 'Convention on Cluster Munitions=ccm:null'])
  })

  it('property: the Monitor name is never a citation and sets the subject', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['Landmine Monitor', 'apmbt'], ['Cluster Munition Monitor', 'ccm']),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1999, max: 2040 }),
        ([series, id], article, year) => {
          const text = `${series} ${year}\n\nThree States reported under Article ${article}.`
          expect(cites(text)).toEqual([`Article ${article}=${id}:${article}`])
        },
      ),
    )
  })
})

describe('abbreviations read only after a pinpoint', () => {
  it('reads "API" as Additional Protocol I after an article', () => {
    expect(cites('Reviews under Article 36 of API are rare; Art. 57 API too.')).toEqual([
      'Article 36 of API=ap-1:36',
      'Art. 57 API=ap-1:57',
    ])
  })

  it('property: "API" elsewhere is no citation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('The API returns JSON.', 'Our REST API', 'an API key', 'API 2.0 docs'),
        (text) => {
          expect(cites(text)).toEqual([])
        },
      ),
    )
  })
})

describe('"the Convention" across paragraphs', () => {
  const conventions = [
    ['Anti-Personnel Mine Ban Convention', 'apmbt'],
    ['Convention on Cluster Munitions', 'ccm'],
    ['Chemical Weapons Convention', 'cwc'],
    ['Biological Weapons Convention', 'bwc'],
  ] as const

  it('keeps the latest one named in the same paragraph', () => {
    const text =
      'Notes on the Anti-Personnel Mine Ban Convention\n\nThe Convention on Cluster Munitions ' +
      'asks for stockpile destruction under Article 3 of the Convention.'
    expect(cites(text).at(-1)).toBe('Article 3 of the Convention=ccm:3')
  })

  it('property: after an aside in another paragraph, the title names the subject', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...conventions),
        fc.constantFrom(...conventions),
        fc.integer({ min: 1, max: 9 }),
        ([title, subject], [aside, other], article) => {
          const text =
            `Meetings of the ${title}\n\nThe ${aside} was also discussed.\n\n` +
            `Stocks were destroyed under Article ${article} of the Convention.`
          expect(cites(text).at(-1)).toBe(
            `Article ${article} of the Convention=${title === aside ? other : subject}:${article}`,
          )
        },
      ),
    )
  })
})

describe('Common Article 3', () => {
  it('is no citation of the instrument named before it', () => {
    expect(
      cites(
        'Article 36 of Additional Protocol I applies, and Common Article 3 protects detainees.',
      ),
    ).toEqual(['Article 36 of Additional Protocol I=ap-1:36'])
  })

  it('property: "common Article N" in any case, with or without its Conventions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Common', 'common'),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('', ' of the Geneva Conventions', ' of the four Geneva Conventions'),
        (word, n, tail) => {
          const text = `The Ottawa Convention was signed. ${word} Article ${n}${tail} binds all parties.`
          expect(cites(text)).toEqual(['Ottawa Convention=apmbt:null'])
        },
      ),
    )
  })
})

describe('ranges and lists of subparagraphs', () => {
  it('keeps "Article 7(1)(a)–(c) of the ATT" one citation', () => {
    const [cite] = extract('Under Article 7(1)(a)–(c) of the ATT, exporters assess risks.', {
      kinds: ['citations'],
    }).citations
    expect([cite?.text, cite?.article, cite?.paragraph, cite?.subparagraph]).toEqual([
      'Article 7(1)(a)–(c) of the ATT',
      '7',
      '1',
      'a-c',
    ])
  })

  it('property: any range or list of subparagraphs stays inside one citation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('–', '-', ' to ', ', ', ' and ', ', and '),
        fc.constantFrom('(1)(a)', '(2)(b)', '(a)'),
        (article, separator, levels) => {
          const pinpoint = `Article ${article}${levels}${separator}(d)`
          expect(cites(`Under ${pinpoint} of the CCM, States act.`)).toEqual([
            `${pinpoint} of the CCM=ccm:${article}`,
          ])
        },
      ),
    )
  })

  it('reads "Article 1 common to the Geneva Conventions" as no single instrument', () => {
    expect(
      cites('The Rome Statute applies. Article 1 common to the Geneva Conventions too.'),
    ).toEqual(['Rome Statute=rome-statute:null'])
  })
})

describe('CCW names as reference works and wikis print them', () => {
  it('reads the full title of Protocol II followed by its amendment date as Amended Protocol II', () => {
    const title =
      'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices'
    expect(cites(`Fences must meet the ${title}, as amended on 3 May 1996, in full.`)).toEqual([
      `${title}, as amended on 3 May 1996=ccw-ap2:null`,
    ])
    expect(cites(`Fences must meet the ${title} as amended in 1996.`)).toEqual([
      `${title} as amended in 1996=ccw-ap2:null`,
    ])
    // Without the date the title stays the original protocol's.
    expect(cites(`The ${title}, as amended in part, differs.`)).toEqual([`${title}=ccw-p2:null`])
  })

  it('reads a name with a footnote number glued to it, and the CCWC abbreviation', () => {
    expect(cites('The Conventional Weapons Convention1 has five protocols.')).toEqual([
      'Conventional Weapons Convention=ccw:null',
    ])
    expect(cites('The CCWC has five protocols; Protocol I covers fragments.')).toEqual([
      'CCWC=ccw:null',
      'Protocol I=ccw-p1:null',
    ])
    // Abbreviations keep their digits: no footnote is read off "CCW2".
    expect(cites('See CCW2 for details.')).toEqual([])
  })

  it('does not read a lower-case description and the next line\'s "Protocol" as one name', () => {
    const text =
      'The CCW has five protocols:\nProtocol I restricts weapons with non-detectable fragments\n' +
      'Protocol II restricts mines\nProtocol IV restricts blinding laser weapons\nProtocol V set'
    expect(cites(text)).toEqual([
      'CCW=ccw:null',
      'Protocol I=ccw-p1:null',
      'Protocol II=ccw-p2:null',
      'Protocol IV=ccw-p4:null',
      'Protocol V=ccw-p5:null',
    ])
  })

  it('leaves a heading\'s "Article 5" unresolved when two instruments tie for the subject', () => {
    const text =
      'Article 5\n\nMarking must meet Amended Protocol II, annexed to the Convention on Certain ' +
      'Conventional Weapons.'
    expect(cites(text)).toEqual([
      'Amended Protocol II=ccw-ap2:null',
      'Convention on Certain Conventional Weapons=ccw:null',
    ])
  })

  it('property: a footnote number after any CCW protocol title is never part of its span', () => {
    const titles = [
      ['Protocol on Non-Detectable Fragments', 'ccw-p1'],
      ['Protocol on Blinding Laser Weapons', 'ccw-p4'],
      ['Protocol on Explosive Remnants of War', 'ccw-p5'],
      ['Convention on Certain Conventional Weapons', 'ccw'],
    ] as const
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(' applies.', ', said the chair.', '; see below.'),
        ([title, id], note, tail) => {
          expect(cites(`The ${title}${note}${tail}`)).toEqual([`${title}=${id}:null`])
        },
      ),
    )
  })
})

describe('the amendment date after the title of CCW Protocol II', () => {
  const title =
    'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices'

  it('property: with its date in any form the title is Amended Protocol II, the date in the span', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ', as amended on 3 May 1996',
          ' as amended on 3 May 1996',
          ', as amended in 1996',
        ),
        fc.constantFrom(' ', '\n'),
        fc.constantFrom('.', ', annexed to the CCW.', ' applies.'),
        (tail, space, after) => {
          const written = tail.replace(' May ', `${space}May `)
          const found = extract(`Marking follows the ${title}${written}${after}`, {
            kinds: ['citations'],
          }).citations
          expect(found[0]!.treaty).toBe('ccw-ap2')
          expect(found[0]!.text).toBe(`${title}${written}`)
        },
      ),
    )
  })
})

describe('an article and its paragraph joined by a dot at the end of a sentence (misc12)', () => {
  const para = (text: string) =>
    extract(text, { kinds: ['citations'] }).citations.map(
      (c) => `${c.text}=${c.treaty}:${c.article}.${c.paragraph}`,
    )

  it('reads the paragraph before the full stop, not a third level', () => {
    expect(para('States asked how to apply ATT Article 15.7.')).toEqual([
      'ATT Article 15.7=att:15.7',
    ])
    expect(para('See the ATT, Articles 11.5 and 15.4.\nNext')).toEqual([
      'ATT=att:null.null',
      'Articles 11.5=att:11.5',
      '15.4=att:15.4',
    ])
    expect(para('Read ATT Article 15.7.2 today.')).toEqual(['ATT Article 15=att:15.null'])
  })

  it('holds for any article and paragraph (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 9 }), (n, m) => {
        expect(para(`It rests on ATT Article ${n}.${m}.`)).toEqual([
          `ATT Article ${n}.${m}=att:${n}.${m}`,
        ])
      }),
    )
  })
})
