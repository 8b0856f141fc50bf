/**
 * "Congo" alone: the UN's short name of the Republic of the Congo, but the Democratic Republic in
 * a text that names it and never the Republic by a longer name (a member of a list of states
 * keeps the UN's reading). Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractStates } from './states.js'

function found(text: string): string[] {
  return extractStates(text, {}, []).map((m) => `${m.start}:${m.text}=${m.iso3}`)
}

describe('a bare "Congo" in a text about the Democratic Republic', () => {
  it('is the Democratic Republic after its name, "DRC" or "Zaire"', () => {
    expect(
      found('The Democratic Republic of the Congo asked for help. Aid reached eastern Congo.'),
    ).toEqual(['4:Democratic Republic of the Congo=COD', '73:Congo=COD'])
    expect(found('CONGO: fighting near Goma. The DRC army retreated.')).toEqual([
      '0:CONGO=COD',
      '31:DRC=COD',
    ])
    expect(found('Congo, once Zaire, held a vote.')).toEqual(['0:Congo=COD', '12:Zaire=COD'])
  })

  it('stays the Republic of the Congo without the Democratic Republic, or beside its longer name', () => {
    expect(found('Congo and Gabon signed the accord.')).toEqual(['0:Congo=COG', '10:Gabon=GAB'])
    expect(
      found('The Republic of the Congo and the DRC met in Luanda; Congo hosted the next round.'),
    ).toEqual(['4:Republic of the Congo=COG', '34:DRC=COD', '53:Congo=COG'])
    expect(found('Congo-Brazzaville and the DRC share a river. Congo is upstream.')).toEqual([
      '0:Congo-Brazzaville=COG',
      '26:DRC=COD',
      '45:Congo=COG',
    ])
  })

  it('stays the Republic of the Congo beside another state, as in a list of states', () => {
    expect(
      found('Tanzania, the Democratic Republic of the Congo and Congo all sent troops.'),
    ).toEqual(['0:Tanzania=TZA', '14:Democratic Republic of the Congo=COD', '51:Congo=COG'])
    expect(
      found('Comoros, Congo, Costa Rica and the Democratic Republic of the Congo voted in favour.'),
    ).toEqual([
      '0:Comoros=COM',
      '9:Congo=COG',
      '16:Costa Rica=CRI',
      '35:Democratic Republic of the Congo=COD',
    ])
  })

  it('property: with the DRC named first, every bare "Congo" outside a list is the DRC', () => {
    const filler = fc.constantFrom('Aid arrived.', 'Talks went on.', 'The rains came early.')
    fc.assert(
      fc.property(
        fc.constantFrom('the Democratic Republic of the Congo', 'the DRC', 'Zaire'),
        fc.array(filler, { maxLength: 3 }),
        (name, middle) => {
          const text = `News from ${name}. ${middle.join(' ')} In Congo, schools reopened.`
          const last = extractStates(text, {}, []).at(-1)
          expect(last?.text).toBe('Congo')
          expect(last?.iso3).toBe('COD')
        },
      ),
    )
  })
})
