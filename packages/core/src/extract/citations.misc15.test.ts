/**
 * Names that are items of a site's navigation (fresh pages of misc15: an institute's menu bar in
 * its text-only pages, breadcrumb trails above treaty pages). Example sentences of our own, and a
 * property test for the family.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty])

describe('a name that fills an item of a menu or a breadcrumb trail', () => {
  it('is no citation in a menu parted by "|"', () => {
    expect(cite('| Home | Events | CTBT | BWC | CWC | Contact |\n\nNews of the week.')).toEqual([])
    expect(cite('| Library | NPT/IAEA | Outer Space |')).toEqual([])
    expect(cite('Start|CCM|APMBT|About')).toEqual([])
  })

  it('is no citation in a trail parted by ">", "›" or "»"', () => {
    expect(cite('Home > CCW\n\nThe States met in Geneva.')).toEqual([])
    expect(cite('Home › Treaties › Mine Ban Treaty › Documents')).toEqual([])
    expect(cite('Start » Arms Trade Treaty')).toEqual([])
  })

  it('stays a citation in prose, a table cell with a title, a quotation and a longer item', () => {
    expect(cite('The CCW > the NPT in age, some say.')).toEqual([
      ['CCW', 'ccw'],
      ['NPT', 'npt'],
    ])
    expect(cite('| Arms Trade Treaty | 2013 | signed |')).toEqual([['Arms Trade Treaty', 'att']])
    expect(cite('Our notes:\n> Article 5 of the BWC')).toEqual([['Article 5 of the BWC', 'bwc']])
    expect(cite('| BWC meetings in 2006 | Reports |')).toEqual([['BWC', 'bwc']])
  })

  it('holds for any abbreviation between marks, and for none in a sentence (property)', () => {
    const abbreviation = fc.constantFrom('CCW', 'BWC', 'CWC', 'NPT', 'CTBT', 'ATT', 'TPNW', 'CCM')
    const mark = fc.constantFrom(' | ', '|', ' > ', ' › ', ' » ')
    fc.assert(
      fc.property(abbreviation, mark, abbreviation, (a, m, b) => {
        expect(cite(`Home${m}${a}${m}${b}`)).toEqual([])
        expect(cite(`Parties to the ${a} met.`)).toHaveLength(1)
      }),
      { numRuns: 60 },
    )
  })
})

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

describe('a footnote number glued to a name in capitals', () => {
  it('is not part of it: "THE MINE BAN TREATY1 IN BRIEF"', () => {
    expect(cite('A GUIDE\n\nTHE MINE BAN TREATY1 IN BRIEF\n\nText.')).toEqual([
      ['MINE BAN TREATY', 'apmbt'],
    ])
    expect(cite('THE CHEMICAL WEAPONS CONVENTION12 AT TWENTY')).toEqual([
      ['CHEMICAL WEAPONS CONVENTION', 'cwc'],
    ])
  })

  it('leaves abbreviations and numerals with their digits: no name', () => {
    expect(cite('See CCW2 and Protocol II1 in the annex.')).toEqual([])
  })
})

describe('"CCW" as a permit to carry a concealed weapon', () => {
  it('is no citation before "permit", "license", "holder" or "class"', () => {
    expect(cite('She renewed her CCW permit; CCW license holders must train.')).toEqual([])
    expect(cite('The county runs a CCW class each month.')).toEqual([])
  })

  it('is no citation anywhere in a text that spells it out so', () => {
    expect(cite('A permit to carry a concealed weapon (CCW) costs $50. A CCW lapses.')).toEqual([])
    expect(cite('Concealed Carry Weapon (CCW) rules vary; the CCW applies statewide.')).toEqual([])
  })

  it('stays the Convention when the text spells out the treaty', () => {
    expect(
      cite('The Convention on Certain Conventional Weapons (CCW) met; the CCW Protocol V binds.'),
    ).toEqual([
      ['Convention on Certain Conventional Weapons', 'ccw'],
      ['CCW', 'ccw'],
      ['CCW Protocol V', 'ccw-p5'],
    ])
    expect(cite('CCW meetings open in Geneva; the CCW Group of Experts met.')).toEqual([
      ['CCW', 'ccw'],
      ['CCW', 'ccw'],
    ])
  })

  it('holds for any word of the permit family (property)', () => {
    const word = fc.constantFrom('permit', 'permits', 'license', 'licence', 'holders', 'class')
    fc.assert(
      fc.property(word, (w) => {
        expect(cite(`He showed his CCW ${w} at the door.`)).toEqual([])
      }),
      { numRuns: 20 },
    )
  })
})
