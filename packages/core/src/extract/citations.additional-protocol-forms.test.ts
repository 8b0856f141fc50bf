/**
 * Additional Protocol I as IHL writers print it: the numeral after "No." ("Additional Protocol
 * No. I"), "AP1" once Geneva law is named, an article right before a protocol's name without "of"
 * ("article 36 Additional Protocol I"), and the subject of an Additional Protocol's title after its
 * name ("… Geneva Conventions on the protection of victims of international armed conflicts").
 * Example sentences of our own, and a property test per family.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, string | null]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.article])

describe('an Additional Protocol numbered after "No."', () => {
  it('is that protocol, with an article before it', () => {
    expect(
      cite(
        'Jane Doe reads Article 43 of Additional Protocol No. I from 1977. The following Article 44 ' +
          'defines combatants; Additional Protocol No. II is narrower.',
      ),
    ).toEqual([
      ['Article 43 of Additional Protocol No. I', 'ap-1', '43'],
      ['Article 44', 'ap-1', '44'],
      ['Additional Protocol No. II', 'ap-2', null],
    ])
  })
})

describe('"AP1"', () => {
  it('is Additional Protocol I once the Geneva Conventions or a protocol are named', () => {
    expect(
      cite(
        'Under Additional Protocol I the duty is explicit. For States not party to AP1 it is ' +
          'implied, as before the adoption of AP1(USA).',
      ),
    ).toEqual([
      ['Additional Protocol I', 'ap-1', null],
      ['AP1', 'ap-1', null],
      ['AP1', 'ap-1', null],
    ])
  })

  it('is no citation where no Geneva law is named, nor in CCW prose', () => {
    expect(cite('The AP1 binding site and the AP1 access point.')).toEqual([])
    expect(cite('The CCW meets in Geneva; AP1 is down again.')).toEqual([['CCW', 'ccw', null]])
  })

  it('follows the context for any sentence around it (property)', () => {
    const words = fc.array(fc.constantFrom('the', 'review', 'States', 'new', 'weapons', 'of'), {
      maxLength: 5,
    })
    fc.assert(
      fc.property(words, words, (before, after) => {
        const middle = `${before.join(' ')} AP1 ${after.join(' ')}`.trim()
        expect(cite(`${middle}.`)).toEqual([])
        const text = `The Geneva Conventions bind all. ${middle}.`
        expect(cite(text)).toEqual([['AP1', 'ap-1', null]])
      }),
      { numRuns: 40 },
    )
  })
})

describe('an article right before a protocol, without "of"', () => {
  it('is one citation of the protocol’s article, as after an abbreviation', () => {
    expect(
      cite('Keywords: weapon review, article 36 Additional Protocol I, Art. 3 Amended Protocol II'),
    ).toEqual([
      ['article 36 Additional Protocol I', 'ap-1', '36'],
      ['Art. 3 Amended Protocol II', 'ccw-ap2', '3'],
    ])
  })

  it('leaves a treaty’s title after the number as a mention of its own', () => {
    expect(
      cite('On the implementation of Article 4 Convention on Cluster Munitions - a working paper'),
    ).toEqual([
      ['Article 4', 'ccm', '4'],
      ['Convention on Cluster Munitions', 'ccm', null],
    ])
  })
})

describe("the subject of an Additional Protocol's title after its name", () => {
  it('is inside the span, in any case and over a line break', () => {
    expect(
      cite(
        'Many rules are in Protocol I additional to the 1949 Geneva Conventions on the protection ' +
          'of victims of international armed conflicts (Additional Protocol I).',
      ),
    ).toEqual([
      [
        'Protocol I additional to the 1949 Geneva Conventions on the protection of victims of international armed conflicts',
        'ap-1',
        null,
      ],
      ['Additional Protocol I', 'ap-1', null],
    ])
    expect(
      cite(
        'Additional Protocol II to the Geneva Conventions, and relating to the Protection of ' +
          'Victims of\nNon-International Armed Conflicts, applies.',
      ),
    ).toEqual([
      [
        'Additional Protocol II to the Geneva Conventions, and relating to the Protection of Victims of\nNon-International Armed Conflicts',
        'ap-2',
        null,
      ],
    ])
  })

  it("is not another protocol's subject", () => {
    expect(
      cite(
        'Additional Protocol I on the protection of victims of non-international armed conflicts',
      ),
    ).toEqual([['Additional Protocol I', 'ap-1', null]])
  })

  it('holds for each protocol and way of joining it (property)', () => {
    const protocols = fc.constantFrom(
      ['Additional Protocol I', 'international armed conflicts', 'ap-1'],
      ['Additional Protocol II', 'non-international armed conflicts', 'ap-2'],
    )
    const join = fc.constantFrom(' on the ', ', and relating to the ', ' relating to the ')
    const upper = fc.boolean()
    fc.assert(
      fc.property(protocols, join, upper, ([name, subject, id], j, up) => {
        const tail = `protection of victims of ${subject}`
        const full = `${name} to the Geneva Conventions${j}${up ? tail.toUpperCase() : tail}`
        expect(cite(`We read the ${full}, then stop.`)).toEqual([[full, id, null]])
      }),
      { numRuns: 30 },
    )
  })
})
