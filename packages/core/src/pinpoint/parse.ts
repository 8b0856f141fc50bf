import type { Pinpoint } from '../models/pinpoint.js'
import { type Listed, type NumberRef, type PinpointTree, WHOLE, readPinpointTree } from './read.js'

/*
 * What a pinpoint string means. The reading is `read.ts`'s (the one pinpoint reader, shared with
 * the citation extractor), in its `WHOLE` dialect; this file turns what it read into pinpoints.
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

/** Values of the last level once its tail is applied: lists fan out, ranges join. */
function lastLevelVariants(first: string, tail: NumberRef['tail']): string[] {
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
function levelPaths(ref: NumberRef): string[][] {
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

function articlePinpoints(items: ReadonlyArray<Listed<NumberRef>>): Pinpoint[] {
  const out: Pinpoint[] = []
  let previousArticle: string | null = null
  for (const { item: ref, rangeFromPrevious } of items) {
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
function paragraphPaths(items: ReadonlyArray<Listed<NumberRef>>): string[][] {
  const paths: string[][] = []
  for (const { item: ref, rangeFromPrevious } of items) {
    if (rangeFromPrevious && paths.length > 0 && ref.levels.length === 0) {
      const previous = paths.pop() as string[]
      paths.push([`${previous[0]}-${ref.value}`])
      continue
    }
    for (const path of levelPaths(ref)) paths.push([ref.value, ...path])
  }
  return paths
}

function withSubparagraph(paths: string[][], sub: string[] | null): string[][] | null {
  if (!sub) return paths
  if (paths.length > 1) return null
  const [path = []] = paths
  if (path.length > 1) return null
  return [[path[0] ?? '', ...sub]]
}

/** The pinpoints of what the reader read, or null when the reading is not a pinpoint. */
function interpret(tree: PinpointTree): Pinpoint[] | null {
  if (tree.type === 'bare') {
    return levelPaths(tree.ref).map((path) => pinpoint(tree.ref.value, path))
  }
  if (tree.type === 'paragraph-of') {
    const paths = withSubparagraph(paragraphPaths(tree.paragraphs), tree.subparagraph)
    return paths ? paths.map((path) => pinpoint(tree.article.value, path)) : null
  }
  // "Articles 1, 2 and 3", "Articles 5 to 7".
  if (tree.plural)
    return articlePinpoints(
      tree.articles.map(({ item, rangeFromPrevious }) => ({ item: item.ref, rangeFromPrevious })),
    )
  // "Article 5(1)", "Article 5, paragraph 1, subparagraph (a)".
  const [first] = tree.articles
  if (!first || tree.articles.length > 1) return null
  const { ref, paragraphs, subparagraph } = first.item
  let paths = levelPaths(ref)
  if (paragraphs) {
    if (ref.levels.length > 0) return null
    paths = paragraphPaths(paragraphs)
  }
  const final = withSubparagraph(paths, subparagraph ? subparagraph.levels : null)
  return final ? final.map((path) => pinpoint(ref.value, path)) : null
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
  for (const form of ['article', 'paragraph-of', 'bare'] as const) {
    const tree = readPinpointTree(text, 0, WHOLE, [form])
    const result = tree && tree.end === text.length ? interpret(tree) : null
    if (result && result.length > 0) return result
  }
  return null
}
