/**
 * @treatymark/core: registries, extract(), formatters and the HTML renderer.
 * Each section re-exports one area; `lib` modules hold the code.
 */
export type * from './models/index.js'

// Registries: instruments and articles
export {
  instruments,
  getInstrument,
  findInstrument,
  articleOf,
  lastArticle,
  instrumentUrl,
  instrumentPhrases,
  ambiguousNames,
  instrumentFamilies,
  findAmbiguousName,
  resolveAmbiguous,
  genericReferents,
  fitsGenericReferent,
  headWord,
  normalizeInstrumentName,
  normalizeArticleNumber,
} from './registry/instruments.js'
export type {
  InstrumentPhrase,
  InstrumentPhraseKind,
  AmbiguousName,
  InstrumentFamily,
  GenericReferentWord,
} from './registry/instruments.js'
// Registries: states and UN regional groups
export {
  states,
  groups,
  getState,
  findState,
  statesInGroup,
  statePhrases,
  stateDemonymPhrases,
} from './registry/states.js'
export type { StatePhrase, StatePhraseKind } from './registry/states.js'
// Document symbols and pinpoints
export {
  parseDocumentSymbol,
  isDocumentSymbol,
  documentUrl,
  unLanguages,
  symbolSeries,
} from './symbols/index.js'
export type { UnLanguage, SymbolSeries } from './symbols/index.js'
export {
  parsePinpoint,
  formatPinpoint,
  pinpointSource,
  pinpointPattern,
  createPinpointRegExp,
} from './pinpoint/index.js'
export { extractDocuments } from './extract/documents.js'
// Formatters
export { formatCitation, treatySeries } from './format/citation.js'
export type { CitationStyle, CitationInput, FormatCitationOptions } from './format/citation.js'
export { formatStateList, formatStateListToParts } from './format/state-list.js'
export type {
  FormatStateListOptions,
  StateListConjunction,
  StateListPart,
  StateListSort,
  StateNameStyle,
} from './format/state-list.js'
export { formatCredit, creditParts } from './format/credit.js'
export type { CreditPart, CreditRole, FormatCreditOptions } from './format/credit.js'
// Licences
export { licenses, parseLicense, findLicenses, getLicense } from './data/licenses.js'
export type { License, LicenseCode, LicenseMatch, ParsedLicense } from './data/licenses.js'
// Extraction
export { extract, extractionKinds, extractCitations, mayContain } from './extract/index.js'
export type { Literals } from './extract/index.js'
// Rendering
export {
  renderText,
  renderHtml,
  renderExtractionHtml,
  renderParagraphs,
  renderRange,
  hastToHtml,
  intervalElement,
  citationElement,
  documentElement,
  stateElement,
  stateListElement,
  creditElement,
  creditPartElement,
  generatedCreditElement,
  collectIntervals,
  nestIntervals,
  creditPartSpans,
  resolveRenderOptions,
  safeHttpUrl,
  markupHast,
  attributesOf,
  figureElement,
  imageElement,
  instrumentsCited,
  instrumentsCitedElement,
  safeImageSrc,
  stateListCountElement,
} from './render/index.js'
export type {
  BuildUrl,
  Entity,
  EntityByKind,
  EntityKind,
  RenderOptions,
  RenderHtmlOptions,
  RenderContext,
  Interval,
  NestedInterval,
  CreditPartRole,
  MarkupHastOptions,
  InstrumentCited,
} from './render/index.js'
