import { describe, expect, it } from 'vitest'
import type { Citation, Diagnostic, ExtractOptions } from '../models/extraction.js'
import { extractCitations } from './citations.js'

/** Citations as compact tuples: [text, treaty, article, paragraph]. */
function cite(
  text: string,
  options: ExtractOptions = {},
): Array<[string, string, string | null, string | null]> {
  return run(text, options).citations.map((c) => [c.text, c.treaty, c.article, c.paragraph])
}

function run(
  text: string,
  options: ExtractOptions = {},
): { citations: Citation[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const citations = extractCitations(text, options, diagnostics)
  for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.text)
  return { citations, diagnostics }
}

describe('extractCitations: names', () => {
  it('finds every mention by name, short name and abbreviation (meeting coverage style)', () => {
    const text =
      'At the annual meeting of the High Contracting Parties to the CCW, delegates urged wider adherence ' +
      'to CCW Protocol V and to Amended Protocol II. Ecuador asked all States to join the Convention on ' +
      'Certain Conventional Weapons and the Convention on Cluster Munitions (CCM) without delay.'
    expect(cite(text)).toEqual([
      ['CCW', 'ccw', null, null],
      ['CCW Protocol V', 'ccw-p5', null, null],
      ['Amended Protocol II', 'ccw-ap2', null, null],
      ['Convention on Certain Conventional Weapons', 'ccw', null, null],
      ['Convention on Cluster Munitions', 'ccm', null, null],
      ['CCM', 'ccm', null, null],
    ])
  })

  it('reads "the Programme of Action" as the small arms PoA, in capitals only', () => {
    expect(
      cite('The Meeting of States on the Programme of Action; a programme of action.'),
    ).toEqual([['Programme of Action', 'poa-salw', null, null]])
  })

  it('keeps "UN" and a year out of the span', () => {
    expect(
      cite('the UN Convention on Certain Conventional Weapons and the 1997 Mine Ban Treaty'),
    ).toEqual([
      ['Convention on Certain Conventional Weapons', 'ccw', null, null],
      ['Mine Ban Treaty', 'apmbt', null, null],
    ])
  })

  it('keeps a leading year out of the span but uses it to pick the instrument', () => {
    expect(
      cite('At the CCW, the 1980 Protocol II and the 1925 Geneva Protocol were cited.'),
    ).toEqual([
      ['CCW', 'ccw', null, null],
      ['Protocol II', 'ccw-p2', null, null],
      ['Geneva Protocol', 'geneva-protocol-1925', null, null],
    ])
    expect(
      cite('Under the Geneva Conventions, the 1980 Protocol II is another matter.').at(-1),
    ).toEqual(['Protocol II', 'ccw-p2', null, null])
  })

  it('keeps a possessive out of the span', () => {
    expect(
      cite("Observers doubted the CCW's protocols would help; the CCM’s rules are stricter."),
    ).toEqual([
      ['CCW', 'ccw', null, null],
      ['CCM', 'ccm', null, null],
    ])
  })

  it('matches names across a line break and with or without hyphens', () => {
    expect(
      cite('the Anti-Personnel\nMine Ban Convention and the Antipersonnel Mine Ban Convention'),
    ).toEqual([
      ['Anti-Personnel\nMine Ban Convention', 'apmbt', null, null],
      ['Antipersonnel Mine Ban Convention', 'apmbt', null, null],
    ])
  })

  it('respects word boundaries and the case of abbreviations', () => {
    expect(cite('NCCW, CCWs, ccw and the CCM-related talks')).toEqual([['CCM', 'ccm', null, null]])
  })

  it('does not take a description in lower case for the instrument', () => {
    expect(cite('Talks on an arms trade treaty and on a cluster munition treaty went on.')).toEqual(
      [],
    )
    expect(cite('The Arms Trade Treaty and the Cluster Munition Treaty.')).toEqual([
      ['Arms Trade Treaty', 'att', null, null],
      ['Cluster Munition Treaty', 'ccm', null, null],
    ])
  })

  it('does not take processes, organisations or places for instruments', () => {
    const text =
      'Veterans of the Oslo Process and the Ottawa Process met the OPCW, the CTBTO and the ' +
      'Implementation Support Unit in Geneva.'
    expect(cite(text)).toEqual([])
  })

  it('still cites the instrument inside an organisation name', () => {
    expect(cite('the CCW Implementation Support Unit')).toEqual([['CCW', 'ccw', null, null]])
  })

  it('skips names inside document symbols', () => {
    expect(cite('See CCW/MSP/2008/4 and APLC/MSP.9/2008/WP.1 for the CCW report.')).toEqual([
      ['CCW', 'ccw', null, null],
    ])
  })

  it('still cites names joined by a slash in prose', () => {
    expect(cite('the CCW/CCM debate')).toEqual([
      ['CCW', 'ccw', null, null],
      ['CCM', 'ccm', null, null],
    ])
  })

  it('does not cite a bare "the Convention" or "this Treaty"', () => {
    expect(cite('Since the Convention entered into force, this Treaty has been praised.')).toEqual(
      [],
    )
    expect(cite('Since the Convention entered into force.', { instrument: 'ccm' })).toEqual([])
  })

  it('adds the URL of the text, and of the article where the source has one page per article', () => {
    const [name, pinpoint] = run('The CCM, and Article 36 of Additional Protocol I.').citations
    expect(name?.url).toMatch(/^https:\/\//)
    expect(pinpoint?.url).toBe('https://ihl-databases.icrc.org/en/ihl-treaties/api-1977/article-36')
  })
})

describe('extractCitations: pinpoints', () => {
  it('makes a pinpoint and its instrument one span (monitor report style)', () => {
    const text =
      'Under Article 5(1) of the APMBT each State Party must clear mined areas within ten years; ' +
      'fifteen States asked for more time in accordance with article 5(3) of the Convention.'
    expect(cite(text)).toEqual([
      ['Article 5(1) of the APMBT', 'apmbt', '5', '1'],
      ['article 5(3) of the Convention', 'apmbt', '5', '3'],
    ])
  })

  it('resolves an unnamed pinpoint to the instrument the text is about', () => {
    expect(cite('The Mine Ban Treaty review looked at the Article 5 extension requests.')).toEqual([
      ['Mine Ban Treaty', 'apmbt', null, null],
      ['Article 5', 'apmbt', '5', null],
    ])
    expect(cite('Most Article 7 reports arrived on time.', { instrument: 'ccm' })).toEqual([
      ['Article 7', 'ccm', '7', null],
    ])
  })

  it('resolves an unnamed pinpoint to the instrument the text is about, not a passing mention', () => {
    const text =
      'The Arms Trade Treaty (ATT) regulates transfers. The ATT applies to eight categories.\n\n' +
      'Article 6 links the ATT to the Firearms Protocol. Experts agree that Article 6(3) is central.'
    expect(cite(text).at(-1)).toEqual(['Article 6(3)', 'att', '6', '3'])
  })

  it('prefers an instrument named in the same sentence, then in the same paragraph', () => {
    const text =
      'The CCW, the CCW and the CCW again.\n\n' +
      'The Mine Ban Treaty is different. Its Article 5 sets deadlines.\n\n' +
      'Under the Convention on Cluster Munitions, Article 4 requires clearance.'
    expect(cite(text).filter((c) => c[2] !== null)).toEqual([
      ['Article 5', 'apmbt', '5', null],
      ['Article 4', 'ccm', '4', null],
    ])
  })

  it('takes an earlier instrument when the article does not exist in the last one', () => {
    const text =
      'Additional Protocol I binds most States. At the CCW, Article 36 reviews were discussed.'
    expect(cite(text).at(-1)).toEqual(['Article 36', 'ap-1', '36', null])
    // No instrument named has it (the CCW lists its 11 articles): no citation ("Article 36" is
    // also an NGO), but a note that the pinpoint names no instrument.
    const unnamed = run('The CCW. Article 36 was cited.')
    expect(unnamed.citations.map((c) => c.text)).toEqual(['CCW'])
    expect(unnamed.diagnostics.map((d) => d.ruleId)).toEqual(['unresolved-article'])
  })

  it('reports an unnamed pinpoint with no instrument as unresolved, without a citation', () => {
    const { citations, diagnostics } = run('Article 5 matters.')
    expect(citations).toEqual([])
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.start, d.end])).toEqual([
      ['unresolved-article', 'info', 0, 9],
    ])
  })

  it('gives one citation per listed article (treaty text style)', () => {
    const text =
      'Disputes shall be settled in accordance with Articles 8 and 10 of this Convention.'
    expect(cite(text, { instrument: 'apmbt' })).toEqual([
      ['Articles 8', 'apmbt', '8', null],
      ['10 of this Convention', 'apmbt', '10', null],
    ])
    expect(cite('Arts. 1, 2 and 3 of the CCM')).toEqual([
      ['Arts. 1', 'ccm', '1', null],
      ['2', 'ccm', '2', null],
      ['3 of the CCM', 'ccm', '3', null],
    ])
  })

  it('does not read a count after a singular "Article" as another article', () => {
    expect(cite('In the CCM, under Article 7, 12 States reported; Article 3 and 4 too.')).toEqual([
      ['CCM', 'ccm', null, null],
      ['Article 7', 'ccm', '7', null],
      ['Article 3', 'ccm', '3', null],
      ['4', 'ccm', '4', null],
    ])
  })

  it('reads "article 7, paragraph 1" and "paragraph 3 of Article 5"', () => {
    const text =
      'The CCM asks, in article 7, paragraph 1, for reports and, in paragraph 3 of Article 5, for aid.'
    expect(cite(text)).toEqual([
      ['CCM', 'ccm', null, null],
      ['article 7, paragraph 1', 'ccm', '7', '1'],
      ['paragraph 3 of Article 5', 'ccm', '5', '3'],
    ])
  })

  it('reads paragraph lists only after a plural word or with "and"', () => {
    expect(
      cite('The CCM, in Article 7, paragraph 1, 12 States; Article 4, paragraphs 1, 2 and 3.'),
    ).toEqual([
      ['CCM', 'ccm', null, null],
      ['Article 7, paragraph 1', 'ccm', '7', '1'],
      ['Article 4, paragraphs 1', 'ccm', '4', '1'],
      ['2', 'ccm', '4', '2'],
      ['3', 'ccm', '4', '3'],
    ])
  })

  it('reads subparagraphs', () => {
    const [c] = run('Article 2(2)(c) of the Convention on Cluster Munitions').citations
    expect([c?.article, c?.paragraph, c?.subparagraph]).toEqual(['2', '2', 'c'])
  })

  it('reads "Art. 36 AP I", "Article 36 of Additional Protocol I" and the full protocol name', () => {
    const text =
      'Legal reviews under Art. 36 AP I are rare. Article 36 of Additional Protocol I applies to ' +
      'States party to Additional Protocol I to the Geneva Conventions.'
    expect(cite(text)).toEqual([
      ['Art. 36 AP I', 'ap-1', '36', null],
      ['Article 36 of Additional Protocol I', 'ap-1', '36', null],
      ['Additional Protocol I to the Geneva Conventions', 'ap-1', null, null],
    ])
  })

  it('stores roman article numbers as arabic and reads a name before its article', () => {
    expect(cite('Articles I and II of the NPT, and CWC Article VI')).toEqual([
      ['Articles I', 'npt', '1', null],
      ['II of the NPT', 'npt', '2', null],
      ['CWC Article VI', 'cwc', '6', null],
    ])
  })

  it('resolves "the Convention" / "the Treaty" to the last named instrument of that kind', () => {
    const text = 'The NPT review met after the CCW session. Article VI of the Treaty was the focus.'
    expect(cite(text).at(-1)).toEqual(['Article VI of the Treaty', 'npt', '6', null])
  })

  it('does not read "Article 4 of resolution 1540" as an article of the current instrument', () => {
    expect(cite('The CWC and Article 4 of resolution 1540.')).toEqual([['CWC', 'cwc', null, null]])
  })
})

