import type { StateGroup, StateGroupId } from '../models/state.js'
import { deepFreeze } from './freeze.js'

/**
 * The five UN regional groups, as listed by the Department for General Assembly and Conference
 * Management: https://www.un.org/dgacm/en/content/regional-groups (special cases: United States,
 * Türkiye, Israel and Kiribati, see https://ask.un.org/faq/14521).
 */
export const groups: readonly StateGroup[] = deepFreeze([
  { id: 'african', name: 'African Group', abbreviation: 'AG' },
  { id: 'asia-pacific', name: 'Asia-Pacific Group', abbreviation: 'APG' },
  { id: 'eastern-european', name: 'Eastern European Group', abbreviation: 'EEG' },
  {
    id: 'latin-american-caribbean',
    name: 'Latin American and Caribbean Group',
    abbreviation: 'GRULAC',
  },
  { id: 'weog', name: 'Western European and Others Group', abbreviation: 'WEOG' },
])

/** Group codes used in `states.generated.ts`. */
export const groupByCode: Readonly<Record<string, StateGroupId>> = {
  af: 'african',
  ap: 'asia-pacific',
  ee: 'eastern-european',
  la: 'latin-american-caribbean',
  we: 'weog',
}

/**
 * Notes on special memberships (same sources as above). The `group` field holds the group a state
 * counts in for elections; these notes say what else applies.
 */
export const groupNotes: Readonly<Record<string, string>> = {
  USA: 'Member of no regional group; attends WEOG meetings as an observer and is considered part of WEOG for electoral purposes.',
  TUR: 'Participates fully in both WEOG and the Asia-Pacific Group; counts in WEOG for electoral purposes.',
  ISR: 'Full member of WEOG since May 2000 (temporary basis, renewed permanently in 2004).',
  KIR: 'Listed in the Asia-Pacific Group by DGACM; the UN Library FAQ (ask.un.org/faq/14521) says it has been a member of no group since 2010.',
  VAT: 'Non-member observer State; not in any regional group.',
  PSE: 'Non-member observer State; not in any regional group.',
}
