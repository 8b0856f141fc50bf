import { parseEntities } from 'parse-entities'

/**
 * The one URL guard of the renderer, for links (`href`) and images (`src`).
 *
 * A URL is judged the way a browser will read it (WHATWG URL parsing): leading and trailing C0
 * controls and spaces are stripped and tab, LF and CR are removed anywhere, so
 * `"\u0001java\tscript:alert(1)"` is a `javascript:` URL. When the value holds character
 * references (`java&#9;script:`), the form an HTML parser would decode is judged too, so a page
 * that prints the value without escaping it cannot turn it into script. Then:
 *
 * - links: only absolute `http:` / `https:` URLs with a host;
 * - images: `http:` / `https:`, relative URLs (no scheme) and raster `data:image/*` URLs
 *   (png, jpeg, gif, webp, avif; never svg).
 *
 * Everything else is refused with a reason (for a diagnostic): never passed through.
 */
export type UrlUse = 'link' | 'image'

/** What the guard decided: the URL to emit, or why there is none. */
export type UrlVerdict = { url: string; reason?: undefined } | { url: undefined; reason: string }

/** Removed anywhere by the URL parser. */
const TAB_OR_NEWLINE = /[\t\n\r]/g
/** Stripped at both ends by the URL parser. */
// eslint-disable-next-line no-control-regex -- C0 controls are exactly what the URL parser strips
const C0_OR_SPACE_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
/**
 * Characters some other reader (an older parser, a sanitiser, a copy and paste) might drop:
 * controls, Unicode spaces, zero-width and bidi marks, soft hyphen. A scheme spelt with them
 * counts as that scheme, so `java\u200Bscript:` is refused even where browsers read it as a
 * harmless relative path.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- invisible code points, one by one
  /[\u0000-\u0020\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g
const SCHEME = /^([a-z][a-z\d+.-]*):/i
/** `data:` URLs an `<img>` may load: raster types only (an SVG document can hold script). */
const RASTER_DATA = /^data:image\/(?:png|jpeg|gif|webp|avif)(?:;[^,]*)?,/i

const cache = new Map<string, UrlVerdict>()

/** The string a browser's URL parser starts from. */
export function browserUrlForm(value: string): string {
  return value.replace(TAB_OR_NEWLINE, '').replace(C0_OR_SPACE_AT_ENDS, '')
}

/** Decode character references as the HTML parser does in an attribute value. */
function decodeReferences(value: string): string {
  return parseEntities(value, { attribute: true })
}

/** Judge `value` for use as a link or an image source. */
export function checkUrl(value: unknown, use: UrlUse): UrlVerdict {
  if (typeof value !== 'string') return { url: undefined, reason: 'the URL is not a string' }
  const key = `${use}\u0000${value}`
  const cached = cache.get(key)
  if (cached) return cached
  const verdict = judge(value, use)
  if (value.length <= 2048) {
    if (cache.size > 5_000) cache.clear()
    cache.set(key, verdict)
  }
  return verdict
}

function judge(value: string, use: UrlUse): UrlVerdict {
  const form = browserUrlForm(value)
  const first = judgeForm(form, use)
  if (first.url === undefined) return first
  // What an HTML parser would make of the value if it were printed without escaping.
  if (value.includes('&')) {
    const decoded = decodeReferences(value)
    if (decoded !== value) {
      const second = judgeForm(browserUrlForm(decoded), use)
      if (second.url === undefined)
        return {
          url: undefined,
          reason: `${second.reason} (once character references are decoded)`,
        }
    }
  }
  return first
}

function judgeForm(form: string, use: UrlUse): UrlVerdict {
  if (form === '') return { url: undefined, reason: 'the URL is empty' }
  const scheme = SCHEME.exec(form)?.[1]?.toLowerCase()
  // A scheme hidden by invisible characters counts as written.
  const hidden = SCHEME.exec(form.replace(INVISIBLE, ''))?.[1]?.toLowerCase()
  if (hidden !== undefined && hidden !== scheme && !allowedScheme(hidden, form, use))
    return { url: undefined, reason: `the scheme "${hidden}:" is not allowed` }
  if (scheme === undefined) {
    if (use === 'link')
      return { url: undefined, reason: 'a link must be an absolute http: or https: URL' }
    // Relative reference (path, `?query`, `#fragment`, `//host/path`).
    return { url: form }
  }
  if (scheme === 'http' || scheme === 'https') return absoluteHttp(form)
  if (scheme === 'data' && use === 'image') {
    if (RASTER_DATA.test(form)) return { url: form }
    return {
      url: undefined,
      reason: 'a data: image must be png, jpeg, gif, webp or avif (never svg or html)',
    }
  }
  return { url: undefined, reason: `the scheme "${scheme}:" is not allowed` }
}

function allowedScheme(scheme: string, form: string, use: UrlUse): boolean {
  if (scheme === 'http' || scheme === 'https') return true
  return scheme === 'data' && use === 'image' && RASTER_DATA.test(form.replace(INVISIBLE, ''))
}

function absoluteHttp(form: string): UrlVerdict {
  let url: URL
  try {
    url = new URL(form)
  } catch {
    return { url: undefined, reason: 'the URL is malformed' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { url: undefined, reason: `the scheme "${url.protocol}" is not allowed` }
  if (!url.hostname) return { url: undefined, reason: 'the URL has no host' }
  return { url: url.href }
}

/**
 * The only URLs the renderer links to are absolute `http:` and `https:` URLs; anything else
 * (`javascript:`, `data:`, relative or malformed strings) gives `undefined`, i.e. no link.
 * Results are memoised: a document links the same few treaty and document URLs many times.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  return checkUrl(value, 'link').url
}

/** `src` of an image: http(s), relative paths and raster data URLs; nothing that runs script. */
export function safeImageSrc(value: unknown): string | undefined {
  return checkUrl(value, 'image').url
}
