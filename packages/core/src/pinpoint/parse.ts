import type { Pinpoint } from '../models/pinpoint.js'
import {
  articleWordSource,
  articlesWordSource,
  latinSuffixes,
  levelTokenSource,
  paragraphWordSource,
  romanSource,
  subparagraphWordSource,
} from './pattern.js'
import { fromRoman } from './roman.js'

/*
 * A small recursive-descent parser over sticky regexes made from the same pieces as
 * `pinpointSource`, so whatever the prose pattern matches, this parser can read.
 *
 * Representation (documented in docs and tests):
 * - Roman article numbers are normalised to arabic ("Article VI" -> "6"), as the instrument
 *   registry stores NPT/BWC-style articles as "1".."11".
 * - Inserted articles keep their Latin suffix, lower case and unspaced ("8 bis" -> "8bis").
 * - Lists ("Articles 8 and 10", "(a) and (b)") become one pinpoint per item.
 * - Article ranges ("Articles 5 to 7", "Articles III-V") are expanded to every article
 *   (up to 50); paragraph and subparagraph ranges stay one pinpoint with a "from-to" value
 *   ("Article 7(1)(a)-(c)" -> subparagraph "a-c"), as they point into one article.
 * - Levels below the subparagraph are kept in brackets: "7(1)(a)(ii)" -> subparagraph "a(ii)".
 */

const latin = `(?:${latinSuffixes.join('|')})`

const sticky = (source: string, flags = 'y'): RegExp => new RegExp(source, flags)

export const re = {
  space: /\s{1,3}/y,
  optSpace: /\s{0,3}/y,
  articles: sticky(articlesWordSource, 'iy'),
  article: sticky(articleWordSource, 'iy'),
  paragraphWord: sticky(paragraphWordSource, 'iy'),
  subparagraphWord: sticky(subparagraphWordSource, 'iy'),
  of: /\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?/iy,
  ofOnly: /\s{1,3}of\s{1,3}/iy,
  number: sticky(
    `(\\d{1,3})(?!\\d)(?:\\s?(${latin})(?![A-Za-z])|([A-Z])(?![A-Za-z]))?|(${romanSource})(?![A-Za-z0-9])`,
  ),
  paragraphNumber: /(\d{1,3})(?!\d)/y,
  dot: /\.(\d{1,3})(?!\d)/y,
  level: sticky(`\\s?\\((${levelTokenSource})\\)`),
  tail: sticky(
    `(?:\\s?(-)\\s?|,\\s?(?:(?:and|or)\\s)?|\\s(to|and|or|through)\\s)\\((${levelTokenSource})\\)`,
  ),
  listSeparator: /(?:\s?(-)\s?|,\s?(?:and\s|&\s)?|\s(and|&|to|through)\s)/y,
  bareSubparagraph: /([a-z]{1,2})(?![A-Za-z0-9])/y,
  bracketSubparagraph: sticky(`\\((${levelTokenSource})\\)`),
}

/** A number with its levels, before it is turned into pinpoints. */
interface Ref {
  /** Normalised article number, or the paragraph number for paragraph references. */
  value: string
  /** Bracketed (or dotted) levels after the number. */
  levels: string[]
  /** Extra items at the last level, each either a list item or the end of a range. */
  tail: Array<{ range: boolean; value: string }>
}

class Cursor {
  index = 0
  constructor(readonly text: string) {}

  eat(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.index
    const match = pattern.exec(this.text)
    if (match) this.index = pattern.lastIndex
    return match
  }

  /** Run `parse`; rewind when it returns null. */
  attempt<T>(parse: () => T | null): T | null {
    const start = this.index
    const result = parse()
    if (result === null) this.index = start
    return result
  }

  get done(): boolean {
    return this.index === this.text.length
  }
}

function articleNumber(cursor: Cursor): string | null {
  const match = cursor.eat(re.number)
  if (!match) return null
  const [, digits, suffix, letter, roman] = match
  if (roman !== undefined) {
    const value = fromRoman(roman)
    return value === null ? null : String(value)
  }
  if (digits === undefined) return null
  const n = String(Number.parseInt(digits, 10))
  if (suffix !== undefined) return n + suffix.toLowerCase()
  if (letter !== undefined) return n + letter
  return n
}

