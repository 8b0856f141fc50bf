/**
 * Abbreviations a text defines in brackets after an instrument's name and then uses (issue 8,
 * real pages: "… Convention (XYZ)"). Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instruments } from '../registry/instruments.js'
import { spellsInitials } from './citations/defined.js'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, string | null]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.article])

describe('an abbreviation the text defines for an instrument', () => {
  it('is a citation where it is defined and wherever it is used later', () => {
    expect(
      cite(
        'Some call it the Inhumane Weapons Convention (IWC). The IWC has five protocols, and the IWC meets yearly.',
      ),
    ).toEqual([
      ['Inhumane Weapons Convention', 'ccw', null],
      ['IWC', 'ccw', null],
      ['IWC', 'ccw', null],
      ['IWC', 'ccw', null],
    ])
  })

  it('carries a pinpoint written before it', () => {
    expect(
      cite('The Ottawa Convention (OC) bans mines. Article 5 of the OC sets deadlines.'),
    ).toEqual([
      ['Ottawa Convention', 'apmbt', null],
      ['OC', 'apmbt', null],
      ['Article 5 of the OC', 'apmbt', '5'],
    ])
  })

  it('is not read before its definition, nor inside other words, symbols or addresses', () => {
    expect(cite('The OC is mentioned first. Later: the Ottawa Convention (OC).')).toEqual([
      ['Ottawa Convention', 'apmbt', null],
      ['OC', 'apmbt', null],
    ])
    expect(
      cite(
        'The Ottawa Convention (OC) applies. OCs, OC/1, TOC and https://example.org/OC are not it.',
      ),
    ).toEqual([
      ['Ottawa Convention', 'apmbt', null],
      ['OC', 'apmbt', null],
    ])
  })

  it('needs brackets whose capitals spell the name, and no state abbreviation', () => {
    // "(UK)" after a treaty says who, not what; "(MBC)" skips the name's first word.
    expect(cite('The Mine Ban Treaty (UK) was signed. The UK ratified.')).toEqual([
      ['Mine Ban Treaty', 'apmbt', null],
    ])
    expect(cite('The Anti-Personnel Mine Ban Convention (MBC) bans mines; the MBC works.')).toEqual(
      [['Anti-Personnel Mine Ban Convention', 'apmbt', null]],
    )
    expect(cite('The Mine Ban Treaty (Norway, 1997) bans mines.')).toEqual([
      ['Mine Ban Treaty', 'apmbt', null],
    ])
  })

  it('spells initials in order from the first word, hyphenated parts included', () => {
    expect(spellsInitials('IWC', 'Inhumane Weapons Convention')).toBe(true)
    expect(spellsInitials('APMBC', 'Anti-Personnel Mine Ban Convention')).toBe(true)
    expect(spellsInitials('CoCW', 'Convention on Conventional Weapons')).toBe(true)
    expect(spellsInitials('WC', 'Inhumane Weapons Convention')).toBe(false)
    expect(spellsInitials('CWI', 'Inhumane Weapons Convention')).toBe(false)
    expect(spellsInitials('I', 'Inhumane Weapons Convention')).toBe(false)
  })

  it('property: a defined abbreviation is cited at every later whole-word use', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.constantFrom(' ', ', ', '; '), (uses, sep) => {
        const text = `The Ottawa Convention (OC) is in force.${` The OC applies${sep}`.repeat(uses)}`
        const found = cite(text)
        expect(found.filter(([t]) => t === 'OC')).toHaveLength(uses + 1)
        expect(found.every(([, id]) => id === 'apmbt')).toBe(true)
      }),
    )
  })
})

describe('an abbreviation in small capitals, which comes out of a page in lower case', () => {
  it('is a citation where it is defined and at every later whole-word use', () => {
    expect(
      cite(
        'Since the Arms Trade Treaty (att) took effect, each att conference has met; Article 5 of the att asks for lists.',
      ),
    ).toEqual([
      ['Arms Trade Treaty', 'att', null],
      ['att', 'att', null],
      ['att', 'att', null],
      ['Article 5 of the att', 'att', '5'],
    ])
  })

  it('needs a definition, three letters that spell the name, and whole words', () => {
    expect(cite('Each att conference met. The att has 116 parties.')).toEqual([])
    expect(cite('The Arms Trade Treaty (at) took effect; at once the at list grew.')).toEqual([
      ['Arms Trade Treaty', 'att', null],
    ])
    expect(cite('The Arms Trade Treaty (see below) took effect.')).toEqual([
      ['Arms Trade Treaty', 'att', null],
    ])
    expect(
      cite('The Arms Trade Treaty (att) took effect. Its attaché read the attestation.'),
    ).toEqual([
      ['Arms Trade Treaty', 'att', null],
      ['att', 'att', null],
    ])
  })
})

describe('an unknown title after a pinpoint', () => {
  it('ends at a full stop that ends the sentence, losing no name after it', () => {
    const { citations, diagnostics } = extract(
      'Article 5 of the OC. The Ottawa Convention bans mines.',
      { kinds: ['citations'] },
    )
    expect(citations.map((c) => c.text)).toEqual(['Ottawa Convention'])
    expect(diagnostics.map((d) => d.ruleId)).toEqual([])
  })

  it('still reads initials with full stops inside the name', () => {
    const { diagnostics } = extract('Under Article 2 of the U.N. Model Convention, states agree.', {
      kinds: ['citations'],
    })
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-instrument'])
  })
})

describe('a title followed by the bracketed name of another protocol of the same treaty', () => {
  it("takes the bracket's instrument, the title keeping its span", () => {
    expect(
      cite(
        'Delegates of the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices (Amended Protocol II), annexed to the CCW, met again.',
      ),
    ).toEqual([
      [
        'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices',
        'ccw-ap2',
        null,
      ],
      ['Amended Protocol II', 'ccw-ap2', null],
      ['CCW', 'ccw', null],
    ])
  })

  it('leaves a bracket of an unrelated instrument or a plain title alone', () => {
    expect(
      cite(
        'The Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices (CTBT) is older.',
      )[0],
    ).toEqual([
      'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices',
      'ccw-p2',
      null,
    ])
    expect(cite('The Convention on Cluster Munitions (ATT) text.')[0]?.[1]).toBe('ccm')
  })

  it('holds for every pair of protocols of one treaty', () => {
    const children = instruments.filter((i) => i.parent && i.shortTitles[0] && i.aliases[0])
    const pairs = children.flatMap((x) =>
      children
        .filter((y) => y.parent === x.parent && y.id !== x.id)
        .map((y) => [x, y] as const)
        .filter(([, y]) => cite(`${y.aliases[0]}`)[0]?.[1] === y.id),
    )
    expect(pairs.length).toBeGreaterThan(3)
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ([x, y]) => {
        const got = cite(`The ${x.shortTitles[0]} (${y.aliases[0]}) applies.`)
        expect(got[0]?.[1]).toBe(y.id)
        expect(got[0]?.[0]).toBe(x.shortTitles[0])
      }),
    )
  })
})
