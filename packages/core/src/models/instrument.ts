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
  | 'abm'
  | 'inf'
  | 'start-1'
  | 'start-2'
  | 'sort'
  | 'new-start'
  | 'open-skies'
  | 'un-charter'
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
export type InstrumentType = 'treaty' | 'protocol' | 'political'

/** A date with the place it happened, e.g. adoption in Oslo on 1997-09-18. */
export interface DatedEvent {
  /** ISO 8601 date (`YYYY-MM-DD`). */
  readonly date: string
  /** City (and country where useful), e.g. `"Oslo"`. */
  readonly place: string | null
}

/** One article of an instrument with its heading as written in the official text. */
export interface Article {
  /** Article number as written (`"5"`, `"8bis"`, `"I"` for NPT-style roman numbering is stored as `"1"`). */
  readonly number: string
  /** Heading in the official English text, or null where the text has none. */
  readonly title: string | null
}

/**
 * A fact with the primary source it was checked against. The registry's sources are maintainers'
 * data kept out of the runtime objects (see `docs/registries.md`); the type stays for tools that
 * read them from the repository.
 */
export interface Source {
  /** What was checked against this source, e.g. `"adopted, entryIntoForce"`. */
  readonly fields: string
  /** http(s) URL of the primary source (UNODA, UN Treaty Collection, ICRC, ...). */
  readonly url: string
}

/** An instrument of the registry (`instruments`, `getInstrument`, `findInstrument`). */
export interface Instrument {
  readonly id: InstrumentId
  /** Official title, as in the authentic English text. */
  readonly title: string
  /** Short titles in common use ("Mine Ban Treaty", "Ottawa Convention"), in English. */
  readonly shortTitles: readonly string[]
  /**
   * Abbreviations ("APMBT", "APMBC", "APLC"). Matched case-sensitively. Abbreviations of other
   * languages that are also common words or acronyms elsewhere ("TNP") are not listed here: they
   * are ambiguous names, read only where the text names the instrument.
   */
  readonly abbreviations: readonly string[]
  /**
   * Other names writers use, including titles and short titles in other languages as governments
   * and the UN write them ("Atomwaffensperrvertrag", "Tratado sobre a Proibição de Armas
   * Nucleares"); matched case-insensitively and punctuation-tolerant.
   */
  readonly aliases: readonly string[]
  /** Treaty, protocol or political instrument (the property keeps its historical name). */
  readonly kind: InstrumentType
  /** For protocols: the instrument they attach to (CCW protocols -> `ccw`). */
  readonly parent: InstrumentId | null
  readonly adopted: DatedEvent
  /** ISO date of entry into force; null when not in force (CTBT) or not applicable (political). */
  readonly entryIntoForce: string | null
  /** Depositary (e.g. "Secretary-General of the United Nations"); null for political instruments. */
  readonly depositary: string | null
  /** http(s) URL of the official text. */
  readonly url: string
  /** Articles in order; present for the main treaties. */
  readonly articles?: readonly Article[]
}
