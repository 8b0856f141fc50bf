import fc from 'fast-check'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Diagnostic, DocumentReference } from '../models/extraction.js'
import { extractDocuments, literals } from './documents.js'

const find = (text: string): DocumentReference[] => extractDocuments(text, {}, [])
const symbols = (text: string): string[] => find(text).map((d) => d.symbol)

describe('extractDocuments', () => {
  it('finds symbols of many series in prose', () => {
    const text =
      'The Group discussed CCW/GGE/2008-V/WP.1 at length, while the mine ban report APLC/MSP.9/2008/4 ' +
      'and the cluster munitions report CCM/MSP/2012/5 came later. The NPT paper ' +
      'NPT/CONF.2020/PC.I/CRP.2 was circulated; see also A/RES/63/71, S/RES/1540 (2004) and the ' +
      'draft A/C.1/63/L.1/Rev.1.'
    expect(symbols(text)).toEqual([
      'CCW/GGE/2008-V/WP.1',
      'APLC/MSP.9/2008/4',
      'CCM/MSP/2012/5',
      'NPT/CONF.2020/PC.I/CRP.2',
      'A/RES/63/71',
      'S/RES/1540 (2004)',
      'A/C.1/63/L.1/Rev.1',
    ])
  })

  it('keeps spans exact, excludes the full stop and gives the URL', () => {
    const text = 'The report is document A/63/1. It was issued late.'
    const [doc] = find(text)
    expect(doc).toEqual({
      type: 'document',
      start: 23,
      end: 29,
      text: 'A/63/1',
      symbol: 'A/63/1',
      url: 'https://docs.un.org/en/A/63/1',
    })
    expect(text.slice(doc!.start, doc!.end)).toBe(doc!.text)
  })

  it('includes the bracketed year of a Security Council resolution', () => {
    const [doc] = find('Resolution S/RES/1540 (2004) obliges all States.')
    expect(doc?.text).toBe('S/RES/1540 (2004)')
    expect(doc?.url).toBe('https://docs.un.org/en/S/RES/1540(2004)')
    const [tight] = find('under S/RES/1540(2004).')
    expect(tight?.text).toBe('S/RES/1540(2004)')
    expect(tight?.symbol).toBe('S/RES/1540 (2004)')
  })

  it('normalises an en dash inside a symbol but keeps the text', () => {
    const [doc] = find('See CCW/GGE/2008\u2013V/WP.1.')
    expect(doc?.text).toBe('CCW/GGE/2008\u2013V/WP.1')
    expect(doc?.symbol).toBe('CCW/GGE/2008-V/WP.1')
  })

  it('finds symbols in brackets and quotes', () => {
    expect(symbols('(Doc. CCW/GGE/2007/1) and \u201cCD/1299\u201d and [A/CONF.192/15]')).toEqual([
      'CCW/GGE/2007/1',
      'CD/1299',
      'A/CONF.192/15',
    ])
  })

  it('needs a cue before two-part symbols of one-letter series', () => {
    expect(symbols('the statement S/23500 of 1992')).toEqual([])
    expect(symbols('the statement (document S/23500) of 1992')).toEqual(['S/23500'])
    expect(symbols('a CRC/32 checksum; see document CRC/32')).toEqual(['CRC/32'])
    expect(symbols('the Shannon mandate in CD/1299 and the Dublin text CCM/78')).toEqual([
      'CD/1299',
      'CCM/78',
    ])
  })

  it('ignores fractions, dates, words, URLs and paths', () => {
    const text =
      'Open 24/7, half (1/2) or 3/4 of delegations, on 12/05/2008 and/or later, at 50 km/h, w/o ' +
      'delay, with A/B testing and TCP/IP. Read https://docs.un.org/en/A/RES/63/71 or ' +
      'www.un.org/A/RES/63/71 or docs.un.org/en/CCW/GGE/2008-V/WP.1 and the file ' +
      'src/A/RES/63/71 or ./CCW/MSP/2008/4 or mail CD/1299@example.org.'
    expect(find(text)).toEqual([])
  })

  it('skips a symbol followed by a slash (a path)', () => {
    expect(symbols('see A/RES/63/71/ for more')).toEqual([])
  })

  it('ignores lower-case symbols in prose and OPCW symbols', () => {
    expect(symbols('a/res/63/71 and C-25/DEC.5 and EC-94/DEC.1')).toEqual([])
  })

  it('warns about near misses of a known series, with the position', () => {
    const diagnostics: Diagnostic[] = []
    const text = 'See A/RES/63/71 (2008) and A/Add.1/63/1.'
    const docs = extractDocuments(text, {}, diagnostics)
    expect(docs.map((d) => d.symbol)).toEqual(['A/RES/63/71'])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ ruleId: 'invalid-document-symbol', severity: 'warning' })
    expect(text.slice(diagnostics[0]!.start, diagnostics[0]!.end)).toBe('A/Add.1/63/1')
  })

  it('returns entities sorted by start and tolerates empty or odd input', () => {
    expect(find('')).toEqual([])
    expect(find('no slash here')).toEqual([])
    expect(extractDocuments(undefined as unknown as string, {}, [])).toEqual([])
    const docs = find('A/63/1 then CD/1299 then A/RES/63/71')
    expect(docs.map((d) => d.start)).toEqual([...docs.map((d) => d.start)].sort((a, b) => a - b))
  })

  it('exports its literals for the pre-filter (a slash, or a resolution cited by number)', () => {
    expect(literals).toEqual([
      '/',
      'esolution',
      'ésolution',
      'esolutie',
      'ezolucj',
      '号决议',
      'ESOLUTION',
      'UNSCR',
      'Res.',
      ' res.',
    ])
  })

  // Speed is measured by the bench (npm run bench); here: hostile input gives no false symbols.
  it('finds nothing false in hostile input', () => {
    const inputs = [
      'A'.repeat(200_000),
      'A/'.repeat(100_000),
      'A.'.repeat(100_000) + '/',
      'CCW/GGE/2008-V/WP.1 '.repeat(10_000),
      'a-'.repeat(100_000),
    ]
    for (const input of inputs) {
      const found = find(input)
      for (const d of found) expect(input.slice(d.start, d.end)).toBe(d.text)
      if (!input.startsWith('CCW')) expect(found).toEqual([])
    }
  })
})

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../../..')
const samples = process.env.TREATYMARK_SAMPLES ?? path.resolve(repoRoot, '../shared/samples')

