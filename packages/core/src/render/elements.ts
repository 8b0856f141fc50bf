import type { Element, ElementContent, Properties } from 'hast'
import type {
  Citation,
  DocumentReference,
  ImageCredit,
  StateList,
  StateMention,
} from '../models/index.js'
import { parseLicense } from '../data/licenses.js'
import { creditParts } from '../format/credit.js'
import { lastArticle } from '../registry/instruments.js'
import type { Interval } from './intervals.js'
import { instrumentFacts, stateFacts } from './lookup.js'
import type { EntityByKind, EntityKind, ResolvedRenderOptions } from './options.js'
import { safeHttpUrl } from './url.js'

/** Where an element is rendered: decides the tag of credits and whether links may nest. */
export interface RenderContext {
  /** Inside an element that already is a link: no nested `<a>`. */
  inLink?: boolean
  /** Tag of a credit: `span` in running text, `p` for a credit paragraph, `figcaption` in a figure. */
  creditTag?: 'span' | 'p' | 'figcaption'
}

/** Final URL of an entity: buildUrl (if any) over the default, then http(s) only. */
export function entityUrl<K extends EntityKind>(
  entity: EntityByKind[K],
  kind: K,
  defaultUrl: string | undefined,
  options: ResolvedRenderOptions,
): string | undefined {
  let url: string | false | null | undefined = defaultUrl
  if (options.buildUrl) {
    const built = options.buildUrl(entity, kind, defaultUrl)
    if (built === false) return undefined
    if (built !== null && built !== undefined) url = built
  }
  return url ? safeHttpUrl(url) : undefined
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children }
}

/** "Article 5(1)(a)" from the pinpoint of a citation. */
export function pinpointLabel(citation: Citation): string | null {
  if (!citation.article) return null
  let label = `Article ${citation.article}`
  if (citation.paragraph) label += `(${citation.paragraph})`
  if (citation.subparagraph) label += `(${citation.subparagraph})`
  return label
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const dateCache = new Map<string, string | null>()

function formatDate(iso: string | null): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null
  let formatted = dateCache.get(iso)
  if (formatted === undefined) {
    const date = new Date(`${iso}T00:00:00Z`)
    formatted = Number.isNaN(date.getTime()) ? null : dateFormat.format(date)
    dateCache.set(iso, formatted)
  }
  return formatted
}

/**
 * What is wrong with a citation, or `null`: an article beyond the instrument's last (the entity
 * `extract()` reports as an `article-out-of-range` error). Such a citation is rendered with the
 * `invalid` class, and its title and card say what is wrong, so no reader takes it for valid.
 */
export function citationProblem(citation: Citation): string | null {
  if (!citation.article) return null
  const last = lastArticle(citation.treaty)
  if (!last) return null
  const n = Number.parseInt(citation.article, 10)
  const max = Number.parseInt(last.number, 10)
  if (!Number.isFinite(n) || !Number.isFinite(max) || n <= max) return null
  return `Article ${citation.article} does not exist (the last is Article ${last.number})`
}

/** `<a class="tm-cite">` (or `<span>` without a link) around a citation. */
export function citationElement(
  citation: Citation,
  children: ElementContent[],
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): Element {
  const facts = instrumentFacts(citation.treaty, citation.article)
  const url = context.inLink
    ? undefined
    : entityUrl(citation, 'citation', citation.url ?? facts?.url, options)
  const name = facts?.name ?? citation.treaty.toUpperCase()
  const problem = citationProblem(citation)
  const properties: Properties = {
    className: problem
      ? [`${options.classPrefix}cite`, `${options.classPrefix}invalid`]
      : [`${options.classPrefix}cite`],
  }
  if (url) properties.href = url
  properties.dataTreaty = citation.treaty
  if (citation.article) properties.dataArticle = citation.article
  if (citation.paragraph) properties.dataParagraph = citation.paragraph
  if (citation.subparagraph) properties.dataSubparagraph = citation.subparagraph
  const title = problem
    ? `${name}: ${problem}`
    : citation.article
      ? `${name}, Article ${citation.article}${facts?.articleHeading ? `: ${facts.articleHeading}` : ''}`
      : name
  properties.title = title
  if (options.cards) {
    properties.dataCardName = name
    let detail: string | null = null
    if (problem) {
      detail = problem
    } else if (citation.article) {
      const label = pinpointLabel(citation)
      detail = facts?.articleHeading ? `${label}: ${facts.articleHeading}` : label
    } else if (facts) {
      const adopted = formatDate(facts.adopted)
      const inForce = formatDate(facts.entryIntoForce)
      const parts = [
        facts.title !== name ? facts.title : null,
        adopted ? `Adopted ${adopted}` : null,
        inForce ? `in force ${inForce}` : null,
      ].filter((x): x is string => x !== null)
      detail = parts.length > 0 ? parts.join(' · ') : null
    }
    if (detail) properties.dataCardDetail = detail
    // Without a link the citation still needs keyboard focus to show its card.
    if (!url) properties.tabIndex = 0
  }
  return element(url ? 'a' : 'span', properties, children)
}

