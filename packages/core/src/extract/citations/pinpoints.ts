/**
 * Pinpoint clauses with a span per item: "Article 5(1)", "Articles 8 and 10",
 * "paragraph 3 of Article 5". The grammar is shared with `pinpoint/parse.ts` (`pinpoint/pattern.ts`).
 */
import type { InstrumentId } from '../../models/instrument.js'
import { fromRoman } from '../../pinpoint/roman.js'
import {
  articleHeadPattern,
  articleNumberPattern,
  articleNumberSolidPattern,
  articlesHeadPattern,
  at,
  dotParagraphPattern,
  levelPattern,
  listSeparatorPattern,
  ofArticlePattern,
  paragraphNumberPattern,
  paragraphPrefixPattern,
  paragraphWordPattern,
  subparagraphPattern,
} from './patterns.js'

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

interface ArticleNumber {
  value: string
  end: number
  roman: boolean
}

function readArticleNumber(
  text: string,
  index: number,
  romanAllowed: boolean,
): ArticleNumber | null {
  const solid = at(articleNumberSolidPattern, text, index)
  if (solid) {
    return {
      value: String(Number.parseInt(solid[1]!, 10)) + solid[2]!.toLowerCase(),
      end: articleNumberSolidPattern.lastIndex,
      roman: false,
    }
  }
  const match = at(articleNumberPattern, text, index)
  if (!match) return null
  const end = articleNumberPattern.lastIndex
  if (match[1] !== undefined) {
    const suffix = match[2] === undefined ? '' : match[2].toLowerCase()
    return { value: String(Number.parseInt(match[1], 10)) + suffix, end, roman: false }
  }
  if (!romanAllowed || match[3] === undefined || match[3] === '') return null
  const value = fromRoman(match[3])
  return value === null ? null : { value: String(value), end, roman: true }
}

/** Levels after an article number: "(1)(a)", ".1". */
function readLevels(text: string, index: number): { levels: string[]; end: number } {
  const levels: string[] = []
  let end = index
  const dot = at(dotParagraphPattern, text, end)
  if (dot) {
    levels.push(dot[1]!)
    end = dotParagraphPattern.lastIndex
  }
  for (let i = 0; i < 4; i++) {
    const level = at(levelPattern, text, end)
    if (!level) break
    levels.push(level[1]!)
    end = levelPattern.lastIndex
  }
  return { levels, end }
}

/** Whether a matched "paragraphs " / "paras. " word is plural (its letters end in "s"). */
function isPluralWord(word: string): boolean {
  let i = word.length - 1
  while (
    i >= 0 &&
    (word.charCodeAt(i) === 0x20 || word.charCodeAt(i) === 0xa0 || word[i] === '.')
  ) {
    i--
  }
  return word[i] === 's' || word[i] === 'S' || word.includes('\u00b6\u00b6')
}

/** ", paragraph 1", ", paragraphs 1 and 2": the paragraph numbers with their spans. */
function readParagraphList(
  text: string,
  index: number,
): { paragraphs: Array<{ start: number; end: number; value: string }>; end: number } | null {
  const word = at(paragraphWordPattern, text, index)
  if (!word) return null
  let end = paragraphWordPattern.lastIndex
  const first = at(paragraphNumberPattern, text, end)
  if (!first) return null
  const paragraphs = [{ start: end, end: paragraphNumberPattern.lastIndex, value: first[1]! }]
  const plural = isPluralWord(word[0])
  end = paragraphNumberPattern.lastIndex
  for (let i = 0; i < 10; i++) {
    const separator = at(listSeparatorPattern, text, end)
    if (!separator) break
    // As after "Article": "paragraph 1, 12 States" lists no paragraph 12.
    if (!plural && separator[1] === undefined && separator[2] === undefined) break
    const afterSeparator = listSeparatorPattern.lastIndex
    const next = at(paragraphNumberPattern, text, afterSeparator)
    if (!next) break
    paragraphs.push({
      start: afterSeparator,
      end: paragraphNumberPattern.lastIndex,
      value: next[1]!,
    })
    end = paragraphNumberPattern.lastIndex
  }
  return { paragraphs, end }
}

