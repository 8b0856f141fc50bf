/**
 * The one pinpoint reader: "Article 5(1)(a)", "Articles 8 and 10", "Article 7, paragraph 1",
 * "paragraph 3 of Article 5", "5(1)(a)". It reads at a position of any text and returns what it
 * read as a small tree whose every number carries its span, and nothing else: what a pinpoint
 * means is decided by its two readers' interpretations:
 * - `parsePinpoint` (`parse.ts`) reads a whole, tidied string (`WHOLE`): ranges are expanded,
 *   lists and levels fan out into one `Pinpoint` each;
 * - the citation extractor (`extract/citations/pinpoints.ts`) reads prose (`PROSE`): each listed
 *   item gets its own span, ranges give their endpoints.
 *
 * The grammar is one recursive descent over sticky regexes (each linear: test/redos.test.ts).
 * The two dialects differ only where prose needs care that a tidied string does not: in prose
 * the words are matched as usually written (no `i` flag: "art" alone is no article), a singular
 * "Article" joins further numbers only with "and"/"or" ("Under Article 7, 12 States reported"),
 * a list does not mix roman and arabic numbers, and "5th" or "1990s" is no article number.
 */
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

const latin = `(?:${latinSuffixes.join('|')})`
const sticky = (source: string, flags = 'y'): RegExp => new RegExp(source, flags)
/** Spaces inside a prose pinpoint: the space and the no-break space, never a line break. */
const sp = '[ \\u00a0]'

/** The regexes and rules of one way of writing pinpoints (see `WHOLE` and `PROSE`). */
export interface Dialect {
  /** "Articles " with its spaces. */
  readonly articles: RegExp
  /** "Article " with its spaces. */
  readonly article: RegExp
  /** "8bis", before `number` (prose only). Groups: digits, suffix. */
  readonly solidNumber: RegExp | null
  /** An article number. Groups: digits, Latin suffix, capital letter suffix, roman. */
  readonly number: RegExp
  /** ".1" after an article number. Group: the paragraph. */
  readonly dot: RegExp
  /** "(1)", " (a)". Group: the level. */
  readonly level: RegExp
  /** "-(c)", ", (b)", " and (c)" after levels. Groups: dash, word, level. */
  readonly tail: RegExp | null
  /** Between list items. */
  readonly separator: RegExp
  /** What a `separator` match is: a range ("-", "to"), and whether a word joins ("and"). */
  readonly separatorKind: (match: RegExpExecArray) => { range: boolean; word: boolean }
  /** ", paragraph " before an article's paragraphs. Group 1: the word. */
  readonly paragraphLead: RegExp
  /** "paragraph " opening "paragraph 3 of Article 5". Group 1: the word. */
  readonly paragraphHead: RegExp
  /** A paragraph number. Group: the digits. */
  readonly paragraphNumber: RegExp
  /** ", subparagraph (a)". Group 1 (whole-string dialect) or 1 (prose): the first level. */
  readonly subparagraphLead: RegExp
  /** "subparagraph " opening "subparagraph (a) of paragraph 1 of Article 7" (whole strings). */
  readonly subparagraphHead: RegExp | null
  /** " of " between a subparagraph and its paragraph (whole strings). */
  readonly subparagraphOf: RegExp | null
  /** " of the " between paragraphs and their article. */
  readonly paragraphOf: RegExp
  /** Bracketed or bare first subparagraph level, after `subparagraphLead` (whole strings). */
  readonly subparagraphFirst: readonly RegExp[]
  // Rules.
  /** A singular "Article" joins further numbers with "and"/"or" (prose). */
  readonly singularLists: boolean
  /** Paragraphs and subparagraphs after every listed article, not only a singular one (prose). */
  readonly clausesPerItem: boolean
  /** Paragraph numbers carry their own levels ("paragraph 1(a)"; whole strings). */
  readonly paragraphLevels: boolean
  /** Paragraphs are read after an article number with levels too (then rejected; whole strings). */
  readonly paragraphsAfterLevels: boolean
  /** A singular paragraph word joins further numbers only with a word (prose). */
  readonly singularParagraphLists: boolean
  /** A list keeps to roman or to arabic numbers (prose). */
  readonly romanConsistent: boolean
  /** One bracketed level after the paragraphs of "paragraph 3(a) of Article 5" (prose). */
  readonly levelBeforeOf: boolean
  /** Further subparagraph levels after the first ("(a)(ii)"; whole strings). */
  readonly subparagraphLevels: boolean
  /**
   * ", subparagraph (b)" is read only where the article's levels name no subparagraph yet
   * ("5(1), subparagraph (b)", not "5(a), subparagraph (b)"; prose).
   */
  readonly subparagraphOnce: boolean
}

