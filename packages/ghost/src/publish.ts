/** Publish a markdown post to Ghost: markdownToLexical + the Admin API. */
import {
  GhostAdminApi,
  GhostAdminError,
  type GhostAdminApiOptions,
  type GhostPost,
} from './admin-api.js'
import {
  markdownToLexical,
  type MarkdownToLexicalOptions,
  type MarkdownToLexicalResult,
} from './markdown.js'
import { withStylesheet } from './stylesheet.js'

export interface PublishOptions extends GhostAdminApiOptions, MarkdownToLexicalOptions {
  /** `draft` (default, or the front matter's `status`) or `published`. */
  status?: 'draft' | 'published'
  /** Update the post with this slug instead of creating one. */
  update?: string
  /** Put treatymark's stylesheet in the post's code injection (default `true`). */
  stylesheet?: boolean
  /** Title when neither front matter nor a leading `# heading` gives one. */
  title?: string
}

export interface PublishResult {
  action: 'created' | 'updated'
  id: string
  url: string
  slug: string
  status: string
  conversion: MarkdownToLexicalResult
}

/** Create (or, with `update`, update) a post from markdown with treatymark syntax. */
export async function publishMarkdown(
  markdown: string,
  options: PublishOptions,
): Promise<PublishResult> {
  const api = new GhostAdminApi(options)
  const conversion = markdownToLexical(markdown, options)
  const { meta } = conversion
  const title = meta.title ?? options.title
  const post: GhostPost = { lexical: JSON.stringify(conversion.lexical) }
  if (title) post.title = title
  const status = options.status ?? meta.status
  if (status) post.status = status
  if (meta.slug && !options.update) post.slug = meta.slug
  if (meta.tags) post.tags = meta.tags.map((name) => ({ name }))
  if (meta.excerpt) post.custom_excerpt = meta.excerpt
  if (meta.featureImage) post.feature_image = meta.featureImage

  let saved: GhostPost
  let action: PublishResult['action']
  if (options.update) {
    // Ghost requires the current updated_at (a collision check); only the fields sent change.
    const current = await api.getPostBySlug(options.update)
    if (!current.id || !current.updated_at)
      throw new GhostAdminError(`post "${options.update}" has no id or updated_at`, 'http')
    post.codeinjection_head = withStylesheet(
      current.codeinjection_head,
      options.stylesheet !== false,
    )
    saved = await api.updatePost(current.id, { ...post, updated_at: current.updated_at })
    action = 'updated'
  } else {
    if (!post.title) post.title = 'Untitled'
    post.codeinjection_head = withStylesheet(null, options.stylesheet !== false)
    saved = await api.createPost(post)
    action = 'created'
  }
  return {
    action,
    id: String(saved.id),
    url: String(saved.url ?? ''),
    slug: String(saved.slug ?? ''),
    status: String(saved.status ?? ''),
    conversion,
  }
}
