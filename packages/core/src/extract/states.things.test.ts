/**
 * State names inside the names of things that are no states (real pages of states8): files,
 * events, programmes, regions, companies, media, peacekeeping operations; and the Landmine
 * Monitor's "Korea, RO". Example sentences of our own, and a property test per family.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { states as registry } from '../registry/states.js'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

/** UN short names of one or two words that are no given names and hold no brackets. */
const names = registry
  .map((s) => s.name)
  .filter(
    (name) =>
      !['Chad', 'Jordan', 'Georgia'].includes(name) &&
      !/[()]/.test(name) &&
      /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(name),
  )
const name = fc.constantFrom(...names)

describe('a state named in a file name', () => {
  it('is no mention: a flag, a map, a report', () => {
    expect(states('Flag of Austria.svg  Austria signed in 2017.')).toEqual(['Austria:AUT'])
    expect(states('See Peru_map_2020.PNG for the fields.')).toEqual([])
    expect(states('The annex (Chile-report.pdf) lists them.')).toEqual([])
    expect(states('Flag of Antigua and Barbuda.svg')).toEqual([])
  })

  it('leaves the state before a period, a hyphen or an underscore that starts no file name', () => {
    expect(states('They met in Peru. Chile-based firms and Peru_ came.')).toEqual([
      'Peru:PER',
      'Chile:CHL',
      'Peru:PER',
    ])
    expect(states('Ghana.Next year Togo.txt was read.')).toEqual(['Ghana:GHA', 'Togo:TGO'])
  })

  it('holds for every state and extension (property)', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('svg', 'png', 'jpg', 'pdf', 'JPEG'), (state, ext) => {
        expect(states(`Flag of ${state}.${ext} shown.`)).toEqual([])
        expect(states(`A map: ${state.replace(/ /g, '_')}_map.${ext}.`)).toEqual([])
        expect(states(`Delegates of ${state}. Next item.`)).toHaveLength(1)
      }),
      { numRuns: 150 },
    )
  })
})

describe('a state named in the name of an event or a programme', () => {
  it('is no mention in an event named with its year, nor in the same name later on', () => {
    expect(states('Expo Peru 2024 opened in Lima. The Expo Peru fair drew firms to Peru.')).toEqual(
      ['Peru:PER'],
    )
    expect(states('G20 Chile 2031 ended; Chile hosted it.')).toEqual(['Chile:CHL'])
    expect(states('The Chile Pavilion showed goods made in Chile.')).toEqual(['Chile:CHL'])
  })

  it('stays a mention after a function word or a list, and before a number that is no year', () => {
    expect(states('In Peru 2024 was dry. Since Chile 2023 rains fell.')).toEqual([
      'Peru:PER',
      'Chile:CHL',
    ])
    expect(states('Voting: Chile 2019, Peru 2020; Ghana 12 votes.')).toEqual([
      'Chile:CHL',
      'Peru:PER',
      'Ghana:GHA',
    ])
  })

  it('is no mention in a government programme or a programme named with a time of day', () => {
    expect(states('Under Make in India, firms in India grew.')).toEqual(['India:IND'])
    expect(states('He hosted Canada at Five for years; Canada at war was another story.')).toEqual([
      'Canada:CAN',
    ])
  })

  it('holds for every state (property)', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('Expo', 'Aero', 'Defence', 'Forum'),
        fc.integer({ min: 1990, max: 2030 }),
        (state, word, year) => {
          expect(
            states(`${word} ${state} ${year} began. The ${word} ${state} show ended.`),
          ).toEqual([])
          expect(states(`${word} ${state} ${year} began in ${state}.`)).toHaveLength(1)
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('a region named after a state', () => {
  it('is no mention when the region has its own capitalised name', () => {
    expect(states('Mines in South Lebanon and Northern Iraq; Iraq and Lebanon agreed.')).toEqual([
      'Iraq:IRQ',
      'Lebanon:LBN',
    ])
    expect(states('Fighting in southern Lebanon went on.')).toEqual(['Lebanon:LBN'])
  })

  it('reads "Micronesia" beside Melanesia or Polynesia as the Pacific region', () => {
    expect(states('Islands of Micronesia, Melanesia and Polynesia.')).toEqual([])
    expect(states('The Federated States of Micronesia and Polynesia.')).toEqual([
      'Federated States of Micronesia:FSM',
    ])
    expect(states('Micronesia voted yes.')).toEqual(['Micronesia:FSM'])
  })

  it('holds wherever the region is named (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Melanesia', 'Polynesia'),
        fc.string({ maxLength: 60 }).map((s) => s.replace(/[A-Za-z]/g, ' ')),
        (region, gap) => {
          expect(states(`Micronesia${gap} ${region}`)).toEqual([])
          expect(states(`${region} ${gap}Micronesia`)).toEqual([])
        },
      ),
    )
  })
})

