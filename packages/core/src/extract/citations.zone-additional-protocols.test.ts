/**
 * An Additional Protocol named after the treaty of a nuclear-weapon-free zone is that treaty's own
 * protocol, not one of the Geneva Conventions'. Example sentences of our own, and a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty])

describe('an Additional Protocol named after the treaty of a nuclear-weapon-free zone', () => {
  it('is that treaty’s own protocol, which the registry does not hold: no citation', () => {
    expect(
      cite('Under the Treaty of Tlatelolco, China signed its Second Additional Protocol in 1973.'),
    ).toEqual([['Treaty of Tlatelolco', 'tlatelolco']])
    expect(cite('The Treaty of Rarotonga came first; Additional Protocol I followed.')).toEqual([
      ['Treaty of Rarotonga', 'rarotonga'],
    ])
  })

  it('stays the Geneva Conventions’ protocol when named so or after them', () => {
    expect(
      cite('The Treaty of Tlatelolco predates Additional Protocol II to the Geneva Conventions.'),
    ).toEqual([
      ['Treaty of Tlatelolco', 'tlatelolco'],
      ['Additional Protocol II to the Geneva Conventions', 'ap-2'],
    ])
    expect(
      cite(
        'The Treaty of Pelindaba is regional. The Geneva Conventions and their Second Additional Protocol bind Chad.',
      ),
    ).toEqual([
      ['Treaty of Pelindaba', 'pelindaba'],
      ['Second Additional Protocol', 'ap-2'],
    ])
  })

  it('holds for every zone treaty and every ordinal (property)', () => {
    const zone = fc.constantFrom(
      'Treaty of Tlatelolco',
      'Treaty of Rarotonga',
      'Treaty of Bangkok',
      'Treaty of Pelindaba',
    )
    const protocol = fc.constantFrom(
      'First Additional Protocol',
      'Second Additional Protocol',
      'Additional Protocol I',
      'Additional Protocol II',
    )
    fc.assert(
      fc.property(zone, protocol, (z, p) => {
        expect(cite(`The ${z} and its ${p} were signed.`).map(([, id]) => id)).toHaveLength(1)
      }),
      { numRuns: 40 },
    )
  })
})