describe.skipIf(!existsSync(samples))(`documents in the sample gold (${samples})`, () => {
  const sets = existsSync(samples)
    ? readdirSync(samples).filter((d) => existsSync(path.join(samples, d, 'gold')))
    : []
  const cases = sets.flatMap((set) =>
    readdirSync(path.join(samples, set, 'gold'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [set, f.replace(/\.json$/, '')] as const),
  )

  it('has samples to check', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it.each(cases)('%s/%s', (set, name) => {
    const text = readFileSync(path.join(samples, set, `${name}.txt`), 'utf8')
    const gold = JSON.parse(
      readFileSync(path.join(samples, set, 'gold', `${name}.json`), 'utf8'),
    ) as {
      documents?: DocumentReference[]
    }
    const expected = (gold.documents ?? []).map(({ start, end, symbol }) => ({
      start,
      end,
      symbol,
    }))
    const actual = find(text).map(({ start, end, symbol }) => ({ start, end, symbol }))
    expect(actual).toEqual(expected)
  })
})

describe('meeting records', () => {
  it('finds Security Council meeting records without a cue', () => {
    const text = 'The debate is recorded in S/PV.9616, and the vote in S/PV.9620 (Resumption 1).'
    const found = extractDocuments(text, {}, [])
    expect(found.map((d) => d.symbol)).toEqual(['S/PV.9616', 'S/PV.9620'])
    expect(found[0]?.url).toBe('https://docs.un.org/en/S/PV.9616')
  })
})

describe('resolutions cited by number in prose', () => {
  const docs = (text: string) => extractDocuments(text).map((d) => `${d.text}=${d.symbol}`)

  it('a Security Council resolution with its bracketed year', () => {
    expect(docs('The Council recalled resolution 2231 (2015) on Iran.')).toEqual([
      '2231 (2015)=S/RES/2231 (2015)',
    ])
  })

  it('a list of Council resolutions, each linked', () => {
    expect(docs('Resolutions 1267 (1999), 1373 (2001) and 2396 (2017) require it.')).toEqual([
      '1267 (1999)=S/RES/1267 (1999)',
      '1373 (2001)=S/RES/1373 (2001)',
      '2396 (2017)=S/RES/2396 (2017)',
    ])
  })

  it('a General Assembly resolution named as such', () => {
    expect(docs('General Assembly resolution 71/258 convened the conference.')).toEqual([
      '71/258=A/RES/71/258',
    ])
  })

  it.each([
    'The resolution of 2004 (in May) was adopted.',
    'The Human Rights Council resolution 7/12 is not an Assembly symbol.',
    'resolution 1540 was adopted in 2004.',
  ])('no symbol: %s', (text) => {
    expect(docs(text)).toEqual([])
  })

  it('a written symbol and a number citing the same resolution are both kept once', () => {
    expect(docs('Resolution 1540 (2004) (S/RES/1540 (2004)) binds all States.')).toEqual([
      '1540 (2004)=S/RES/1540 (2004)',
      'S/RES/1540 (2004)=S/RES/1540 (2004)',
    ])
  })
})

describe('resolutions cited by number, as real pages print them', () => {
  const texts = (t: string): string[] => find(t).map((d) => `${d.text}=${d.symbol}`)
  it('allows a line break inside a citation and a list without commas', () => {
    expect(
      texts(
        'recalling its resolution\n1000 (1995) and its resolutions 1001\n(1996), 1002 (1997) 1003 (1998).',
      ),
    ).toEqual([
      '1000 (1995)=S/RES/1000 (1995)',
      '1001\n(1996)=S/RES/1001 (1996)',
      '1002 (1997)=S/RES/1002 (1997)',
      '1003 (1998)=S/RES/1003 (1998)',
    ])
  })
  it('reads headings in capitals', () => {
    expect(texts('COUNCIL ADOPTS RESOLUTION 1234 (2010) ON SANCTIONS')).toEqual([
      '1234 (2010)=S/RES/1234 (2010)',
    ])
  })
  it('property: a list of n resolutions gives n documents whatever the separators', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 2999 }), fc.integer({ min: 1946, max: 2030 })),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.array(fc.constantFrom(', ', ' and ', ', and ', ' ', ',\n'), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.constantFrom(' ', '\n'),
        (list, seps, gap) => {
          const body = list.map(([n, y], i) => `${i ? seps[i] : ''}${n}${gap}(${y})`).join('')
          const docs = find(`its resolutions ${body} apply.`)
          expect(docs.map((d) => d.symbol)).toEqual(list.map(([n, y]) => `S/RES/${n} (${y})`))
        },
      ),
    )
  })
})
