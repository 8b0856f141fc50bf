/**
 * What the remark plugins take from the renderer: options, the interval plan and the element
 * builders, so a remark tree gets exactly the markup `renderHtml` writes. Not public API (the
 * package's entries are `src/index.ts`, `src/dom.ts`, `src/remark/index.ts`).
 */
export type { BuildUrl, RenderOptions, ResolvedRenderOptions } from './options.js'
export { resolveRenderOptions } from './options.js'
export { safeHttpUrl } from './url.js'
export type { NestedInterval } from './intervals.js'
export { collectIntervals, nestIntervals } from './intervals.js'
export {
  citationElement,
  generatedCreditElement,
  intervalElement,
  stateElement,
  stateListElement,
} from './elements.js'
export {
  figureElement,
  imageElement,
  instrumentsCited,
  instrumentsCitedElement,
  stateListCountElement,
} from './sections.js'
