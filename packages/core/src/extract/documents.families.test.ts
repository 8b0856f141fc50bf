/**
 * Families of document symbols met on real treaty-meeting pages (extract5-era dev set, issue 8),
 * each in example sentences of our own: suffix chains whose last suffix has no number, a last
 * component of another type than the listed ones ("CONF.3"), series glued to the word before by a
 * web page's table, the General Assembly's resolutions cited in prose, a review conference
 * written without its dot, a Council resolution glued to the word before it or written with its
 * year after a slash, an Assembly resolution "by its resolution", a short symbol in brackets.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocumentSymbol } from '../symbols/parse.js'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => `${d.text}=${d.symbol}`)

describe('suffix chains with and without numbers', () => {
  it('keeps a lone "Corr" (or "Rev", "Add") as the last suffix, without a number', () => {
    expect(docs('The budget fix is in ATT/CSP9/2023/WP.4/Rev.1/Corr, issued late.')).toEqual([
      'ATT/CSP9/2023/WP.4/Rev.1/Corr=ATT/CSP9/2023/WP.4/Rev.1/Corr',
    ])
    const parsed = parseDocumentSymbol('ATT/CSP9/2023/WP.4/Rev.1/corr')
    expect(parsed.ok && parsed.value.symbol).toBe('ATT/CSP9/2023/WP.4/Rev.1/Corr')
    expect(parsed.ok && parsed.value.suffixes).toEqual([
      { kind: 'Rev', number: '1' },
      { kind: 'Corr', number: null },
    ])
  })

  it('property: any chain of Add./Rev./Corr./Amend. that opens with a number is one document', () => {
    const kind = fc.constantFrom('Add', 'Rev', 'Corr', 'Amend')
    const suffix = fc.tuple(kind, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }))
    const first = fc.tuple(kind, fc.integer({ min: 1, max: 12 }))
    fc.assert(
      fc.property(
        fc.constantFrom('CCW/MSP/2031/WP.2', 'A/C.1/85/L.17', 'BWC/WG/9/CRP.1', 'TPNW/MSP/2029/4'),
        first,
        fc.array(suffix, { maxLength: 2 }),
        fc.constantFrom(['See ', '.'], ['(', ')'], ['document ', ', as']),
        (base, opening, rest, [before, after]) => {
          const chain = [opening, ...rest]
          const symbol = [base, ...chain.map(([k, n]) => (n === undefined ? k : `${k}.${n}`))].join(
            '/',
          )
          const result = extract(`${before}${symbol}${after}`, { kinds: ['documents'] })
          expect(result.documents.map((d) => [d.start, d.symbol])).toEqual([
            [before.length, symbol],
          ])
          const parsed = parseDocumentSymbol(symbol)
          expect(parsed.ok && parsed.value.suffixes.map((s) => s.number)).toEqual(
            chain.map(([, n]) => (n === undefined ? null : String(n))),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('a symbol cut short', () => {
  it('warns about a first suffix without its number, and links nothing', () => {
    for (const symbol of ['A/C.1/85/L.17/Rev', 'CCW/MSP/2031/4/Add', 'S/2031/77/Corr']) {
      const result = extract(`See ${symbol}, not yet out.`, { kinds: ['documents'] })
      expect(result.documents).toEqual([])
      expect(result.diagnostics.map((d) => [d.ruleId, d.start, d.end])).toEqual([
        ['invalid-document-symbol', 4, 4 + symbol.length],
      ])
    }
    const parsed = parseDocumentSymbol('A/85/9/Add')
    expect(parsed.ok).toBe(false)
  })
})

describe('a last component of another type', () => {
  it('reads "CONF.3" as the number after a body and a subsidiary', () => {
    expect(docs('Its directive (ATT/CSP2/CONF.5) set up the fund.')).toEqual([
      'ATT/CSP2/CONF.5=ATT/CSP2/CONF.5',
    ])
  })

  it('leaves the two-part name of a meeting alone', () => {
    expect(docs('Delegates at CCW/MSP.9 met in Geneva.')).toEqual([])
  })
})

describe('a series glued to the word before it', () => {
  it('after a lower-case word, a full stop or a run of capitals', () => {
    expect(docs('Draft notesATT/CSP11/2025/WP.3\nAnnex.ATT/CSP11/2025/WP.4')).toEqual([
      'ATT/CSP11/2025/WP.3=ATT/CSP11/2025/WP.3',
      'ATT/CSP11/2025/WP.4=ATT/CSP11/2025/WP.4',
    ])
    expect(docs('Work plan of the WGTRATT/CSP11.WGTR/2025/CHAIR/901/Plan')).toEqual([
      'ATT/CSP11.WGTR/2025/CHAIR/901/Plan=ATT/CSP11.WGTR/2025/CHAIR/901/Plan',
    ])
  })

  it('not inside a web address or a longer word', () => {
    expect(docs('see docs.un.org/en/A/RES/80/2 and www.example.org/CCW/MSP/2031/1')).toEqual([])
    expect(docs('the XATT/CSP11/2025/WP.3 draft')).toEqual([])
  })
})

describe('a word glued after the number', () => {
  it('ends the symbol at the number', () => {
    expect(docs('Final document CCW/CONF.VII/9httpAssets and A/80/1and the rest.')).toEqual([
      'CCW/CONF.VII/9=CCW/CONF.VII/9',
      'A/80/1=A/80/1',
    ])
  })

  it('property: a lower-case word after any number or typed number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'A/80/1',
          'A/C.1/80/L.17',
          'CCW/MSP/2031/4',
          'GA/DIS/3800',
          'BWC/WG/9/WP.2',
        ),
        fc.constantFrom('and', 'the', 'httpAssets', 'was', 'of'),
        (symbol, word) => {
          expect(docs(`See ${symbol}${word} here.`)).toEqual([`${symbol}=${symbol}`])
        },
      ),
      { numRuns: 100 },
    )
  })

  it('leaves components that go on in capitals', () => {
    expect(docs('ATT/CSP11.WGTU/2025/CHAIR/900/DrAgenda')).toEqual([
      'ATT/CSP11.WGTU/2025/CHAIR/900/DrAgenda=ATT/CSP11.WGTU/2025/CHAIR/900/DrAgenda',
    ])
  })
})

describe('General Assembly resolutions cited in prose', () => {
  it('reads the Assembly "in its resolution" and "in resolution"', () => {
    expect(
      docs('The General Assembly, in its resolution 79/61 of 2 December, asked for it.'),
    ).toEqual(['79/61=A/RES/79/61'])
    expect(docs('The Assembly, in resolution 78/25, renewed the mandate.')).toEqual([
      '78/25=A/RES/78/25',
    ])
  })

  it('reads the abbreviations UNGA, GA and "res."', () => {
    expect(docs('UNGA resolution 80/12 and GA res. 79/3 were cited.')).toEqual([
      '80/12=A/RES/80/12',
      '79/3=A/RES/79/3',
    ])
    expect(docs('Council res. 2397 (2017) tightened it.')).toEqual([
      '2397 (2017)=S/RES/2397 (2017)',
    ])
    expect(docs('MEGA resolution 7/1 and the measures. 1540 (2004) are not.')).toEqual([])
  })

  it('leaves other bodies\u2019 resolutions and fractions alone', () => {
    expect(docs('The Human Rights Council resolution 47/23 differs.')).toEqual([])
    expect(docs('The Assembly met 24/7 in its final week.')).toEqual([])
  })
})

describe('a review conference without its dot', () => {
  it('is no document but a warning', () => {
    const result = extract('Issued as NPT/CONF2030/PC.I/WP.3 in May.', { kinds: ['documents'] })
    expect(result.documents).toEqual([])
    expect(result.diagnostics.map((d) => [d.ruleId, d.message.includes('CONF.2030')])).toEqual([
      ['invalid-document-symbol', true],
    ])
  })
})

describe('General Assembly resolutions of its first thirty sessions (session in roman numerals)', () => {
  it('are documents A/RES/n(session), alone and in lists', () => {
    expect(
      docs(
        'The mandate of resolution 2028 (XX) was recalled in resolutions 1665 (XVI) and 2153(XXI).',
      ),
    ).toEqual([
      '2028 (XX)=A/RES/2028(XX)',
      '1665 (XVI)=A/RES/1665(XVI)',
      '2153(XXI)=A/RES/2153(XXI)',
    ])
    expect(docs('Security Council resolution 1540 (2004) stands apart.')).toEqual([
      '1540 (2004)=S/RES/1540 (2004)',
    ])
  })

  it('parse, with the session, and link to the Official Document System', () => {
    const parsed = parseDocumentSymbol('A/RES/1653 (XVI)')
    expect(parsed.ok && parsed.value).toMatchObject({
      symbol: 'A/RES/1653(XVI)',
      type: 'RES',
      session: 'XVI',
      number: '1653',
      year: null,
    })
    expect(parseDocumentSymbol('S/RES/1653(XVI)').ok).toBe(false)
  })

  it('property: "resolution N (roman)" is A/RES/N(roman); "resolution N (year)" the Council\'s', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3540 }),
        fc.constantFrom('I', 'V', 'XII', 'XVI', 'XX', 'XXIX', '2004', '1996'),
        fc.constantFrom('', ' '),
        (n, bracket, space) => {
          const symbol = /^\d/.test(bracket) ? `S/RES/${n} (${bracket})` : `A/RES/${n}(${bracket})`
          expect(docs(`As set out in resolution ${n}${space}(${bracket}), states agreed.`)).toEqual(
            [`${n}${space}(${bracket})=${symbol}`],
          )
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('a Security Council resolution glued to the word before it', () => {
  it('is found when its number has a bracketed year', () => {
    expect(
      docs(
        'The Council referred toresolution 1737 (2006) and theresolutions 1718 (2006) and 1874 (2009).',
      ),
    ).toEqual([
      '1737 (2006)=S/RES/1737 (2006)',
      '1718 (2006)=S/RES/1718 (2006)',
      '1874 (2009)=S/RES/1874 (2009)',
    ])
    expect(docs('Reports underUNSCR 1540 (2004) are due.')).toEqual([
      '1540 (2004)=S/RES/1540 (2004)',
    ])
  })

  it('is not a number after another word ending in "res." or without a year', () => {
    expect(docs('Among the measures. 12 (2004) and figures. 2 (2019) remain.')).toEqual([])
    expect(docs('A clear toresolution 12 of the dispute.')).toEqual([])
  })

  it('property: any lower-case word glued before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('to', 'the', 'under', 'in', 'of', 'by'),
        fc.constantFrom('resolution', 'resolutions', 'UNSCR'),
        fc.integer({ min: 1, max: 2800 }),
        fc.integer({ min: 1946, max: 2030 }),
        (word, label, number, year) => {
          const span = `${number} (${year})`
          expect(docs(`As agreed, ${word}${label} ${span} stands.`)).toEqual([
            `${span}=S/RES/${number} (${year})`,
          ])
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('a Security Council resolution with its year after a slash', () => {
  it('is read in a text that names the Council', () => {
    expect(
      docs('The Security Council met. Resolution 2310/2016 passed; see resolution 2118/2013.'),
    ).toEqual(['2310/2016=S/RES/2310 (2016)', '2118/2013=S/RES/2118 (2013)'])
  })

  it('is not read elsewhere, nor a two-digit session', () => {
    expect(docs('The agency issued Resolution 357/2005 on water.')).toEqual([])
    expect(docs('The Security Council met; Resolution 75/2020 is no symbol.')).toEqual([])
  })

  it('property: any number of three or four digits and any year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2999 }),
        fc.integer({ min: 1946, max: 2030 }),
        fc.constantFrom('Resolution', 'resolution', 'RESOLUTION'),
        (number, year, word) => {
          expect(docs(`The Security Council adopted ${word} ${number}/${year}.`)).toEqual([
            `${number}/${year}=S/RES/${number} (${year})`,
          ])
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('the General Assembly "by its resolution"', () => {
  it("is the Assembly's resolution", () => {
    expect(
      docs('The treaty, adopted by the General Assembly by its resolution 50/245, opened.'),
    ).toEqual(['50/245=A/RES/50/245'])
  })
})

describe('a short symbol alone in round brackets', () => {
  it('is a document when its number has four digits or more', () => {
    expect(
      docs('the statement of its President (S/23500), and the note (S/23500, para. 2).'),
    ).toEqual(['S/23500=S/23500', 'S/23500=S/23500'])
  })

  it('is not one with a short number, inside a sentence or without brackets', () => {
    expect(docs('(A/12) and see S/23500 and (S/23500 of 1992)')).toEqual([])
  })

  it('property: any known body and number in brackets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('S', 'A', 'E'),
        fc.integer({ min: 1000, max: 99999 }),
        fc.constantFrom(')', ', annex)', '; para. 4)'),
        (body, number, close) => {
          expect(docs(`As recalled (${body}/${number}${close} above.`)).toEqual([
            `${body}/${number}=${body}/${number}`,
          ])
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe("the Assembly's own resolutions recalled by number in a resolution's preamble", () => {
  it('reads "its resolutions" and the list after it, the number as the span', () => {
    expect(
      docs(
        'The General Assembly,\n\nRecalling its resolutions 61/12 of 4 December 2006, 66/31 of 2 December\n2011 and 68/40 of 5 December 2013 on the Protocol,',
      ),
    ).toEqual(['61/12=A/RES/61/12', '66/31=A/RES/66/31', '68/40=A/RES/68/40'])
    expect(docs('The Assembly adopted it. Recalling also its resolution 74/9,')).toEqual([
      '74/9=A/RES/74/9',
    ])
    expect(
      docs('The Assembly recalled its resolutions 62/11 of 1 May 2007 on the Protocol and 64/2.'),
    ).toEqual(['62/11=A/RES/62/11', '64/2=A/RES/64/2'])
    expect(docs('Status of the Protocol, G.A. res. 52/17, U.N. GAOR Supp.')).toEqual([
      '52/17=A/RES/52/17',
    ])
    expect(docs('General Assembly resolutions 63/71 and 70/54 welcomed it.')).toEqual([
      '63/71=A/RES/63/71',
      '70/54=A/RES/70/54',
    ])
  })

  it('reads "By resolution 65/92, …, the General Assembly": the sentence names the Assembly next', () => {
    expect(
      docs(
        '2. By resolution 64/21, adopted without a vote on 2 December 2009, the General Assembly noted it.',
      ),
    ).toEqual(['64/21=A/RES/64/21'])
    expect(docs('Under resolution 70/28, the Assembly asked for a report.')).toEqual([
      '70/28=A/RES/70/28',
    ])
    expect(
      docs(
        'The General Assembly met. In resolution 7/12 of the Human Rights Council, it was said.',
      ),
    ).toEqual([])
    expect(docs('The Council, by resolution 7/12, decided. The Assembly agreed later.')).toEqual([])
    expect(docs('In 2/47 cases. By 2019, 12/3 were done by the Assembly.')).toEqual([])
  })

  it('property: "By/Under/In resolution N/M" is the Assembly\'s when the sentence names it next, else none', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('By', 'Under', 'In'),
        fc.constantFrom('the General Assembly', 'the Human Rights Council'),
        (session, number, lead, body) => {
          const found = docs(
            `${lead} resolution ${session}/${number}, adopted in May, ${body} acted.`,
          )
          expect(found).toEqual(
            body.endsWith('Assembly') ? [`${session}/${number}=A/RES/${session}/${number}`] : [],
          )
        },
      ),
    )
  })

  it("leaves a council's own, a lettered series, headings and fractions alone", () => {
    expect(
      docs('The Human Rights Council,\nRecalling its resolutions 5/1 and 5/2 of 18 June 2007,'),
    ).toEqual([])
    expect(docs('The Assembly, recalling its resolutions 34/83 A of 11 December 1979,')).toEqual([])
    expect(docs('Recalling its resolution 12/3 of 1 May 2020,')).toEqual([])
    expect(
      docs('The General Assembly\n72/54. Implementation of the Convention\nSee page 2/47.'),
    ).toEqual([])
    expect(
      docs('The General Assembly recalled its resolution 71/45; 3/4 of the States agreed.'),
    ).toEqual(['71/45=A/RES/71/45'])
  })

  it('property: a list of any length after "The General Assembly, … its resolutions" is read whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 300 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.constantFrom(', ', ' and ', ', and ', ',\n'), { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (list, seps, dated) => {
          const body = list
            .map(([s, n], i) => `${i ? seps[i] : ''}${s}/${n}${dated ? ' of 3 December 2019' : ''}`)
            .join('')
          expect(docs(`The General Assembly,\nRecalling its resolutions ${body},\nNoting`)).toEqual(
            list.map(([s, n]) => `${s}/${n}=A/RES/${s}/${n}`),
          )
        },
      ),
    )
  })
})

describe('a part of a document named after its symbol with a hyphen (misc10)', () => {
  it('ends the symbol at the number: "-Annex III", "-Appendix"', () => {
    expect(
      docs('The list is in APLC/MSP.20/2022/7-Annex II, and in CCM/MSP/2021/4-Appendix.'),
    ).toEqual(['APLC/MSP.20/2022/7=APLC/MSP.20/2022/7', 'CCM/MSP/2021/4=CCM/MSP/2021/4'])
    // A session written with a hyphen stays inside the symbol.
    expect(docs('See CCW/GGE/2008-V/WP.1.')).toEqual(['CCW/GGE/2008-V/WP.1=CCW/GGE/2008-V/WP.1'])
  })

  it('property: any symbol followed by a hyphen and a word in sentence case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CCW/MSP/2019', 'ATT/CSP8/2022', 'BWC/MSP/2020'),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('Annex', 'Appendix', 'Attachment'),
        (series, n, part) => {
          expect(docs(`Read ${series}/${n}-${part} I first.`)).toEqual([
            `${series}/${n}=${series}/${n}`,
          ])
        },
      ),
    )
  })
})

describe('a Council resolution with its year after a hyphen (misc10)', () => {
  it('is read in a text that names the Security Council, as the slash form is', () => {
    expect(docs('The Security Council adopted it as resolution 2401-2018 that day.')).toEqual([
      '2401-2018=S/RES/2401 (2018)',
    ])
    expect(docs('The board adopted it as resolution 2401-2018 that day.')).toEqual([])
  })

  it('leaves another body\'s "Commission on Human Rights resolution 1996/85" alone', () => {
    expect(docs('Recalling Commission on Human Rights resolution 1996/85 of April 1996,')).toEqual(
      [],
    )
  })
})

describe('the CTBT series printed with spaces around its dash (misc13)', () => {
  it('is the document, its span as printed, and no article citation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(' – ', ' - ', '- ', '– '),
        fc.integer({ min: 1999, max: 2031 }),
        fc.integer({ min: 1, max: 12 }),
        (dash, year, n) => {
          const printed = `CTBT${dash}Art.XIV/${year}/${n}`
          const result = extract(`Background paper ${printed} of the Conference.`)
          expect(result.documents.map((d) => [d.text, d.symbol])).toEqual([
            [printed, `CTBT-Art.XIV/${year}/${n}`],
          ])
          expect(result.citations.filter((c) => c.article !== null)).toEqual([])
        },
      ),
      { numRuns: 40 },
    )
  })

  it('needs the series before it', () => {
    expect(docs('The paper Art.XIV/2003/3 was late.')).toEqual([])
  })
})

describe('a Council resolution whose number stands before "and" without its year', () => {
  it('reads the second, which has its year', () => {
    expect(docs('The Council reaffirmed resolution 1718 and 2094 (2013) in full.')).toEqual([
      '2094 (2013)=S/RES/2094 (2013)',
    ])
    expect(docs('Under resolutions 1718 & 1874 (2009) the panel reports.')).toEqual([
      '1874 (2009)=S/RES/1874 (2009)',
    ])
  })

  it('reads nothing for a bare pair of numbers', () => {
    expect(docs('Paragraphs 4 and 7 (2013) and resolution 1718 and 2094 were cited.')).toEqual([])
  })
})

describe('the CTBT series of the States Signatories and the Preparatory Commission', () => {
  it('is a document, beside the Article XIV series', () => {
    expect(
      docs('Signatories adopted CTBT/MSS/RES/1; the Commission then took up CTBT/PC/I/4/Rev.2.'),
    ).toEqual(['CTBT/MSS/RES/1=CTBT/MSS/RES/1', 'CTBT/PC/I/4/Rev.2=CTBT/PC/I/4/Rev.2'])
  })

  it('needs a number: "CTBT/NPT" and "CTBT/IMS" are no documents', () => {
    expect(docs('The CTBT/NPT link and the CTBT/IMS stations were discussed.')).toEqual([])
  })
})
