export type {
  BuildUrl,
  Entity,
  EntityByKind,
  EntityKind,
  RenderOptions,
  ResolvedRenderOptions,
} from './options.js'
export { resolveRenderOptions } from './options.js'
export { safeHttpUrl } from './url.js'
export type { Interval, NestedInterval } from './intervals.js'
export { collectIntervals, compareIntervals, creditPartSpans, nestIntervals } from './intervals.js'
export {
  citationElement,
  creditElement,
  creditPartElement,
  documentElement,
  generatedCreditElement,
  entityUrl,
  intervalElement,
  isLink,
  pinpointLabel,
  stateElement,
  stateListElement,
} from './elements.js'
export { renderText } from './text.js'
export type { RenderHtmlOptions } from './html.js'
export { hastToHtml, renderExtractionHtml, renderHtml, renderParagraphs } from './html.js'
export type { MarkupHastOptions } from './hast.js'
export { markupHast } from './hast.js'
export type { MarkupDomOptions } from './dom.js'
export { markupDom, attributesOf } from './dom.js'
export type { InstrumentCited } from './sections.js'
export {
  figureElement,
  imageElement,
  instrumentsCited,
  instrumentsCitedElement,
  safeImageSrc,
  stateListCountElement,
} from './sections.js'