describe('extractCitations: ambiguous names', () => {
  it('reads "Protocol II" by the instruments around it', () => {
    expect(cite('The Geneva Conventions and their Protocol II cover internal conflicts.')).toEqual([
      ['Protocol II', 'ap-2', null, null],
    ])
    expect(cite('At the CCW, Protocol II was amended in 1996.')).toEqual([
      ['CCW', 'ccw', null, null],
      ['Protocol II', 'ccw-p2', null, null],
    ])
  })

  it('makes "Protocol II to the Geneva Conventions" and "Protocol V to the CCW" one span', () => {
    expect(
      cite('At the CCW, Protocol II to the Geneva Conventions was also cited.').at(-1),
    ).toEqual(['Protocol II to the Geneva Conventions', 'ap-2', null, null])
    expect(cite('Protocol V to the CCW')).toEqual([['Protocol V to the CCW', 'ccw-p5', null, null]])
  })

  it('gives one citation per protocol of a list', () => {
    expect(cite('The CCW and its Protocols I, III and IV were reviewed.')).toEqual([
      ['CCW', 'ccw', null, null],
      ['Protocols I', 'ccw-p1', null, null],
      ['III', 'ccw-p3', null, null],
      ['IV', 'ccw-p4', null, null],
    ])
    expect(cite('the Geneva Conventions and their Additional Protocols I and II')).toEqual([
      ['Additional Protocols I', 'ap-1', null, null],
      ['II', 'ap-2', null, null],
    ])
  })

  it('uses options.instrument as context', () => {
    expect(cite('Protocol I was discussed.', { instrument: 'ccw' })).toEqual([
      ['Protocol I', 'ccw-p1', null, null],
    ])
  })
})