/** A tidied whole string, as `parsePinpoint` reads it (`normalisePinpointText` ran before). */
export const WHOLE: Dialect = {
  articles: sticky(`${articlesWordSource}\\s{0,3}`, 'iy'),
  article: sticky(`${articleWordSource}\\s{0,3}`, 'iy'),
  solidNumber: null,
  number: sticky(
    `(\\d{1,3})(?!\\d)(?:\\s?(${latin})(?![A-Za-z])|([A-Z])(?![A-Za-z]))?|(${romanSource})(?![A-Za-z0-9])`,
  ),
  dot: /\.(\d{1,3})(?!\d)/y,
  level: sticky(`\\s?\\((${levelTokenSource})\\)`),
  tail: sticky(
    `(?:\\s?(-)\\s?|,\\s?(?:(?:and|or)\\s)?|\\s(to|and|or|through)\\s)\\((${levelTokenSource})\\)`,
  ),
  separator: /(?:\s?(-)\s?|,\s?(?:and\s|&\s)?|\s(and|&|to|through)\s)/y,
  separatorKind: (match) => ({
    range: match[1] !== undefined || match[2] === 'to' || match[2] === 'through',
    word: match[2] !== undefined,
  }),
  // The comma and spaces before the word are optional in a tidied string.
  paragraphLead: sticky(`(?:,?\\s{1,3})?(${paragraphWordSource})\\s{0,3}`, 'iy'),
  paragraphHead: sticky(`(${paragraphWordSource})\\s{0,3}`, 'iy'),
  paragraphNumber: /(\d{1,3})(?!\d)/y,
  subparagraphLead: sticky(`(?:,?\\s{1,3})?${subparagraphWordSource}\\s{0,3}`, 'iy'),
  subparagraphHead: sticky(`${subparagraphWordSource}\\s{0,3}`, 'iy'),
  subparagraphOf: /\s{1,3}of\s{1,3}/iy,
  paragraphOf: /\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?/iy,
  subparagraphFirst: [sticky(`\\((${levelTokenSource})\\)`), /([a-z]{1,2})(?![A-Za-z0-9])/y],
  singularLists: false,
  clausesPerItem: false,
  paragraphLevels: true,
  paragraphsAfterLevels: true,
  singularParagraphLists: false,
  romanConsistent: false,
  levelBeforeOf: false,
  subparagraphLevels: true,
  subparagraphOnce: false,
}

