/**
 * @treatymark/core: registries, extract(), formatters and the HTML renderer.
 *
 * This file is the public API (held by the API report in `etc/core.api.md`): 31 values and
 * the types they use. Everything else is internal and may change in any release; the code
 * inside the package imports it by relative path. `markupDom` is in `@treatymark/core/dom`,
 * the remark plugins in `@treatymark/core/remark`.
 */

// Models
export type * from './models/public.js'

// Extraction
export { extract } from './extract/index.js'

// Registries: instruments and articles
export { instruments, getInstrument, findInstrument, articleOf } from './registry/instruments.js'

// Registries: states and UN regional groups
export { states, getState, findState, groups, statesInGroup } from './registry/states.js'

// UN document symbols and pinpoints
export { parseDocumentSymbol, documentUrl } from './symbols/index.js'
export type { UnLanguage } from './symbols/index.js'
export { parsePinpoint, formatPinpoint } from './pinpoint/index.js'

// Formatters
export { formatCitation } from './format/citation.js'
export type { CitationInput, CitationStyle, FormatCitationOptions } from './format/citation.js'
export { formatStateList, formatStateListToParts } from './format/state-list.js'
export type {
  FormatStateListOptions,
  StateListConjunction,
  StateListPart,
  StateListSort,
  StateNameStyle,
} from './format/state-list.js'
export { formatCredit } from './format/credit.js'
export type { CreditInput, FormatCreditOptions } from './format/credit.js'

// Licences
export { licenses, getLicense, parseLicense } from './data/licenses.js'
export type { License, LicenseCode, ParsedLicense } from './data/licenses.js'

// Rendering
export { renderHtml, hastToHtml } from './render/html.js'
export type { RenderHtmlOptions } from './render/html.js'
export { renderText } from './render/text.js'
export { markupHast } from './render/hast.js'
export type { MarkupHastOptions } from './render/hast.js'
export { instrumentsCited } from './render/instruments-cited.js'
export { renderCitation, renderStateList, renderCredit } from './render/entities.js'
// URL guards (links: http(s) only; images: also relative and raster data URLs)
export { safeHttpUrl } from './render/url.js'
export { safeImageSrc } from './render/sections.js'
export type {
  RenderCitationInput,
  RenderCreditOptions,
  RenderStateListOptions,
} from './render/entities.js'
export type { InstrumentCited } from './render/sections.js'
export type { BuildUrl, Entity, EntityByKind, EntityKind, RenderOptions } from './render/options.js'
