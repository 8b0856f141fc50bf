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
  'a',
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
  // Read only when treatymark made them, but inline all the same.
  'button',
  'code',
  'kbd',
  'samp',
  'var',
])

/** Class names (after the prefix) of the elements the renderer makes. */
const ownSuffixes = [
  'cite',
  'doc',
  'state',
  'state-list',
  'state-list-count',
  'credit',
  'credit-title',
  'credit-creator',
  'credit-source',
  'credit-license',
  'figure',
  'instruments-cited',
]

/** Whether a class marks an element the renderer made (so its text is read but not changed). */
export function ownClassTest(prefix: string): (className: string) => boolean {
  const own = new Set(ownSuffixes.map((suffix) => `${prefix}${suffix}`))
  return (className) => own.has(className)
}
