/**
 * The saved markup of every block, built only from @treatymark/core's public API: formatters
 * for the words, `renderText` for the entity elements and `hastToHtml` to serialise (it escapes
 * every text and attribute value). save() functions wrap these strings in `RawHTML`.
 */
import {
  articleOf,
  findState,
  formatCitation,
  formatCredit,
  getInstrument,
  getState,
  groups,
  hastToHtml,
  parsePinpoint,
  renderCitation,
  renderStateList,
  renderText,
  safeHttpUrl,
} from '@treatymark/core'
import type { CitationStyle, ImageCredit, StateListSort } from '@treatymark/core'
import type { Element, ElementContent } from 'hast'

/** Attributes of the `treatymark/citation` block. */
export interface CitationAttributes {
  treaty: string
  article: string
  paragraph: string
  subparagraph: string
  /** The author's own words for the link; empty: the words `style` gives. */
  label: string
  quote: string
  style: CitationStyle
}

/** What an article field holds: a number the instrument has, or why it is refused. */
export type ArticleCheck =
  | { ok: true; article: string; title: string | null }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'not-in-instrument'; lastArticle?: string }

/** Check an article number (arabic or roman) against the instrument's list of articles. */
export function checkArticle(treaty: string, input: string): ArticleCheck {
  const trimmed = input.trim().replace(/^art(?:icle|\.)?\s*/i, '')
  if (trimmed === '') return { ok: false, reason: 'empty' }
  const pinpoint = parsePinpoint(`Article ${trimmed}`)?.[0]
  if (!pinpoint?.article || pinpoint.paragraph) return { ok: false, reason: 'not-a-number' }
  const instrument = getInstrument(treaty)
  if (!instrument?.articles) return { ok: true, article: pinpoint.article, title: null }
  const article = articleOf(treaty, pinpoint.article)
  if (!article) {
    const last = instrument.articles[instrument.articles.length - 1]
    return { ok: false, reason: 'not-in-instrument', lastArticle: last?.number }
  }
  return { ok: true, article: article.number, title: article.title ?? null }
}

const pinpointPart = /^[0-9]{1,3}$|^[a-z]{1,3}$|^[ivx]{1,6}$/i

/** The attributes save() may trust: an unknown instrument or article is dropped, never emitted. */
export function sanitizeCitation(
  attributes: Partial<CitationAttributes>,
): CitationAttributes | null {
  const treaty = attributes.treaty ?? ''
  if (!getInstrument(treaty)) return null
  const checked = attributes.article ? checkArticle(treaty, attributes.article) : null
  const article = checked?.ok ? checked.article : ''
  const paragraph =
    article && attributes.paragraph && pinpointPart.test(attributes.paragraph)
      ? attributes.paragraph
      : ''
  const subparagraph =
    paragraph && attributes.subparagraph && pinpointPart.test(attributes.subparagraph)
      ? attributes.subparagraph
      : ''
  const style = (['short', 'full', 'oscola'] as const).includes(attributes.style as CitationStyle)
    ? (attributes.style as CitationStyle)
    : 'short'
  return {
    treaty,
    article,
    paragraph,
    subparagraph,
    label: attributes.label ?? '',
    quote: attributes.quote ?? '',
    style,
  }
}

/** The visible words of a citation block: the author's label, else the formatted citation. */
export function citationText(attributes: CitationAttributes): string {
  if (attributes.label.trim() !== '') return attributes.label
  return formatCitation(
    {
      treaty: attributes.treaty as Parameters<typeof formatCitation>[0]['treaty'],
      article: attributes.article || null,
      paragraph: attributes.paragraph || null,
      subparagraph: attributes.subparagraph || undefined,
    },
    { style: attributes.style },
  )
}

/** The citation element (`<a class="tm-cite" …>`) around `text`, as hast nodes (core's renderCitation). */
export function citationNodes(
  text: string,
  citation: { treaty: string; article: string; paragraph: string; subparagraph: string },
): ElementContent[] {
  return renderCitation({
    text,
    treaty: citation.treaty as Parameters<typeof renderCitation>[0]['treaty'],
    article: citation.article || null,
    paragraph: citation.paragraph || null,
    subparagraph: citation.subparagraph || undefined,
  }).children as ElementContent[]
}

function el(tagName: string, className: string[] | null, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: className ? { className } : {}, children }
}

/** Inner HTML of the citation block: an optional quoted provision, then the citation. */
export function citationBlockHtml(input: Partial<CitationAttributes>): string {
  const attributes = sanitizeCitation(input)
  if (!attributes) return ''
  const nodes: ElementContent[] = []
  if (attributes.quote.trim() !== '') {
    nodes.push(el('blockquote', null, [el('p', null, [{ type: 'text', value: attributes.quote }])]))
  }
  nodes.push(el('p', null, citationNodes(citationText(attributes), attributes)))
  return hastToHtml(nodes)
}

/* ------------------------------------------------------------------------------------------- */

export type StateOrder = StateListSort

