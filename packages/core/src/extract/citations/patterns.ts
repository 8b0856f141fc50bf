/**
 * The pinpoint grammar of citations: small sticky regexes, each linear (see test/redos.test.ts).
 */
import {
  articleWordSource,
  articlesWordSource,
  latinSuffixes,
  paragraphWordSource,
  romanSource,
  subparagraphWordSource,
} from '../../pinpoint/pattern.js'

/** Literal hint for the pre-filter: every instrument phrase and every pinpoint has a letter in it. */
export const literals = /[A-Za-z]/

// ---------------------------------------------------------------------------------------------
// Pinpoint grammar: small sticky regexes, each linear (checked by test/redos.test.ts).

const latin = `(?:${latinSuffixes.join('|')})`
const sp = '[ \\u00a0]'

/** "Article", "Art.", "ARTICLE" (singular) followed by optional spaces. */
export const articleHeadPattern = new RegExp(`${articleWordSource}${sp}{0,3}`, 'y')
/** "Articles", "Arts." followed by optional spaces. */
export const articlesHeadPattern = new RegExp(`${articlesWordSource}${sp}{0,3}`, 'y')
/** An article number: 5, 36, 8bis, 8 bis, VI. Groups: digits, suffix, roman. */
export const articleNumberPattern = new RegExp(
  `(\\d{1,3})(?![\\d\\p{L}])(?:${sp}?(${latin})(?![\\p{L}\\p{N}]))?|(${romanSource})(?![\\p{L}\\p{N}])`,
  'uy',
)
// `(\d{1,3})(?![\d\p{L}])` refuses "5th" and "1990s"; "8bis" is read by the suffix branch below.
/** An article number with its suffix written solid ("8bis"). */
export const articleNumberSolidPattern = new RegExp(`(\\d{1,3})(${latin})(?![\\p{L}\\p{N}])`, 'uy')
/** A bracketed level: "(1)", " (a)". */
export const levelPattern = /[ \u00a0]?\((\d{1,3}|[a-z]{1,4})\)/y
/** A dotted paragraph: "5.1" (not "5.1.2"). */
export const dotParagraphPattern = /\.(\d{1,3})(?![\d.])/y
/** ", paragraph " / " para. " before a paragraph number. */
export const paragraphWordPattern = new RegExp(`,?${sp}{1,3}${paragraphWordSource}${sp}{0,2}`, 'y')
/** ", subparagraph (a)". */
export const subparagraphPattern = new RegExp(
  `,?${sp}{1,3}${subparagraphWordSource}${sp}{0,2}\\(?([a-z]{1,4})\\)?(?![\\p{L}\\p{N}])`,
  'uy',
)
/** A paragraph number. */
export const paragraphNumberPattern = /(\d{1,3})(?![\d\p{L}])/uy
/** "paragraph 3 of " / "paragraphs 1 and 2 of " before "Article". */
export const paragraphPrefixPattern = new RegExp(`${paragraphWordSource}${sp}{0,2}`, 'y')
/** " of " between a paragraph and its article. */
export const ofArticlePattern = /,?[ \u00a0]{1,3}(?:of|in)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y
/** List separators: ", ", ", and ", " and ", " or ", " to ", "-". Group 1: the word. */
export const listSeparatorPattern =
  /(?:[ \u00a0]?,[ \u00a0]{0,2}(?:(and|or|&)[ \u00a0]{1,2})?|[ \u00a0]{1,2}(and|or|&|to|through)[ \u00a0]{1,2}|[ \u00a0]?(-|\u2013)[ \u00a0]?)/y
/** " of the " / " of this " / " of the 1997 " before an instrument. Group 1: the determiner. */
export const ofInstrumentPattern =
  /,?[ \u00a0\r\n]{1,3}of[ \u00a0\r\n]{1,3}(?:(the|this|that|said|The|This)[ \u00a0\r\n]{1,3})?(?:(?:1[89]|20)\d\d[ \u00a0]{1,3})?/y
/** A generic referent word: "Convention", "Treaty", "Protocol", ... */
export const genericWordPattern =
  /(Convention|Treaty|Protocol|Statute|Declaration|Instrument|Programme|Agreement|convention|treaty|protocol|statute|agreement)(?![\p{L}\p{N}])/uy
/** A title-like name of an unknown instrument: capitalised words ending in a treaty word. */
export const unknownNamePattern =
  /(?:[\p{Lu}\d][\p{L}\p{N}'’.]{0,30}[ \u00a0-]){0,8}?(?:Treaty|Convention|Protocol|Agreement|Statute|Covenant|Accord)(?![\p{L}\p{N}])/uy
/** " on the Foo Bar" after a generic word: the name goes on, so it is a title, not a referent. */
export const titleContinuationPattern =
  /[ \u00a0]{1,2}(?:on|for|against|of|relating[ \u00a0]to|concerning)[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?\p{Lu}/uy
/** Capitalised words and small joining words after a title start, for the diagnostic span. */
export const titleWordsPattern =
  /(?:[ \u00a0]{1,2}(?:\p{Lu}[\p{L}\p{N}'’-]{0,30}|on|for|of|the|and|to|in|against|relating|concerning)){1,40}/uy

/** "Protocols I, II and III", "Additional Protocols I and II". Groups: "Additional ", numeral. */
export const protocolListPattern =
  /(Additional[ \u00a0]{1,3})?Protocols[ \u00a0]{1,3}([IV]{1,3})(?![\p{L}\p{N}])/uy
/** A further roman numeral of a protocol list. */
export const protocolNumeralPattern = /([IV]{1,3})(?![\p{L}\p{N}])/uy

/** " of the CCW", " to the Geneva Conventions", " annexed to the Convention on …" after a list. */
export const protocolOwnerPattern =
  /[ \u00a0]{1,3}(?:of|to|annexed[ \u00a0]{1,3}to)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y

/** Every regex this module uses, for the ReDoS test. */
export const citationPatterns: readonly RegExp[] = [
  articleHeadPattern,
  articlesHeadPattern,
  articleNumberPattern,
  articleNumberSolidPattern,
  levelPattern,
  dotParagraphPattern,
  paragraphWordPattern,
  subparagraphPattern,
  paragraphNumberPattern,
  paragraphPrefixPattern,
  ofArticlePattern,
  listSeparatorPattern,
  ofInstrumentPattern,
  genericWordPattern,
  unknownNamePattern,
  titleContinuationPattern,
  titleWordsPattern,
  protocolListPattern,
  protocolNumeralPattern,
  protocolOwnerPattern,
]

/** Run a sticky pattern at `index`. */
export function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}

// ---------------------------------------------------------------------------------------------
