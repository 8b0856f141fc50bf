/**
 * A state named after "of" in the name of a council, a church, a programme, a consulate, a
 * corporation, a board, a party, a congress, a navy, a police, a parliament or a constitution is
 * no mention ("the Christian Council of Mozambique", "the Church of Norway", "the 1992
 * Constitution of Ghana"); a person's title is ("the President of Peru"). Example sentences of
 * our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foundStates } from './states/test-helpers.js'

const found = foundStates

describe('a state named in a body\'s or a law\'s name after "of"', () => {
  it('is no mention after a capitalised name (councils, programmes, consulates, boards)', () => {
    expect(
      found(
        'the Christian Council of Mozambique, the Mine Action Programme of Afghanistan, the Honorary Consulate of the Republic of Kazakhstan, the Nuclear Energy Corporation of South Africa, the National Film Board of Canada and the Communist Party of Nepal',
      ),
    ).toEqual([])
  })

  it('is no mention after "the" or a year (churches, congresses, navies, constitutions)', () => {
    expect(
      found(
        'the Church of Norway, the Congress of Peru, the Navy of Ukraine, the Police of the Czech Republic, the Parliament of the United Kingdom and the 1992 Constitution of Ghana',
      ),
    ).toEqual([])
  })

  it("stays a mention in a person's title and in prose", () => {
    expect(found('the President of Peru met a council of Chile.')).toEqual([
      { start: 17, end: 21, text: 'Peru', iso3: 'PER' },
      { start: 39, end: 44, text: 'Chile', iso3: 'CHL' },
    ])
  })

  it('holds for any state and head (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Chile', 'Peru', 'Ghana', 'Norway', 'South Africa', 'Viet Nam'),
        fc.constantFrom('the Church', 'the Navy', 'the 1992 Constitution', 'the Example Council'),
        (state, body) => {
          expect(found(`Jane Doe spoke for ${body} of ${state} today.`)).toEqual([])
        },
      ),
    )
  })
})
