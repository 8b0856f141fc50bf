/**
 * The phrase grammar around citations ("of the", generic words, titles, protocol lists): small
 * sticky regexes, each linear (see test/redos.test.ts).
 */
import { PROSE } from '../../pinpoint/read.js'

/**
 * Literal hint for the pre-filter: every instrument phrase and every pinpoint has a letter in it,
 * an ASCII one or one of the registry's titles in other scripts (Cyrillic, ideographs).
 */
export const literals = /[A-Za-z\u0400-\u04ff\u4e00-\u9fff]/

// ---------------------------------------------------------------------------------------------
// The phrases around names. The pinpoint itself is read by `pinpoint/read.ts` (its `PROSE`
// dialect), the reader `parsePinpoint` uses too.

/**
 * " of the " / " of this " / " of the 1997 " before an instrument, also in a heading in capitals
 * (" OF THE "), and over a chapter (" of Chapter VII of the "). Group 1: the determiner.
 */
export const ofInstrumentPattern =
  /,?[ \u00a0\r\n]{1,3}(?:of|OF)[ \u00a0\r\n]{1,3}(?:Chapter [IVX]{1,4} of )?(?:(the|this|that|said|The|This|THE|THIS)[ \u00a0\r\n]{1,3})?(?:(?:1[89]|20)\d\d[ \u00a0]{1,3})?/y
/** A generic referent word: "Convention", "Treaty", "Protocol", ... */
export const genericWordPattern =
  /(Convention|Treaty|Protocol|Statute|Declaration|Instrument|Programme|Agreement|Charter|convention|treaty|protocol|statute|agreement|charter|CONVENTION|TREATY|PROTOCOL)(?![\p{L}\p{N}])/uy
/**
 * A title-like name of an unknown instrument: capitalised words ending in a treaty word. A word
 * may hold full stops ("U.N.", "St.Petersburg") but not end with one, which ends the sentence
 * ("Article 5 of the OC. The Ottawa Convention …" names no "OC. The Ottawa Convention").
 */
export const unknownNamePattern =
  /(?:(?:(?:\p{Lu}\.){2,4}|[\p{Lu}\d](?:[\p{L}\p{N}'’]|\.(?=[\p{L}\p{N}])){0,30})[ \u00a0-]){0,8}?(?:Treaty|Convention|Protocol|Agreement|Statute|Covenant|Accord)(?![\p{L}\p{N}])/uy
/** " on the Foo Bar" after a generic word: the name goes on, so it is a title, not a referent. */
export const titleContinuationPattern =
  /[ \u00a0]{1,2}(?:on|for|against|of|relating[ \u00a0]to|concerning)[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?\p{Lu}/uy
/** Capitalised words and small joining words after a title start, for the diagnostic span. */
export const titleWordsPattern =
  /(?:[ \u00a0]{1,2}(?:\p{Lu}[\p{L}\p{N}'’-]{0,30}|on|for|of|the|and|to|in|against|relating|concerning)){1,40}/uy

/** "Protocols I, II and III", "Additional Protocols I and II". Groups: "Additional ", numeral. */
export const protocolListPattern =
  /(Additional[ \u00a0]{1,3})?Protocols[ \u00a0]{1,3}([IV]{1,3})(?![\p{L}\p{N}])/uy
/** Separators of a protocol list: those of pinpoint lists ("Protocols I, II and III"). */
export const listSeparatorPattern = PROSE.separator

/** A further roman numeral of a protocol list. */
export const protocolNumeralPattern = /([IV]{1,3})(?![\p{L}\p{N}])/uy

/** " of the CCW", " to the Geneva Conventions", " annexed to the Convention on …" after a list. */
export const protocolOwnerPattern =
  /[ \u00a0]{1,3}(?:of|to|annexed[ \u00a0]{1,3}to)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y

/**
 * " to the ", " additional to the 1949 ", " OF THE " after a protocol's name, before its treaty's
 * or the Geneva Conventions' name ("Protocol IV of the 1980 Convention on …", "AMENDED PROTOCOL II
 * TO THE CONVENTION ON …").
 */
export const protocolParentPattern =
  /[ \u00a0]{1,3}(?:[Aa]dditional[ \u00a0]{1,3}|ADDITIONAL )?(?:to|of|TO|OF)[ \u00a0]{1,3}(?:(?:the|THE)[ \u00a0]{1,3})?(?:(?:19|20)\d\d[ \u00a0]{1,3})?/y

/** " on the ", ", and relating to the " before the subject of an Additional Protocol's title. */
export const subjectJoinPattern =
  /,?[ \u00a0\n]{1,3}(?:and[ \u00a0\n]{1,3})?(?:relating[ \u00a0\n]{1,3}to|on)[ \u00a0\n]{1,3}the[ \u00a0\n]{1,3}/iy

/**
 * ", as amended on 3 May 1996" / " as amended in 1996" / " (as amended on 3 May 1996)" (brackets
 * included) after the name of a protocol that was
 * amended (CCW Protocol II): the name is then the amended protocol's. The date is required:
 * "as amended in part" says nothing about which text.
 */
export const amendedTailPattern =
  /,?[ \u00a0\r\n]{1,3}as[ \u00a0\r\n]{1,3}amended[ \u00a0\r\n]{1,3}(?:on[ \u00a0\r\n]{1,3}3[ \u00a0\r\n]{1,3}May|in)[ \u00a0\r\n]{1,3}1996(?![\p{L}\p{N}])|[ \u00a0\r\n]{1,3}\(as[ \u00a0\r\n]{1,3}amended[ \u00a0\r\n]{1,3}(?:on[ \u00a0\r\n]{1,3}3[ \u00a0\r\n]{1,3}May|in)[ \u00a0\r\n]{1,3}1996\)/uy

/** Every regex this module uses, for the ReDoS test. */
export const citationPatterns: readonly RegExp[] = [
  ofInstrumentPattern,
  genericWordPattern,
  unknownNamePattern,
  titleContinuationPattern,
  titleWordsPattern,
  protocolListPattern,
  protocolNumeralPattern,
  protocolOwnerPattern,
  amendedTailPattern,
  protocolParentPattern,
  subjectJoinPattern,
]

/** Run a sticky pattern at `index`. */
export function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}

// ---------------------------------------------------------------------------------------------
