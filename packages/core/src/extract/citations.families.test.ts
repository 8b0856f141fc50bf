/**
 * Families of citations met on real treaty-meeting pages (issue 8), each in example sentences of
 * our own: an article of "the Convention" cited before any instrument is named, on a page of a
 * treaty's organisation (OPCW, CTBTO); draft articles; pinpoints inside a document reference;
 * acronyms that open a catalogue code; ordinal names of the Additional Protocols; a title with
 * the wrong preposition. Issue 8, continued: a nickname followed by the full title; "UN" before a
 * name; "Nuclear-Test-Ban Treaty" with hyphens; an article heading that names its title.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getInstrument } from '../registry/instruments.js'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, string | null]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.article])

describe('"Article N of the Convention" before any instrument is named', () => {
  it('is the instrument the page names most, when the word fits it', () => {
    expect(
      cite(
        'Towards Article 5 of the Convention: a progress note.\n\nStates parties to the Convention on Cluster Munitions met; the Convention on Cluster Munitions requires clearance.',
      ),
    ).toEqual([
      ['Article 5 of the Convention', 'ccm', '5'],
      ['Convention on Cluster Munitions', 'ccm', null],
      ['Convention on Cluster Munitions', 'ccm', null],
    ])
  })

  it('is not a treaty that the word does not fit', () => {
    const result = extract('Article 5 of the Convention applies.\n\nThe Arms Trade Treaty too.', {
      kinds: ['citations'],
    })
    expect(result.citations.map((c) => c.treaty)).toEqual(['att'])
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['unresolved-article'])
  })

  it('is the treaty of the organisation the page is from (OPCW, CTBTO)', () => {
    expect(
      cite('OPCW Executive Council\n\nDeclarations under Article VI of the Convention are due.'),
    ).toEqual([['Article VI of the Convention', 'cwc', '6']])
    expect(cite('The CTBTO met.\n\nArticle XIV of the Treaty sets the conditions.')).toEqual([
      ['Article XIV of the Treaty', 'ctbt', '14'],
    ])
  })

  it('property: any article of the CWC cited first, on an OPCW page', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom('Convention', 'convention'),
        (n, word) => {
          const text = `Note by the OPCW Technical Secretariat.\nIt reports under Article ${n} of the ${word}.`
          expect(cite(text)).toEqual([[`Article ${n} of the ${word}`, 'cwc', String(n)]])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('draft articles', () => {
  it('are no articles of the instrument', () => {
    expect(
      cite('Additional Protocol I was long debated (see Draft Art. 86 in the notes).'),
    ).toEqual([['Additional Protocol I', 'ap-1', null]])
    expect(cite('The ATT text changed: draft article 5 became Article 6 of the ATT.')).toEqual([
      ['ATT', 'att', null],
      ['Article 6 of the ATT', 'att', '6'],
    ])
  })

  it('property: "Draft Art. N" and "draft article N" never cite', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Draft Art. ', 'draft article ', 'Draft Article '),
        fc.integer({ min: 1, max: 99 }),
        (prefix, n) => {
          expect(cite(`The Chemical Weapons Convention. ${prefix}${n} was dropped.`)).toEqual([
            ['Chemical Weapons Convention', 'cwc', null],
          ])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('a pinpoint inside a document reference', () => {
  it('belongs to the document', () => {
    expect(
      cite(
        'The CCW review conference agreed (CCW/CONF.II/2, Part II, Final Declaration, Article 8).',
      ),
    ).toEqual([['CCW', 'ccw', null]])
  })

  it('unless it names its instrument', () => {
    expect(cite('(See A/RES/79/61 and Article 4 of the CCM.)')).toEqual([
      ['Article 4 of the CCM', 'ccm', '4'],
    ])
    expect(cite('The CCM (Article 4, as amended) applies.')).toEqual([
      ['CCM', 'ccm', null],
      ['Article 4', 'ccm', '4'],
    ])
  })
})

describe('an acronym that opens a catalogue code', () => {
  it('is no mention; a hyphenated word after it still is', () => {
    expect(cite('Filed as BWC-WG-9-CRP.2 and BWC-MSP-2031-WP.7.')).toEqual([])
    expect(cite('NPT-related talks and the CCW-GGE met.')).toEqual([
      ['NPT', 'npt', null],
      ['CCW', 'ccw', null],
    ])
  })
})

describe('names of protocols and treaties as people write them', () => {
  it('reads the Additional Protocols by ordinal', () => {
    expect(cite('See the First Protocol Additional to the Geneva Conventions.')).toEqual([
      ['First Protocol Additional to the Geneva Conventions', 'ap-1', null],
    ])
    expect(cite('and the Second Protocol Additional to the Geneva Conventions')).toEqual([
      ['Second Protocol Additional to the Geneva Conventions', 'ap-2', null],
    ])
  })

  it('reads the TPNW title with "for", while the Treaty of Tlatelolco keeps its own', () => {
    expect(cite('Treaty for the Prohibition of Nuclear Weapons: who signed')).toEqual([
      ['Treaty for the Prohibition of Nuclear Weapons', 'tpnw', null],
    ])
    expect(
      cite('the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean'),
    ).toEqual([
      [
        'Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean',
        'tlatelolco',
        null,
      ],
    ])
  })
})

describe('a paragraph with its subparagraph', () => {
  const sub = (text: string) =>
    extract(text, { kinds: ['citations'] }).citations.map((c) => [
      c.text,
      c.article,
      c.paragraph,
      c.subparagraph ?? null,
    ])

  it('reads "paragraph 1 (a)" and "paragraph 1(a)-(c)" after an article', () => {
    expect(sub('as article 7, paragraph 1 (a) of the ATT requires')).toEqual([
      ['article 7, paragraph 1 (a) of the ATT', '7', '1', 'a'],
    ])
    expect(sub('Article 7, paragraph 1(a)-(c) of the ATT')).toEqual([
      ['Article 7, paragraph 1(a)-(c) of the ATT', '7', '1', 'a-c'],
    ])
    expect(sub('paragraph 2 (b) (ii) of article 4 of the CCM')).toEqual([
      ['paragraph 2 (b) (ii) of article 4 of the CCM', '4', '2', 'b(ii)'],
    ])
  })

  it('property: any article, paragraph and letter, with or without a space', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('a', 'b', 'c', 'd'),
        fc.constantFrom('', ' '),
        (article, paragraph, letter, space) => {
          const pinpoint = `Article ${article}, paragraph ${paragraph}${space}(${letter}) of the ATT`
          expect(sub(`Under ${pinpoint}, states report.`)).toEqual([
            [pinpoint, String(article), String(paragraph), letter],
          ])
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('a pinpoint in a heading in capitals', () => {
  it('reads " OF THE " and the name or the generic word in capitals', () => {
    expect(cite('ARTICLE 4 OF THE CONVENTION ON CLUSTER MUNITIONS')).toEqual([
      ['ARTICLE 4 OF THE CONVENTION ON CLUSTER MUNITIONS', 'ccm', '4'],
    ])
    expect(cite('The CCM binds its parties.\nARTICLE 4 OF THE CONVENTION\nClearance')).toEqual([
      ['CCM', 'ccm', null],
      ['ARTICLE 4 OF THE CONVENTION', 'ccm', '4'],
    ])
  })
})

describe('Protocol II with its amendment date in brackets', () => {
  it('is Amended Protocol II, the brackets inside the span', () => {
    expect(
      cite(
        'The Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices (as amended on 3 May 1996) binds them.',
      ),
    ).toEqual([
      [
        'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices (as amended on 3 May 1996)',
        'ccw-ap2',
        null,
      ],
    ])
    expect(cite('Parties to CCW Protocol II (as amended on 3 May 1996) met.')).toEqual([
      ['CCW Protocol II (as amended on 3 May 1996)', 'ccw-ap2', null],
    ])
  })
})

const APMBT_TITLE =
  'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction'

describe('a nickname followed by the full title', () => {
  it('is one mention spanning both', () => {
    expect(
      cite(
        `Peru joined the Ottawa Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction in 1998.`,
      ),
    ).toEqual([[`Ottawa Convention ${APMBT_TITLE.slice('Convention '.length)}`, 'apmbt', null]])
    expect(
      cite(
        'Experts of CCW Protocol II on Prohibitions and Restrictions on the Use of Mines, Booby-Traps and Other Devices (as amended on 3 May 1996) met in April.',
      ),
    ).toEqual([
      [
        'CCW Protocol II on Prohibitions and Restrictions on the Use of Mines, Booby-Traps and Other Devices (as amended on 3 May 1996)',
        'ccw-ap2',
        null,
      ],
    ])
  })

  it('reads a protocol\'s number between "Protocol" and the rest of its title', () => {
    expect(
      cite(
        'Since 1980, CCW Protocol III on Prohibitions or Restrictions on the Use of Incendiary Weapons has applied.',
      ),
    ).toEqual([
      [
        'CCW Protocol III on Prohibitions or Restrictions on the Use of Incendiary Weapons',
        'ccw-p3',
        null,
      ],
    ])
    expect(cite('CCW Protocol III on the agenda again.')).toEqual([
      ['CCW Protocol III', 'ccw-p3', null],
    ])
  })

  it('keeps the nickname alone when the words after it are no title of it', () => {
    expect(cite('The Ottawa Convention on its tenth anniversary drew crowds.')).toEqual([
      ['Ottawa Convention', 'apmbt', null],
    ])
    expect(
      cite('The Ottawa Convention on the Prohibition of Chemical Weapons is no title.'),
    ).toEqual([['Ottawa Convention', 'apmbt', null]])
  })

  it("spans nickname and title for any nickname ending in the title's first word (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Ottawa Convention',
          'Mine Ban Convention',
          'Anti-Personnel Mine Ban Convention',
        ),
        fc.constantFrom(
          (t: string) => t,
          (t: string) => t.toUpperCase(),
        ),
        fc.constantFrom(
          ['The ', ' binds 164 States.'],
          ['(', ')'],
          ['Under the ', ', Article 5 applies.'],
        ),
        (nickname, casing, [before, after]) => {
          const name = casing(`${nickname} ${APMBT_TITLE.slice('Convention '.length)}`)
          expect(cite(`${before}${name}${after}`).slice(0, 1)).toEqual([[name, 'apmbt', null]])
          expect(cite(`${before}${casing(nickname)} on the agenda${after}`)[0]).toEqual([
            casing(nickname),
            'apmbt',
            null,
          ])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('"UN" or "United Nations" before a name', () => {
  it("stays out of the name's span (the samples' convention), but inside a pinpoint's", () => {
    expect(
      cite(
        'The UN Arms Trade Treaty and the United Nations Arms Trade Treaty differ in words only.',
      ),
    ).toEqual([
      ['Arms Trade Treaty', 'att', null],
      ['Arms Trade Treaty', 'att', null],
    ])
    // A pinpoint "of the UN …" is one citation from the article on (it was no citation at all).
    expect(cite('Article 7 of the UN Arms Trade Treaty sets criteria.')).toEqual([
      ['Article 7 of the UN Arms Trade Treaty', 'att', '7'],
    ])
    expect(cite('The U.N. Convention on Certain Conventional Weapons met.')).toEqual([
      ['Convention on Certain Conventional Weapons', 'ccw', null],
    ])
  })

  it('is not read as part of anything when it ends a sentence or another word', () => {
    expect(cite('They met at the UN. Arms Trade Treaty parties spoke.')).toEqual([
      ['Arms Trade Treaty', 'att', null],
    ])
    expect(cite('No FUN Arms Trade Treaty here.')).toEqual([['Arms Trade Treaty', 'att', null]])
  })

  it('lets a pinpoint reach any registry name after it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('UN', 'U.N.', 'United Nations', 'UNITED NATIONS'),
        fc.constantFrom(
          ['Arms Trade Treaty', 'att'],
          ['Convention on Cluster Munitions', 'ccm'],
          ['Chemical Weapons Convention', 'cwc'],
          ['Treaty on the Prohibition of Nuclear Weapons', 'tpnw'],
        ),
        fc.constantFrom(['The ', ' was cited.'], ['(see the ', ')'], ['', ', they said.']),
        (prefix, [name, id], [before, after]) => {
          expect(cite(`${before}${prefix} ${name}${after}`)).toEqual([[name, id, null]])
          expect(cite(`${before}Article 2 of the ${prefix} ${name}${after}`)).toEqual([
            [`Article 2 of the ${prefix} ${name}`, id, '2'],
          ])
        },
      ),
      { numRuns: 80 },
    )
  })
})

describe('"Nuclear-Test-Ban Treaty" written with hyphens', () => {
  it('is the CTBT, the spelling of its title, also in a headline in capitals', () => {
    expect(cite('MINISTERS URGE ENTRY INTO FORCE OF NUCLEAR-TEST-BAN TREATY')).toEqual([
      ['NUCLEAR-TEST-BAN TREATY', 'ctbt', null],
    ])
    expect(
      cite('The Partial Test Ban Treaty is old; the Nuclear-Test-Ban Treaty is not in force.'),
    ).toEqual([
      ['Partial Test Ban Treaty', 'pts', null],
      ['Nuclear-Test-Ban Treaty', 'ctbt', null],
    ])
  })

  it('leaves the bare name without hyphens to the registry (the 1963 treaty by default)', () => {
    expect(cite('The Nuclear Test Ban Treaty was signed in Moscow.')).toEqual([
      ['Nuclear Test Ban Treaty', 'pts', null],
    ])
    expect(cite('The Nuclear Test-Ban Treaty was signed in Moscow.')).toEqual([
      ['Nuclear Test-Ban Treaty', 'pts', null],
    ])
  })

  it('is the CTBT in any case and after any context (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Nuclear-Test-Ban Treaty',
          'NUCLEAR-TEST-BAN TREATY',
          'Nuclear-Test-Ban treaty',
        ),
        fc.constantFrom(
          '',
          'The PTBT of 1963 came first. ',
          'The Partial Test Ban Treaty came first. ',
        ),
        (name, context) => {
          const found = cite(`${context}Calls to bring the ${name} into force grew.`)
          expect(found.at(-1)).toEqual([name, 'ctbt', null])
        },
      ),
      { numRuns: 30 },
    )
  })
})

describe("an article heading that gives the article's title", () => {
  it('is the article of the instrument whose article has that title', () => {
    expect(
      cite(
        'Our note on the Convention on Cluster Munitions.\n\nLessons from the Mine Ban Treaty\n\nArticle 21: Relations with States Not Party to the Convention\n\nText follows.',
      ),
    ).toEqual([
      ['Convention on Cluster Munitions', 'ccm', null],
      ['Mine Ban Treaty', 'apmbt', null],
      ['Article 21', 'ccm', '21'],
    ])
  })

  it('leaves a heading whose title fits neither to the usual order', () => {
    expect(
      cite(
        'Our note on the Convention on Cluster Munitions.\n\nLessons from the Mine Ban Treaty\n\nArticle 21: Our reading\n\nText follows.',
      ),
    ).toEqual([
      ['Convention on Cluster Munitions', 'ccm', null],
      ['Mine Ban Treaty', 'apmbt', null],
      ['Article 21', 'apmbt', '21'],
    ])
  })

  it('picks the instrument whose title the heading gives (property)', () => {
    const ccm = getInstrument('ccm')!.articles!
    const apmbt = getInstrument('apmbt')!.articles!
    const differing = ccm
      .map((article, i) => [i + 1, article.title!, apmbt[i]?.title] as const)
      .filter(([, a, b]) => typeof b === 'string' && a.split(' ')[0] !== b.split(' ')[0])
    fc.assert(
      fc.property(
        fc.constantFrom(...differing),
        fc.constantFrom(': ', ' \u2013 ', '. ', ' - '),
        fc.boolean(),
        ([n, ccmTitle, apmbtTitle], separator, second) => {
          const [id, title] = second ? ['apmbt', apmbtTitle!] : ['ccm', ccmTitle]
          const order = second
            ? 'On the Mine Ban Treaty.\n\nLessons from the Convention on Cluster Munitions'
            : 'On the Convention on Cluster Munitions.\n\nLessons from the Mine Ban Treaty'
          const found = cite(`${order}\n\nArticle ${n}${separator}${title}\n\nText.`)
          expect(found.at(-1)).toEqual([`Article ${n}`, id, String(n)])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('misc9: a body named after an article, a description before a title, a range in one bracket', () => {
  it('cites nothing for a committee or conferences named after an article', () => {
    expect(
      cite(
        'Under the Ottawa Convention, requests go to the Committee on Article 5 Implementation first.',
      ),
    ).toEqual([['Ottawa Convention', 'apmbt', null]])
    expect(
      cite(
        'The CTBT is not in force. Its Article XIV conferences meet; the Article XIV Conferences ended.',
      ),
    ).toEqual([['CTBT', 'ctbt', null]])
    // An article with its instrument stays a citation; so does "Article XIV" before "the Conference".
    expect(cite('The CTBT matters: under Article XIV the Conference decided.')).toEqual([
      ['CTBT', 'ctbt', null],
      ['Article XIV', 'ctbt', '14'],
    ])
  })

  it('leaves a lower-case word before a title outside the span', () => {
    expect(cite('She said the nuclear Non-Proliferation Treaty was under strain.')).toEqual([
      ['Non-Proliferation Treaty', 'npt', null],
    ])
    expect(cite('The Nuclear Non-Proliferation Treaty was extended.')).toEqual([
      ['Nuclear Non-Proliferation Treaty', 'npt', null],
    ])
    expect(cite('the 1997 antipersonnel mine ban treaty holds')).toEqual([
      ['antipersonnel mine ban treaty', 'apmbt', null],
    ])
  })

  it('reads a range of subparagraphs in one bracket, with or without a space before it', () => {
    const full = (text: string) =>
      extract(text, { kinds: ['citations'] }).citations.map((c) => [
        c.text,
        c.article,
        c.paragraph,
        c.subparagraph,
      ])
    expect(full('Of the Arms Trade Treaty, Article 17(4) (a-g) lists the tasks.')[1]).toEqual([
      'Article 17(4) (a-g)',
      '17',
      '4',
      'a-g',
    ])
    expect(full('Of the Arms Trade Treaty, Article 7(1)(a–c) applies.')[1]).toEqual([
      'Article 7(1)(a–c)',
      '7',
      '1',
      'a-c',
    ])
  })

  it('reads "Article 6&7", an ampersand without spaces, as two articles', () => {
    expect(cite('The TPNW asks for it. States report on Article 6&7 each year.')).toEqual([
      ['TPNW', 'tpnw', null],
      ['Article 6', 'tpnw', '6'],
      ['7', 'tpnw', '7'],
    ])
  })

  it('property: "Article a&b" is two articles for any two numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 11, max: 20 }), (a, b) => {
        expect(cite(`The TPNW asks. See Article ${a}&${b} now.`).slice(1)).toEqual([
          [`Article ${a}`, 'tpnw', String(a)],
          [String(b), 'tpnw', String(b)],
        ])
      }),
    )
  })

  it('property: any committee or conferences named after any article cite no article', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Article 5', 'Article XIV', 'Article 7', 'article 9'),
        fc.constantFrom(
          ['the Committee on ', ' Implementation'],
          ['the Working Group on ', ' Compliance'],
          ['the ', ' conferences'],
          ['the ', ' Conferences'],
        ),
        (article, [before, after]) => {
          const text = `The Mine Ban Treaty applies. Then ${before}${article}${after} met.`
          expect(cite(text)).toEqual([['Mine Ban Treaty', 'apmbt', null]])
        },
      ),
    )
  })

  it('property: a lower-case description before a title is outside the span', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nuclear', 'landmark', 'historic', 'key'),
        fc.constantFrom(
          ['Non-Proliferation Treaty', 'npt'],
          ['Arms Trade Treaty', 'att'],
          ['Mine Ban Treaty', 'apmbt'],
        ),
        (word, [title, id]) => {
          expect(cite(`They praised the ${word} ${title} today.`)).toEqual([[title, id, null]])
        },
      ),
    )
  })
})

describe('an ambiguous name read before any instrument is named (misc13)', () => {
  it('is what the whole text names most: a headline above CTBT prose', () => {
    expect(
      cite(
        'Capital Weighs Leaving Nuclear Test-Ban Treaty\n\nDelegates discussed the CTBT. The Comprehensive Nuclear-Test-Ban Treaty has no force yet.',
      ),
    ).toEqual([
      ['Nuclear Test-Ban Treaty', 'ctbt', null],
      ['CTBT', 'ctbt', null],
      ['Comprehensive Nuclear-Test-Ban Treaty', 'ctbt', null],
    ])
  })

  it('keeps its default when the text names nothing that decides', () => {
    expect(cite('The Nuclear Test Ban Treaty of the sixties\n\nThe NPT came later.')).toEqual([
      ['Nuclear Test Ban Treaty', 'pts', null],
      ['NPT', 'npt', null],
    ])
  })

  it('is a CCW protocol above CCW prose, for any heading word', () => {
    fc.assert(
      fc.property(fc.constantFrom('Notes on', 'Review of', 'Report:'), (head) => {
        const text = `${head} Protocol II\n\nThe CCW met. The CCW adopted a report.`
        expect(cite(text)[0]).toEqual(['Protocol II', 'ccw-p2', null])
      }),
      { numRuns: 10 },
    )
  })
})

describe('a title without its closing "and on their Destruction" (misc13)', () => {
  it('is the Mine Ban Treaty, the CWC and the BWC', () => {
    const titles: Array<[string, string]> = [
      [
        'apmbt',
        'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines',
      ],
      [
        'cwc',
        'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons',
      ],
      [
        'bwc',
        'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons',
      ],
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.constantFrom('.', ' entered into force.', ', as amended.'),
        ([id, title], tail) => {
          expect(cite(`Parties to the ${title}${tail}`)).toEqual([[title, id, null]])
          // The whole title is one mention still.
          expect(cite(`The ${title} and on their Destruction${tail}`)).toEqual([
            [`${title} and on their Destruction`, id, null],
          ])
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('a treaty, a dash between spaces, then a protocol (misc13)', () => {
  it('is two mentions, as with a comma', () => {
    fc.assert(
      fc.property(fc.constantFrom(' – ', ' - ', ' — '), fc.constantFrom('IV', 'V'), (dash, n) => {
        const text = `Convention on Certain Conventional Weapons${dash}Protocol ${n}`
        expect(cite(text)).toEqual([
          ['Convention on Certain Conventional Weapons', 'ccw', null],
          [`Protocol ${n}`, `ccw-p${n === 'IV' ? 4 : 5}`, null],
        ])
      }),
      { numRuns: 12 },
    )
  })

  it('stays one mention with a space alone', () => {
    expect(cite('the Convention on Certain Conventional Weapons Protocol V')).toEqual([
      ['Convention on Certain Conventional Weapons Protocol V', 'ccw-p5', null],
    ])
  })
})

describe("the CCW's full title as its own papers print it", () => {
  it('without the second "to", across line breaks, is one citation', () => {
    const title =
      'Convention on Prohibitions or\nRestrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be\nExcessively Injurious or Have Indiscriminate Effects'
    expect(cite(`The High Contracting Parties to the ${title} (CCW) met in Geneva.`)).toEqual([
      [title, 'ccw', null],
      ['CCW', 'ccw', null],
    ])
  })
})