/** `<a class="tm-doc">` around a UN document symbol. */
export function documentElement(
  document: DocumentReference,
  children: ElementContent[],
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): Element {
  const url = context.inLink ? undefined : entityUrl(document, 'document', document.url, options)
  const properties: Properties = { className: [`${options.classPrefix}doc`] }
  if (url) properties.href = url
  properties.dataSymbol = document.symbol
  return element(url ? 'a' : 'span', properties, children)
}

/** `<span class="tm-state" data-iso3>` (an `<a>` when buildUrl gives a link). */
export function stateElement(
  state: StateMention,
  children: ElementContent[],
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): Element {
  const url = context.inLink ? undefined : entityUrl(state, 'state', undefined, options)
  const properties: Properties = { className: [`${options.classPrefix}state`] }
  if (url) properties.href = url
  properties.dataIso3 = state.iso3
  // The UN name helps where the author wrote an abbreviation or a former name ("UK", "Burma").
  const name = state.name || stateFacts(state.iso3)?.name
  if (name && name !== state.text) properties.title = name
  return element(url ? 'a' : 'span', properties, children)
}

/** `<span class="tm-state-list" data-count>` around the members of a list. */
export function stateListElement(
  list: StateList,
  children: ElementContent[],
  options: ResolvedRenderOptions,
  tagName = 'span',
): Element {
  const properties: Properties = {
    className: [`${options.classPrefix}state-list`],
    dataCount: String(list.members.length),
  }
  if (list.unresolved.length > 0) properties.dataUnresolved = String(list.unresolved.length)
  return element(tagName, properties, children)
}

/** `<span|p|figcaption class="tm-credit" data-kind>` around a credit line. */
export function creditElement(
  credit: ImageCredit,
  children: ElementContent[],
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): Element {
  const properties: Properties = { className: [`${options.classPrefix}credit`] }
  if (credit.kind) properties.dataKind = credit.kind
  if (credit.license) properties.dataLicense = credit.license
  return element(context.creditTag ?? 'span', properties, children)
}

/** One TASL part of a credit: the title links to the work, the licence to its deed. */
export function creditPartElement(
  credit: ImageCredit,
  part: 'title' | 'creator' | 'source' | 'license',
  children: ElementContent[],
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): Element {
  const properties: Properties = { className: [`${options.classPrefix}credit-${part}`] }
  let url: string | undefined
  if (!context.inLink) {
    if (part === 'title') url = entityUrl(credit, 'credit', credit.url, options)
    if (part === 'license')
      url =
        safeHttpUrl(credit.licenseUrl) ??
        (credit.license ? safeHttpUrl(parseLicense(credit.license)?.url) : undefined)
  }
  if (url) {
    properties.href = url
    if (part === 'license') properties.rel = ['license']
  }
  return element(url ? 'a' : 'span', properties, children)
}

/** The element of any interval: the single switch every surface goes through. */
export function intervalElement(
  interval: Interval,
  children: ElementContent[],
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): Element {
  switch (interval.kind) {
    case 'citation':
      return citationElement(interval.entity, children, options, context)
    case 'document':
      return documentElement(interval.entity, children, options, context)
    case 'state':
      return stateElement(interval.entity, children, options, context)
    case 'stateList':
      return stateListElement(interval.entity, children, options)
    case 'credit':
      return creditElement(interval.entity, children, options, context)
    case 'creditPart':
      return creditPartElement(interval.entity, interval.part, children, options, context)
  }
}

/** Whether an element is a link, so its descendants must not be. */
export function isLink(node: Element): boolean {
  return node.tagName === 'a' && node.properties.href !== undefined
}

/**
 * A credit line written by treatymark from the TASL fields (for `:::credit` directives, where
 * the author gave attributes rather than a sentence): each part in its element, with the
 * connecting words of `creditParts` in between.
 */
export function generatedCreditElement(
  credit: ImageCredit,
  options: ResolvedRenderOptions,
  context: RenderContext = {},
): Element {
  const children: ElementContent[] = []
  for (const part of creditParts(credit)) {
    if (part.prefix) children.push({ type: 'text', value: part.prefix })
    children.push(
      creditPartElement(credit, part.role, [{ type: 'text', value: part.text }], options, context),
    )
  }
  return creditElement(credit, children, options, context)
}
