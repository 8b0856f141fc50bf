/**
 * Entities a surface builds from structured input rather than finds in prose: the citation,
 * state-list and credit blocks of WordPress and the cards of Ghost. The markup is the one
 * renderer's, so a block looks exactly like the same entity found in a text.
 */
import type { ElementContent, Root } from 'hast'
import { formatCitation, type CitationInput, type CitationStyle } from '../format/citation.js'
import type { CreditInput } from '../format/credit.js'
import {
  formatStateListToParts,
  stateListFormat,
  type FormatStateListOptions,
  type StateListPart,
} from '../format/state-list.js'
import type { StateMention } from '../models/index.js'
import { getState } from '../registry/states.js'
import { generatedCreditElement } from './elements.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { figureElement, imageElement } from './sections.js'
import { renderText } from './text.js'

export interface RenderCitationInput extends CitationInput {
  /** The words shown; default: `formatCitation(input, { style })`. */
  readonly text?: string
  /** Style of the generated words when `text` is not given (default `'short'`). */
  readonly style?: CitationStyle
}

/**
 * One citation from its parts: the words (given or formatted) linked with the citation markup.
 * Throws a RangeError when there are no words to show.
 */
export function renderCitation(input: RenderCitationInput, options?: RenderOptions | null): Root {
  if (!input || typeof input !== 'object' || typeof input.treaty !== 'string')
    throw new TypeError('renderCitation: `input` must be an object with a `treaty` id')
  const pinpoint = {
    treaty: input.treaty,
    article: input.article ?? null,
    paragraph: input.paragraph ?? null,
    ...(input.subparagraph ? { subparagraph: input.subparagraph } : {}),
  }
  const text = input.text ?? formatCitation(pinpoint, { style: input.style ?? 'short' })
  if (text.length === 0) throw new RangeError('renderCitation: the citation has no words to show')
  return renderText(
    text,
    { citations: [{ type: 'citation', start: 0, end: text.length, text, ...pinpoint }] },
    options,
  )
}

export interface RenderStateListOptions extends FormatStateListOptions, RenderOptions {
  /**
   * Put each state's flag (an emoji) before its name. The flag stays outside the state's
   * element, so the element's words are the name alone.
   */
  readonly flags?: boolean
  /**
   * Names that are not states (a misspelling, a territory), kept after the states exactly as
   * written and recorded as the list's `unresolved` members, so nothing an author typed is lost.
   */
  readonly unresolved?: readonly string[]
}

/**
 * A list of states from their codes (iso2, iso3 or M49), written out with `Intl.ListFormat`
 * (`formatStateList`) and marked up as a state list whose members are states.
 */
export function renderStateList(
  codes: readonly string[],
  options?: RenderStateListOptions | null,
): Root {
  if (!Array.isArray(codes)) throw new TypeError('renderStateList: `codes` must be an array')
  const o = options ?? {}
  const unresolved = Array.isArray(o.unresolved)
    ? o.unresolved.filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    : []
  const parts = codes.length > 0 ? formatStateListToParts(codes, o) : []
  // Flags or names beyond the registry: the same list words, re-joined with the extra items.
  const pieces = o.flags === true || unresolved.length > 0 ? rejoin(parts, unresolved, o) : parts
  let text = ''
  const states: StateMention[] = []
  for (const part of pieces) {
    text += part.type === 'state' && 'prefix' in part ? part.prefix : ''
    const state = part.type === 'state' && part.iso3 ? getState(part.iso3) : undefined
    if (state)
      states.push({
        type: 'state',
        start: text.length,
        end: text.length + part.value.length,
        text: part.value,
        iso3: state.iso3,
        iso2: state.iso2,
        name: state.name,
      })
    text += part.value
  }
  if (text.length === 0) return { type: 'root', children: [] }
  const members = states.map((state) => state.iso3)
  return renderText(
    text,
    {
      states,
      stateLists: [
        {
          type: 'stateList',
          start: 0,
          end: text.length,
          text,
          members,
          unresolved: unresolved.map((n) => n.trim()),
        },
      ],
    },
    o,
  )
}

type ListPiece = StateListPart & { readonly prefix?: string }

/** The states' words (as formatted) with flags before them and unresolved names after them. */
function rejoin(
  parts: readonly StateListPart[],
  unresolved: readonly string[],
  options: RenderStateListOptions,
): ListPiece[] {
  const items: Array<{ prefix: string; value: string; iso3?: string }> = []
  for (const part of parts) {
    if (part.type !== 'state') continue
    const flag = options.flags === true && part.iso3 ? getState(part.iso3)?.flag : undefined
    items.push({ prefix: flag ? `${flag}\u00a0` : '', value: part.value, iso3: part.iso3 })
  }
  for (const name of unresolved) items.push({ prefix: '', value: name.trim() })
  const list = stateListFormat(options.locale, options.conjunction)
  const out: ListPiece[] = []
  let index = 0
  for (const part of list.formatToParts(items.map((item) => item.prefix + item.value))) {
    const item = part.type === 'element' ? items[index++] : undefined
    if (!item) out.push({ type: 'literal', value: part.value })
    else if (item.iso3)
      out.push({ type: 'state', value: item.value, iso3: item.iso3, prefix: item.prefix })
    else out.push({ type: 'literal', value: item.value })
  }
  return out
}

export interface RenderCreditOptions extends RenderOptions {
  /** The image the credit is for: gives `<figure>` with the image and a `<figcaption>`. */
  readonly image?: { readonly src: string; readonly alt?: string | null } | null
  /** Element of the credit without an image: `figcaption` (default) or `p`. */
  readonly tag?: 'figcaption' | 'p'
}

/**
 * A TASL credit (title, creator, source, licence) written from its fields, each in its own
 * element; inside a figure with its image when `image` is given. Unsafe URLs are dropped.
 */
export function renderCredit(credit: CreditInput, options?: RenderCreditOptions | null): Root {
  if (!credit || typeof credit !== 'object')
    throw new TypeError('renderCredit: `credit` must be an object')
  const o = options ?? {}
  const resolved = resolveRenderOptions(o)
  const entity = {
    type: 'credit' as const,
    start: 0,
    end: 0,
    text: '',
    kind: credit.kind ?? 'photo',
    title: credit.title ?? null,
    creator: credit.creator ?? null,
    source: credit.source ?? null,
    license: credit.license ?? null,
    ...(credit.url ? { url: credit.url } : {}),
    ...(credit.licenseUrl ? { licenseUrl: credit.licenseUrl } : {}),
  }
  const tag = o.image ? 'figcaption' : (o.tag ?? 'figcaption')
  const caption = generatedCreditElement(entity, resolved, { creditTag: tag })
  const children: ElementContent[] = o.image
    ? [
        figureElement(resolved, [
          imageElement({ url: o.image.src, alt: o.image.alt ?? '' }),
          caption,
        ]),
      ]
    : [caption]
  return { type: 'root', children }
}