/** Pinpoints in running prose, as the citation extractor reads them. */
export const PROSE: Dialect = {
  articles: sticky(`${articlesWordSource}${sp}{0,3}`),
  article: sticky(`${articleWordSource}${sp}{0,3}`),
  solidNumber: sticky(`(\\d{1,3})(${latin})(?![\\p{L}\\p{N}])`, 'uy'),
  // `(\d{1,3})(?![\d\p{L}])` refuses "5th" and "1990s"; "8bis" is read by `solidNumber`.
  number: sticky(
    `(\\d{1,3})(?![\\d\\p{L}])(?:${sp}?(${latin})(?![\\p{L}\\p{N}]))?()|(${romanSource})(?![\\p{L}\\p{N}])`,
    'uy',
  ),
  dot: /\.(\d{1,3})(?!\d|\.\d)/y,
  // "(е)" with a Cyrillic letter (а-е), as texts translated from Russian print a lettered item.
  level: /[ \u00a0]?\((\d{1,3}|[a-z]{1,4}|[\u0430-\u0435])\)/y,
  // "7(1)(a)–(c)", "7(1)(a), (b) and (c)", an agenda's "X (a)/(c)": one citation whose span
  // covers the whole tail.
  tail: /(?:[ \u00a0]?([-\u2013])[ \u00a0]?|[ \u00a0]?\/[ \u00a0]?|,[ \u00a0]?(?:(?:and|or)[ \u00a0])?|[ \u00a0](to|and|or|through)[ \u00a0])\((\d{1,3}|[a-z]{1,4})\)/y,
  separator:
    /(?:[ \u00a0]?,[ \u00a0]{0,2}(?:(and|or|&)[ \u00a0]{1,2})?|[ \u00a0]{1,2}(and|or|&|to|through)[ \u00a0]{1,2}|[ \u00a0]?(-|\u2013)[ \u00a0]?|(&)(?=\d))/y,
  // "Article 6&7": an ampersand without spaces joins two numbers.
  separatorKind: (match) => ({
    range: match[3] !== undefined || match[2] === 'to' || match[2] === 'through',
    word: match[1] !== undefined || match[2] !== undefined || match[4] !== undefined,
  }),
  paragraphLead: sticky(`,?${sp}{1,3}(${paragraphWordSource})${sp}{0,2}`),
  paragraphHead: sticky(`(${paragraphWordSource})${sp}{0,2}`),
  paragraphNumber: /(\d{1,3})(?![\d\p{L}])/uy,
  subparagraphLead: sticky(
    `,?${sp}{1,3}${subparagraphWordSource}${sp}{0,2}\\(?([a-z]{1,4})\\)?(?![\\p{L}\\p{N}])`,
    'uy',
  ),
  subparagraphHead: null,
  subparagraphOf: null,
  paragraphOf: /,?[ \u00a0]{1,3}(?:of|in)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y,
  subparagraphFirst: [],
  singularLists: true,
  clausesPerItem: true,
  paragraphLevels: true,
  paragraphsAfterLevels: false,
  singularParagraphLists: true,
  romanConsistent: true,
  levelBeforeOf: true,
  subparagraphLevels: false,
  subparagraphOnce: true,
}

/** A number with its levels and its span (`start` at the number, `end` after the last level). */
export interface NumberRef {
  start: number
  end: number
  /** Normalised: roman as arabic ("VI" -> "6"), suffix solid and lower case ("8 bis" -> "8bis"). */
  value: string
  roman: boolean
  /** Bracketed (or dotted) levels after the number. */
  levels: string[]
  /** Further items at the last level: a list item, or the end of a range. */
  tail: Array<{ range: boolean; value: string }>
}

/** A listed number: whether a range separator ("-", "to") came before it. */
export interface Listed<T> {
  item: T
  rangeFromPrevious: boolean
}

/** An article of a list with what follows it: ", paragraphs 1 and 2", ", subparagraph (a)". */
export interface ArticleItem {
  ref: NumberRef
  paragraphs: Array<Listed<NumberRef>> | null
  /** The levels of a ", subparagraph (a)(i)" clause and where it ends. */
  subparagraph: { levels: string[]; end: number } | null
  /** End of the item with its clauses. */
  end: number
}

/** What the reader found at a position. */
export type PinpointTree =
  /** "Article 5(1)", "Articles 8 and 10", "Article 7, paragraph 1, subparagraph (a)". */
  | {
      type: 'article'
      start: number
      end: number
      plural: boolean
      articles: Array<Listed<ArticleItem>>
    }
  /** "paragraph 3 of Article 5", "subparagraph (a) of paragraph 1 of Article 7". */
  | {
      type: 'paragraph-of'
      start: number
      end: number
      subparagraph: string[] | null
      paragraphs: Array<Listed<NumberRef>>
      /** The one level after the paragraphs ("paragraph 3(a) of"), prose only. */
      level: string | null
      article: NumberRef
    }
  /** "5(1)(a)": a number and its levels without the word "Article" (whole strings). */
  | { type: 'bare'; start: number; end: number; ref: NumberRef }

