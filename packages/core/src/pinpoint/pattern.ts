/**
 * Regular-expression building blocks for pinpoints in prose ("Article 5(1)(a)", "Articles 8 and
 * 10", "article 7, paragraph 1", "Art. 36", "paragraph 3 of Article 5").
 *
 * Every quantifier is bounded and every repeated group starts with a token that cannot also end
 * the previous one, so matching is linear in the input (checked with recheck in the tests).
 * The source is case-sensitive on purpose: do not add the `i` flag (roman numerals and
 * subparagraph letters rely on case). Use the `g` or `y` flag only.
 */

/** Ordinal suffixes of inserted articles ("Article 8 bis", "Article 15ter"). */
export const latinSuffixes = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies']

const latin = `(?:${latinSuffixes.join('|')})`

/** Canonical upper-case roman numeral up to 89 (no treaty in the field has more articles). */
export const romanSource = '(?=[IVXL])(?:L?X{0,3}|XL)(?:IX|IV|V?I{0,3})'

/**
 * An article number: `5`, `36`, `8bis`, `8 bis`, `1A`, `VI`.
 * The negative lookaheads stop "Article 1234" or "Article VIP" from matching a prefix.
 */
export const articleNumberSource =
  `(?:\\d{1,3}(?!\\d)(?:\\s?${latin}(?![A-Za-z])|[A-Z](?![A-Za-z]))?` +
  `|${romanSource}(?![A-Za-z0-9]))`

/** The inside of a bracketed level: `1`, `a`, `bb`, `iii`, `viii`. */
export const levelTokenSource = '(?:\\d{1,3}|[a-z]{1,2}|[ivx]{3,5})'

/** One bracketed level, optionally after one space: `(1)`, ` (a)`. */
export const levelSource = `(?:\\s?\\(${levelTokenSource}\\))`

/** More bracketed items at the last level: `(a)-(c)`, `(a), (b) and (c)`, `(1) to (3)`. */
export const levelTailSource =
  `(?:(?:\\s?[-\\u2013\\u2014]\\s?|,\\s?(?:and\\s|or\\s)?|\\s(?:to|and|or|through)\\s)` +
  `\\(${levelTokenSource}\\))`

/** Separators in "Articles 1, 2 and 3", "Articles 5-7", "Articles 5 to 7", "paragraphs 1 and 2". */
export const listSeparatorSource =
  '(?:\\s?[-\\u2013\\u2014]\\s?|,\\s?(?:and\\s|&\\s)?|\\s(?:and|&|to|through)\\s)'

/** A number with its paragraph levels: `5`, `5(1)(a)`, `5.1`, `7(1)(a)-(c)`. */
export const numberRefSource = `${articleNumberSource}(?:\\.\\d{1,3}(?!\\d))?${levelSource}{0,4}${levelTailSource}{0,6}`

const paragraphRef = `\\d{1,3}(?!\\d)${levelSource}{0,4}${levelTailSource}{0,6}`

export const articleWordSource = '(?:[Aa]rticle|ARTICLE|[Aa]rt\\.|Art)'
export const articlesWordSource = '(?:[Aa]rticles|ARTICLES|[Aa]rts\\.|Arts)'
export const paragraphWordSource =
  '(?:[Pp]aragraph(?:es?|s)?|[Pp]aras?\\.|[Pp]aras?|\\u00b6{1,2}|\\u00a7{1,2})'
export const subparagraphWordSource = '(?:[Ss]ub-?paragraphs?|[Ss]ub-?paras?\\.?)'

const subparagraphRef = `(?:\\(${levelTokenSource}\\)|[a-z]{1,2}(?![A-Za-z0-9]))${levelSource}{0,3}`

const paragraphClause =
  `(?:,?\\s{1,3}${paragraphWordSource}\\s{0,2}${paragraphRef}` +
  `(?:${listSeparatorSource}${paragraphRef}){0,10})`

const subparagraphClause = `(?:,?\\s{1,3}${subparagraphWordSource}\\s{0,2}${subparagraphRef})`

const singular = `${articleWordSource}\\s{0,3}${numberRefSource}${paragraphClause}?${subparagraphClause}?`

const plural = `${articlesWordSource}\\s{0,3}${numberRefSource}(?:${listSeparatorSource}${numberRefSource}){0,20}`

const reverse =
  `(?:${subparagraphWordSource}\\s{0,2}${subparagraphRef}\\s{1,3}of\\s{1,3})?` +
  `${paragraphWordSource}\\s{0,2}${paragraphRef}(?:${listSeparatorSource}${paragraphRef}){0,10}` +
  `\\s{1,3}(?:of|in)\\s{1,3}(?:the\\s{1,3})?${articleWordSource}\\s{0,3}${articleNumberSource}`

/**
 * RegExp source matching one pinpoint in prose. Interpret a match with `parsePinpoint`.
 * "Article 5 extension requests" matches "Article 5" only; "Part 5" does not match.
 */
export const pinpointSource = `(?<![A-Za-z0-9_\\u00c0-\\u024f])(?:${plural}|${singular}|${reverse})`

/** `pinpointSource` compiled without flags (for `test`/`exec` on a whole string). */
export const pinpointPattern = new RegExp(pinpointSource)

/** A fresh RegExp over `pinpointSource` (default flag `g`); each call returns a new object. */
export function createPinpointRegExp(flags = 'g'): RegExp {
  if (/[^gyd]/.test(flags)) {
    throw new TypeError(
      `createPinpointRegExp: only the g, y and d flags are allowed, got "${flags}"`,
    )
  }
  return new RegExp(pinpointSource, flags)
}
