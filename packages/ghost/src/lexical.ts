/** Ghost's lexical format: the node shapes treatymark writes, and the html card helpers. */
import { cardBegin, cardEnd, neutralizeCardMarkers } from './html.js'

export interface LexicalText {
  type: 'text'
  text: string
  /** Bit field: 1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code. */
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

export interface LexicalLineBreak {
  type: 'linebreak'
  version: 1
}

interface ElementBase {
  direction: 'ltr' | null
  format: ''
  indent: 0
  version: 1
}

export interface LexicalLink extends ElementBase {
  type: 'link'
  url: string
  rel: string | null
  target: string | null
  title: string | null
  children: LexicalInline[]
}

export type LexicalInline = LexicalText | LexicalLineBreak | LexicalLink

export interface LexicalParagraph extends ElementBase {
  type: 'paragraph'
  children: LexicalInline[]
}

export interface LexicalHeading extends ElementBase {
  type: 'heading'
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  children: LexicalInline[]
}

export interface LexicalQuote extends ElementBase {
  type: 'quote'
  children: LexicalInline[]
}

export interface LexicalListItem extends ElementBase {
  type: 'listitem'
  value: number
  children: (LexicalInline | LexicalList)[]
}

export interface LexicalList extends ElementBase {
  type: 'list'
  listType: 'bullet' | 'number'
  start: number
  tag: 'ul' | 'ol'
  children: LexicalListItem[]
}

/** Ghost's html card. */
export interface LexicalHtmlCard {
  type: 'html'
  version: 1
  html: string
}

export interface LexicalImageCard {
  type: 'image'
  version: 1
  src: string
  width: null
  height: null
  title: string
  alt: string
  caption: string
  cardWidth: 'regular'
  href: string
}

export interface LexicalCodeBlock {
  type: 'codeblock'
  version: 1
  code: string
  language: string
  caption: string
}

export interface LexicalHorizontalRule {
  type: 'horizontalrule'
  version: 1
}

export type LexicalBlock =
  | LexicalParagraph
  | LexicalHeading
  | LexicalQuote
  | LexicalList
  | LexicalHtmlCard
  | LexicalImageCard
  | LexicalCodeBlock
  | LexicalHorizontalRule

/** A whole Ghost lexical document (send `JSON.stringify(doc)` as a post's `lexical`). */
export interface LexicalDocument {
  root: ElementBase & { type: 'root'; children: LexicalBlock[] }
}

export const elementBase = (): ElementBase => ({
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

export function lexicalText(text: string, format = 0): LexicalText {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function lexicalDocument(children: LexicalBlock[]): LexicalDocument {
  return { root: { type: 'root', ...elementBase(), children } }
}

/**
 * Ghost's html card node for an HTML fragment (`renderCard` output or your own). A
 * `<!--kg-card-…` comment inside is rewritten so it cannot end the card early.
 */
export function toLexicalNode(html: string): LexicalHtmlCard {
  if (typeof html !== 'string') throw new TypeError('toLexicalNode: html must be a string')
  return { type: 'html', version: 1, html: neutralizeCardMarkers(html) }
}

/**
 * The fragment wrapped in Ghost's html card comments, for posts created with `?source=html`:
 * Ghost turns the wrapped part into an html card and keeps it exactly.
 */
export function toSourceHtml(html: string): string {
  if (typeof html !== 'string') throw new TypeError('toSourceHtml: html must be a string')
  return `${cardBegin}\n${neutralizeCardMarkers(html)}\n${cardEnd}`
}
