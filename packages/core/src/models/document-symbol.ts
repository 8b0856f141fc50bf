/** The kind of a document suffix: addendum, revision, corrigendum. */
export type SymbolSuffixKind = 'Add' | 'Rev' | 'Corr' | 'Amend'

export interface SymbolSuffix {
  kind: SymbolSuffixKind
  number: string
}

/** A UN or treaty-body document symbol split into its components. */
export interface DocumentSymbol {
  /** Normalised symbol, e.g. `"CCW/GGE/2008-V/WP.1"`. */
  symbol: string
  /** Parent body or series: `"A"`, `"S"`, `"E"`, `"CCW"`, `"APLC"`, `"NPT/CONF.2020"`, ... */
  body: string
  /** Subsidiary bodies and conferences after the body: `["GGE"]`, `["MSP.9"]`, `["C.1"]`. */
  subsidiary: string[]
  /** Document type: `"RES"`, `"L"`, `"WP"`, `"CRP"`, `"INF"`, `"PV"`, `"SR"`, `"MISC"`, ... or null. */
  type: string | null
  /** Session, e.g. `"63"` (General Assembly) or `"2008-V"` (CCW GGE fifth session of 2008). */
  session: string | null
  /** Year when the symbol carries one (`"2008"`, or `"2004"` from `S/RES/1540 (2004)`). */
  year: string | null
  /** Serial number of the document, e.g. `"71"` in `A/RES/63/71`. */
  number: string | null
  /** Add./Rev./Corr. suffixes in order. */
  suffixes: SymbolSuffix[]
  /** Every slash-separated component of the normalised symbol. */
  components: string[]
}

export type DocumentSymbolResult =
  { ok: true; value: DocumentSymbol } | { ok: false; reason: string }
