import type { ElementContent } from 'hast'
import type { Image, Nodes, Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { parseLicense } from '../data/licenses.js'
import type {
  Citation,
  CreditMedium,
  Draft,
  ImageCredit,
  InstrumentId,
  RuleId,
  StateList,
  StateMention,
} from '../models/index.js'
import { parsePinpoint } from '../pinpoint/index.js'
import { articleOf, findInstrument, getInstrument } from '../registry/instruments.js'
import { stateListFormat } from '../format/state-list.js'
import { findState, getState } from '../registry/states.js'
import {
  citationElement,
  figureElement,
  generatedCreditElement,
  imageElement,
  stateListCountElement,
  safeHttpUrl,
  stateElement,
  stateListElement,
  type ResolvedRenderOptions,
} from '../render/index.js'
import type { Directive, TreatymarkData } from './types.js'
import { GAP, type Collected } from './mdast.js'
import { report } from './messages.js'

/** Entities stated by directives, with offsets in the collected text. */
export interface DirectiveEntities {
  citations: Citation[]
  states: StateMention[]
  stateLists: StateList[]
  credits: ImageCredit[]
}

export function isOurDirective(node: Nodes): node is Directive {
  return (
    (node.type === 'textDirective' && (node.name === 'cite' || node.name === 'state')) ||
    (node.type === 'leafDirective' && node.name === 'states') ||
    (node.type === 'containerDirective' && node.name === 'credit')
  )
}

function attribute(node: Directive, ...names: string[]): string | undefined {
  const attributes = node.attributes ?? {}
  for (const name of names) {
    const value = attributes[name]
    if (typeof value === 'string') return value
  }
  return undefined
}

function setData(node: Directive, data: TreatymarkData): void {
  node.data = { ...(node.data ?? {}), ...data } as never
}

/** Leave the content as it is, in a neutral element, and say why. */
function invalid(node: Directive, file: VFile, ruleId: RuleId, reason: string): void {
  report(file, reason, node.position, ruleId, 'warning')
  const hName = node.type === 'textDirective' ? 'span' : node.type === 'leafDirective' ? 'p' : 'div'
  setData(node, { hName, hProperties: {}, treatymark: 'invalid' })
}

function resolveInstrument(value: string): InstrumentId | undefined {
  const byId = getInstrument(value.trim().toLowerCase())
  if (byId) return byId.id
  return findInstrument(value)?.id
}

const pinpointInLabel =
  /\b(?:Art(?:icle|\.)?|art(?:icle|\.)?)\s?(?:\d{1,3}|[IVXL]{1,6})(?:\s?(?:bis|ter|quater))?(?:\s?\([0-9a-z]{1,4}\)){0,3}/

function labelPinpoint(
  label: string,
): { article: string; paragraph: string | null; subparagraph: string | null } | null {
  const whole = parsePinpoint(label)
  if (whole && whole.length === 1) return whole[0]!
  const match = pinpointInLabel.exec(label)
  if (!match) return null
  const inner = parsePinpoint(match[0])
  return inner && inner.length >= 1 ? inner[0]! : null
}

function citeDirective(
  node: Directive,
  span: { start: number; end: number },
  text: string,
  defaultInstrument: InstrumentId | undefined,
  options: ResolvedRenderOptions,
  file: VFile,
  out: DirectiveEntities,
): void {
  const label = text.slice(span.start, span.end)
  const treatyValue = attribute(node, 'treaty', 'instrument')
  const treaty = treatyValue !== undefined ? resolveInstrument(treatyValue) : defaultInstrument
  if (!treaty) {
    invalid(
      node,
      file,
      'unknown-instrument',
      treatyValue === undefined
        ? 'Cite directive without `treaty` and no default instrument'
        : `Unknown instrument \`${treatyValue.slice(0, 60)}\` in cite directive`,
    )
    return
  }
  const fromLabel = labelPinpoint(label)
  const article = attribute(node, 'article') ?? fromLabel?.article ?? null
  const paragraph = attribute(node, 'paragraph') ?? fromLabel?.paragraph ?? null
  const subparagraph = attribute(node, 'subparagraph') ?? fromLabel?.subparagraph ?? null
  const citation: Draft<Citation> = {
    type: 'citation',
    start: span.start,
    end: span.end,
    text: label,
    treaty,
    article,
    paragraph,
  }
  if (subparagraph) citation.subparagraph = subparagraph
  const urlValue = attribute(node, 'url', 'href')
  if (urlValue !== undefined) {
    const url = safeHttpUrl(urlValue)
    if (!url) {
      invalid(node, file, 'invalid-url', 'Only http(s) URLs are allowed in `url`')
      return
    }
    citation.url = url
  }
  if (article && getInstrument(treaty)?.articles && !articleOf(treaty, article))
    report(
      file,
      `${treaty} has no Article ${article}`,
      node.position,
      'article-out-of-range',
      'warning',
    )
  const element = citationElement(citation, [], options)
  setData(node, { hName: element.tagName, hProperties: element.properties, treatymark: 'citation' })
  out.citations.push(citation)
}

function stateDirective(
  node: Directive,
  span: { start: number; end: number },
  text: string,
  options: ResolvedRenderOptions,
  file: VFile,
  out: DirectiveEntities,
): void {
  const label = text.slice(span.start, span.end)
  const code = attribute(node, 'iso3', 'iso2', 'code', 'm49')
  const state = code !== undefined ? getState(code.trim()) : findState(visible(label).trim())
  if (!state) {
    invalid(
      node,
      file,
      'unknown-state',
      code !== undefined
        ? `Unknown state code \`${code.slice(0, 20)}\` in state directive`
        : `Unknown state \`${visible(label).slice(0, 60)}\`: add \`iso3=\``,
    )
    return
  }
  const mention: StateMention = {
    type: 'state',
    start: span.start,
    end: span.end,
    text: label,
    iso3: state.iso3,
    iso2: state.iso2,
    name: state.name,
  }
  const element = stateElement(mention, [], options)
  setData(node, { hName: element.tagName, hProperties: element.properties, treatymark: 'state' })
  out.states.push(mention)
}

/** Items of a written list: split at commas, semicolons, "and", "&", keeping names like "Bosnia and Herzegovina". */
export function listItems(label: string): { start: number; end: number; text: string }[] {
  const items: { start: number; end: number; text: string }[] = []
  const add = (start: number, end: number): void => {
    while (start < end && (/\s/.test(label[start]!) || label[start] === GAP)) start++
    while (end > start && (/\s/.test(label[end - 1]!) || label[end - 1] === GAP)) end--
    const lead = /^(?:and|&)\s+/i.exec(label.slice(start, end))
    if (lead) start += lead[0].length
    if (end > start) items.push({ start, end, text: label.slice(start, end) })
  }
  let from = 0
  for (let i = 0; i <= label.length; i++) {
    if (i < label.length && label[i] !== ',' && label[i] !== ';') continue
    const piece = label.slice(from, i)
    if (findState(piece.trim().replace(/^(?:and|&)\s+/i, ''))) add(from, i)
    else {
      // "Austria and Belgium": split at the " and " / " & " whose both sides are states.
      const joiner = /\s(?:and|&)\s/g
      let match: RegExpExecArray | null
      let done = false
      while ((match = joiner.exec(piece)) !== null) {
        const left = piece.slice(0, match.index)
        const right = piece.slice(match.index + match[0].length)
        if (findState(left.trim().replace(/^(?:and|&)\s+/i, '')) && findState(right.trim())) {
          add(from, from + match.index)
          add(from + match.index + match[0].length, i)
          done = true
          break
        }
      }
      if (!done) add(from, i)
    }
    from = i + 1
  }
  return items
}

/** Text for output: without the placeholders of non-prose content. */
function visible(text: string): string {
  return text.split(GAP).join('')
}

// The author's words joined as English prose ("A, B and C"), as docs/remark.md documents.
const listFormat = stateListFormat('en-GB')

function statesDirective(
  node: Directive,
  span: { start: number; end: number },
  text: string,
  options: ResolvedRenderOptions,
  file: VFile,
  out: DirectiveEntities,
): void {
  const label = text.slice(span.start, span.end)
  const sort = attribute(node, 'sort')
  if (sort !== undefined && !['', 'alpha', 'alphabetical', 'name', 'none', 'text'].includes(sort)) {
    invalid(
      node,
      file,
      'invalid-attribute',
      `Unknown sort \`${sort.slice(0, 20)}\`: use \`sort=alpha\``,
    )
    return
  }
  const sorted = sort === '' || sort === 'alpha' || sort === 'alphabetical' || sort === 'name'
  const count = attribute(node, 'count') !== undefined
  const items = listItems(label).map((item) => {
    // Inline HTML or code in the label stands as a placeholder in the text: not part of a name.
    const state = findState(item.text.split(GAP).join('').trim())
    const mention: StateMention | null = state
      ? {
          type: 'state',
          start: span.start + item.start,
          end: span.start + item.end,
          text: item.text,
          iso3: state.iso3,
          iso2: state.iso2,
          name: state.name,
        }
      : null
    return { ...item, mention }
  })
  const unresolved = items.filter((item) => !item.mention)
  for (const item of unresolved)
    report(
      file,
      `Unknown state \`${visible(item.text).slice(0, 60)}\` in list`,
      node.position,
      'unknown-state',
      'warning',
    )
  const members = items.flatMap((item) => (item.mention ? [item.mention] : []))
  const list: StateList = {
    type: 'stateList',
    start: span.start,
    end: span.end,
    text: label,
    members: members.map((m) => m.iso3),
    unresolved: unresolved.map((item) => visible(item.text)),
  }
  const itemNode = (item: (typeof items)[number]): ElementContent =>
    item.mention && options.enabled.state
      ? stateElement(item.mention, [{ type: 'text', value: visible(item.text) }], options)
      : { type: 'text', value: visible(item.text) }
  const children: ElementContent[] = []
  if (sorted) {
    const order = [...items].sort((a, b) =>
      (a.mention?.name ?? a.text).localeCompare(b.mention?.name ?? b.text, 'en'),
    )
    let index = 0
    for (const part of listFormat.formatToParts(order.map((item) => item.text))) {
      if (part.type === 'literal') children.push({ type: 'text', value: part.value })
      else children.push(itemNode(order[index++]!))
    }
  } else {
    let at = 0
    for (const item of items) {
      if (item.start > at)
        children.push({ type: 'text', value: visible(label.slice(at, item.start)) })
      children.push(itemNode(item))
      at = item.end
    }
    if (at < label.length) children.push({ type: 'text', value: visible(label.slice(at)) })
  }
  if (count) {
    children.push({ type: 'text', value: ' ' })
    children.push(stateListCountElement(members.length, options))
  }
  const element = stateListElement(list, children, options, 'p')
  setData(node, {
    hName: 'p',
    hProperties: element.properties,
    hChildren: element.children,
    treatymark: 'stateList',
  })
  out.stateLists.push(list)
  out.states.push(...members)
}

/** A paragraph that holds one image and nothing but white space. */
export function loneImage(node: Nodes): Image | null {
  if (node.type !== 'paragraph') return null
  let image: Image | null = null
  for (const child of node.children) {
    if (child.type === 'image' && !image) image = child
    else if (!(child.type === 'text' && child.value.trim() === '')) return null
  }
  return image
}

const creditKinds = new Set<CreditMedium>([
  'photo',
  'image',
  'picture',
  'video',
  'illustration',
  'map',
  'credit',
])

function creditDirective(
  node: Directive,
  span: { start: number; end: number },
  options: ResolvedRenderOptions,
  file: VFile,
  out: DirectiveEntities,
): void {
  if (node.type !== 'containerDirective') return
  const first = node.children.find((child) => child.type === 'paragraph') as Paragraph | undefined
  const image = first ? loneImage(first) : null
  if (!first || !image) {
    invalid(
      node,
      file,
      'credit-without-image',
      'Credit directive without an image as its first paragraph',
    )
    return
  }
  const urlValue = attribute(node, 'url', 'href')
  let url: string | undefined
  if (urlValue !== undefined) {
    url = safeHttpUrl(urlValue)
    if (!url) {
      invalid(node, file, 'invalid-url', 'Only http(s) URLs are allowed in `url`')
      return
    }
  }
  const licenseValue = attribute(node, 'license', 'licence')?.trim()
  const license = licenseValue ? parseLicense(licenseValue) : null
  if (licenseValue && !license)
    report(
      file,
      `Unknown licence \`${licenseValue.slice(0, 40)}\``,
      node.position,
      'unknown-license',
      'info',
    )
  const kindValue = attribute(node, 'kind') as CreditMedium | undefined
  const credit: Draft<ImageCredit> = {
    type: 'credit',
    start: span.start,
    end: span.end,
    text: '',
    kind: kindValue && creditKinds.has(kindValue) ? kindValue : 'photo',
    title: attribute(node, 'title')?.trim() || null,
    creator: attribute(node, 'creator', 'author', 'by')?.trim() || null,
    source: attribute(node, 'source')?.trim() || null,
    license: license?.name ?? (licenseValue || null),
  }
  if (url) credit.url = url
  if (license?.url) credit.licenseUrl = license.url
  if (!credit.title && !credit.creator && !credit.source && !credit.license)
    report(
      file,
      'Credit directive names no title, creator, source or licence',
      node.position,
      'credit-incomplete',
      'warning',
    )
  const caption = generatedCreditElement(credit, options, { creditTag: 'figcaption' })
  credit.text = toString(caption as never)
  const rest = node.children.filter((child) => child !== first)
  const captionParagraph = rest.length === 1 && rest[0]!.type === 'paragraph' ? rest[0] : null
  const figureHast = figureElement(options)
  const figure: TreatymarkData = {
    hName: figureHast.tagName,
    hProperties: figureHast.properties,
    treatymark: 'credit',
  }
  if (rest.length === 0) {
    setData(node, { ...figure, hChildren: [imageElement(image), caption] })
  } else if (captionParagraph) {
    // The author's caption first, then the credit line, in one figcaption.
    setData(node, figure)
    const img = imageElement(image)
    first.data = {
      ...(first.data ?? {}),
      hName: 'img',
      hProperties: img.properties,
      hChildren: [],
    } as never
    captionParagraph.data = {
      ...(captionParagraph.data ?? {}),
      hName: 'figcaption',
      hProperties: caption.properties,
    } as never
    captionParagraph.children.push({
      type: 'treatymarkGenerated',
      data: {
        hName: 'span',
        hProperties: {},
        hChildren: [{ type: 'text', value: ' ' }, ...caption.children],
        treatymark: 'generated',
      },
    })
  } else {
    invalid(
      node,
      file,
      'credit-content',
      'Credit directive: put the image, then at most one caption paragraph',
    )
    return
  }
  out.credits.push(credit)
}

/**
 * Turn treatymark's directives into markup. Run after `collectText`, which read their labels
 * (locked) so their offsets are known.
 */
export function applyDirectives(
  directives: readonly Directive[],
  collected: Collected,
  defaultInstrument: InstrumentId | undefined,
  options: ResolvedRenderOptions,
  file: VFile,
): DirectiveEntities {
  const out: DirectiveEntities = { citations: [], states: [], stateLists: [], credits: [] }
  for (const node of directives) {
    const span = collected.spans.get(node) ?? { start: 0, end: 0 }
    if (node.name === 'cite')
      citeDirective(node, span, collected.text, defaultInstrument, options, file, out)
    else if (node.name === 'state') stateDirective(node, span, collected.text, options, file, out)
    else if (node.name === 'states') statesDirective(node, span, collected.text, options, file, out)
    else if (node.name === 'credit') creditDirective(node, span, options, file, out)
  }
  return out
}
