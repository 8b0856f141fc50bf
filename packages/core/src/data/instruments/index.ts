import type { Instrument } from '../../models/instrument.js'
import { bilateral } from './bilateral.js'
import { ccwFamily } from './ccw.js'
import { conventionalArms } from './conventional-arms.js'
import { ihl } from './ihl.js'
import { landminesAndCluster } from './landmines-and-cluster.js'
import { nuclearTestingAndZones } from './nuclear-testing-and-zones.js'
import { wmd } from './wmd.js'

export { ambiguousNames, instrumentFamilies } from './ambiguous-names.js'
export type { AmbiguousName, InstrumentFamily } from './ambiguous-names.js'

/** Every instrument treatymark knows, grouped by family (landmines, CCW, WMD, zones, IHL, arms, bilateral). */
export const instruments: Instrument[] = [
  ...landminesAndCluster,
  ...ccwFamily,
  ...wmd,
  ...nuclearTestingAndZones,
  ...ihl,
  ...conventionalArms,
  ...bilateral,
]
