/**
 * Credit lines in TASL order (Title, Author, Source, License), after Creative Commons'
 * recommended practice (https://wiki.creativecommons.org/wiki/Best_practices_for_attribution):
 * the title in quotes and linked to the work, "by" the author, where it was found, then the
 * licence linked to its deed. E.g. `“Expressive penguin” by user_x on Flickr, CC BY 2.0`.
 */
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import { parseLicense } from '../data/licenses.js'
import type { CreditMedium, CreditRole, ImageCredit } from '../models/extraction.js'
import { safeHttpUrl } from '../render/url.js'

/** One TASL element of a credit, with the connecting text that goes before it. */
export interface CreditPart {
  role: CreditRole
  text: string
  /** http(s) link for this part: the work for the title (or source), the deed for the licence. */
  url?: string
  /** Connecting text before the part (`"by "`, `" on "`, `", "`); empty for the first part. */
  prefix: string
}

/** Options of `formatCredit`. */
export interface FormatCreditOptions {
  /** `"text"` (default) or `"html"` (escaped, with links). */
  format?: 'text' | 'html'
}

/** What `formatCredit` needs of a credit: an `ImageCredit` without its span will do. */
export type CreditInput = Pick<ImageCredit, 'kind' | 'title' | 'creator' | 'source' | 'license'> &
  Partial<Pick<ImageCredit, 'url' | 'licenseUrl'>>

/** Places people find works on; "on Flickr" reads better than ", Flickr". */
const platforms = new Set([
  'flickr',
  'youtube',
  'vimeo',
  'dailymotion',
  'unsplash',
  'wikimedia commons',
  'wikipedia',
  'pexels',
  'pixabay',
  'instagram',
  'twitter',
  'facebook',
])

const kindWords: Record<CreditMedium, string | null> = {
  photo: 'Photo',
  image: 'Image',
  picture: 'Picture',
  video: 'Video',
  illustration: 'Illustration',
  map: 'Map',
  credit: null,
}

function present(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.trim().length > 0
}

/**
 * The TASL parts of a credit in order, each with its connecting prefix, for renderers that
 * mark up each element separately.
 */
export function creditParts(credit: CreditInput): CreditPart[] {
  const parts: CreditPart[] = []
  const workUrl = safeHttpUrl(credit.url)
  const hasTitle = present(credit.title)
  const hasCreator = present(credit.creator)

  if (hasTitle) {
    const part: CreditPart = {
      role: 'title',
      text: `\u201c${credit.title!.trim()}\u201d`,
      prefix: '',
    }
    if (workUrl) part.url = workUrl
    parts.push(part)
  }
  if (hasCreator) {
    const kind: unknown = credit.kind
    const kindWord =
      typeof kind === 'string' && Object.hasOwn(kindWords, kind)
        ? kindWords[kind as CreditMedium]
        : null
    const prefix = hasTitle ? ' by ' : kindWord ? `${kindWord} by ` : ''
    parts.push({ role: 'creator', text: credit.creator!.trim(), prefix })
  }
  if (present(credit.source)) {
    const source = credit.source.trim()
    const onPlatform = platforms.has(source.toLowerCase())
    const prefix = parts.length === 0 ? '' : onPlatform ? ' on ' : ', '
    const part: CreditPart = { role: 'source', text: source, prefix }
    if (workUrl && !hasTitle) part.url = workUrl
    parts.push(part)
  }
  if (present(credit.license)) {
    const url = safeHttpUrl(credit.licenseUrl) ?? safeHttpUrl(parseLicense(credit.license)?.url)
    const part: CreditPart = {
      role: 'license',
      text: credit.license.trim(),
      prefix: parts.length === 0 ? '' : ', ',
    }
    if (url) part.url = url
    parts.push(part)
  }
  return parts
}

/**
 * A credit line in TASL order: `“Title” by Creator on Source, License` (text), or the same with
 * each element in a `<span class="tm-credit-{role}">` and links to the work and the licence deed
 * (html, serialised by hast-util-to-html, so every value is escaped). Empty string when the
 * credit names nothing.
 *
 * ```js
 * formatCredit({ kind: 'photo', title: 'Cleared field', creator: 'A. Walker', source: 'Flickr', license: 'CC BY 2.0' })
 * // '“Cleared field” by A. Walker on Flickr, CC BY 2.0'
 * ```
 *
 * Errors: a `credit` that is not an object throws a `TypeError` ("formatCredit: `credit` must
 * be an object"). Nothing else throws: fields that are not strings are left out, URLs that are
 * not absolute http(s) are not linked, and any `format` but `"html"` gives text.
 */
export function formatCredit(credit: CreditInput, options: FormatCreditOptions = {}): string {
  if (credit === null || typeof credit !== 'object')
    throw new TypeError('formatCredit: `credit` must be an object')
  const parts = creditParts(credit)
  if (options !== null && typeof options === 'object' && options.format === 'html') {
    const nodes: ElementContent[] = []
    for (const part of parts) {
      if (part.prefix) nodes.push({ type: 'text', value: part.prefix })
      const rel = part.role === 'license' ? ['license', 'noopener'] : ['noopener']
      const inner = part.url ? h('a', { href: part.url, rel }, part.text) : part.text
      nodes.push(h('span', { className: [`tm-credit-${part.role}`] }, inner))
    }
    return toHtml(nodes)
  }
  return parts.map((part) => part.prefix + part.text).join('')
}
