import { describe, expect, it } from 'vitest'
import { instruments } from '../registry/instruments.js'
import { formatCitation, treatySeries } from './citation.js'

const apmbtTitle =
  'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction'

describe('formatCitation', () => {
  it('short style', () => {
    expect(formatCitation({ treaty: 'apmbt', article: '5', paragraph: '1' })).toBe(
      'APMBT Art. 5(1)',
    )
    expect(formatCitation({ treaty: 'apmbt', article: '5' }, { style: 'short' })).toBe(
      'APMBT Art. 5',
    )
    expect(formatCitation({ treaty: 'apmbt', article: null, paragraph: null })).toBe('APMBT')
    expect(
      formatCitation({ treaty: 'ccm', article: '7', paragraph: '1', subparagraph: 'a-c' }),
    ).toBe('CCM Art. 7(1)(a)-(c)')
  })

  it('full style', () => {
    expect(
      formatCitation({ treaty: 'apmbt', article: '5', paragraph: '1' }, { style: 'full' }),
    ).toBe(`Article 5(1) of the ${apmbtTitle}`)
    expect(formatCitation({ treaty: 'npt', article: '6' }, { style: 'full' })).toBe(
      'Article 6 of the Treaty on the Non-Proliferation of Nuclear Weapons',
    )
    expect(formatCitation({ treaty: 'att' }, { style: 'full' })).toBe('Arms Trade Treaty')
  })

  it('OSCOLA style: title (adopted, entered into force) series (name) art', () => {
    expect(
      formatCitation({ treaty: 'apmbt', article: '5', paragraph: '1' }, { style: 'oscola' }),
    ).toBe(
      `${apmbtTitle} (adopted 18 September 1997, entered into force 1 March 1999) 2056 UNTS 211 (APMBT) art 5(1)`,
    )
    expect(formatCitation({ treaty: 'ccm', article: '4' }, { style: 'oscola' })).toBe(
      'Convention on Cluster Munitions (adopted 30 May 2008, entered into force 1 August 2010) 2688 UNTS 39 (CCM) art 4',
    )
  })

  it('OSCOLA style for an instrument not in force and a political one', () => {
    expect(formatCitation({ treaty: 'ctbt' }, { style: 'oscola' })).toMatch(
      /^Comprehensive Nuclear-Test-Ban Treaty \(adopted \d{1,2} \w+ \d{4}, not yet in force\)/,
    )
    expect(formatCitation({ treaty: 'poa-salw' }, { style: 'oscola' })).toMatch(
      /\(adopted \d{1,2} \w+ 2001\)/,
    )
  })

  it('formats OSCOLA dates in the given locale', () => {
    expect(formatCitation({ treaty: 'npt' }, { style: 'oscola', locale: 'fr' })).toContain(
      '(adopted 1 juillet 1968, entered into force 5 mars 1970)',
    )
  })

  it('formats every instrument in every style without throwing', () => {
    for (const instrument of instruments) {
      for (const style of ['short', 'full', 'oscola'] as const) {
        const text = formatCitation({ treaty: instrument.id, article: '1' }, { style })
        expect(text.length).toBeGreaterThan(3)
      }
    }
  })

  it('has treaty-series entries only for known instruments, each with a source', () => {
    for (const [id, entry] of Object.entries(treatySeries)) {
      expect(
        instruments.some((i) => i.id === id),
        id,
      ).toBe(true)
      expect(entry?.citation).toMatch(/^\d+ UNTS \d+$/)
      expect(entry?.source).toMatch(/\S/)
    }
  })

  it('throws only a TypeError for a citation that is not an object; the rest degrades', () => {
    expect(() => formatCitation(null as never)).toThrow(
      /^formatCitation: `citation` must be an object$/,
    )
    expect(() => formatCitation('apmbt' as never)).toThrow(TypeError)
    // An unknown instrument: nothing to cite.
    expect(formatCitation({ treaty: 'nope' as never, article: '5' })).toBe('')
    expect(formatCitation({ treaty: 42 as never })).toBe('')
    // Unknown style, locale or options: the defaults.
    expect(formatCitation({ treaty: 'apmbt', article: '5' }, { style: 'apa' as never })).toBe(
      'APMBT Art. 5',
    )
    expect(formatCitation({ treaty: 'apmbt' }, 'full' as never)).toBe('APMBT')
    expect(formatCitation({ treaty: 'ccm' }, { style: 'oscola', locale: 'not a locale!' })).toBe(
      formatCitation({ treaty: 'ccm' }, { style: 'oscola' }),
    )
    // Malformed levels are left out; numbers are written in digits.
    expect(
      formatCitation({ treaty: 'apmbt', article: 5, paragraph: {}, subparagraph: 'a' } as never),
    ).toBe('APMBT Art. 5(a)')
    expect(formatCitation({ treaty: 'apmbt', article: '', paragraph: '1' })).toBe('APMBT')
  })
})
