import type { Element, ElementContent, Properties } from 'hast'
import type { Citation, InstrumentId } from '../models/index.js'
import { entityUrl, pinpointLabel } from './elements.js'
import { instrumentFacts } from './lookup.js'
import { asResolved, describe, type Reporter, type ResolvedRenderOptions } from './options.js'
import { checkUrl } from './url.js'

export { safeImageSrc } from './url.js'

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
    properties: { className: [`${asResolved(options).classPrefix}figure`] },
    children: Array.isArray(children) ? children : [],
  }
}

/**
 * `<img>` of a figure treatymark builds itself (`:::credit`). The source goes through the URL
 * guard (http(s), relative, raster `data:image/*`): an unsafe one is dropped, with an
 * `invalid-url` diagnostic through `report` when given.
 */
export function imageElement(
  image: {
    url: string
    alt?: string | null
    title?: string | null
  },
  report?: Reporter | null,
): Element {
  const properties: Properties = {}
  const url: unknown = image?.url
  const verdict = checkUrl(url, 'image')
  if (verdict.url !== undefined) properties.src = verdict.url
  else if (url !== undefined && url !== null && url !== '' && typeof report === 'function') {
    try {
      report('invalid-url', `image source dropped: ${verdict.reason}`)
    } catch {
      // A failing reporter must not stop the rendering.
    }
  }
  const alt: unknown = image?.alt
  properties.alt = typeof alt === 'string' ? alt : ''
  const title: unknown = image?.title
  if (typeof title === 'string' && title) properties.title = title
  return { type: 'element', tagName: 'img', properties, children: [] }
}

/** `<span class="tm-state-list-count">(3)</span>` after a list (`::states{count}`). */
export function stateListCountElement(count: number, options: ResolvedRenderOptions): Element {
  if (typeof count !== 'number' || !Number.isFinite(count))
    throw new TypeError(`stateListCountElement: count must be a number, not ${describe(count)}`)
  options = asResolved(options)
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

function text(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

function articleKey(label: string): number {
  const match = /\d+/.exec(label)
  return match ? Number(match[0]) : Number.MAX_SAFE_INTEGER
}

/** Each instrument once, in order of first citation, with the pinpoints cited. */
export function instrumentsCited(
  citations: readonly Citation[],
  options?: ResolvedRenderOptions | null,
): InstrumentCited[] {
  if (!Array.isArray(citations))
    throw new TypeError(`instrumentsCited: citations must be an array, not ${describe(citations)}`)
  const resolved = asResolved(options)
  const byTreaty = new Map<InstrumentId, { first: Citation; pinpoints: Set<string> }>()
  for (const item of citations as unknown[]) {
    const citation = item as Citation
    if (typeof item !== 'object' || item === null || typeof citation.treaty !== 'string') {
      resolved.report(
        'invalid-entity',
        `instrumentsCited: ${describe(item)} is not a citation (skipped)`,
      )
      continue
    }
    let entry = byTreaty.get(citation.treaty)
    if (!entry) byTreaty.set(citation.treaty, (entry = { first: citation, pinpoints: new Set() }))
    const label = pinpointLabel({
      ...citation,
      article: text(citation.article),
      paragraph: text(citation.paragraph),
      subparagraph: text(citation.subparagraph) ?? undefined,
    } as Citation)
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
        resolved,
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
  if (!Array.isArray(entries))
    throw new TypeError(
      `instrumentsCitedElement: entries must be an array, not ${describe(entries)}`,
    )
  options = asResolved(options)
  const valid = (entries as unknown[]).filter((entry): entry is InstrumentCited => {
    const e = entry as Partial<InstrumentCited> | null
    const ok =
      typeof e === 'object' &&
      e !== null &&
      typeof e.name === 'string' &&
      typeof e.treaty === 'string' &&
      (e.title === null || e.title === undefined || typeof e.title === 'string') &&
      (e.url === undefined || e.url === null || typeof e.url === 'string') &&
      (e.pinpoints === undefined ||
        (Array.isArray(e.pinpoints) && e.pinpoints.every((p) => typeof p === 'string')))
    if (!ok)
      options.report(
        'invalid-entity',
        `instrumentsCitedElement: ${describe(entry)} is not an entry (skipped)`,
      )
    return ok
  })
  const items: ElementContent[] = valid.map((entry) => {
    const url = entry.url ? checkUrl(entry.url, 'link').url : undefined
    const children: ElementContent[] = [
      url
        ? {
            type: 'element',
            tagName: 'a',
            properties: {
              href: url,
              className: [`${options.classPrefix}cite`],
              dataTreaty: entry.treaty,
            },
            children: [{ type: 'text', value: entry.name }],
          }
        : { type: 'text', value: entry.name },
    ]
    if (entry.title) children.push({ type: 'text', value: ` (${entry.title})` })
    if (entry.pinpoints?.length > 0)
      children.push({ type: 'text', value: `: ${entry.pinpoints.join(', ')}` })
    return { type: 'element', tagName: 'li', properties: {}, children }
  })
  let level = 2
  if (typeof depth === 'number' && Number.isFinite(depth))
    level = Math.min(6, Math.max(1, Math.round(depth)))
  else
    options.report?.(
      'invalid-option',
      `instrumentsCited depth must be a number from 1 to 6, not ${describe(depth)} (2 used)`,
    )
  if (typeof heading !== 'string') {
    options.report?.(
      'invalid-option',
      `instrumentsCited heading must be a string, not ${describe(heading)} (default used)`,
    )
    heading = 'Instruments cited'
  }
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
