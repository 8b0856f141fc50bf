import type { Instrument, InstrumentId } from '../../models/instrument.js'
import { bilateral } from './bilateral.js'
import { ccwFamily } from './ccw.js'
import { conventionalArms } from './conventional-arms.js'
import { ihl } from './ihl.js'
import { landminesAndCluster } from './landmines-and-cluster.js'
import { nuclearTestingAndZones } from './nuclear-testing-and-zones.js'
import { unCharter } from './un-charter.js'
import { wmd } from './wmd.js'

import { deepFreeze } from '../freeze.js'
import {
  ambiguousNames as ambiguousNameData,
  instrumentFamilies as instrumentFamilyData,
} from './ambiguous-names.js'
import type { AmbiguousName, InstrumentFamily } from './ambiguous-names.js'

export type { AmbiguousName, InstrumentFamily }

/** Names shared by several instruments ("Protocol II"), resolved by context; deep-frozen. */
export const ambiguousNames: readonly AmbiguousName[] = deepFreeze(ambiguousNameData)

/** Families of instruments, for resolving ambiguous names by context; deep-frozen. */
export const instrumentFamilies: Readonly<Record<InstrumentFamily, readonly InstrumentId[]>> =
  deepFreeze(instrumentFamilyData)

/**
 * Every instrument treatymark knows, grouped by family (landmines, CCW, WMD, zones, IHL, arms,
 * bilateral, the UN Charter). Deep-frozen: the registry cannot be changed by callers.
 */
export const instruments: readonly Instrument[] = deepFreeze([
  ...landminesAndCluster,
  ...ccwFamily,
  ...wmd,
  ...nuclearTestingAndZones,
  ...ihl,
  ...conventionalArms,
  ...bilateral,
  ...unCharter,
])
