import { describe, expect, it } from 'vitest'
import { extract, extractionKinds } from './index.js'
import { mayContain } from './prefilter.js'

const report =
  'Photo: Delegates in Geneva by Jane Roe (CC BY 2.0).\n\n' +
  'Under Article 4 of the CCM, Laos, Cambodia and Viet Nam reported progress (see CCW/MSP/2009/5). ' +
  'Article 99 of the CCM was also mentioned.'

describe('extract()', () => {
  it('returns every kind, each sorted by start, with diagnostics sorted by position', () => {
    const result = extract(report)
    expect(Object.keys(result)).toEqual([...extractionKinds, 'diagnostics'])
    expect(result.citations.map((c) => c.text)).toEqual([
      'Article 4 of the CCM',
      'Article 99 of the CCM',
    ])
    expect(result.documents.map((d) => d.symbol)).toEqual(['CCW/MSP/2009/5'])
    expect(result.states.map((s) => s.iso3)).toEqual(expect.arrayContaining(['LAO', 'KHM', 'VNM']))
    expect(result.stateLists).toHaveLength(1)
    expect(result.credits).toHaveLength(1)
    for (const kind of extractionKinds) {
      const starts = result[kind].map((entity) => entity.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
    const positions = result.diagnostics.map((d) => d.start)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(result.diagnostics.some((d) => d.ruleId === 'article-out-of-range')).toBe(true)
  })

  it('looks only for the kinds asked for; state lists still get their states', () => {
    const result = extract(report, { kinds: ['stateLists'] })
    expect(result.stateLists).toHaveLength(1)
    expect(result.states).toEqual([])
    expect(result.citations).toEqual([])
    expect(result.credits).toEqual([])
  })

  it('never cites a name inside a document symbol', () => {
    const result = extract('The report CCW/GGE/2008-V/WP.1 and the CCW.')
    expect(result.citations.map((c) => c.start)).toEqual([39])
  })

  it('applies the default instrument and reports an unknown one', () => {
    expect(extract('Article 7 reports', { instrument: 'apmbt' }).citations[0]?.treaty).toBe('apmbt')
    const unknown = extract('Article 7 reports', { instrument: 'xyz' as 'apmbt' })
    expect(unknown.diagnostics[0]).toMatchObject({
      ruleId: 'unknown-instrument',
      severity: 'warning',
    })
  })

  it('returns empty results for empty or non-string input instead of throwing', () => {
    expect(extract('').citations).toEqual([])
    expect(extract(null as unknown as string).states).toEqual([])
  })

  it('reports bad arguments and option values as diagnostics and uses the defaults', () => {
    const rules = (result: ReturnType<typeof extract>) =>
      result.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)
    expect(rules(extract(42 as never))).toEqual([
      'invalid-option: extract: `text` must be a string, not a number',
    ])
    expect(rules(extract('Austria', 'states' as never))).toEqual([
      'invalid-option: extract: `options` must be an object, not "states"',
    ])
    const bad = extract('Austria and Peru', {
      kinds: ['states', 'planets', null],
      instrument: { id: 'apmbt' },
      demonyms: 'yes',
    } as never)
    expect(bad.states.map((s) => s.iso3)).toEqual(['AUT', 'PER'])
    expect(bad.stateLists).toEqual([])
    expect(rules(bad)).toEqual([
      'invalid-option: extract: unknown kind "planets" in `kinds`',
      'invalid-option: extract: unknown kind null in `kinds`',
      'invalid-option: extract: `demonyms` must be a boolean, not "yes"',
      'unknown-instrument: Unknown default instrument an object',
    ])
    expect(rules(extract('Austria', { kinds: 'states' } as never))).toEqual([
      'invalid-option: extract: `kinds` must be an array, not "states"',
    ])
  })
})

describe('mayContain (literal pre-filter)', () => {
  it('checks strings, lists and patterns', () => {
    expect(mayContain('A/RES/63/71', ['/'])).toBe(true)
    expect(mayContain('no symbols here', ['/'])).toBe(false)
    expect(mayContain('Photo by', /photo/i)).toBe(true)
    expect(mayContain('nothing', 'Article')).toBe(false)
    expect(mayContain('anything', undefined)).toBe(true)
  })

  it('leaves the lastIndex of a global pattern as it was', () => {
    const pattern = /b/g
    pattern.lastIndex = 2
    expect(mayContain('abc', pattern)).toBe(true)
    expect(pattern.lastIndex).toBe(2)
  })
})
