import type { Element, ElementContent, Properties } from 'hast'
import type { Citation, InstrumentId } from '../models/index.js'
import { entityUrl, pinpointLabel } from './elements.js'
import { instrumentFacts } from './lookup.js'
import type { ResolvedRenderOptions } from './options.js'
import { safeHttpUrl } from './url.js'

/*
 * Markup around the entities: figures, images, list counts and the "Instruments cited"
 * section. Kept here so every tag and class the package emits is decided in src/render.
 */

/** `<figure class="tm-figure">` around an image and its credit. */
export function figureElement(
  options: ResolvedRenderOptions,
  children: ElementContent[] = [],
): Element {
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: [`${options.classPrefix}figure`] },
    children,
  }
}

/** `src` of an image: http(s), relative paths and raster data URLs; nothing that runs script. */
export function safeImageSrc(url: string): string | undefined {
  const trimmed = url.trim()
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)
  if (!scheme) return trimmed
  const name = scheme[1]!.toLowerCase()
  if (name === 'http' || name === 'https') return safeHttpUrl(trimmed)
  if (name === 'data' && /^data:image\/(?:png|jpeg|gif|webp|avif);/i.test(trimmed)) return trimmed
  return undefined
}

/** `<img>` of a figure treatymark builds itself (`:::credit`); unsafe sources are dropped. */
export function imageElement(image: {
  url: string
  alt?: string | null
  title?: string | null
}): Element {
  const properties: Properties = {}
  const src = safeImageSrc(image.url)
  if (src !== undefined) properties.src = src
  properties.alt = image.alt ?? ''
  if (image.title) properties.title = image.title
  return { type: 'element', tagName: 'img', properties, children: [] }
}

/** `<span class="tm-state-list-count">(3)</span>` after a list (`::states{count}`). */
export function stateListCountElement(count: number, options: ResolvedRenderOptions): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [`${options.classPrefix}state-list-count`] },
    children: [{ type: 'text', value: `(${count})` }],
  }
}

/** One instrument of the "Instruments cited" section. */
export interface InstrumentCited {
  treaty: InstrumentId
  /** Short title. */
  name: string
  /** Official title when it differs from the short title. */
  title: string | null
  url: string | undefined
  /** "Article 5(1)", ... by article number. */
  pinpoints: string[]
}

function articleKey(label: string): number {
  const match = /\d+/.exec(label)
  return match ? Number(match[0]) : Number.MAX_SAFE_INTEGER
}

/** Each instrument once, in order of first citation, with the pinpoints cited. */
export function instrumentsCited(
  citations: readonly Citation[],
  options: ResolvedRenderOptions,
): InstrumentCited[] {
  const byTreaty = new Map<InstrumentId, { first: Citation; pinpoints: Set<string> }>()
  for (const citation of citations) {
    let entry = byTreaty.get(citation.treaty)
    if (!entry) byTreaty.set(citation.treaty, (entry = { first: citation, pinpoints: new Set() }))
    const label = pinpointLabel(citation)
    if (label) entry.pinpoints.add(label)
  }
  return [...byTreaty].map(([treaty, entry]) => {
    const facts = instrumentFacts(treaty, null)
    const name = facts?.name ?? treaty.toUpperCase()
    return {
      treaty,
      name,
      title: facts && facts.title !== name ? facts.title : null,
      url: entityUrl(
        { ...entry.first, article: null, paragraph: null },
        'citation',
        facts?.url,
        options,
      ),
      pinpoints: [...entry.pinpoints].sort(
        (a, b) => articleKey(a) - articleKey(b) || a.localeCompare(b, 'en', { numeric: true }),
      ),
    }
  })
}

/** `<section class="tm-instruments-cited">` with a heading and one `<li>` per instrument. */
export function instrumentsCitedElement(
  entries: readonly InstrumentCited[],
  options: ResolvedRenderOptions,
  heading = 'Instruments cited',
  depth = 2,
): Element {
  const items: ElementContent[] = entries.map((entry) => {
    const children: ElementContent[] = [
      entry.url
        ? {
            type: 'element',
            tagName: 'a',
            properties: {
              href: entry.url,
              className: [`${options.classPrefix}cite`],
              dataTreaty: entry.treaty,
            },
            children: [{ type: 'text', value: entry.name }],
          }
        : { type: 'text', value: entry.name },
    ]
    if (entry.title) children.push({ type: 'text', value: ` (${entry.title})` })
    if (entry.pinpoints.length > 0)
      children.push({ type: 'text', value: `: ${entry.pinpoints.join(', ')}` })
    return { type: 'element', tagName: 'li', properties: {}, children }
  })
  const level = Math.min(6, Math.max(1, Math.round(depth)))
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: [`${options.classPrefix}instruments-cited`] },
    children: [
      {
        type: 'element',
        tagName: `h${level}`,
        properties: {},
        children: [{ type: 'text', value: heading }],
      },
      { type: 'element', tagName: 'ul', properties: {}, children: items },
    ],
  }
}
