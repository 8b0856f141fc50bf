/** Snippet JSON for Ghost's editor: one html card with the rendered markdown. */
import { renderCard, type RenderCardOptions } from './card.js'
import { lexicalDocument, toLexicalNode } from './lexical.js'

export interface GhostSnippet {
  name: string
  mobiledoc: string
  lexical: string
}

/**
 * A snippet (`{name, mobiledoc, lexical}`) whose content is one html card: the markdown fragment
 * rendered by `renderCard`. Creating snippets through the Admin API needs a staff session
 * (Ghost refuses integration keys), so this is for import by a staff user or a staff-session
 * script.
 */
export function snippetOf(
  name: string,
  markdown: string,
  options: RenderCardOptions = {},
): GhostSnippet {
  const card = toLexicalNode(renderCard({ kind: 'markdown', markdown }, options))
  return { name, mobiledoc: '{}', lexical: JSON.stringify(lexicalDocument([card])) }
}
