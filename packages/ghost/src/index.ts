/**
 * @treatymark/ghost: treatymark in Ghost. html cards with core's markup (`renderCard`,
 * `toLexicalNode`, `toSourceHtml`), markdown posts as Ghost lexical (`markdownToLexical`) and an
 * Admin API client for the `treatymark-ghost` CLI. The code-injection enhancer is a separate
 * browser bundle (`@treatymark/ghost/enhancer.js`).
 */
export { renderCard } from './card.js'
export type {
  CardInput,
  CitationCardInput,
  FigureCardInput,
  MarkdownCardInput,
  RenderCardOptions,
  StateListCardInput,
} from './card.js'
export { toLexicalNode, toSourceHtml, lexicalDocument } from './lexical.js'
export type * from './lexical.js'
export { markdownToLexical } from './markdown.js'
export type { MarkdownToLexicalOptions, MarkdownToLexicalResult, PostMeta } from './markdown.js'
export { cardBegin, cardEnd } from './html.js'
export { GhostAdminApi, GhostAdminError, adminToken, parseAdminKey } from './admin-api.js'
export type { AdminKey, GhostAdminApiOptions, GhostAdminErrorCode, GhostPost } from './admin-api.js'
export { publishMarkdown } from './publish.js'
export type { PublishOptions, PublishResult } from './publish.js'
export { snippetOf } from './snippet.js'
export type { GhostSnippet } from './snippet.js'
export { coreStylesheet, withStylesheet } from './stylesheet.js'
export { enhancerInlineTags, enhancerScript, enhancerTag } from './enhancer-tag.js'
export type { EnhancerInlinePart, EnhancerTagOptions } from './enhancer-tag.js'
