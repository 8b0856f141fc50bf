// Docs pages: every heading gets an id (GitHub's slugs, so anchors match the ones GitHub makes
// for the same .md file) and a visible "#" link; relative links to other docs pages
// (`extract.md#options`, which work on GitHub) become the demo's routes (`#/docs/extract#options`).
import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function slugger(): (text: string) => string {
  const seen = new Map<string, number>()
  return (text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count}`
  }
}

/** A docs image (`images/playground.png`, relative to docs/) as the URL the demo serves it at. */
export type ImageUrl = (src: string) => string | null

/** Where a docs link points in the demo, or `null` to leave it. */
export function docsHref(href: string, currentSlug: string): string | null {
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')) return null
  if (href.startsWith('#')) return `#/docs/${currentSlug}${href}`
  const match = /^(?:\.\/)?(?:docs\/)?([\w-]+(?:\/[\w-]+)?)\.md(#[\w-]*)?$/.exec(href)
  return match ? `#/docs/${match[1]}${match[2] ?? ''}` : null
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.children.map(textOf).join('')
  return ''
}

export function rehypeHeadingAnchors(options: { imageUrl?: ImageUrl } = {}) {
  return (tree: Root, file: VFile): void => {
    const slug = typeof file.data.slug === 'string' ? file.data.slug : 'index'
    const slugOf = slugger()
    const visit = (node: Root | Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        if (/^h[1-6]$/.test(child.tagName)) {
          const id = slugOf(textOf(child))
          child.properties.id = id
          child.children.push({
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-anchor'],
              href: `#/docs/${slug}#${id}`,
              ariaLabel: `Link to this section: ${textOf(child)}`,
            },
            children: [{ type: 'text', value: '#' }],
          })
        } else if (child.tagName === 'a' && typeof child.properties.href === 'string') {
          const href = docsHref(child.properties.href, slug)
          if (href) child.properties.href = href
        } else if (child.tagName === 'img' && typeof child.properties.src === 'string') {
          const src = options.imageUrl?.(child.properties.src)
          if (src) child.properties.src = src
        }
        visit(child)
      }
    }
    visit(tree)
  }
}

declare module 'vfile' {
  interface DataMap {
    slug: string
  }
}
