/**
 * renderCard: a self-contained HTML fragment for Ghost's html card (a citation, a state list, a
 * credited figure or a markdown fragment), with core's markup and inline styles that survive
 * email clients.
 */
import {
  getState,
  renderCitation,
  renderCredit,
  renderStateList,
  type CitationStyle,
  type CreditMedium as CreditKind,
  type InstrumentId,
  type RenderOptions,
  type StateListSort,
} from '@treatymark/core'
import type { Element, ElementContent, RootContent } from 'hast'
import { inlineCardStyles, serializeCard } from './html.js'
import { markdownToHast } from './markdown.js'

export interface CitationCardInput {
  kind: 'citation'
  treaty: InstrumentId
  article?: string | null
  paragraph?: string | null
  subparagraph?: string | null
  /** The words shown (default: `formatCitation` in `style`). */
  text?: string
  /** Style of the generated text when `text` is not given (default `'full'`). */
  style?: CitationStyle
}

export interface StateListCardInput {
  kind: 'stateList'
  /** ISO2, ISO3 or M49 codes (unknown codes throw a RangeError naming them). */
  states: readonly string[]
  sort?: StateListSort
  locale?: string
}

export interface FigureCardInput {
  kind: 'figure'
  src: string
  alt?: string
  credit: {
    title?: string | null
    creator?: string | null
    source?: string | null
    license?: string | null
    /** Link of the work (http(s) only). */
    url?: string | null
    kind?: CreditKind
  }
}

export interface MarkdownCardInput {
  kind: 'markdown'
  /** A markdown fragment with treatymark syntax (remark preset: detection and directives). */
  markdown: string
  instrument?: InstrumentId
}

export type CardInput = CitationCardInput | StateListCardInput | FigureCardInput | MarkdownCardInput

export interface RenderCardOptions extends RenderOptions {
  /** Inline the styles that must survive email (default `true`). */
  inlineStyles?: boolean
}

function wrapper(kind: string, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['tm-ghost-card'], dataTmCard: kind },
    children,
  }
}

function paragraph(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'p', properties: {}, children }
}

function citationCard(input: CitationCardInput, options: RenderOptions): ElementContent[] {
  const tree = renderCitation(
    {
      ...input,
      subparagraph: input.subparagraph ?? undefined,
      style: input.style ?? 'full',
    },
    options,
  )
  return [paragraph(tree.children as ElementContent[])]
}

function stateListCard(input: StateListCardInput, options: RenderOptions): ElementContent[] {
  // Core leaves codes that name no state out of a list; a card names them instead.
  const unknown = Array.isArray(input.states)
    ? input.states.filter((code) => typeof code !== 'string' || !getState(code))
    : []
  if (unknown.length > 0)
    throw new RangeError(
      `renderCard: unknown state code(s): ${unknown.map((c) => (typeof c === 'string' ? c : typeof c)).join(', ')}`,
    )
  const tree = renderStateList(input.states, {
    ...options,
    ...(input.sort ? { sort: input.sort } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
  })
  return [paragraph(tree.children as ElementContent[])]
}

function figureCard(input: FigureCardInput, options: RenderOptions): ElementContent[] {
  const { credit } = input
  if (![credit.title, credit.creator, credit.source, credit.license].some((v) => v?.trim()))
    throw new RangeError('renderCard: a figure needs a credit (title, creator, source or license)')
  const tree = renderCredit(
    {
      kind: credit.kind ?? 'photo',
      title: credit.title ?? null,
      creator: credit.creator ?? null,
      source: credit.source ?? null,
      license: credit.license ?? null,
      ...(credit.url ? { url: credit.url } : {}),
    },
    { ...options, image: { src: input.src, alt: input.alt ?? '' } },
  )
  return tree.children as ElementContent[]
}

/**
 * A self-contained fragment for Ghost's html card: core's markup, styles inlined where email
 * needs them, everything escaped, and never `<!--kg-card-end: html-->`.
 *
 * ```js
 * renderCard({ kind: 'citation', treaty: 'apmbt', article: '5', paragraph: '1' })
 * // '<div class="tm-ghost-card" data-tm-card="citation"><p><a class="tm-cite" …>Article 5(1) of the …</a></p></div>'
 * ```
 *
 * Throws a RangeError for an unknown treaty, state or input kind.
 */
export function renderCard(input: CardInput, options: RenderCardOptions = {}): string {
  let children: ElementContent[]
  switch (input?.kind) {
    case 'citation':
      children = citationCard(input, options)
      break
    case 'stateList':
      children = stateListCard(input, options)
      break
    case 'figure':
      children = figureCard(input, options)
      break
    case 'markdown':
      children = markdownToHast(input.markdown, {
        ...options,
        ...(input.instrument ? { instrument: input.instrument } : {}),
      }).children as ElementContent[]
      break
    default:
      throw new RangeError(
        `renderCard: unknown kind "${String((input as { kind?: unknown })?.kind)}"; use citation, stateList, figure or markdown`,
      )
  }
  const nodes: RootContent[] = [wrapper(input.kind, children)]
  if (options.inlineStyles !== false) inlineCardStyles(nodes, options.classPrefix ?? 'tm-')
  return serializeCard(nodes)
}