/** A position in a text and the sticky matches at it. */
class Cursor {
  constructor(
    readonly text: string,
    public index: number,
  ) {}

  eat(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.index
    const match = pattern.exec(this.text)
    if (match) this.index = pattern.lastIndex
    return match
  }

  /** Run `read`; rewind when it returns null. */
  attempt<T>(read: () => T | null): T | null {
    const start = this.index
    const result = read()
    if (result === null) this.index = start
    return result
  }
}

function articleNumber(
  cursor: Cursor,
  dialect: Dialect,
  romanAllowed: boolean,
): { value: string; roman: boolean } | null {
  return cursor.attempt(() => {
    const solid = dialect.solidNumber ? cursor.eat(dialect.solidNumber) : null
    if (solid) {
      return {
        value: String(Number.parseInt(solid[1]!, 10)) + solid[2]!.toLowerCase(),
        roman: false,
      }
    }
    const match = cursor.eat(dialect.number)
    if (!match) return null
    const [, digits, suffix, letter, roman] = match
    if (roman !== undefined) {
      if (!romanAllowed || roman === '') return null
      const value = fromRoman(roman)
      return value === null ? null : { value: String(value), roman: true }
    }
    if (digits === undefined) return null
    const n = String(Number.parseInt(digits, 10))
    if (suffix !== undefined) return { value: n + suffix.toLowerCase(), roman: false }
    if (letter) return { value: n + letter, roman: false }
    return { value: n, roman: false }
  })
}

/**
 * A range inside one bracket after an article's levels: "17(4) (a-g)", "7(1)(a–c)". Groups: the
 * range's first and last value. Both dialects read it, as the level "a" with the range's end as
 * its tail ("(a)-(g)").
 */
