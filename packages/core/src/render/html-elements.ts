/** How the markup functions read HTML: what they never touch, and what runs inline. */

/** Elements whose content is never read or changed. */
export const skippedElements: ReadonlySet<string> = new Set([
  'a',
  'button',
  'code',
  'iframe',
  'kbd',
  'math',
  'noscript',
  'object',
  'pre',
  'samp',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'var',
])

/** Elements that stand for one non-prose character (no match runs across them). */
export const opaqueElements: ReadonlySet<string> = new Set([
  'img',
  'input',
  'video',
  'audio',
  'canvas',
  'picture',
])

/**
 * Inline elements: their text runs on. Every other element ends a run of prose, so no match
 * runs from one block (or unknown element) into the next.
 */
export const inlineElements: ReadonlySet<string> = new Set([
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
])
