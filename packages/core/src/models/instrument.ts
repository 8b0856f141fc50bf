/** Identifiers of the instruments treatymark knows (see `src/data/instruments/`). */
export type InstrumentId =
  | 'apmbt'
  | 'ccw'
  | 'ccw-p1'
  | 'ccw-p2'
  | 'ccw-ap2'
  | 'ccw-p3'
  | 'ccw-p4'
  | 'ccw-p5'
  | 'ccm'
  | 'cwc'
  | 'bwc'
  | 'npt'
  | 'ctbt'
  | 'tpnw'
  | 'att'
  | 'pts'
  | 'ost'
  | 'inf'
  | 'new-start'
  | 'tlatelolco'
  | 'rarotonga'
  | 'bangkok'
  | 'pelindaba'
  | 'semipalatinsk'
  | 'gc-1'
  | 'gc-2'
  | 'gc-3'
  | 'gc-4'
  | 'ap-1'
  | 'ap-2'
  | 'ap-3'
  | 'geneva-protocol-1925'
  | 'poa-salw'
  | 'iti'
  | 'firearms-protocol'
  | 'rome-statute'
  | 'geneva-declaration'

/** A treaty, a protocol to a treaty, or a political (non-binding) instrument. */
export type InstrumentKind = 'treaty' | 'protocol' | 'political'

/** A date with the place it happened, e.g. adoption in Oslo on 1997-09-18. */
export interface DatedEvent {
  /** ISO 8601 date (`YYYY-MM-DD`). */
  date: string
  /** City (and country where useful), e.g. `"Oslo"`. */
  place: string | null
}

/** One article of an instrument with its heading as written in the official text. */
export interface Article {
  /** Article number as written (`"5"`, `"8bis"`, `"I"` for NPT-style roman numbering is stored as `"1"`). */
  number: string
  /** Heading in the official English text, or null where the text has none. */
  title: string | null
}

/** A fact with the primary source it was checked against. */
export interface Source {
  /** What was checked against this source, e.g. `"adopted, entryIntoForce"`. */
  fields: string
  /** http(s) URL of the primary source (UNODA, UN Treaty Collection, ICRC, ...). */
  url: string
}

export interface Instrument {
  id: InstrumentId
  /** Official title, as in the authentic English text. */
  title: string
  /** Short titles in common use ("Mine Ban Treaty", "Ottawa Convention"). */
  shortTitles: string[]
  /** Abbreviations ("APMBT", "MBT", "APLC"). Matched case-sensitively. */
  abbreviations: string[]
  /** Other names writers use; matched case-insensitively and punctuation-tolerant. */
  aliases: string[]
  kind: InstrumentKind
  /** For protocols: the instrument they attach to (CCW protocols -> `ccw`). */
  parent: InstrumentId | null
  adopted: DatedEvent
  /** ISO date of entry into force; null when not in force (CTBT) or not applicable (political). */
  entryIntoForce: string | null
  /** Depositary (e.g. "Secretary-General of the United Nations"); null for political instruments. */
  depositary: string | null
  /** http(s) URL of the official text. */
  url: string
  /** Articles in order; present for the main treaties. */
  articles?: Article[]
  /** Primary sources for the facts above. */
  sources: Source[]
  /** Phrases that must resolve to this instrument (run by a test, the reporters-db pattern). */
  examples: string[]
}
