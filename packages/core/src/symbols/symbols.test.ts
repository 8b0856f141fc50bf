import { describe, expect, it } from 'vitest'
import { documentUrl, isDocumentSymbol, parseDocumentSymbol, unLanguages } from './index.js'
import { realSymbols } from './real-symbols.js'

function parsed(s: string) {
  const result = parseDocumentSymbol(s)
  if (!result.ok) throw new Error(`expected "${s}" to parse: ${result.reason}`)
  return result.value
}

describe('parseDocumentSymbol: real symbols from the field', () => {
  it('has a table of at least 30 real symbols, each with a source', () => {
    expect(realSymbols.length).toBeGreaterThanOrEqual(30)
    for (const entry of realSymbols) expect(entry.source).toMatch(/\S/)
  })

  it.each(realSymbols.map((entry) => [entry.symbol, entry] as const))('%s', (symbol, entry) => {
    const value = parsed(symbol)
    expect(value.symbol).toBe(symbol)
    expect(value.body).toBe(entry.body)
    if (entry.subsidiary) expect(value.subsidiary).toEqual(entry.subsidiary)
    if (entry.type !== undefined) expect(value.type).toBe(entry.type)
    if (entry.session !== undefined) expect(value.session).toBe(entry.session)
    if (entry.year !== undefined) expect(value.year).toBe(entry.year)
    if (entry.number !== undefined) expect(value.number).toBe(entry.number)
    expect(value.suffixes.map((s) => `${s.kind}.${s.number}`)).toEqual(entry.suffixes ?? [])
    expect(value.components.join('/')).toBe(symbol)
    // Parsing the normalised symbol again gives the same result (idempotent).
    expect(parseDocumentSymbol(value.symbol)).toEqual({ ok: true, value })
  })
})

describe('parseDocumentSymbol: components', () => {
  it('splits a GGE working paper', () => {
    expect(parsed('CCW/GGE/2008-V/WP.1')).toEqual({
      symbol: 'CCW/GGE/2008-V/WP.1',
      body: 'CCW',
      subsidiary: ['GGE'],
      type: 'WP',
      session: '2008-V',
      year: '2008',
      number: '1',
      suffixes: [],
      components: ['CCW', 'GGE', '2008-V', 'WP.1'],
    })
  })

  it('keeps the NPT review conference in the body', () => {
    const value = parsed('NPT/CONF.2020/PC.I/CRP.2')
    expect(value.body).toBe('NPT/CONF.2020')
    expect(value.subsidiary).toEqual(['PC.I'])
    expect(value.year).toBe('2020')
  })

  it('reads the Security Council year in brackets, with or without the space', () => {
    for (const s of ['S/RES/1540 (2004)', 'S/RES/1540(2004)', ' S/RES/1540  (2004) ']) {
      const value = parsed(s)
      expect(value.symbol).toBe('S/RES/1540 (2004)')
      expect(value.year).toBe('2004')
      expect(value.number).toBe('1540')
    }
  })

  it('reads suffix combinations in order', () => {
    expect(parsed('A/C.1/63/L.1/Rev.1/Add.2').suffixes).toEqual([
      { kind: 'Rev', number: '1' },
      { kind: 'Add', number: '2' },
    ])
    expect(parsed('A/63/1/Add.1/Corr.1').suffixes).toEqual([
      { kind: 'Add', number: '1' },
      { kind: 'Corr', number: '1' },
    ])
    expect(parsed('A/63/1/ADD.1').symbol).toBe('A/63/1/Add.1')
    expect(parsed('A/63/1/add.1/corr.2').symbol).toBe('A/63/1/Add.1/Corr.2')
  })

  it('reads years of the Security Council and ECOSOC series', () => {
    expect(parsed('S/2004/1').year).toBe('2004')
    expect(parsed('E/2004/10').year).toBe('2004')
    expect(parsed('S/PRST/2004/1')).toMatchObject({ type: 'PRST', year: '2004', number: '1' })
  })

  it('reads special and emergency special sessions', () => {
    expect(parsed('A/RES/ES-10/19').session).toBe('ES-10')
    expect(parsed('A/RES/S-27/2').session).toBe('S-27')
  })

  it('normalises whitespace, dashes and an all-lower-case symbol', () => {
    expect(parsed('A/C.1/63/L. 1').symbol).toBe('A/C.1/63/L.1')
    expect(parsed('A / RES / 63 / 71').symbol).toBe('A/RES/63/71')
    expect(parsed('CCW/GGE/2008\u2013V/WP.1').symbol).toBe('CCW/GGE/2008-V/WP.1')
    expect(parsed('a/res/63/71').symbol).toBe('A/RES/63/71')
    expect(parsed('ccw/gge/2008-v/wp.1/add.1').symbol).toBe('CCW/GGE/2008-V/WP.1/Add.1')
  })

  it('keeps the printed case of mixed-case components', () => {
    expect(parsed('E/CN.4/Sub.2/2004/1').subsidiary).toEqual(['CN.4', 'Sub.2'])
  })
})

