/**
 * "Republic of" before a state's short name where the formal name opens with more words ("the
 * Republic of Guyana", "the Republic of Kiribati") and "Rep. of Congo" are one mention, the span
 * as written. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { foundStates } from './states/test-helpers.js'

const found = foundStates

describe('"Republic of" and "Rep. of" before a short name', () => {
  it('is one mention of the state', () => {
    expect(found('Aid for the Republic of Guyana and the Republic of Kiribati.')).toEqual([
      { start: 12, end: 30, text: 'Republic of Guyana', iso3: 'GUY' },
      { start: 39, end: 59, text: 'Republic of Kiribati', iso3: 'KIR' },
    ])
    expect(found('Rep. of Congo: 246 dead; the Rep. of the Congo.')).toEqual([
      { start: 0, end: 13, text: 'Rep. of Congo', iso3: 'COG' },
      { start: 29, end: 46, text: 'Rep. of the Congo', iso3: 'COG' },
    ])
    expect(found('the Democratic Rep. of the Congo')).toEqual([
      { start: 4, end: 32, text: 'Democratic Rep. of the Congo', iso3: 'COD' },
    ])
  })
})