function levelsAndTail(cursor: Cursor, ref: Ref): Ref {
  for (let i = 0; i < 4; i++) {
    const level = cursor.eat(re.level)
    if (!level) break
    ref.levels.push(level[1] as string)
  }
  if (ref.levels.length > 0) {
    for (let i = 0; i < 6; i++) {
      const tail = cursor.eat(re.tail)
      if (!tail) break
      ref.tail.push({
        range: tail[1] !== undefined || tail[2] === 'to' || tail[2] === 'through',
        value: tail[3] as string,
      })
    }
  }
  return ref
}

function numberRef(cursor: Cursor): Ref | null {
  return cursor.attempt(() => {
    const value = articleNumber(cursor)
    if (value === null) return null
    const ref: Ref = { value, levels: [], tail: [] }
    const dot = cursor.eat(re.dot)
    if (dot) ref.levels.push(dot[1] as string)
    return levelsAndTail(cursor, ref)
  })
}

function paragraphRef(cursor: Cursor): Ref | null {
  return cursor.attempt(() => {
    const match = cursor.eat(re.paragraphNumber)
    if (!match) return null
    return levelsAndTail(cursor, { value: match[1] as string, levels: [], tail: [] })
  })
}

/** `first (sep item)*`, remembering which separators are ranges. */
function list(
  cursor: Cursor,
  item: (cursor: Cursor) => Ref | null,
  max: number,
): Array<{ ref: Ref; rangeFromPrevious: boolean }> | null {
  const first = item(cursor)
  if (!first) return null
  const items = [{ ref: first, rangeFromPrevious: false }]
  for (let i = 0; i < max; i++) {
    const next = cursor.attempt(() => {
      const separator = cursor.eat(re.listSeparator)
      if (!separator) return null
      const ref = item(cursor)
      if (!ref) return null
      const range =
        separator[1] !== undefined || separator[2] === 'to' || separator[2] === 'through'
      return { ref, rangeFromPrevious: range }
    })
    if (!next) break
    items.push(next)
  }
  return items
}

/** Values of the last level once its tail is applied: lists fan out, ranges join. */
function lastLevelVariants(first: string, tail: Ref['tail']): string[] {
  const variants = [first]
  for (const item of tail) {
    if (item.range) {
      const previous = variants.pop() as string
      variants.push(`${previous}-${item.value}`)
    } else {
      variants.push(item.value)
    }
  }
  return variants
}

/** All level paths of a ref: `[["1","a"]]`, or several when the last level is a list. */
function levelPaths(ref: Ref): string[][] {
  if (ref.levels.length === 0) return [[]]
  const head = ref.levels.slice(0, -1)
  return lastLevelVariants(ref.levels.at(-1) as string, ref.tail).map((last) => [...head, last])
}

function pinpoint(article: string, levels: string[]): Pinpoint {
  const [paragraph, subparagraph, ...deeper] = levels
  return {
    article,
    paragraph: paragraph ?? null,
    subparagraph:
      subparagraph === undefined ? null : subparagraph + deeper.map((d) => `(${d})`).join(''),
  }
}

/** Expand "5 to 7" (or "III-V", already arabic here) into every article when both are plain. */
function expandArticleRange(from: string, to: string): string[] {
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const a = Number(from)
    const b = Number(to)
    if (b > a && b - a <= 50) {
      return Array.from({ length: b - a }, (_, i) => String(a + i + 1))
    }
  }
  return [to]
}

function articlePinpoints(items: Array<{ ref: Ref; rangeFromPrevious: boolean }>): Pinpoint[] {
  const out: Pinpoint[] = []
  let previousArticle: string | null = null
  for (const { ref, rangeFromPrevious } of items) {
    const paths = levelPaths(ref)
    if (rangeFromPrevious && previousArticle !== null && ref.levels.length === 0) {
      for (const article of expandArticleRange(previousArticle, ref.value)) {
        out.push(pinpoint(article, []))
      }
    } else {
      for (const path of paths) out.push(pinpoint(ref.value, path))
    }
    previousArticle = ref.value
  }
  return out
}

/** ", paragraph 1 and 2" -> level paths starting at the paragraph. */
function paragraphPaths(items: Array<{ ref: Ref; rangeFromPrevious: boolean }>): string[][] {
  const paths: string[][] = []
  for (const { ref, rangeFromPrevious } of items) {
    if (rangeFromPrevious && paths.length > 0 && ref.levels.length === 0) {
      const previous = paths.pop() as string[]
      paths.push([`${previous[0]}-${ref.value}`])
      continue
    }
    for (const path of levelPaths(ref)) paths.push([ref.value, ...path])
  }
  return paths
}

