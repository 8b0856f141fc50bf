/**
 * renderCard: a self-contained HTML fragment for Ghost's html card (a citation, a state list, a
 * credited figure or a markdown fragment), with core's markup and inline styles that survive
 * email clients.
 */
import {
  extract,
  formatCitation,
  formatStateList,
  getState,
  renderText,
  type CitationStyle,
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
    /** Link of the work (http(s) only; anything else is left out). */
    url?: string | null
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
  const pinpoint = {
    treaty: input.treaty,
    article: input.article ?? null,
    paragraph: input.paragraph ?? null,
    ...(input.subparagraph ? { subparagraph: input.subparagraph } : {}),
  }
  const text = input.text ?? formatCitation(pinpoint, { style: input.style ?? 'full' })
  if (text.length === 0) throw new RangeError('renderCard: a citation needs some text')
  const tree = renderText(
    text,
    { citations: [{ start: 0, end: text.length, text, ...pinpoint }] },
    options,
  )
  return [paragraph(tree.children as ElementContent[])]
}

function stateListCard(input: StateListCardInput, options: RenderOptions): ElementContent[] {
  // formatStateList throws a RangeError naming unknown codes.
  const text = formatStateList(input.states, {
    ...(input.sort ? { sort: input.sort } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
  })
  // The states are found again in the formatted text (core's own names), the list is all of it.
  const states = extract(text, { kinds: ['states'] }).states
  const members =
    states.length > 0
      ? states.map((state) => state.iso3)
      : [
          ...new Set(
            input.states.map((code) => getState(code)?.iso3).filter((c): c is string => !!c),
          ),
        ]
  const tree = renderText(
    text,
    { states, stateLists: [{ start: 0, end: text.length, text, members, unresolved: [] }] },
    options,
  )
  return [paragraph(tree.children as ElementContent[])]
}

/** A value in a directive attribute (character references are decoded by the parser). */
const attribute = (value: string): string =>
  `"${value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/[\r\n]+/g, ' ')}"`

function figureCard(input: FigureCardInput, options: RenderOptions): ElementContent[] {
  // Written as a `:::credit` directive so core's renderer decides the figure's markup.
  const credit = input.credit
  const fields: [string, string | null | undefined][] = [
    ['title', credit.title],
    ['creator', credit.creator],
    ['source', credit.source],
    ['license', credit.license],
    ['url', credit.url && /^https?:\/\//i.test(credit.url.trim()) ? credit.url.trim() : undefined],
  ]
  const attributes = fields
    .filter(
      (field): field is [string, string] => typeof field[1] === 'string' && field[1].trim() !== '',
    )
    .map(([name, value]) => `${name}=${attribute(value)}`)
    .join(' ')
  if (!attributes)
    throw new RangeError('renderCard: a figure needs a credit (title, creator, source or license)')
  const alt = (input.alt ?? '').replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')
  const src = input.src.trim().replace(/[<>\s]/g, (c) => encodeURIComponent(c))
  const markdown = `:::credit{${attributes}}\n![${alt}](<${src}>)\n:::\n`
  return markdownToHast(markdown, options).children as ElementContent[]
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