describe('a war of the past, a company, a newspaper or an operation named after a state', () => {
  it('reads a war of the past in lower case as the war', () => {
    expect(states('Bombs of the Vietnam war and of the Bosnia war remain.')).toEqual([])
    expect(states('The Ukraine war goes on.')).toEqual(['Ukraine:UKR'])
  })

  it('reads companies, online media and councils named after a state as no mention', () => {
    expect(
      states(
        'Israel Aerospace Industries and China Military Online; the US National Security Council.',
      ),
    ).toEqual([])
    expect(states('It was first reported by Vatican News and Kenya News.')).toEqual([])
    expect(states('Fighting in Kenya. News of it spread; Kenya news was grim.')).toEqual([
      'Kenya:KEN',
      'Kenya:KEN',
    ])
    expect(
      states('Chile Joins UN Security Council; Nigeria Urges Security Council Action.'),
    ).toEqual(['Chile:CHL', 'Nigeria:NGA'])
  })

  it('reads a peacekeeping operation that an acronym spells out as no mention', () => {
    expect(
      states(
        'UNMIL ( Mission in Liberia)\nUNOCI (United Nations Operation in Côte d’Ivoire)\nMONUSCO (Stabilization Mission\nin Democratic Republic of the Congo)',
      ),
    ).toEqual([])
    expect(states('The mission in Liberia (in Liberia) ended.')).toEqual([
      'Liberia:LBR',
      'Liberia:LBR',
    ])
  })

  it('holds for every state (property)', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('Aerospace Industries', 'Online', 'Radio', 'News'),
        fc.constantFrom('Mission', 'Operation', 'Force'),
        (state, head, operation) => {
          expect(states(`${state} ${head} said so.`)).toEqual([])
          expect(states(`UNXX ( ${operation} in ${state})`)).toEqual([])
          expect(states(`UNXX (${operation} in ${state})`)).toEqual([])
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe("the Landmine Monitor's names in index order", () => {
  it('reads "Korea, RO" and "Korea, DPR" as the two states', () => {
    expect(states('Kenya\nKorea, RO\nKorea, DPR\nLaos')).toEqual([
      'Kenya:KEN',
      'Korea, RO:KOR',
      'Korea, DPR:PRK',
      'Laos:LAO',
    ])
    expect(states('Seoul, Korea, ROMA and Korea, DPRs.')).toEqual([])
  })

  it('reads "Macedonia, FYR" as one mention of North Macedonia', () => {
    expect(states('Lithuania\nMacedonia, FYR\nMadagascar')).toEqual([
      'Lithuania:LTU',
      'Macedonia, FYR:MKD',
      'Madagascar:MDG',
    ])
    expect(states('Albania, Macedonia, FYR, and Serbia voted.')).toEqual([
      'Albania:ALB',
      'Macedonia, FYR:MKD',
      'Serbia:SRB',
    ])
    expect(states('Macedonia, FYRs')).toEqual(['Macedonia:MKD'])
  })

  it('keeps "Macedonia, FYR" one member of any list (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 5 }), fc.nat(5), (others, at) => {
        const items = others.filter((n) => n !== 'Macedonia')
        const where = at % (items.length + 1)
        items.splice(where, 0, 'Macedonia, FYR')
        const text = `Members: ${items.join('; ')}.`
        const got = extract(text, { kinds: ['states', 'stateLists'] })
        expect(got.states.map((s) => s.text)).toEqual(items)
        expect(got.states[where]?.iso3).toBe('MKD')
      }),
      { numRuns: 80 },
    )
  })
})

