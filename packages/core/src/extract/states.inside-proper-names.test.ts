/**
 * State names inside the names of laws, ship classes, proper names in another language, campaigns
 * and events in quotation marks or named "for" a state, bodies named after their members, places
 * and reports. Example sentences of our own, and a property test per family.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { states as registry } from '../registry/states.js'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

/** UN short names of one or two capitalised words, no given names. */
const name = fc.constantFrom(
  ...registry
    .map((s) => s.name)
    .filter(
      (n) =>
        !['Chad', 'Jordan', 'Georgia'].includes(n) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(n),
    ),
)

describe('a state named in the name of a law', () => {
  it('is no mention: "the Peru Sanctions Act", a possessive in the title, two states', () => {
    expect(states('Congress renewed the Peru Sanctions Act in May.')).toEqual([])
    expect(states('the Countering Chile’s Rivals Through Tariffs Act passed')).toEqual([])
    expect(states('The Ghana-Togo Trade Enforcement Act of 2020 lapsed.')).toEqual([])
  })

  it('stays a mention when "Act" follows the name alone, or a possessive names something else', () => {
    expect(states('Will Peru Act Now?')).toEqual(['Peru:PER'])
    expect(states("Chile's Army and Chile's navy paraded.")).toEqual(['Chile:CHL', 'Chile:CHL'])
  })

  it('holds for every state (property)', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('Sanctions', 'Accountability', 'Relief Support'),
        (s, w) => {
          expect(states(`They passed the ${s} ${w} Act last year.`)).toEqual([])
          expect(states(`They passed a law on ${s} last year.`)).toHaveLength(1)
        },
      ),
      { numRuns: 120 },
    )
  })
})

describe('a state named in a ship class, a place or a report', () => {
  it('is no mention', () => {
    expect(states('An America-class ship and a Peru-class frigate sailed.')).toEqual([])
    expect(states('Farms in Burma Valley, near the Chile Basin.')).toEqual([])
    expect(states('The Peru Internal Displacement Report and the Chile Newsletter.')).toEqual([])
    expect(states('the Confederate States of America')).toEqual([])
  })
})

describe('a state inside a proper name in another language', () => {
  it('is no mention after a capitalised word and "de", "del", "du" or "da"', () => {
    expect(states('Misión Permanente de Chile; República de Peru; Petróleos de Venezuela')).toEqual(
      [],
    )
  })

  it('stays a mention in prose ("la capitale de France") and in English', () => {
    expect(states('un soldat de France; the debt of Peru')).toEqual(['France:FRA', 'Peru:PER'])
  })

  it('holds for every state (property)', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('de', 'del', 'du', 'da'), (s, de) => {
        expect(states(`La Embajada ${de} ${s} abrió.`)).toEqual([])
        expect(states(`la ciudad ${de} ${s} abrió.`)).toHaveLength(1)
      }),
      { numRuns: 120 },
    )
  })
})

describe('a state inside a campaign or an event', () => {
  it('is no mention in a title-case name in quotation marks inside a sentence', () => {
    expect(states('a rally called “Smile Peru!” drew crowds')).toEqual([])
    expect(states('the concert “Save Chile” was streamed')).toEqual([])
  })

  it('stays a mention in a quotation that is a sentence', () => {
    expect(states('he said “Peru will win” and “Glory to Chile” then left')).toEqual([
      'Peru:PER',
      'Chile:CHL',
    ])
  })

  it('is no mention in a campaign named "… for" a state inside a sentence', () => {
    expect(states('their Dance for Peru fundraiser; join us and Stand Up for Chile.')).toEqual([])
  })

  it("stays a mention after a person's title, in lower case and in a headline", () => {
    expect(
      states(
        'the Special Envoy for Peru; the Commissioner for Chile; aid for Peru; Support for Chile Grows',
      ),
    ).toEqual(['Peru:PER', 'Chile:CHL', 'Peru:PER', 'Chile:CHL'])
  })

  it('holds for every state (property)', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('Save', 'Smile', 'Hope For'), (s, w) => {
        expect(states(`the campaign “${w} ${s}” grew`)).toEqual([])
        expect(states(`the campaign “${w} ${s}” grew in ${s}.`)).toHaveLength(1)
        expect(states(`their Run for ${s} event`)).toEqual([])
      }),
      { numRuns: 120 },
    )
  })
})

describe('a state named after a body named after its members', () => {
  it('is no mention: "the Association of Graphic Journalists of Peru"', () => {
    expect(states('She trained at the Association of Graphic Journalists of Peru.')).toEqual([])
    expect(states('The Council of Ministers of Chile met.')).toEqual([])
  })

  it('stays a mention after a title or another head ("the Minister of Foreign Affairs of Peru")', () => {
    expect(states('the Minister of Foreign Affairs of Peru and the Republic of Chile')).toEqual([
      'Peru:PER',
      'Republic of Chile:CHL',
    ])
  })
})
