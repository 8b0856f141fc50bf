/**
 * @treatymark/core/dom: mark up a live DOM in place (browser surfaces such as the Ghost
 * enhancer). Kept apart from the main entry so Node users need no DOM types.
 */
export { markupDom } from './render/dom.js'
export type { MarkupDomOptions } from './render/dom.js'
// The types its signature uses, so this entry stands on its own.
export type * from './models/public.js'
export type { BuildUrl, Entity, EntityByKind, EntityKind, RenderOptions } from './render/options.js'