describe('a region with a capitalised compass word of its own (misc10)', () => {
  it('is no mention inside a sentence; in lower case or opening a sentence it is', () => {
    expect(states('Goats graze in Northern Lao PDR and in Eastern Chad.')).toEqual([])
    expect(states('Rain fell on North-East Mali, then on Southwestern Niger.')).toEqual([])
    expect(states('Rain fell on eastern Chad and northern Mali.')).toEqual(['Chad:TCD', 'Mali:MLI'])
    expect(states('Eastern Chad is dry. Northern Mali too.')).toEqual(['Chad:TCD', 'Mali:MLI'])
  })

  it('leaves names that open with a compass word whole', () => {
    expect(
      states('Teams from South Sudan, North Macedonia and the Central African Republic.'),
    ).toEqual(['South Sudan:SSD', 'North Macedonia:MKD', 'Central African Republic:CAF'])
  })

  it('holds for every state (property)', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(
          'Northern',
          'Southern',
          'Eastern',
          'Western',
          'Central',
          'North-East',
          'Southwest',
        ),
        (state, compass) => {
          // "Western Samoa" is Samoa's former name, a mention of its own.
          fc.pre(!(state === 'Samoa' && compass === 'Western'))
          expect(states(`Crops fail in ${compass} ${state} each year.`)).toEqual([])
          expect(states(`Crops fail in ${compass.toLowerCase()} ${state}.`)).toHaveLength(1)
        },
      ),
    )
  })
})

describe('a war named by a state and a party that is no state (misc10)', () => {
  it('is no mention, with or without spaces round the dash; two states stay mentions', () => {
    expect(states('Shells of the Chad-Rebel war lie in the fields.')).toEqual([])
    expect(states('After the 1990 Rebel - Chad war the fields were mined.')).toEqual([])
    expect(states('The Chad-Niger war and the Chad war of words.')).toEqual([
      'Chad:TCD',
      'Niger:NER',
      'Chad:TCD',
    ])
  })

  it('knows the wars of the past by their states: the Bosnia war, the Iraq war', () => {
    expect(states('After the Bosnia war and the Iraq war, the teams moved on.')).toEqual([])
  })

  it('holds for every state (property)', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('Rebel', 'Militia', 'Contra'), (state, party) => {
        expect(states(`Since the ${state}-${party} war, fields stay closed.`)).toEqual([])
        expect(states(`Since the ${party} – ${state} war, fields stay closed.`)).toEqual([])
      }),
    )
  })
})

describe('companies and names that end a state name (misc10)', () => {
  it('a shipping line or a cargo airline named after a state is no mention', () => {
    expect(states('Ships of the Chile Shipping Line and planes of Peru Air Cargo.')).toEqual([])
  })

  it('a province named with its state is a mention; Taiwan as the UN names it is not', () => {
    expect(states('A school in Henan Province of China.')).toEqual(['China:CHN'])
    expect(states('Data for Taiwan, Province of China are shown apart.')).toEqual([])
  })

  it('capitals that end a state name open no organisation before the next name', () => {
    expect(states('Iraq Lao PDR Lebanon Libya')).toEqual([
      'Iraq:IRQ',
      'Lao PDR:LAO',
      'Lebanon:LBN',
      'Libya:LBY',
    ])
  })
})

describe("an organisation's name in the possessive", () => {
  it("is no mention: the head word keeps its name with 's", () => {
    expect(states("A sapper of the US Army's engineer brigade cleared the road.")).toEqual([])
    expect(
      states('The Chad Mine Action Centre\u2019s teams reached Faya; Chad thanked them.'),
    ).toEqual(['Chad:TCD'])
    expect(states("Peru's army and Chile's navy met.")).toEqual(['Peru:PER', 'Chile:CHL'])
  })

  it("property: a state's name before a head word with 's is no mention", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Peru', 'Ghana', 'Nepal', 'Chile', 'Angola'),
        fc.constantFrom('Army', 'Mine Action Centre', 'Red Cross', 'Navy'),
        fc.constantFrom("'s", '\u2019s'),
        (name, head, possessive) => {
          expect(states(`Staff of the ${name} ${head}${possessive} office left.`)).toEqual([])
        },
      ),
    )
  })
})
