/** The state mentions `extract()` finds in a test's text, as plain objects to compare. */
import type { StateMention } from '../../models/public.js'
import { extract } from '../index.js'

export const foundStates = (
  text: string,
): Array<Pick<StateMention, 'start' | 'end' | 'text' | 'iso3'>> =>
  extract(text, { kinds: ['states'] }).states.map(({ start, end, text, iso3 }) => ({
    start,
    end,
    text,
    iso3,
  }))
