/**
 * Titles as pages print them: a protocol and its treaty's full title in capitals ("AMENDED
 * PROTOCOL II TO THE CONVENTION ON …"), short titles the registry did not hold ("Protocol on Mines,
 * Booby-Traps and Other Devices", "Convention on Anti-Personnel Mines"), "treaty" in lower case
 * before a place ("the treaty of Semipalatinsk"), and a nickname followed by a description in lower
 * case ("the Ottawa Convention on anti-personnel mines"). Example sentences of our own, and a
 * property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty])

const CCW_TITLE =
  'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects'

describe("a protocol followed by its treaty's title in capitals", () => {
  it('is one citation of the protocol over the whole title', () => {
    const title = `AMENDED PROTOCOL II TO THE ${CCW_TITLE.toUpperCase()}`
    expect(cite(`REPORT OF THE CONFERENCE OF THE STATES PARTIES TO ${title} Geneva, 2031`)).toEqual(
      [[title, 'ccw-ap2']],
    )
    expect(cite('PROTOCOL IV OF THE CONVENTION ON CERTAIN CONVENTIONAL WEAPONS')).toEqual([
      ['PROTOCOL IV OF THE CONVENTION ON CERTAIN CONVENTIONAL WEAPONS', 'ccw-p4'],
    ])
  })
})

describe('short titles', () => {
  it('"Protocol on Mines, Booby-Traps and Other Devices" is Protocol II, amended with its date', () => {
    expect(
      cite(
        'Both the Mine Ban Treaty and the "Protocol on Mines, Booby-Traps and Other Devices" define ' +
          'a mine, as does the Protocol on Mines, Booby-Traps and Other Devices as amended on 3 May 1996.',
      ),
    ).toEqual([
      ['Mine Ban Treaty', 'apmbt'],
      ['Protocol on Mines, Booby-Traps and Other Devices', 'ccw-p2'],
      ['Protocol on Mines, Booby-Traps and Other Devices as amended on 3 May 1996', 'ccw-ap2'],
    ])
  })

  it('"Convention on Anti-Personnel Mines" is the Mine Ban Treaty', () => {
    expect(
      cite(
        'Example Land withdrew from the Convention on Anti-Personnel Mines (Ottawa Convention).',
      ),
    ).toEqual([
      ['Convention on Anti-Personnel Mines', 'apmbt'],
      ['Ottawa Convention', 'apmbt'],
    ])
  })
})

describe('"treaty" in lower case before a place', () => {
  it("names the zone's treaty", () => {
    expect(
      cite('The zone treaty, or the treaty of Semipalatinsk, came after the treaty of Tlatelolco.'),
    ).toEqual([
      ['treaty of Semipalatinsk', 'semipalatinsk'],
      ['treaty of Tlatelolco', 'tlatelolco'],
    ])
  })

  it('still reads a numeral or a treaty word after lower-case words as no name', () => {
    expect(cite('The protocol II text and the fragments Protocol were discussed.')).toEqual([])
  })
})

describe('a nickname followed by a description in lower case', () => {
  it('ends at the nickname; the rest of a title in capitals stays in the span', () => {
    expect(
      cite(
        'They left the Ottawa Convention on anti-personnel mines and the Ottawa Convention on the ' +
          'prohibition of anti-personnel mines, not the Ottawa Convention on the Prohibition of ' +
          'Anti-Personnel Mines.',
      ),
    ).toEqual([
      ['Ottawa Convention', 'apmbt'],
      ['Ottawa Convention', 'apmbt'],
      ['Ottawa Convention on the Prohibition of Anti-Personnel Mines', 'apmbt'],
    ])
  })

  it('holds for any description in lower case (property)', () => {
    const word = fc.constantFrom('anti-personnel', 'mines', 'the', 'prohibition', 'of', 'landmines')
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        expect(cite(`States quit the Ottawa Convention on ${words.join(' ')} last year.`)).toEqual([
          ['Ottawa Convention', 'apmbt'],
        ])
      }),
      { numRuns: 40 },
    )
  })
})
