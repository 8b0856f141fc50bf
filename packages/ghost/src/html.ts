/**
 * Serialising card HTML: inline styles that survive email clients, no comments, and never the
 * `<!--kg-card-end: html-->` marker that would end Ghost's html card early.
 */
import { hastToHtml, safeImageSrc } from '@treatymark/core'
import type { Element, Root, RootContent } from 'hast'

/** Ghost's html card is written between these comments (`?source=html` and rendered posts). */
export const cardBegin = '<!--kg-card-begin: html-->'
export const cardEnd = '<!--kg-card-end: html-->'

/**
 * Styles inlined on the elements of a card, by class suffix (after the class prefix). They keep
 * a card readable where `<style>` is stripped (many email clients, RSS readers); the stylesheet
 * adds the rest (hover card, dark themes) where it is present.
 */
const inlineStyles: Record<string, string> = {
  cite: 'color:inherit;text-decoration:underline;text-underline-offset:0.18em',
  doc: 'color:inherit;text-decoration:underline dotted;text-underline-offset:0.18em',
  credit: 'font-size:0.85em;line-height:1.45;opacity:0.8',
  figure: 'margin:1.5em 0',
}
const imageStyle = 'display:block;max-width:100%;height:auto'

function classesOf(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []
}

/** Add inline styles to treatymark elements (idempotent: existing `style` is kept first). */
export function inlineCardStyles(nodes: RootContent[], classPrefix = 'tm-'): void {
  const visit = (node: RootContent, inFigure: boolean): void => {
    if (node.type !== 'element') return
    const classes = classesOf(node)
    let style: string | undefined
    for (const name of classes) {
      if (!name.startsWith(classPrefix)) continue
      const own = inlineStyles[name.slice(classPrefix.length)]
      if (own) style = own
    }
    if (node.tagName === 'img' && inFigure) style = imageStyle
    if (style) {
      const existing = typeof node.properties.style === 'string' ? node.properties.style : ''
      if (!existing.includes(style))
        node.properties.style = existing ? `${existing};${style}` : style
    }
    const figure = inFigure || classes.includes(`${classPrefix}figure`)
    for (const child of node.children) visit(child as RootContent, figure)
  }
  for (const node of nodes) visit(node, false)
}

/**
 * Link targets kept in cards: what core's image guard allows except data URLs (http(s) and
 * relative links, parsed as browsers do), plus plain `mailto:` addresses.
 */
export function safeLinkUrl(url: string): string | undefined {
  if (/^mailto:[^\s<>"']+$/i.test(url.trim()) && !/\p{Cc}/u.test(url)) return url.trim()
  const safe = safeImageSrc(url)
  return safe === undefined || /^data:/i.test(safe) ? undefined : safe
}

const urlProperties: Record<string, (url: string) => string | undefined> = {
  href: safeLinkUrl,
  src: safeImageSrc,
  cite: safeLinkUrl,
  action: () => undefined,
  formAction: () => undefined,
  srcSet: () => undefined,
}

/**
 * Clean a tree before it goes into a card: no comments, scripts, styles or event handlers, and
 * only safe URLs (a markdown link to `javascript:` keeps its words, loses its href).
 */
function clean(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = []
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue
    if (node.type === 'element') {
      if (['script', 'style', 'iframe', 'object', 'embed', 'template'].includes(node.tagName))
        continue
      for (const [key, value] of Object.entries(node.properties)) {
        if (/^on/i.test(key)) delete node.properties[key]
        const check = urlProperties[key]
        if (check) {
          const safe = typeof value === 'string' ? check(value) : undefined
          if (safe === undefined) delete node.properties[key]
          else node.properties[key] = safe
        }
      }
      node.children = clean(node.children as RootContent[]) as Element['children']
    }
    out.push(node)
  }
  return out
}

/**
 * Make any HTML string safe to carry in an html card: the card-end marker (any spelling Ghost's
 * parser would accept) cannot occur. Comments in `html` are rewritten so they stay comments but
 * never read as a kg-card marker.
 */
export function neutralizeCardMarkers(html: string): string {
  return html.replace(/<!--(\s*)kg-card-/gi, '<!--$1kg-card\u200b-')
}

/**
 * hast -> card HTML. Text and attributes are escaped by hast-util-to-html; comments, scripts
 * and unsafe URLs are left out, and `<!--` inside attribute values is written as `&#x3C;!--` so the card-end marker can
 * never appear in the output, even when the author's text contains it.
 */
export function serializeCard(nodes: Root | RootContent[]): string {
  const list = clean(Array.isArray(nodes) ? nodes : (nodes.children as RootContent[]))
  return hastToHtml(list).replace(/<!--/g, '&#x3C;!--')
}