/** Attributes of the `treatymark/state-list` block. */
export interface StateListAttributes {
  /** The names as the author typed or pasted them (unknown ones included). */
  names: string[]
  order: StateOrder
  locale: string
  showCount: boolean
  showFlags: boolean
  groupSummary: boolean
}

/** A name resolved against the state registry (names, aliases, former names, abbreviations). */
export function resolveStateName(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return null
  return (findState(trimmed) ?? (trimmed.length <= 3 ? getState(trimmed) : undefined))?.iso3 ?? null
}

/**
 * Split a pasted list ("Austria, Belgium and Benin"; one per line; semicolons) into names.
 * Names stay as written; nothing is dropped but empty pieces.
 */
export function splitStateNames(text: string): string[] {
  return text
    .split(/\s*(?:[,;\n\r\t\u2022]|\band\b|\bet\b|\by\b)\s*/u)
    .map((s) => s.replace(/^\s*(?:and|or)\s+/i, '').trim())
    .filter((s) => s !== '')
}

/** The members of a list: known codes (first mention kept) and unknown names, in input order. */
export function stateListMembers(names: readonly string[]): {
  codes: string[]
  unknown: string[]
} {
  const codes: string[] = []
  const unknown: string[] = []
  for (const name of names) {
    const code = resolveStateName(name)
    if (code) {
      if (!codes.includes(code)) codes.push(code)
    } else if (name.trim() !== '') unknown.push(name.trim())
  }
  return { codes, unknown }
}

/** "3 states: 2 African Group, 1 Western European and Others Group" (English, like the registry). */
export function groupSummaryText(codes: readonly string[]): string {
  const counts = new Map<string, number>()
  let none = 0
  for (const code of codes) {
    const group = getState(code)?.group
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1)
    else none += 1
  }
  const parts = groups.filter((g) => counts.has(g.id)).map((g) => `${counts.get(g.id)} ${g.name}`)
  if (none > 0) parts.push(`${none} in no regional group`)
  const head = `${codes.length} ${codes.length === 1 ? 'state' : 'states'}`
  return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head
}

/** Inner HTML of the state-list block: the list (and its group summary) from core's renderer. */
export function stateListBlockHtml(attributes: Partial<StateListAttributes>): string {
  const names = Array.isArray(attributes.names)
    ? attributes.names.filter((n) => typeof n === 'string')
    : []
  const { codes, unknown } = stateListMembers(names)
  if (codes.length === 0 && unknown.length === 0) return ''
  const order = (['text', 'alpha', 'group'] as const).includes(attributes.order as StateOrder)
    ? (attributes.order as StateOrder)
    : 'text'
  // Core writes, orders and marks up the list: flags outside each state's element, unknown
  // names kept after the states as the author typed them.
  // Core falls back to English for a locale Intl does not accept.
  const children = renderStateList(codes, {
    locale: attributes.locale ?? 'en',
    sort: order,
    flags: attributes.showFlags === true,
    unresolved: unknown,
  }).children as ElementContent[]
  const nodes: ElementContent[] = [el('p', null, children)]
  if (attributes.groupSummary && codes.length > 0) {
    nodes.push(
      el(
        'p',
        ['wp-block-treatymark-state-list__summary'],
        [{ type: 'text', value: groupSummaryText(codes) }],
      ),
    )
  }
  return hastToHtml(nodes)
}

/* ------------------------------------------------------------------------------------------- */

/** The credit fields the image panel edits (TASL: title, author, source, licence). */
export interface CreditFields {
  title: string
  creator: string
  source: string
  /** Link to the work (http or https only). */
  url: string
  license: string
}

/** Whether a URL field is empty or an absolute http(s) URL (core's link guard decides). */
export function isSafeUrl(url: string): boolean {
  return url.trim() === '' || safeHttpUrl(url.trim()) !== undefined
}

/** The credit line as HTML (`<span class="tm-credit" …>`), or '' when no field is filled. */
export function creditHtml(fields: Partial<CreditFields>): string {
  const credit = {
    kind: 'photo' as const,
    title: fields.title?.trim() || null,
    creator: fields.creator?.trim() || null,
    source: fields.source?.trim() || null,
    license: fields.license?.trim() || null,
    ...(fields.url && isSafeUrl(fields.url) && fields.url.trim() ? { url: fields.url.trim() } : {}),
  }
  const text = formatCredit(credit)
  if (text.trim() === '') return ''
  const entity: ImageCredit = { type: 'credit', ...credit, start: 0, end: text.length, text }
  return hastToHtml(renderText(text, { credits: [entity] }))
}

const creditSpan = /\s*<span class="tm-credit"[^]*<\/span>\s*$/

/** A caption with its credit line (replacing an earlier one): the author's words stay first. */
export function captionWithCredit(caption: string, credit: string): string {
  const own = caption.replace(creditSpan, '')
  if (credit === '') return own
  return own.trim() === '' ? credit : `${own} ${credit}`
}
