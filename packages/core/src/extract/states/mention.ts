import type { Draft, StateMention } from '../../models/extraction.js'
import type { State } from '../../models/state.js'
import { getState } from '../../registry/states.js'

/** A mention as `extract()` returns it, built once per match (no intermediate objects). */
export function mention(
  text: string,
  start: number,
  end: number,
  state: State,
  demonym = false,
): StateMention {
  const m: Draft<StateMention> = {
    type: 'state',
    start,
    end,
    text: text.slice(start, end),
    iso3: state.iso3,
    iso2: state.iso2,
    name: state.name,
  }
  if (demonym) m.via = 'demonym'
  return m
}

/** `getState` once per code (it trims and tests the code on every call). */
const stateCache = new Map<string, State | undefined>()

export function stateOf(iso3: string): State | undefined {
  let state = stateCache.get(iso3)
  if (state === undefined && !stateCache.has(iso3)) {
    state = getState(iso3)
    stateCache.set(iso3, state)
  }
  return state
}