function subparagraph(cursor: Cursor): string[] | null {
  return cursor.attempt(() => {
    if (!cursor.eat(re.subparagraphWord)) return null
    cursor.eat(re.optSpace)
    const first = cursor.eat(re.bracketSubparagraph) ?? cursor.eat(re.bareSubparagraph)
    if (!first) return null
    const levels = [first[1] as string]
    for (let i = 0; i < 3; i++) {
      const level = cursor.eat(re.level)
      if (!level) break
      levels.push(level[1] as string)
    }
    return levels
  })
}

function paragraphClause(cursor: Cursor): Array<{ ref: Ref; rangeFromPrevious: boolean }> | null {
  return cursor.attempt(() => {
    if (!cursor.eat(re.paragraphWord)) return null
    cursor.eat(re.optSpace)
    return list(cursor, paragraphRef, 10)
  })
}

function withSubparagraph(paths: string[][], sub: string[] | null): string[][] | null {
  if (!sub) return paths
  if (paths.length > 1) return null
  const [path = []] = paths
  if (path.length > 1) return null
  return [[path[0] ?? '', ...sub]]
}

/** "Article 5(1)", "Article 5, paragraph 1, subparagraph (a)". */
function singular(cursor: Cursor): Pinpoint[] | null {
  return cursor.attempt(() => {
    if (!cursor.eat(re.article)) return null
    cursor.eat(re.optSpace)
    const ref = numberRef(cursor)
    if (!ref) return null
    let paths = levelPaths(ref)
    const paragraphs = cursor.attempt(() => {
      cursor.eat(/,?\s{1,3}/y)
      return paragraphClause(cursor)
    })
    if (paragraphs) {
      if (ref.levels.length > 0) return null
      paths = paragraphPaths(paragraphs)
    }
    const sub = cursor.attempt(() => {
      cursor.eat(/,?\s{1,3}/y)
      return subparagraph(cursor)
    })
    const final = withSubparagraph(paths, sub)
    if (!final) return null
    return final.map((path) => pinpoint(ref.value, path))
  })
}

/** "Articles 1, 2 and 3", "Articles 5 to 7". */
function plural(cursor: Cursor): Pinpoint[] | null {
  return cursor.attempt(() => {
    if (!cursor.eat(re.articles)) return null
    cursor.eat(re.optSpace)
    const items = list(cursor, numberRef, 20)
    return items ? articlePinpoints(items) : null
  })
}

/** "paragraph 3 of Article 5", "subparagraph (a) of paragraph 1 of Article 7". */
function reverse(cursor: Cursor): Pinpoint[] | null {
  return cursor.attempt(() => {
    const sub = cursor.attempt(() => {
      const levels = subparagraph(cursor)
      if (!levels || !cursor.eat(re.ofOnly)) return null
      return levels
    })
    const paragraphs = paragraphClause(cursor)
    if (!paragraphs || !cursor.eat(re.of)) return null
    if (!cursor.eat(re.article)) return null
    cursor.eat(re.optSpace)
    const article = articleNumber(cursor)
    if (article === null) return null
    const paths = withSubparagraph(paragraphPaths(paragraphs), sub)
    return paths ? paths.map((path) => pinpoint(article, path)) : null
  })
}

/** "5(1)(a)", "5.1", "VI", "8 bis": a pinpoint without the word "Article". */
function bare(cursor: Cursor): Pinpoint[] | null {
  return cursor.attempt(() => {
    const ref = numberRef(cursor)
    return ref ? levelPaths(ref).map((path) => pinpoint(ref.value, path)) : null
  })
}

/** Collapse whitespace and typographic dashes so prose variants parse alike. */
export function normalisePinpointText(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

/**
 * Parse a pinpoint: `"5(1)(a)"`, `"Article 5, paragraph 1"`, `"Articles 8 and 10"`,
 * `"paragraph 3 of Article 5"`, `"Article VI"`. Returns one `Pinpoint` per article (or per
 * listed paragraph/subparagraph), or null when the whole string is not a pinpoint.
 */
export function parsePinpoint(s: string): Pinpoint[] | null {
  if (typeof s !== 'string') return null
  const text = normalisePinpointText(s)
  if (text.length === 0 || text.length > 500) return null
  for (const parse of [plural, singular, reverse, bare]) {
    const cursor = new Cursor(text)
    const result = parse(cursor)
    if (result && cursor.done && result.length > 0) return result
  }
  return null
}
