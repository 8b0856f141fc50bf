import type { InstrumentId } from '../../models/instrument.js'

/**
 * A name that more than one instrument answers to, or one instrument and things that are none
 * ("AP1"): the context decides (see `resolveAmbiguous`).
 */
export interface AmbiguousName {
  text: string
  /** Matched exactly as written (abbreviations) or case- and punctuation-tolerant (names). */
  caseSensitive: boolean
  /** Every instrument the name can mean, most likely first (one only when `default` is null). */
  candidates: InstrumentId[]
  /**
   * What the name means when the context does not decide; null: leave it unresolved. Why: the
   * comment above each entry (a comment, not a field, so browser bundles do not carry the prose).
   */
  default: InstrumentId | null
  /**
   * The instrument meant when the words before the last are joined by hyphens as in its title
   * ("Nuclear-Test-Ban Treaty", as the CTBT's title writes it): that spelling decides before the
   * context or the default.
   */
  hyphenated?: InstrumentId
}

/**
 * Names shared by instruments. Bare "Protocol I/II/III" are the CCW protocols in CCW prose and the
 * 1977/2005 Additional Protocols in Geneva Conventions prose. "Protocol IV" and "Protocol V" only
 * exist under the CCW, so they are plain aliases of `ccw-p4` / `ccw-p5`, not listed here.
 */
export const ambiguousNames: AmbiguousName[] = [
  // Outside CCW prose "Protocol I" is overwhelmingly Additional Protocol I (1977).
  {
    text: 'Protocol I',
    caseSensitive: false,
    candidates: ['ap-1', 'ccw-p1'],
    default: 'ap-1',
  },
  // Outside CCW prose "Protocol II" is overwhelmingly Additional Protocol II (1977).
  {
    text: 'Protocol II',
    caseSensitive: false,
    candidates: ['ap-2', 'ccw-p2'],
    default: 'ap-2',
  },
  // CCW Protocol III (incendiary weapons) is discussed far more often than Additional Protocol III
  // (the emblem).
  {
    text: 'Protocol III',
    caseSensitive: false,
    candidates: ['ccw-p3', 'ap-3'],
    default: 'ccw-p3',
  },
  // Since 1998 "the Mines Protocol" usually means Amended Protocol II.
  {
    text: 'Mines Protocol',
    caseSensitive: false,
    candidates: ['ccw-ap2', 'ccw-p2'],
    default: 'ccw-ap2',
  },
  // CCW documents write APII for Amended Protocol II; IHL writers use AP II (with a space) for
  // Additional Protocol II.
  {
    text: 'APII',
    caseSensitive: true,
    candidates: ['ccw-ap2', 'ap-2'],
    default: 'ccw-ap2',
  },
  // IHL writers use AP II for Additional Protocol II; CCW writers sometimes use it for Amended
  // Protocol II.
  {
    text: 'AP II',
    caseSensitive: true,
    candidates: ['ap-2', 'ccw-ap2'],
    default: 'ap-2',
  },
  // Additional Protocol I in IHL prose, a gene or an access point elsewhere: read only after Geneva
  // law is named.
  {
    text: 'AP1',
    caseSensitive: true,
    candidates: ['ap-1'],
    default: null,
  },
  // In arms-control prose "the Geneva Protocol" is the 1925 gas protocol; the Additional Protocols
  // are "the Geneva Protocols" only loosely.
  {
    text: 'Geneva Protocol',
    caseSensitive: false,
    candidates: ['geneva-protocol-1925', 'ap-1', 'ap-2'],
    default: 'geneva-protocol-1925',
  },
  // Singular "Geneva Convention" names none of the four unless a numbered one is in context.
  {
    text: 'Geneva Convention',
    caseSensitive: false,
    candidates: ['gc-1', 'gc-2', 'gc-3', 'gc-4'],
    default: null,
  },
  // Since 1996 an unqualified "Test Ban Treaty" is usually the CTBT.
  {
    text: 'Test Ban Treaty',
    caseSensitive: false,
    candidates: ['ctbt', 'pts'],
    default: 'ctbt',
  },
  // "Nuclear Test Ban Treaty" was the common name of the 1963 treaty; "Comprehensive" marks the
  // CTBT. Written with hyphens ("Nuclear-Test-Ban Treaty", as in "ENTRY INTO FORCE OF THE NUCLEAR-
  // TEST-BAN TREATY") it is the CTBT: its title is the "Comprehensive Nuclear-Test-Ban Treaty" (UNTC
  // XXVI-4, CTBTO), while the 1963 treaty's title, "Treaty Banning Nuclear Weapon Tests in the
  // Atmosphere, in Outer Space and Under Water" (UNODA), has no such word. Without hyphens the bare
  // name stays ambiguous: the context, else the 1963 treaty.
  {
    text: 'Nuclear Test Ban Treaty',
    caseSensitive: false,
    candidates: ['pts', 'ctbt'],
    default: 'pts',
    hyphenated: 'ctbt',
  },
  // "Le Traité sur la non-prolifération des armes nucléaires (TNP)" (Canadian Nuclear Safety
  // Commission), "Tratado de Não-Proliferação de Armas Nucleares (TNP)" (Brazil's foreign
  // ministry): see provenance.ts. Elsewhere TNP is the Théâtre National Populaire, a company's or a
  // compound's initials, so no default: only a text that names the NPT reads it.
  // The NPT in French, Spanish and Portuguese, a theatre or a company elsewhere: read only after the
  // text names the NPT.
  {
    text: 'TNP',
    caseSensitive: true,
    candidates: ['npt'],
    default: null,
  },
  // The Mine Ban Treaty once a text names it ("the Mine Ban Treaty (MBT)"); in writing on armour a
  // main battle tank ("the Army's Main Battle Tank (MBT)"), so no default.
  {
    text: 'MBT',
    caseSensitive: true,
    candidates: ['apmbt'],
    default: null,
  },
]

/** Instrument families that decide ambiguous names by what is mentioned nearby. */
export type InstrumentFamily = 'ccw' | 'geneva' | 'wmd' | 'zones'

export const instrumentFamilies: Record<InstrumentFamily, InstrumentId[]> = {
  ccw: ['ccw', 'ccw-p1', 'ccw-p2', 'ccw-ap2', 'ccw-p3', 'ccw-p4', 'ccw-p5'],
  geneva: ['gc-1', 'gc-2', 'gc-3', 'gc-4', 'ap-1', 'ap-2', 'ap-3', 'rome-statute'],
  wmd: ['geneva-protocol-1925', 'bwc', 'cwc'],
  // Treaties of nuclear-weapon-free zones have protocols of their own, which the registry does not
  // hold: "Protocol III" named after the Treaty of Pelindaba is none of the candidates.
  zones: ['tlatelolco', 'rarotonga', 'bangkok', 'pelindaba', 'semipalatinsk'],
}
