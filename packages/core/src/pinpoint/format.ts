import type { Pinpoint } from '../models/pinpoint.js'

/** `"a-c"` -> `"(a)-(c)"`, `"a(ii)"` -> `"(a)(ii)"`. */
function bracket(level: string): string {
  const range = level.split('-')
  if (range.length === 2 && range[0] && range[1]) return `(${range[0]})-(${range[1]})`
  const parenthesis = level.indexOf('(')
  if (parenthesis > 0) return `(${level.slice(0, parenthesis)})${level.slice(parenthesis)}`
  return `(${level})`
}

/**
 * One level of a pinpoint as text: a non-empty string as written, a finite number in digits;
 * anything else (null, a missing field, a malformed value) is no level.
 */
export function pinpointLevel(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

/**
 * Render a pinpoint the way treaty texts write it: `5`, `5(1)`, `5(1)(a)`, `7(1)(a)-(c)`,
 * `7(1)(a)(ii)`. The inverse of `parsePinpoint` for one pinpoint (without the word "Article").
 *
 * Errors: a `pinpoint` that is not an object throws a `TypeError` ("formatPinpoint: `pinpoint`
 * must be an object"). Malformed fields do not throw: a level that is not a non-empty string
 * (or a number) is left out, and without an article the result is `''`.
 */
export function formatPinpoint(pinpoint: Pinpoint): string {
  if (pinpoint === null || typeof pinpoint !== 'object')
    throw new TypeError('formatPinpoint: `pinpoint` must be an object')
  const article = pinpointLevel(pinpoint.article)
  if (article === null) return ''
  let out = article
  const paragraph = pinpointLevel(pinpoint.paragraph)
  const subparagraph = pinpointLevel(pinpoint.subparagraph)
  if (paragraph !== null) out += bracket(paragraph)
  if (subparagraph !== null) out += bracket(subparagraph)
  return out
}