describe('extractCitations: diagnostics', () => {
  it('warns about unknown instruments at the name', () => {
    const text = 'Article 5 of the Foo Treaty and Article 3 of the XYZ Convention.'
    const { citations, diagnostics } = run(text)
    expect(citations).toEqual([])
    expect(diagnostics.map((d) => [d.ruleId, d.severity, text.slice(d.start, d.end)])).toEqual([
      ['unknown-instrument', 'warning', 'Foo Treaty'],
      ['unknown-instrument', 'warning', 'XYZ Convention'],
    ])
  })

  it('reports an unknown titled convention by its whole title', () => {
    const text = 'Article 2 of the Convention on Widgets and Gadgets applies.'
    const { diagnostics } = run(text, { instrument: 'ccm' })
    expect(diagnostics.map((d) => text.slice(d.start, d.end))).toEqual([
      'Convention on Widgets and Gadgets',
    ])
  })

  it('reports an article beyond the last as an error, and still cites it', () => {
    const text = 'Article 40 of the CCM does not exist, Article 23 does.'
    const { citations, diagnostics } = run(text)
    expect(citations.map((c) => c.article)).toEqual(['40', '23'])
    expect(diagnostics.map((d) => [d.ruleId, d.severity, text.slice(d.start, d.end)])).toEqual([
      ['article-out-of-range', 'error', 'Article 40'],
    ])
  })
})