describe('parseDocumentSymbol: rejections', () => {
  const rejected: Array<[string, RegExp]> = [
    ['and/or', /words/],
    ['24/7', /number, fraction or ratio/],
    ['1/2', /fraction/],
    ['3/4', /fraction/],
    ['12/05/2008', /date/],
    ['2008/11/27', /date/],
    ['https://docs.un.org/en/A/RES/63/71', /URL/],
    ['www.un.org/disarmament', /URL/],
    ['/usr/local/bin', /file/],
    ['src/index.ts', /file/],
    ['C:\\docs\\a.txt', /file|single/],
    ['km/h', /words/],
    ['w/o', /words/],
    ['A/B testing', /spaces/],
    ['A/B', /words/],
    ['CD/DVD', /words/],
    ['TCP/IP', /words/],
    ['he/she', /words/],
    ['hello', /single component/],
    ['CCW', /single component/],
    ['CCW/GGE', /words/],
    ['', /empty/],
    ['   ', /empty/],
    ['A//63', /empty component/],
    ['A/63/', /empty component/],
    ['XYZ/2008/1', /not a known/],
    ['A/4', /too short/],
    ['C-25/DEC.5', /OPCW/],
    ['EC-94/DEC.1', /OPCW/],
    ['A/RES/63/71 (2008)', /brackets only follows Security Council/],
    ['A/63/1/Add.x', /not|suffix|number/],
    ['NPT/CONF2030/PC.I/WP.3', /lacks its dot/],
    ['CCW/MSP.9', /too short|number/],
    ['ATT/CSP1/2015', /meeting and its year/],
    ['BWC/MSP/2014', /meeting and its year/],
    ['APLC/MSP.18/2020', /meeting and its year/],
    ['A/Add.1/63/1', /suffixes must come last/],
    ['A/RES/63/71!', /not a symbol component/],
    ['A/' + '1/'.repeat(80) + '1', /longer than/],
  ]
  it.each(rejected)('rejects %j', (input, reason) => {
    const result = parseDocumentSymbol(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })

  it('never throws on odd input', () => {
    for (const input of [undefined, null, 42, {}, '\u0000/\u0000', '/'.repeat(1000)]) {
      expect(() => parseDocumentSymbol(input as unknown as string)).not.toThrow()
      expect(isDocumentSymbol(input as unknown as string)).toBe(false)
    }
  })
})

describe('documentUrl', () => {
  it('builds docs.un.org URLs with slashes kept', () => {
    expect(documentUrl('CCW/GGE/2008-V/WP.1')).toBe('https://docs.un.org/en/CCW/GGE/2008-V/WP.1')
    expect(documentUrl('A/RES/63/71', 'fr')).toBe('https://docs.un.org/fr/A/RES/63/71')
    expect(documentUrl('a/res/63/71', 'zh')).toBe('https://docs.un.org/zh/A/RES/63/71')
  })

  it('writes Security Council resolutions the way docs.un.org does', () => {
    expect(documentUrl('S/RES/1540 (2004)')).toBe('https://docs.un.org/en/S/RES/1540(2004)')
  })

  it('accepts the six UN languages (any case, with a region) and falls back to English', () => {
    for (const lang of unLanguages)
      expect(documentUrl('CD/1299', lang)).toContain(`/${lang}/CD/1299`)
    expect(documentUrl('CD/1299', 'FR-ca')).toBe('https://docs.un.org/fr/CD/1299')
    expect(documentUrl('CD/1299', 'de')).toBe('https://docs.un.org/en/CD/1299')
    expect(documentUrl('CD/1299', 42 as never)).toBe('https://docs.un.org/en/CD/1299')
    expect(() => documentUrl(42 as never)).toThrow(/^documentUrl: `symbol` must be a string$/)
  })

  it('throws with the reason for a non-symbol', () => {
    expect(() => documentUrl('and/or')).toThrow(/not a document symbol \(words/)
  })

  it('encodes every real symbol into a valid URL that round-trips', () => {
    for (const { symbol } of realSymbols) {
      const url = new URL(documentUrl(symbol))
      expect(url.host).toBe('docs.un.org')
      expect(
        decodeURIComponent(url.pathname.slice('/en/'.length)).replace(/\((\d{4})\)$/, ' ($1)'),
      ).toBe(symbol)
    }
  })
})

describe('parseDocumentSymbol: structure checks', () => {
  it.each([
    ['CCW/GGE/2008-2009', /neither a number/],
    ['A/RES/63/71-A/RES/63/80', /neither a number/],
    ['CCW/GGE/2008-V', /no document number/],
    ['A/HRC/RES', /words|no number/],
    ['S/2/3', /not a year of the "S" series/],
    ['A/2008/1', /not a session of the "A" series/],
    ['E/63/1', /not a year/],
  ])('rejects %j', (input, reason) => {
    const result = parseDocumentSymbol(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })
})
