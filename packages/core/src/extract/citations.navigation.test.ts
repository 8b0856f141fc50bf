/**
 * Names that are items of a site's navigation (a menu bar in text-only pages, breadcrumb trails
 * above treaty pages) are no citations. Example sentences of our own, and a property test.
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