/** One article item of a list: number, levels, ", paragraph(s) N", ", subparagraph (a)". */
function readArticleItem(
  text: string,
  index: number,
  romanAllowed: boolean,
): { items: Item[]; end: number; roman: boolean } | null {
  const number = readArticleNumber(text, index, romanAllowed)
  if (!number) return null
  const { levels, end: levelsEnd } = readLevels(text, number.end)
  let end = levelsEnd
  const items: Item[] = []
  const paragraphs = levels.length === 0 ? readParagraphList(text, end) : null
  if (paragraphs) {
    paragraphs.paragraphs.forEach((paragraph, i) => {
      items.push({
        start: i === 0 ? index : paragraph.start,
        end: paragraph.end,
        article: number.value,
        paragraph: paragraph.value,
        subparagraph: null,
      })
    })
    end = paragraphs.end
  } else {
    const [first, second, ...deeper] = levels
    const isLetter = first !== undefined && /^[a-z]+$/.test(first)
    items.push({
      start: index,
      end,
      article: number.value,
      paragraph: first === undefined || isLetter ? null : first,
      subparagraph: isLetter
        ? first
        : second === undefined
          ? null
          : second + deeper.map((level) => `(${level})`).join(''),
    })
  }
  const sub = items.length === 1 ? at(subparagraphPattern, text, end) : null
  if (sub && items[0]!.subparagraph === null) {
    items[0]!.subparagraph = sub[1]!
    end = subparagraphPattern.lastIndex
    items[0]!.end = end
  }
  return { items, end, roman: number.roman }
}

/** "Article …" / "Articles …" / "paragraph N of Article …" at `index`, without the instrument. */
export function readPinpoint(
  text: string,
  index: number,
): { start: number; end: number; items: Item[] } | null {
  const code = text.charCodeAt(index)
  // "paragraph 3 of Article 5", "paragraphs 1 and 2 of Article 4".
  if (code === 0x50 || code === 0x70 || code === 0xb6) {
    const word = at(paragraphPrefixPattern, text, index)
    if (!word) return null
    let end = paragraphPrefixPattern.lastIndex
    const first = at(paragraphNumberPattern, text, end)
    if (!first) return null
    const paragraphs = [{ start: index, end: paragraphNumberPattern.lastIndex, value: first[1]! }]
    end = paragraphNumberPattern.lastIndex
    for (let i = 0; i < 10; i++) {
      const separator = at(listSeparatorPattern, text, end)
      if (!separator) break
      const next = at(paragraphNumberPattern, text, listSeparatorPattern.lastIndex)
      if (!next) break
      paragraphs.push({
        start: listSeparatorPattern.lastIndex,
        end: paragraphNumberPattern.lastIndex,
        value: next[1]!,
      })
      end = paragraphNumberPattern.lastIndex
    }
    const level = at(levelPattern, text, end)
    const subparagraph = level && /^[a-z]+$/.test(level[1]!) ? level[1]! : null
    if (level) end = levelPattern.lastIndex
    if (!at(ofArticlePattern, text, end)) return null
    const articleStart = ofArticlePattern.lastIndex
    if (!at(articleHeadPattern, text, articleStart)) return null
    const number = readArticleNumber(text, articleHeadPattern.lastIndex, true)
    if (!number) return null
    const items = paragraphs.map((paragraph, i) => ({
      start: paragraph.start,
      end: i === paragraphs.length - 1 ? number.end : paragraph.end,
      article: number.value,
      paragraph: paragraph.value,
      subparagraph: paragraphs.length === 1 ? subparagraph : null,
    }))
    return { start: index, end: number.end, items }
  }
  if (code !== 0x41 && code !== 0x61) return null
  const plural = at(articlesHeadPattern, text, index)
  const head = plural
    ? articlesHeadPattern.lastIndex
    : at(articleHeadPattern, text, index)
      ? articleHeadPattern.lastIndex
      : -1
  if (head < 0) return null
  const first = readArticleItem(text, head, true)
  if (!first) return null
  const items = first.items
  items[0]!.start = index
  let end = first.end
  for (let i = 0; i < 20; i++) {
    const separator = at(listSeparatorPattern, text, end)
    if (!separator) break
    // After a singular "Article" only "and"/"or" join numbers: in "Under Article 7, 12 States
    // reported" the 12 is no article.
    if (!plural && separator[1] === undefined && separator[2] === undefined) break
    const next = readArticleItem(text, listSeparatorPattern.lastIndex, first.roman)
    if (!next || next.roman !== first.roman) break
    items.push(...next.items)
    end = next.end
  }
  return { start: index, end, items }
}
