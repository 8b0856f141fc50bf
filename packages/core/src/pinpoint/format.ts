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
 * Render a pinpoint the way treaty texts write it: `5`, `5(1)`, `5(1)(a)`, `7(1)(a)-(c)`,
 * `7(1)(a)(ii)`. The inverse of `parsePinpoint` for one pinpoint (without the word "Article").
 */
export function formatPinpoint(pinpoint: Pinpoint): string {
  let out = pinpoint.article
  if (pinpoint.paragraph !== null) out += bracket(pinpoint.paragraph)
  if (pinpoint.subparagraph !== null) out += bracket(pinpoint.subparagraph)
  return out
}