export const levelRange =
  /[ \u00a0]?\((\d{1,3}|[a-z]{1,4})[-\u2013](\d{1,3}|[a-z]{1,4})\)(?![ \u00a0]?\()/y

/** Bracketed levels and the tail of the last one. */
function levelsAndTail(cursor: Cursor, dialect: Dialect, ref: NumberRef): NumberRef {
  for (let i = 0; i < 4; i++) {
    const level = cursor.eat(dialect.level)
    if (!level) {
      const range = dialect.tail && i < 4 ? cursor.eat(levelRange) : null
      if (range) {
        ref.levels.push(range[1]!)
        ref.tail.push({ range: true, value: range[2]! })
        ref.end = cursor.index
        return ref
      }
      break
    }
    ref.levels.push(level[1]!)
  }
  if (dialect.tail && ref.levels.length > 0) {
    for (let i = 0; i < 6; i++) {
      const tail = cursor.eat(dialect.tail)
      if (!tail) break
      ref.tail.push({
        range: tail[1] !== undefined || tail[2] === 'to' || tail[2] === 'through',
        value: tail[3]!,
      })
    }
  }
  ref.end = cursor.index
  return ref
}

/** An article number with its levels: "5", "5(1)(a)", "5.1", "VI". */
function numberRef(cursor: Cursor, dialect: Dialect, romanAllowed: boolean): NumberRef | null {
  return cursor.attempt(() => {
    const start = cursor.index
    const number = articleNumber(cursor, dialect, romanAllowed)
    if (!number) return null
    const ref: NumberRef = { start, end: start, ...number, levels: [], tail: [] }
    const dot = cursor.eat(dialect.dot)
    if (dot) ref.levels.push(dot[1]!)
    return levelsAndTail(cursor, dialect, ref)
  })
}

/** A paragraph number, with its levels where the dialect has them. */
function paragraphRef(cursor: Cursor, dialect: Dialect): NumberRef | null {
  return cursor.attempt(() => {
    const start = cursor.index
    const match = cursor.eat(dialect.paragraphNumber)
    if (!match) return null
    const ref: NumberRef = {
      start,
      end: cursor.index,
      value: match[1]!,
      roman: false,
      levels: [],
      tail: [],
    }
    return dialect.paragraphLevels ? levelsAndTail(cursor, dialect, ref) : ref
  })
}

/**
 * `first (separator item)*`, at most `max` more. `wordsOnly`: only separators with a word
 * ("and", ", or") join (after a singular word in prose).
 */
function list<T>(
  cursor: Cursor,
  dialect: Dialect,
  first: T,
  item: () => T | null,
  max: number,
  wordsOnly: boolean,
): Array<Listed<T>> {
  const items: Array<Listed<T>> = [{ item: first, rangeFromPrevious: false }]
  for (let i = 0; i < max; i++) {
    const next = cursor.attempt(() => {
      const separator = cursor.eat(dialect.separator)
      if (!separator) return null
      const kind = dialect.separatorKind(separator)
      if (wordsOnly && !kind.word) return null
      const value = item()
      return value === null ? null : { item: value, rangeFromPrevious: kind.range }
    })
    if (!next) break
    items.push(next)
  }
  return items
}

/** Whether a paragraph word is plural ("paragraphs", "paras.", "¶¶"). */
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

/** "paragraphs 1 and 2" after the paragraph word has been read. */
function paragraphList(
  cursor: Cursor,
  dialect: Dialect,
  word: string,
): Array<Listed<NumberRef>> | null {
  const first = paragraphRef(cursor, dialect)
  if (!first) return null
  const wordsOnly = dialect.singularParagraphLists && !isPluralWord(word)
  return list(cursor, dialect, first, () => paragraphRef(cursor, dialect), 10, wordsOnly)
}

/** ", subparagraph (a)(i)". */
function subparagraphClause(
  cursor: Cursor,
  dialect: Dialect,
  lead: RegExp,
): { levels: string[]; end: number } | null {
  return cursor.attempt(() => {
    const head = cursor.eat(lead)
    if (!head) return null
    if (head[1] !== undefined) return { levels: [head[1]], end: cursor.index }
    let first: RegExpExecArray | null = null
    for (const pattern of dialect.subparagraphFirst) {
      first = cursor.eat(pattern)
      if (first) break
    }
    if (!first) return null
    const levels = [first[1]!]
    for (let i = 0; dialect.subparagraphLevels && i < 3; i++) {
      const level = cursor.eat(dialect.level)
      if (!level) break
      levels.push(level[1]!)
    }
    return { levels, end: cursor.index }
  })
}

/** One article with its paragraphs and subparagraph. */
function articleItem(
  cursor: Cursor,
  dialect: Dialect,
  romanAllowed: boolean,
  clauses: boolean,
): ArticleItem | null {
  return cursor.attempt(() => {
    const ref = numberRef(cursor, dialect, romanAllowed)
    if (!ref) return null
    const item: ArticleItem = { ref, paragraphs: null, subparagraph: null, end: ref.end }
    if (!clauses) return item
    if (ref.levels.length === 0 || dialect.paragraphsAfterLevels) {
      item.paragraphs = cursor.attempt(() => {
        const lead = cursor.eat(dialect.paragraphLead)
        return lead ? paragraphList(cursor, dialect, lead[1]!) : null
      })
    }
    const levels = ref.levels
    const named =
      dialect.subparagraphOnce &&
      item.paragraphs === null &&
      (levels.length > 1 || (levels.length === 1 && /^[a-z]+$/.test(levels[0]!)))
    if (
      !named &&
      (!dialect.clausesPerItem || item.paragraphs === null || item.paragraphs.length === 1)
    ) {
      item.subparagraph = subparagraphClause(cursor, dialect, dialect.subparagraphLead)
    }
    item.end = cursor.index
    return item
  })
}

/** "Article …" / "Articles …" at the cursor. */
function articleClause(cursor: Cursor, dialect: Dialect): PinpointTree | null {
  return cursor.attempt(() => {
    const start = cursor.index
    const plural = cursor.eat(dialect.articles) !== null
    if (!plural && !cursor.eat(dialect.article)) return null
    const clauses = !plural || dialect.clausesPerItem
    const first = articleItem(cursor, dialect, true, clauses)
    if (!first) return null
    const articles =
      plural || dialect.singularLists
        ? list(
            cursor,
            dialect,
            first,
            () => {
              const next = articleItem(
                cursor,
                dialect,
                !dialect.romanConsistent || first.ref.roman,
                clauses,
              )
              return next && dialect.romanConsistent && next.ref.roman !== first.ref.roman
                ? null
                : next
            },
            20,
            !plural,
          )
        : [{ item: first, rangeFromPrevious: false }]
    return { type: 'article', start, end: cursor.index, plural, articles }
  })
}

/** "paragraph 3 of Article 5", "subparagraph (a) of paragraph 1 of Article 7". */
function paragraphOfClause(cursor: Cursor, dialect: Dialect): PinpointTree | null {
  return cursor.attempt(() => {
    const start = cursor.index
    const subparagraph =
      dialect.subparagraphHead && dialect.subparagraphOf
        ? cursor.attempt(() => {
            const clause = subparagraphClause(cursor, dialect, dialect.subparagraphHead!)
            return clause && cursor.eat(dialect.subparagraphOf!) ? clause.levels : null
          })
        : null
    const head = cursor.eat(dialect.paragraphHead)
    if (!head) return null
    const first = paragraphRef(cursor, dialect)
    if (!first) return null
    const paragraphs = list(cursor, dialect, first, () => paragraphRef(cursor, dialect), 10, false)
    const level = dialect.levelBeforeOf ? cursor.eat(dialect.level) : null
    if (!cursor.eat(dialect.paragraphOf)) return null
    if (!cursor.eat(dialect.article)) return null
    const articleStart = cursor.index
    const number = articleNumber(cursor, dialect, true)
    if (!number) return null
    const article: NumberRef = {
      start: articleStart,
      end: cursor.index,
      ...number,
      levels: [],
      tail: [],
    }
    return {
      type: 'paragraph-of',
      start,
      end: cursor.index,
      subparagraph,
      paragraphs,
      level: level ? level[1]! : null,
      article,
    }
  })
}

/**
 * Read a pinpoint at `index` of `text` in `dialect`: the longest reading of each form, tried
 * in the order "Articles"/"Article", "paragraph … of Article", and (whole strings) a bare number.
 * Null when none starts there. The caller decides whether the reading must reach the end.
 */
export function readPinpointTree(
  text: string,
  index: number,
  dialect: Dialect,
  forms: ReadonlyArray<'article' | 'paragraph-of' | 'bare'> = ['article', 'paragraph-of'],
): PinpointTree | null {
  for (const form of forms) {
    if (!mayStart(text, index, dialect, form)) continue
    const cursor = new Cursor(text, index)
    const tree =
      form === 'article'
        ? articleClause(cursor, dialect)
        : form === 'paragraph-of'
          ? paragraphOfClause(cursor, dialect)
          : bare(cursor, dialect)
    if (tree) return tree
  }
  return null
}

/**
 * Whether a form can start at `index`: its head word, then a digit or a roman numeral. A cheap
 * test before the reader allocates anything: most places tested in prose ("Artillery", "party")
 * are no pinpoint.
 */
function mayStart(
  text: string,
  index: number,
  dialect: Dialect,
  form: 'article' | 'paragraph-of' | 'bare',
): boolean {
  let next = index
  if (form === 'article') {
    dialect.articles.lastIndex = index
    if (dialect.articles.test(text)) next = dialect.articles.lastIndex
    else {
      dialect.article.lastIndex = index
      if (!dialect.article.test(text)) return false
      next = dialect.article.lastIndex
    }
  } else if (form === 'paragraph-of') {
    // "subparagraph (a) of paragraph 1 of Article 7" (whole strings) starts with another word.
    if (dialect.subparagraphHead) return true
    dialect.paragraphHead.lastIndex = index
    if (!dialect.paragraphHead.test(text)) return false
    next = dialect.paragraphHead.lastIndex
  }
  const code = text.charCodeAt(next)
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x49 ||
    code === 0x56 ||
    code === 0x58 ||
    code === 0x4c
  )
}

function bare(cursor: Cursor, dialect: Dialect): PinpointTree | null {
  const start = cursor.index
  const ref = numberRef(cursor, dialect, true)
  return ref ? { type: 'bare', start, end: ref.end, ref } : null
}
