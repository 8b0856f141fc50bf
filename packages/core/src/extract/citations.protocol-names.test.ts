/**
 * Names that other instruments share: a bare "Geneva Protocol" (the 1925 protocol, as the
 * registry's ambiguous names decide), the protocols of a nuclear-weapon-free zone's treaty, and an
 * abbreviation and a protocol parted by a dash ("CCW - Protocol V", two mentions, as the full title
 * and the protocol are). Example sentences of our own, and a property test per family.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty])

describe('a bare "Geneva Protocol"', () => {
  it('is the 1925 protocol in arms-control prose, as with its year', () => {
    expect(cite('The Geneva Protocol bans gas; so do the BWC and the CWC.')).toEqual([
      ['Geneva Protocol', 'geneva-protocol-1925'],
      ['BWC', 'bwc'],
      ['CWC', 'cwc'],
    ])
    expect(cite('the 1925 Geneva Protocol and the Geneva Protocol of 1925')).toEqual([
      ['Geneva Protocol', 'geneva-protocol-1925'],
      ['Geneva Protocol of 1925', 'geneva-protocol-1925'],
    ])
  })
})

describe('a protocol named after a treaty of a nuclear-weapon-free zone', () => {
  it('is none of the CCW protocols nor the Additional Protocols', () => {
    expect(cite('States signed the Treaty of Pelindaba and its Protocol III.')).toEqual([
      ['Treaty of Pelindaba', 'pelindaba'],
    ])
  })

  it('leaves a protocol named after the CCW as it was', () => {
    expect(
      cite('The Treaty of Rarotonga entered into force. Under the CCW, Protocol III.'),
    ).toEqual([
      ['Treaty of Rarotonga', 'rarotonga'],
      ['CCW', 'ccw'],
      ['Protocol III', 'ccw-p3'],
    ])
  })

  it('holds for every zone and protocol number (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Treaty of Tlatelolco',
          'Treaty of Rarotonga',
          'Treaty of Pelindaba',
          'Treaty of Bangkok',
        ),
        fc.constantFrom('I', 'II', 'III'),
        (treaty, n) => {
          expect(cite(`The ${treaty} was signed; France ratified Protocol ${n}.`)).toHaveLength(1)
          expect(cite(`The CCW was signed; France ratified Protocol ${n}.`)).toHaveLength(2)
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('an abbreviation, a dash between spaces and a protocol', () => {
  it('are two mentions, as the full title and the protocol are', () => {
    expect(cite('The report on CCW - Protocol V is out.')).toEqual([
      ['CCW', 'ccw'],
      ['Protocol V', 'ccw-p5'],
    ])
    expect(cite('CCW Protocol V and CCW-Protocol V')).toEqual([
      ['CCW Protocol V', 'ccw-p5'],
      ['CCW-Protocol V', 'ccw-p5'],
    ])
  })

  it('holds for either dash and every protocol (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('-', '\u2013'), fc.constantFrom('IV', 'V'), (dash, n) => {
        expect(cite(`CCW ${dash} Protocol ${n}`).map((c) => c[0])).toEqual(['CCW', `Protocol ${n}`])
        expect(cite(`CCW Protocol ${n}`)).toHaveLength(1)
      }),
      { numRuns: 20 },
    )
  })
})
