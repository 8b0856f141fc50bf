/** The type of a document suffix: addendum, revision, corrigendum, amendment. */
export type SymbolSuffixType = 'Add' | 'Rev' | 'Corr' | 'Amend'

/** One `Add.1` / `Rev.2` / `Corr.1` suffix of a symbol. */
export interface SymbolSuffix {
  /** The suffix type (the property keeps its historical name). */
  readonly kind: SymbolSuffixType
  /** `"1"` of `Corr.1`; null for a suffix printed without a number (a lone `Corr`). */
  readonly number: string | null
}

/** A UN or treaty-body document symbol split into its components. */
export interface DocumentSymbol {
  /** Normalised symbol, e.g. `"CCW/GGE/2008-V/WP.1"`. */
  readonly symbol: string
  /** Parent body or series: `"A"`, `"S"`, `"E"`, `"CCW"`, `"APLC"`, `"NPT/CONF.2020"`, ... */
  readonly body: string
  /** Subsidiary bodies and conferences after the body: `["GGE"]`, `["MSP.9"]`, `["C.1"]`. */
  readonly subsidiary: readonly string[]
  /** Document type: `"RES"`, `"L"`, `"WP"`, `"CRP"`, `"INF"`, `"PV"`, `"SR"`, `"MISC"`, ... or null. */
  readonly type: string | null
  /** Session, e.g. `"63"` (General Assembly) or `"2008-V"` (CCW GGE fifth session of 2008). */
  readonly session: string | null
  /** Year when the symbol carries one (`"2008"`, or `"2004"` from `S/RES/1540 (2004)`). */
  readonly year: string | null
  /** Serial number of the document, e.g. `"71"` in `A/RES/63/71`. */
  readonly number: string | null
  /** Add./Rev./Corr. suffixes in order. */
  readonly suffixes: readonly SymbolSuffix[]
  /** Every slash-separated component of the normalised symbol. */
  readonly components: readonly string[]
}

/** What `parseDocumentSymbol` returns: the parts, or why the text is no symbol. */
export type DocumentSymbolResult =
  | { readonly ok: true; readonly value: DocumentSymbol }
  | { readonly ok: false; readonly reason: string }
