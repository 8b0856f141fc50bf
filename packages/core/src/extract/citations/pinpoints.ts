/**
 * Pinpoint clauses with a span per item: "Article 5(1)", "Articles 8 and 10",
 * "paragraph 3 of Article 5". The reading is `pinpoint/read.ts`'s, the one pinpoint reader that
 * `parsePinpoint` uses too (in its `PROSE` dialect); this file gives each item its span.
 */
import type { InstrumentId } from '../../models/instrument.js'
import {
  type ArticleItem,
  type NumberRef,
  PROSE,
  type PinpointTree,
  readPinpointTree,
} from '../../pinpoint/read.js'

/** One pinpoint item with its own span inside the clause. */
export interface Item {
  start: number
  end: number
  article: string
  paragraph: string | null
  subparagraph: string | null
}

/** How the clause names its instrument. */
export type Target =
  | { type: 'named'; id: InstrumentId; nameStart: number; nameEnd: number }
  | { type: 'generic'; word: string }
  | { type: 'unknown'; nameStart: number; nameEnd: number }
  | { type: 'ignored' }
  | { type: 'none' }

export interface Clause {
  start: number
  end: number
  items: Item[]
  target: Target
}

const isLetters = (level: string): boolean => /^[a-z]+$/.test(level)

/**
 * The subparagraph written after a paragraph number ("paragraph 1 (a)", "paragraph 1(a)-(c)":
 * "a", "a-c"; "paragraph 2(b)(ii)": "b(ii)"), or null.
 */
function paragraphLevels(paragraph: NumberRef): string | null {
  const [level, ...deeper] = paragraph.levels
  if (level === undefined || !isLetters(level)) return null
  let sub = level + deeper.map((deep) => `(${deep})`).join('')
  const range = paragraph.tail.find((item) => item.range)
  if (range) sub += `-${range.value}`
  return sub
}

/** The items of one listed article: one per paragraph, else one with its levels. */
function articleItems(article: ArticleItem): Item[] {
  const { ref, paragraphs, subparagraph } = article
  const items: Item[] = []
  if (paragraphs) {
    paragraphs.forEach(({ item: paragraph }, i) => {
      items.push({
        start: i === 0 ? ref.start : paragraph.start,
        end: paragraph.end,
        article: ref.value,
        paragraph: paragraph.value,
        subparagraph: paragraphLevels(paragraph),
      })
    })
  } else {
    const [first, second, ...deeper] = ref.levels
    const isLetter = first !== undefined && isLetters(first)
    let sub = isLetter
      ? first
      : second === undefined
        ? null
        : second + deeper.map((level) => `(${level})`).join('')
    // "(a)–(c)" after the levels: a subparagraph range reads "a-c"; a list ("(a), (b)") keeps
    // its first item. Either way the span covers the tail.
    const range = ref.tail.find((item) => item.range)
    if (range && sub !== null) sub += `-${range.value}`
    items.push({
      start: ref.start,
      end: ref.end,
      article: ref.value,
      paragraph: first === undefined || isLetter ? null : first,
      subparagraph: sub,
    })
  }
  // ", subparagraph (a)": the reader reads it only where the levels named none.
  if (subparagraph) {
    items[0]!.subparagraph = subparagraph.levels[0]!
    items[0]!.end = subparagraph.end
  }
  return items
}

/** The items of a clause, each with its span. */
function clauseItems(tree: PinpointTree): Item[] {
  if (tree.type === 'article') {
    const items = tree.articles.flatMap(({ item }) => articleItems(item))
    items[0]!.start = tree.start
    return items
  }
  if (tree.type === 'paragraph-of') {
    const { paragraphs, article, level } = tree
    const subparagraph =
      level !== null && isLetters(level) ? level : paragraphLevels(paragraphs[0]!.item)
    return paragraphs.map(({ item: paragraph }, i) => ({
      start: i === 0 ? tree.start : paragraph.start,
      end: i === paragraphs.length - 1 ? article.end : paragraph.end,
      article: article.value,
      paragraph: paragraph.value,
      subparagraph: paragraphs.length === 1 ? subparagraph : null,
    }))
  }
  return []
}

const ARTICLE = ['article'] as const
const PARAGRAPH_OF = ['paragraph-of'] as const

/** "Article …" / "Articles …" / "paragraph N of Article …" at `index`, without the instrument. */
export function readPinpoint(
  text: string,
  index: number,
): { start: number; end: number; items: Item[] } | null {
  const code = text.charCodeAt(index)
  // "paragraph 3 of Article 5" starts with "P", "p" or "¶"; an article clause with "A" or "a".
  const forms =
    code === 0x50 || code === 0x70 || code === 0xb6
      ? PARAGRAPH_OF
      : code === 0x41 || code === 0x61
        ? ARTICLE
        : null
  if (forms === null) return null
  const tree = readPinpointTree(text, index, PROSE, forms)
  if (!tree) return null
  return { start: tree.start, end: tree.end, items: clauseItems(tree) }
}
