/**
 * Does a piece of HTML carry an injection? The HTML is parsed with parse5 (the WHATWG HTML
 * parser, as a browser parses it: character references decoded, broken tags repaired, foreign
 * content), and every element is checked:
 *
 * - no element that runs or loads script or active content (`script`, `iframe`, `object`, `svg`,
 *   `math`, `style`, `base`, `meta`, `form`, ...);
 * - no event-handler attribute (`on*`), no `srcdoc`, no `style` holding `expression(`,
 *   `javascript:` or `url(`;
 * - every URL attribute (`href`, `src`, `action`, `formaction`, `xlink:href`, `srcset`, ...) is,
 *   after the browser's URL parsing against an https base, `http:` or `https:`, or (for `img`
 *   `src` only) a raster `data:image/*` URL.
 *
 * The check is written apart from treatymark's own URL guard on purpose: it tests the guard,
 * it does not reuse it.
 */
import { parseFragment } from 'parse5'

/** Elements a renderer must never emit (as markup; as escaped text they are harmless). */
export const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'basefont',
  'link',
  'meta',
  'style',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'keygen',
  'isindex',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'listing',
  'title',
  'xml',
  'import',
  'portal',
  'fencedframe',
  'video',
  'audio',
  'source',
  'track',
  'bgsound',
  'marquee',
  'details',
  'dialog',
  'image',
])

/** Attributes holding a URL a browser may load or navigate to. */
export const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'imagesrcset',
  'poster',
  'background',
  'data',
  'codebase',
  'classid',
  'archive',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'ping',
  'manifest',
  'icon',
  'profile',
  'usemap',
  'to',
  'from',
  'values',
  'by',
])

const BASE = 'https://treatymark.invalid/page/'
const RASTER = /^data:image\/(?:png|jpeg|gif|webp|avif)(?:;[^,]*)?,/i

/** Is `value`, read by a browser as a URL, safe for this attribute of this element? */
export function urlProblem(value, attribute = 'href', element = 'a') {
  const candidates =
    attribute === 'srcset' || attribute === 'imagesrcset'
      ? value
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean)
      : attribute === 'values'
        ? value.split(';')
        : [value]
  for (const candidate of candidates) {
    let url
    try {
      url = new URL(candidate, BASE)
    } catch {
      // Unparseable: a browser would not load it either.
      continue
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') continue
    if (
      url.protocol === 'data:' &&
      element === 'img' &&
      attribute === 'src' &&
      RASTER.test(url.href)
    )
      continue
    return `${element}[${attribute}] is a ${url.protocol} URL: ${JSON.stringify(candidate.slice(0, 80))}`
  }
  return null
}

/**
 * Every problem found in `html` (an empty array when it is clean). `fragment` HTML is parsed in
 * a `<body>` context, as `innerHTML` would be.
 */
export function findInjections(html) {
  const problems = []
  const visit = (node) => {
    if (node.tagName !== undefined) {
      const name = node.tagName.toLowerCase()
      if (forbiddenElements.has(name)) problems.push(`<${name}> element`)
      if (node.namespaceURI && node.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        problems.push(`<${name}> in foreign content (${node.namespaceURI})`)
      for (const attribute of node.attrs ?? []) {
        const attr = (
          attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name
        ).toLowerCase()
        const value = attribute.value
        if (/^on/.test(attribute.name.toLowerCase()))
          problems.push(`<${name}> has an event handler ${attr}`)
        else if (attr === 'srcdoc') problems.push(`<${name}> has srcdoc`)
        else if (attr === 'style' && /expression\s*\(|javascript:|url\s*\(|\\/i.test(value))
          problems.push(`<${name}> has a style that loads or runs something: ${value.slice(0, 80)}`)
        else if (attr === 'http-equiv') problems.push(`<${name}> has http-equiv`)
        else if (urlAttributes.has(attr)) {
          const problem = urlProblem(value, attr, name)
          if (problem) problems.push(problem)
        }
      }
    }
    if (node.content) visit(node.content)
    for (const child of node.childNodes ?? []) visit(child)
  }
  visit(parseFragment(html))
  return problems
}

/** Throw an Error listing the problems of `html` (with `label` to say where it came from). */
export function assertNoInjection(html, label = 'output') {
  const problems = findInjections(html)
  if (problems.length > 0)
    throw new Error(
      `${label} carries an injection:\n  ${problems.join('\n  ')}\nin: ${html.slice(0, 2000)}`,
    )
}
