/**
 * The model types of the public API (every entry point re-exports them). Internal helpers of
 * `models/` (`Draft`, the old type names) are not listed.
 */
export type {
  Article,
  Citation,
  CreditMedium,
  CreditRole,
  DatedEvent,
  Diagnostic,
  DocumentReference,
  DocumentSymbol,
  DocumentSymbolResult,
  Extraction,
  ExtractOptions,
  ImageCredit,
  Instrument,
  InstrumentId,
  InstrumentType,
  Kind,
  Pinpoint,
  RuleId,
  Severity,
  Source,
  Span,
  State,
  StateGroup,
  StateGroupId,
  StateList,
  StateMention,
  SymbolSuffix,
  SymbolSuffixType,
} from './index.js'
