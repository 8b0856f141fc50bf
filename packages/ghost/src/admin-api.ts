/**
 * A small Ghost Admin API client: JWT signed with node:crypto (HS256, 5 minutes, `aud` `/admin/`),
 * posts created and updated, errors turned into `GhostAdminError` with a code the CLI maps to an
 * exit status.
 */
import { createHmac } from 'node:crypto'

export type GhostAdminErrorCode =
  | 'key' // the Admin API key is malformed
  | 'unauthorized' // Ghost refused the key (401/403)
  | 'unreachable' // no answer from the URL
  | 'validation' // Ghost rejected the post (422/400)
  | 'not-found' // no post with that slug (404)
  | 'http' // any other HTTP error

export class GhostAdminError extends Error {
  override readonly name = 'GhostAdminError'
  constructor(
    message: string,
    readonly code: GhostAdminErrorCode,
    readonly status?: number,
  ) {
    super(message)
  }
}

export interface AdminKey {
  id: string
  secret: string
}

/** `ID:SECRET` as Ghost shows it for a custom integration (24 and 64 hex digits). */
export function parseAdminKey(key: string): AdminKey {
  const match = /^([0-9a-f]{24}):([0-9a-f]{64})$/i.exec(typeof key === 'string' ? key.trim() : '')
  if (!match)
    throw new GhostAdminError(
      'malformed Admin API key: expected ID:SECRET (24 hex digits, a colon, 64 hex digits) as shown under Settings > Integrations',
      'key',
    )
  return { id: match[1]!, secret: match[2]! }
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url')

/** The short-lived token Ghost expects in `Authorization: Ghost <token>`. */
export function adminToken(key: string | AdminKey, now = Date.now()): string {
  const { id, secret } = typeof key === 'string' ? parseAdminKey(key) : key
  const iat = Math.floor(now / 1000)
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: id }))
  const payload = base64url(JSON.stringify({ iat, exp: iat + 5 * 60, aud: '/admin/' }))
  const signature = createHmac('sha256', Buffer.from(secret, 'hex'))
    .update(`${header}.${payload}`)
    .digest('base64url')
  return `${header}.${payload}.${signature}`
}

/** Fields of a post this client sends or reads (Ghost has more; PUT changes only those sent). */
export interface GhostPost {
  id?: string
  uuid?: string
  title?: string
  slug?: string
  status?: 'draft' | 'published' | 'scheduled' | 'sent'
  lexical?: string
  html?: string
  url?: string
  updated_at?: string
  custom_excerpt?: string | null
  feature_image?: string | null
  codeinjection_head?: string | null
  tags?: { name: string }[]
  [field: string]: unknown
}

export interface GhostAdminApiOptions {
  /** The site's URL (`https://example.com`, a subdirectory install works too). */
  url: string
  /** `ID:SECRET` of a custom integration. */
  key: string
  /** `Accept-Version` header (default `v5.0`, accepted by Ghost 5 and 6). */
  version?: string
  /** Timeout of each request in milliseconds (default 20 000). */
  timeout?: number
  fetch?: typeof fetch
}

export class GhostAdminApi {
  readonly base: string
  private readonly key: AdminKey
  private readonly options: GhostAdminApiOptions

  constructor(options: GhostAdminApiOptions) {
    let url: URL
    try {
      url = new URL(options.url)
    } catch {
      throw new GhostAdminError(`not a URL: ${JSON.stringify(options.url)}`, 'unreachable')
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new GhostAdminError(`the Ghost URL must be http(s): ${options.url}`, 'unreachable')
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}/ghost/api/admin/`
    this.key = parseAdminKey(options.key)
    this.options = options
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const doFetch = this.options.fetch ?? fetch
    const target = new URL(path, this.base)
    let response: Response
    try {
      response = await doFetch(target, {
        method,
        headers: {
          Authorization: `Ghost ${adminToken(this.key)}`,
          'Accept-Version': this.options.version ?? 'v5.0',
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.options.timeout ?? 20_000),
        redirect: 'follow',
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      const reason = cause?.code ?? cause?.message ?? (error as Error).message
      throw new GhostAdminError(`cannot reach Ghost at ${this.base} (${reason})`, 'unreachable')
    }
    const text = await response.text()
    let data: unknown
    try {
      data = text ? JSON.parse(text) : {}
    } catch {
      data = undefined
    }
    if (!response.ok) throw errorOf(response.status, data, target)
    if (data === undefined)
      throw new GhostAdminError(
        `${target.href} answered ${response.status} without JSON: is this a Ghost site?`,
        'http',
        response.status,
      )
    return data as T
  }

  async createPost(post: GhostPost): Promise<GhostPost> {
    const data = await this.request<{ posts: GhostPost[] }>('POST', 'posts/', { posts: [post] })
    return firstPost(data)
  }

  async getPostBySlug(slug: string): Promise<GhostPost> {
    const data = await this.request<{ posts: GhostPost[] }>(
      'GET',
      `posts/slug/${encodeURIComponent(slug)}/?formats=lexical`,
    )
    return firstPost(data)
  }

  /** PUT with the `updated_at` Ghost requires; fields not in `post` stay as they are. */
  async updatePost(id: string, post: GhostPost & { updated_at: string }): Promise<GhostPost> {
    const data = await this.request<{ posts: GhostPost[] }>(
      'PUT',
      `posts/${encodeURIComponent(id)}/`,
      {
        posts: [post],
      },
    )
    return firstPost(data)
  }
}

function firstPost(data: { posts?: GhostPost[] }): GhostPost {
  const post = data?.posts?.[0]
  if (!post) throw new GhostAdminError('Ghost answered without a post', 'http')
  return post
}

function errorOf(status: number, data: unknown, target: URL): GhostAdminError {
  const errors = (
    data as { errors?: { message?: string; context?: string | null; property?: string | null }[] }
  )?.errors
  const detail = errors
    ?.map(
      (e) =>
        [e.message, e.context].filter(Boolean).join(' ') + (e.property ? ` (${e.property})` : ''),
    )
    .join('; ')
  const said = detail ? `: ${detail}` : ''
  if (status === 401 || status === 403)
    return new GhostAdminError(
      `Ghost refused the Admin API key (${status})${said}. Check the key of your custom integration.`,
      'unauthorized',
      status,
    )
  if (status === 404)
    return new GhostAdminError(`not found (404) at ${target.pathname}${said}`, 'not-found', status)
  if (status === 422 || status === 400)
    return new GhostAdminError(`Ghost rejected the post (${status})${said}`, 'validation', status)
  return new GhostAdminError(
    `Ghost answered ${status} for ${target.pathname}${said}`,
    'http',
    status,
  )
}