describe('extractCitations: layout', () => {
  it('reads clauses broken across lines (LF and CRLF) and with no-break spaces', () => {
    expect(cite('Article\u00a05(1) of the\r\nAPMBT and Article 7\nof the CCM')).toEqual([
      ['Article\u00a05(1) of the\r\nAPMBT', 'apmbt', '5', '1'],
      ['Article 7\nof the CCM', 'ccm', '7', null],
    ])
  })

  it('reads headings in capitals in a treaty text', () => {
    expect(cite('ARTICLE 5\nDestruction of stockpiles', { instrument: 'ccm' })).toEqual([
      ['ARTICLE 5', 'ccm', '5', null],
    ])
  })
})

describe('protocol lists named by their treaty afterwards', () => {
  const cites = (text: string) => extractCitations(text, {}, []).map((c) => `${c.text}=${c.treaty}`)

  it('reads the family from "of the CCW" after the list', () => {
    expect(
      cites('Earlier, the Geneva Conventions were cited. Protocols II and IV of the CCW apply.'),
    ).toEqual(['Protocols II=ccw-p2', 'IV=ccw-p4', 'CCW=ccw'])
  })

  it('reads the family from "to the Geneva Conventions" after the list', () => {
    expect(
      cites('The CCW met in May. Protocols I and II to the Geneva Conventions bind most States.'),
    ).toEqual(['CCW=ccw', 'Protocols I=ap-1', 'II=ap-2'])
  })
})

describe('abbreviations in arithmetic and code', () => {
  const cites = (text: string) => extractCitations(text, {}, []).map((c) => `${c.text}=${c.treaty}`)

  it('skips values such as -INF, + INF and .INF', () => {
    expect(cites('A signalling value: -INF + INF = NaN, and the config value .INF.')).toEqual([])
  })

  it('keeps prose uses around hyphens and brackets', () => {
    expect(cites('Non-NPT States and the Intermediate-Range Nuclear Forces (INF) debate.')).toEqual(
      ['NPT=npt', 'INF=inf'],
    )
  })
})
