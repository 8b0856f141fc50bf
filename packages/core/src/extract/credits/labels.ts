/**
 * Where a credit can start and how its label reads: the places a credit line may begin
 * (`startPattern`), the label words the pre-filter looks for, and the labels themselves ("Photo
 * credit:", "UN Photo/", "© ", "ICRC photo by", "Back cover ©").
 */
import type { CreditMedium } from '../../models/extraction.js'
import {
  agencies,
  courtesyWords,
  isOrganisation,
  isPersonName,
  normaliseSource,
} from './vocabulary.js'

/** Hint for the orchestrator's pre-filter: no credit can match where this does not. */
export const literals = new RegExp(
  String.raw`photo|fot[o\u00f3]|zdj\u0119(?:ci|\u0107)|\u0444\u043e\u0442\u043e|\u05e6\u05d9\u05dc\u05d5\u05dd|\u1ea3nh|\u0907\u092e\u0947\u091c|\u0432\u0456\u0434\u0435\u043e|chanzo|autore|argazki|nuotrauk|m\u0259nb\u0259yi|\u0645\u0646\u0628\u0639 \u062a\u0635\u0648\u06cc\u0631|\u0645\u0635\u062f\u0631 \u0627\u0644\u0635\u0648\u0631\u0629|sumber gambar|quelle|kuv[ai]|k\u00e9p\s*:|grafik|kamera|supplied|zdroj|fuente|fonte|fot\.|\bbild\b|im[a\u00e1]ge|picture|\bpi(?:cs?|x)\b|video|footage|illustration|drawing|cartoon|\bmaps?\b|graph|chart|cr[e\u00e9]dit|beeld|${courtesyWords}|copyright|source|©|\(c\)|^@[ \t]`,
  'im',
)

/**
 * The pre-filter inside a text: every label holds one of these words, case-insensitively
 * ("Header image:", "UN Photo/", "ICRC photo by", "Credit:", "Source:", "©", "(c)"), after a run
 * of letters, digits, white space, ".", "&", apostrophes and hyphens (qualifiers, "UN",
 * organisation names). `LiteralWindows` runs the label patterns only where that holds: keep these
 * words in step with `kindLabel`, `orgLabel` and `bareLabel` (test/property.test.ts compares
 * the results with and without it).
 */
export const labelWords: readonly (RegExp | string)[] = [
  // Letters as "[pP]": the "i" flag is more than twice as slow on texts beyond Latin-1.
  /[pP](?:[hH][oO][tT][oO]|[iI][cCxX])|[iI](?:[mM][aA\u00e1][gG][eE]|[lL][lL][uU][sS][tT][rR][aA][tT][iI][oO][nN])|[vV][iI][dD][eE][oO]|[fF][oO](?:[oO][tT][aA][gG][eE]|[tT][oO.])|[bB][iI][lL][dD]|[dD][rR][aA][wW][iI][nN][gG]|[cC](?:[oO][rR][tT][eE][sS][\u00ed\u00cd][aA]|[aA][rR][tT][oO][oO][nN]|[hH][aA][rR][tT]|[rR][eE\u00e9\u00c9][dD][iI][tT]|[oO][uU][rR][tT][eE][sS][yY]|[oO][pP][yY][rR][iI][gG][hH][tT])|[mM][aA][pP]|[gG][rR][aA](?:[pP][hH]|[fF][iI][kK])|[sS](?:[oO][uU][rR][cC][eE]|[uU][pP][pP][lL][iI][eE][dD])|[cC][oO][vV][eE][rR]|[фФ][оО][тТ][оО]|[qQ][uU][eE][lL][lL][eE]|[kK](?:[uU][vV][aAiI]|\u00e9[pP]|[aA][mM][eE][rR][aA])|[fF][oO][tT]\u00f3|[zZ][dD](?:[rR][oO][jJ]|[jJ]\u0119(?:[cC][iI]|\u0107))|[fF](?:[uU][eE]|[oO])[nN][tT][eE]|[bB][eE][eE][lL][dD]/g,
  // Apart: punctuation in the alternation above makes it twice as slow. "©" by `indexOf`; "(c)"
  // by a regex, whose skip search stays fast on a run of "(" (where `indexOf` slows down tenfold).
  '\u00a9',
  // Hebrew "צילום:" ("Photo:"), Italian "Diritti d'autore" ("Copyright").
  '\u05e6\u05d9\u05dc\u05d5\u05dd',
  'autore',
  // Basque "Argazkia:", Lithuanian "Nuotrauka:" ("Photo:"); the BBC's "Image source, " in
  // Azerbaijani, Persian, Arabic and Indonesian (Spanish "Fuente de la imagen:" is found by "fuente").
  'rgazki',
  'uotrauk',
  'm\u0259nb\u0259yi',
  '\u0645\u0646\u0628\u0639 \u062a\u0635\u0648\u06cc\u0631',
  '\u0645\u0635\u062f\u0631 \u0627\u0644\u0635\u0648\u0631\u0629',
  'r gambar',
  // Vietnamese "Ảnh:" ("Photo:"), "Nguồn ảnh:" ("Image source:"); BBC Hindi's "इमेज स्रोत, ".
  /[\u1ea2\u1ea3][nN][hH]/g,
  '\u0907\u092e\u0947\u091c \u0938\u094d\u0930\u094b\u0924',
  // Ukrainian "Відео" ("Video").
  /[\u0412\u0432][\u0406\u0456][\u0414\u0434][\u0415\u0435][\u041e\u043e]/g,
  /\([cC]\)/g,
  // "@ Jane Roe / Agency": an "@" for a "©" at the start of a line (the text's first is
  // checked by the extractor itself).
  '\n@',
]
/**
 * "Image copyright" ending a line, then the holder alone on the next: capitalised words, or
 * words joined by slashes ("Getty Images", "EPA", "AFP/Getty Images"); not a sentence or a
 * question ("Image copyright" as a heading over "Who owns a photo?").
 */
export const copyrightHolderBelow =
  /Image copyright\r?\n(?=[A-Z][A-Za-z&.'-]{0,20}(?:[ /][A-Z][A-Za-z&.'-]{0,20}){0,4}[ \t]*(?:\r?\n|$))/g

/**
 * "Image copyrightEPAImage caption": the holder glued between the two labels; or glued to the
 * label, ending the line ("… the bomb safeImage copyrightPA").
 */
export const gluedCopyright = /Image copyright(?=[A-Z])([^\n]{1,40}?)(Image caption|(?=\r?\n|$))/g

/** An ASCII character that no label holds before its word (see `labelWords`). */
export const labelBarrier = /[^A-Za-z0-9.&'\s\u0080-\uffff-]/g

export function isLabelBarrier(code: number): boolean {
  if (code >= 0x80) return false
  return !(
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2e ||
    code === 0x26 ||
    code === 0x27 ||
    code === 0x2d ||
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d)
  )
}

/**
 * Where the start scan may resume (not before `floor`, where it stands) so that it finds every
 * start at or after `at`: just after the last letter or digit before `at` (no start pattern match
 * holds one, so none spans it).
 */
export function syncPoint(text: string, at: number, floor: number): number {
  let k = at - 1
  while (k >= floor) {
    const code = text.charCodeAt(k) | 0x20
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) break
    k--
  }
  return k + 1
}

// --- Where a credit can start -----------------------------------------------------------------

/**
 * Places a credit line may begin: the start of a line (after list, quote or emphasis markers, or
 * a dash or a bar: "— Photo by Jane Roe / Reuters", "| Photo Credit: Jane Roe"),
 * the start of a sentence, just inside a bracket, or after a caption separator (" | ", " — ",
 * " // ").
 * A bare "©Holder" ending a line may start after a digit or a letter beyond ASCII (a gallery's
 * "…=2023年11月20日 ©MSF"), not after an English word (a footer's "All content © Example")
 * unless a chain of slashes follows and ends the line ("… the fields © Agency Photo/Jane Roe"),
 * or after a comma when a holder without a comma or full stop ends the line (a caption's
 * "PLACE, MONTH 2015, © JANE ROE"; not "the mark, © Acme Ltd, on every page"), or glued to
 * the caption's last word when a holder ends the line ("… a Roma© Ansa").
 * A report's cover credit ("Cover photograph ©", "Back cover photographs ©") may start anywhere
 * after a space: PDF text runs a whole imprint page into one line. A gallery's "Photograph:" or
 * "Photo:" label may follow a caption that ends without a full stop ("…the river Photograph: Jane
 * Roe/Agency"), when a capitalised name comes after it; so may "Image:" (Portuguese "Imagem:",
 * Spanish "Imagen:") and "Credit:", and
 * "Source:" when an image word follows it; "Photo by" may follow a dateline's year ("Siem Reap
 * 3 May 2018 Photo by Jane Roe") ("…in New York Source: UN Photo/Jane Roe"). A broadcaster's
 * "Image copyright Agency" ending its line may follow a caption without a full stop ("…in the
 * capital Image copyright EPA"). A Korean wire's "ⓒ AFP=뉴스1" may follow a dated caption's slash,
 * and "ⓒ News1 Name 기자" a Hangul word. A site's address glued to a label by a hyphen ("example.vn-Foto:
 * Jane Roe") starts it after the hyphen. The text's first line has no "\n" before it: `textOpening`
 * reads its start apart (a "^" here made the scan of every text some 5% slower).
 */
export const startPattern =
  /\n[ \t>#*_|\u2022\u2013\u2014-]*(?:[([][*_]*)?|-(?<=\.[a-z]{2,6}-)(?=(?:Foto|Photo):[ \t])|[.!?]["'\u201d\u2019)\]]*[ \t]+(?:[|\u2013\u2014\u2015/-][ \t]+)?[*_]*|[([>][ \t]?[*_]*|(?<=[([](?:File|FILE):)[ \t]+|[.!?]["'\u201d\u2019)\]]*(?=(?:Photo(?:graph)?|Image|Credit)s?\b|(?:Fotos?|PHOTO):[ \t][A-Z]|\u00a9|\u05e6\u05d9\u05dc\u05d5\u05dd:)|[,;][ \t]+(?=Photo(?:graph)?s?[ \t]by\b|(?:[Ff]oto|graphics|Image):[ \t][A-Z]|\u0444\u043e\u0442\u043e:[ \t][\u0410-\u042f])|[a-z\d)'\u2019](?=Image source, |Image: {9}[A-Z]|Credit\.\.\.|(?:Photo(?:graph)?|Image|Credit|\u05e6\u05d9\u05dc\u05d5\u05dd):[ \t][A-Z])|(?<=[a-z]:)(?=Photo:[A-Z])|(?<=[a-z])(?=\u00a9[ \t]?[A-Z][^\n]{1,40}(?:\n|$))|(?<=(?:19|20)\d\d)(?=(?:Back|Front|Inside) cover\b)|[ \t](?:(?:[|\u2013\u2014\u2015]|\/\/)[ \t]+[*_]*|\/[ \t]+(?=(?:Photo(?:graph)?s?|Images?|Pictures?|Videos?|Kuv(?:at?|itus))(?:[ \t]by\b|:)|Fot\.[ \t]|\u0424\u043e\u0442\u043e[ \t]?:|\u05e6\u05d9\u05dc\u05d5\u05dd:)|-[ \t]+(?=[A-Z\u00a9]|photo[ \t]\u00a9)|(?=\u00a9[ \t]?(?:19|20)\d\d,?[ \t][A-Z])|(?<=[\d\u0080-\uffff][ \t])(?=\u00a9[ \t]?[A-Z][^\n]{0,60}(?:\n|$))|(?<=,[ \t])(?=\u00a9[ \t]?[A-Z][^\n,.]{1,40}(?:\n|$))|(?<=\/[ \t])(?=\u00a9[ \t]?[A-Z]{2,8}=)|(?<=[\uac00-\ud7a3]\d?[ \t])(?=\u00a9[ \t]?[A-Z])|(?<=[a-z][ \t])(?=\u00a9[ \t]?[A-Z][^\n/]{1,40}\/[^\n/]{1,40}(?:\n|$))|(?<=[A-Z][a-z]+[ \t])(?=\u00a9[ \t]?[A-Z][^\n/]{1,40}(?:\n|$))|(?<=(?:19|20)\d\d[ \t])[ \t]*(?=(?:Back|Front|Inside) cover\b|Photo(?:graph)?s? by [A-Z]|Credit: [A-Z]|Photo de couverture:)|(?=(?:(?:Back|Front|Inside)[ \t])?[Cc]over[ \t]photo(?:graph)?s?(?:[ \t]\((?:left|right|top|bottom)\))?[ \t]?\u00a9)|(?<=[a-z\d'"\u2019\u201d)\u0430-\u044f\u05d0-\u05ea][ \t])(?=(?:Photo(?:graph)?|Image[mn]?|Picture|Credit|CREDIT|\u05e6\u05d9\u05dc\u05d5\u05dd) ?:[ \t][A-Z]|Foto:[ \t][A-Za-z]|\u0424\u043e\u0442\u043e:[ \t][A-Z\u0410-\u042f]|Source:[ \t][A-Z][^\n]{0,30}(?:Photo|Image))|(?<=[A-Za-z\d][ \t])(?=Image copyright[ \t][A-Z][^\n]{0,40}(?:\n|$)))/g

/** The start of a text's first line, read as `startPattern` reads the start of any other. */
export const textOpening = /^[ \t>#*_|\u2022\u2013\u2014-]*(?:[([][*_]*)?/

export const qualifiers =
  '(?:front|back|inside)\\s+cover|collection\\s+of|text\\s+(?:and|&)|all|satellite|aerial|header|featured|feature|top|cover|main|lead|banner|hero|title|inset|background|file|sumber|\u017ar\u00f3d\u0142o'
export const kinds =
  'un\\s+photo|photo\\s+illustrations?|photo(?:graph)?s?(?:\\s+de\\s+couverture(?=\\s*:))?|bild(?=\\s*:)|fot\\.(?=\\s*:|[ \\t]+[A-Z])|kuv(?:at?|itus)(?=\\s*:)|argazki(?:a|ak)(?=\\s*:)|nuotrauk(?:a|os)(?=\\s*:)|(?:nyit\u00f3)?k\u00e9p(?=\\s*:)|grafik(?=\\s*:)|kamera(?=\\s*:)|beeld(?=\\s*:)|fot[o\u00f3]graf(?:\u00eda|ia|ie|o)?s?|foto\u011fraf(?=\\s*:)|zdj\u0119(?:ci[ea]|\u0107)(?:\\s+g\u0142\u00f3wnego)?(?=\\s*:)|fot[o\u00f3]k(?=\\s*:)|fot[o\u00f3]s?|\u0444\u043e\u0442\u043e|\u05e6\u05d9\u05dc\u05d5\u05dd(?=\\s*:)|(?:ngu\u1ed3n\\s+)?\u1ea3nh(?=\\s*:)|im[a\u00e1]ge[mn](?:e?s)?|photography|images?|pictures?|pics?|pix|videos?|\u0432\u0456\u0434\u0435\u043e|footage|illustrations?|drawings?|cartoons?|maps?|graphics?|infographics?|charts?|graphs?'

/** "Photo credit:", "Image:", "Photo by", "Picture of", "Photograph courtesy of", "UN Photo/", "Foto/Quelle:". */
export const kindLabel = new RegExp(
  `(?:(${qualifiers})\\s+)?(${kinds})(?:\\s+(?:(?:at|on)\\s+(?:the\\s+)?)?(?:top|above|below|left|right|bottom)(?=\\s*[:\u00a9]))?` +
    `((?:\\s*|-|\\/)(?:credits?|${courtesyWords}|copyright|copyleft|source|quelle|fonte)\\b(?:\\s+(?:of|de)\\b)?\\s*[:\\u2013\\u2014-]?` +
    '|\\s*\u00a9|\\s*\\(c\\)' +
    '|\\s*[:\\u2013\\u2014]|\\s+-(?=\\s)' +
    '|\\s+(?:taken\\s+|made\\s+|shot\\s+|drawn\\s+|created\\s+|produced\\s+|provided\\s+|(?:and|&)\\s+text\\s+)?(?:by|di|por)(?:\\b|(?=[A-Z]))' +
    // Spanish "Foto de Jane ROE / AFP", German "Foto von Jane Roe/Example": before a name.
    '|\\s+(?:de|von)(?=[ \\t]+[A-Z][a-z]+[ \\t][A-Z])' +
    '|\\s+(?:courtesy|property|permission(?=\\s+of\\b))(?:\\s+of)?\\b' +
    '|\\s+of\\b' +
    '|\\s+(?:via|from)\\b' +
    '|\\s*\\/' +
    // "(Photo Jane Roe/AFP/Getty Images)": no connector before a chain of slashes.
    '|[ \\t]+(?=[A-Z][^\\n/()]{0,60}[/)\\]|])' +
    // Polish "foto Jane Roe" filling its line: no connector before a person's name.
    "|[ \\t]+(?=[A-Z][a-z'-]+(?:[ \\t][A-Z][a-z'-]+){1,2}[ \\t]*(?:$|\\n))" +
    // "Foto www.example.org": no connector before a site's address.
    '|[ \\t]+(?=www\\.)' +
    // "foto ANSA", "Photo AFP": no connector before a word ending the line (a known agency's).
    '|[ \\t]+(?=(?:[A-Z]{2,12}|[A-Z][a-z]+ [A-Z][a-z]+)[ \\t]*(?:$|[\\n)\\]]))' +
    // Polish "Fot. Jane Roe": the abbreviation's full stop is the connector.
    '|(?<=\\.)[ \\t]+(?=[A-Z]))',
  'iy',
)

/**
 * Labels without a kind: "Credit:", "Please credit:", "Mandatory credit:", "Credit should be given
 * to STR/AFP" (an agency's chain after it), "Courtesy of", "©", "(c) 2008", "(c) Jane Roe, CC BY …",
 * "Copyright", "Copyright :", "Source:", a report's "Back cover ©" / "Back cover (left) ©", an
 * archive record's "Photographer :" (whose body is the creator as written), "@" written for
 * "©" at the start of a line before a chain of slashes ("@ Jane Roe / Agency"), BBC Swahili's
 * "Chanzo cha picha, " and Hindi "इमेज स्रोत, " ("Image source, "), French "Crédit photo, " and Italian "Diritti d'autore" ("Copyright").
 */
export const bareLabel = new RegExp(
  String.raw`(?:(?:photo|please|mandatory|source)\s+)?(cr[e\u00e9]dit(?:s|os?)?)(?:\s+photos?)?(?:\s*[:\u2013\u2014]|\.\.\.|\u2026)|(credit)[ \t]+(?:(?:should|must)[ \t]+be[ \t]+given[ \t]+to[ \t]+(?=[A-Z][^\n/]{0,40}\/))?(?=[A-Z])|(${courtesyWords})(?:\s+(?:of|de)\b)?\s*:?|(copyright)\b[ \t]*(?::[ \t]*(?:\u00a9[ \t]*)?|\u00a9|\(c\)|(?=(?:19|20)\d\d\b|[a-z]{2,12}\b))|(\u00a9)|(\(c\))(?=\s*(?:19|20)\d\d\b|[ \t][^\n]{1,60}, CC BY)|(source|(?:bild)?quelle|bildrechte|zdroj|fuente|fonte)\s*:|((?:back|front|inside)\s+cover)(?:\s*\((?:left|right|top|bottom)\))?\s*(?:\u00a9|:)|(photographe(?:rs?|\(s\)|s)?)[ \t]*:|(@)[ \t](?=[A-Z][^\n/@]{1,40}\/)|(chanzo cha picha,|cr\u00e9dit photo,|diritti d['\u2019]autore[ \t]|supplied:[ \t]|\u0907\u092e\u0947\u091c \u0938\u094d\u0930\u094b\u0924,|\u015f\u0259klin m\u0259nb\u0259yi,|\u0645\u0646\u0628\u0639 \u062a\u0635\u0648\u06cc\u0631\u060c|\u0645\u0635\u062f\u0631 \u0627\u0644\u0635\u0648\u0631\u0629\u060c|sumber gambar,|fuente de la imagen[:,])`,
  'iy',
)

/**
 * "(c) Jane Roe" ending its line: two or three capitalised words, not "The …". Apart from
 * `bareLabel`'s "(c)" because the name's capitals decide it and `bareLabel` ignores case.
 */
const nameAfterC =
  /\([cC]\)[ \t](?!The\b)\p{Lu}[\p{Ll}'\u2019-]+(?:[ \t]\p{Lu}[\p{Ll}'\u2019-]+){1,2}[ \t]*(?:\n|$)/uy

/** One capitalised word naming an outlet, not a common one ("Staff", "Family", "Archive"). */
const outletWord =
  /^(?!(?:Staff|Family|Archive|Handout|Stock|Submitted|Contributed|Provided|Courtesy|Official|Press|Pool|Wedding|Group|Photo)$)\p{Lu}[\p{L}.&'\u2019-]*$/u

/** A report's cover credit with its place and no "©": "Back cover (right) Jane Roe/HI". */
const coverPlace =
  /(?:Back|Front|Inside) cover \((?:left|right|top|bottom)\)[ \t]+(?=[A-Z][^\n/]{1,40}\/)/y

/** "Image:", "Photo:" after a capital "Credit" ("Credit Image: © Jane Roe/Agency"). */
const creditKind = /^(Image|Photo(?:graph)?|Picture|Video)s?:[ \t]*/

/** Names that start with "Credit" and are no label: banks, unions, card issuers. */
const creditWords =
  /^(?:Suisse|Agricole|Union|Card|Karma|Mutuel|Lyonnais|Risk|Rating|Default|Score|Suisse)\b/

export type Strength = 'strong' | 'medium' | 'weak'
/** How the body reads: `who` is a creator's name as written ("Photographer : DOE, Jane"). */
export type Shape = 'plain' | 'by' | 'of' | 'via' | 'who'

/**
 * "U.S. Navy photo by ...", "ICRC photo by ...": an organisation's photo, credited to a person.
 * Words are bounded: a run of letters and dots without a space ("Credit...Credit...") must not
 * be read to its end at every label; they stay on one line (a menu's "SECTIONS" above "Image
 * courtesy of …" is no organisation of it).
 */
export const orgLabel =
  /((?:(?:\p{Lu}[\p{L}\p{N}.&'\u2019-]{0,40}|of|the)[ \t]+){0,4}\p{Lu}[\p{L}\p{N}.&'\u2019-]{0,40})[ \t]+([Pp]hoto(?:graph)?s?|PHOTO|[Ii]mages?|[Vv]ideos?|[Gg]raphics?|[Ii]llustrations?|[Ff]ootage)(?:\s+(?:by|BY|courtesy(?:\s+of)?)\b|(:)(?=[ \t]\p{Lu}))/uy

/**
 * "Social Media Photo by": a capital "Photo" after a plain phrase is a heading's word. An
 * organisation's credit in title case names it by an abbreviation ("U.S. Air Force Photo by",
 * "EXAMPLE Photo by").
 */
function headingPhoto(org: string, kind: string): boolean {
  return /^\p{Lu}/u.test(kind) && !/(?:[A-Z]\.){2}|(?:^|\s)[A-Z]{2,}(?:\s|$)/.test(org)
}

export interface Label {
  start: number
  bodyStart: number
  kind: CreditMedium
  strength: Strength
  shape: Shape
  /** An explicit credit word ("credit", "courtesy", "©", "UN Photo/"): the body may be a bare title. */
  vouches: boolean
  presetSource: string | null
  /** "Source:" credits must mention an image to count. */
  needsImageWord: boolean
}

/**
 * A label from a base and the rest, field by field: object spreads of bases of several shapes
 * are slow in V8 (three times slower parsing of label-dense text).
 */
export function makeLabel(
  base: Pick<Label, 'start' | 'bodyStart' | 'kind' | 'presetSource'>,
  strength: Strength,
  shape: Shape,
  vouches: boolean,
  needsImageWord: boolean,
): Label {
  return {
    start: base.start,
    bodyStart: base.bodyStart,
    kind: base.kind,
    strength,
    shape,
    vouches,
    presetSource: base.presetSource,
    needsImageWord,
  }
}

export function kindOf(word: string): CreditMedium {
  const w = word.toLowerCase()
  // "Photo illustration" is an illustration, whatever word opens it.
  if (w.includes('illustration')) return 'illustration'
  if (/^(?:un|photo|fot|zdj|\u0444\u043e\u0442|\u05e6|\u1ea3|arg|nuo)/.test(w)) return 'photo'
  if (/^(?:im[a\u00e1]ge|ngu|bild|beeld|kuv|nyit|k\u00e9p|graph|infographic|chart)/.test(w))
    return 'image'
  if (/^pi[cx]/.test(w)) return 'picture'
  if (/^(?:video|\u0432\u0456\u0434\u0435\u043e)/.test(w) || w === 'footage' || w === 'kamera')
    return 'video'
  if (w.startsWith('drawing') || w.startsWith('cartoon')) return 'illustration'
  if (w.startsWith('map')) return 'map'
  return 'credit'
}

/**
 * A name of two words or more, then a slash: what a kind word without a connector must be
 * followed by ("Photo Jane Roe/AFP"; not a menu's "Photo Gallery/Video").
 */
const bareChain =
  /^[ \t]*(?:\p{Lu}{2,8}|\p{Lu}[\p{L}.'\u2019&-]*(?:[ \t]+\p{Lu}[\p{L}.'\u2019&-]*){1,4})[ \t]*\//u

/** "Фото Jane Roe | Example Museum": a name of two to four words, then a spaced bar. */
const barName = /^[ \t]*(\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]\p{Lu}[\p{L}.'\u2019-]*){1,3}) \| /u

/** Polish "foto Jane Roe": a person's name of two or three words filling the line. */
const lineName = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}[\p{Ll}'-]+){1,2})[ \t]*(?:\n|$)/u

/** "(Photo/Jane Doe)": two to four capitalised words, then the bracket's end. */
export const bracketName =
  /^[ \t]*\p{Lu}[\p{L}'\u2019.-]*(?:[ \t]+\p{Lu}[\p{L}'\u2019.-]*){1,3}[ \t]*[)\]]/u

/** A known agency's name alone after a medium word: "foto ANSA", "(Photo AFP)", "Foto ANSA/Jane Roe". */
const bareAgency = /^[ \t]*([A-Za-z]{2,12}(?: [A-Z][a-z]{1,11})?)[ \t]*(?:$|[\n)\]/])/

/** " Jane Doe": a space, then a name of two or three capitalised words (after a spaced slash). */
const spacedName = /^ (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?![\p{L}'\u2019-])/u

/** A site's name alone to the end of the line: "www.example.org", "example.org". */
const bareSite = /^[ \t]*www\.[a-z\d-]{2,40}\.(?:[a-z]{2,6}\.)?[a-z]{2,6}[ \t]*(?:\n|$)/

/** A connector that vouches for the body: "Photo credit:", "Photo courtesy of", "Foto ©". */
export const vouchingWord = new RegExp(
  String.raw`^(?:credit|${courtesyWords}|copyright|copyleft|source|\u00a9|\(c\))`,
)

export function readLabel(text: string, at: number): Label | null {
  kindLabel.lastIndex = at
  const k = kindLabel.exec(text)
  // "image::", ".. image:: badge.svg": reStructuredText and AsciiDoc directives, not captions.
  if (k && k[0].endsWith(':') && text[at + k[0].length] === ':') return null
  // "FILE PHOTO: Guards patrol the border …": a wire's mark opening a caption, not a credit.
  if (k?.[0].startsWith('FILE PHOTO:')) return null
  // A label stays on one line ("Maps" ending a line and "- Sets" starting the next is a list).
  // "Cover image: The ships at sea (Picture: Example Navy)": the placement's label names the
  // caption; the credit is the label in its bracket.
  if (k?.[1] && /^[^\n(]{0,120}\((?:Picture|Photo|Image)s?:/.test(text.slice(at + k[0].length)))
    return null
  if (k && !k[0].includes('\n')) {
    const kindWord = k[2] ?? ''
    const conn = (k[3] ?? '').trim().toLowerCase()
    const bodyStart = at + k[0].length
    const isUn = /^un\s/i.test(kindWord)
    const base = {
      start: at,
      bodyStart,
      // "UN Photo/" names the source, as "AP Photo/" does: no medium word of its own.
      kind: isUn ? ('credit' as const) : kindOf(kindWord),
      presetSource: isUn ? 'UN Photo' : null,
      needsImageWord: false,
    }
    if (conn === 'of') return makeLabel(base, 'medium', 'of', false, false)
    if (conn === 'via' || conn === 'from') {
      return makeLabel(base, 'medium', 'via', false, false)
    }
    if (/\b(?:by|di)$/.test(conn)) return makeLabel(base, 'medium', 'by', false, false)
    // "(Photo Jane Roe/AFP)": no connector, so only a capitalised chain of slashes, or a site's
    // name ending the line ("Foto www.example.org").
    // A person's name or an agency filling a bracket after the medium word ("(Photo/Jane Doe)",
    // "(Photo Jane Doe)", "(Photo/Getty Images)"); not a page's section ("Video Gallery").
    const opened = (conn === '/' || conn === '') && (text[at - 1] === '(' || text[at - 1] === '[')
    const name = opened ? bracketName.exec(text.slice(bodyStart, bodyStart + 64)) : null
    const who = (name?.[0] ?? '').slice(0, -1).trim()
    const filled = name !== null && (agencies.has(who.toLowerCase()) || !isOrganisation(who))
    // "foto Jane Roe" in lower case opening its line (Polish sites), or a person's name before a
    // spaced bar ("Фото Jane Roe | Example Museum"; a menu's "Photo Gallery Archive | Contact"
    // names an organisation).
    const named =
      (kindWord === 'foto' && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 8), at))) ||
      // "… on the atoll. Photo Jane Doe": after a caption's full stop (a lower-case word in it),
      // to the line's end.
      (kindWord === 'Photo' &&
        text.startsWith('. ', at - 2) &&
        / \p{Ll}/u.test(
          text
            .slice(Math.max(0, at - 40), at)
            .split('\n')
            .pop() ?? '',
        ))
        ? (lineName.exec(text.slice(bodyStart, bodyStart + 50))?.[1] ?? '')
        : (barName.exec(text.slice(bodyStart, bodyStart + 50))?.[1] ?? '')
    // Polish "Fot. Jane Roe": the abbreviation's full stop stands for a colon.
    if (
      conn === '' &&
      !kindWord.endsWith('.') &&
      !filled &&
      !(named && isPersonName(named) && !isOrganisation(named)) &&
      !bareChain.test(text.slice(bodyStart, bodyStart + 80)) &&
      !bareSite.test(text.slice(bodyStart, bodyStart + 80)) &&
      !agencies.has(
        (bareAgency.exec(text.slice(bodyStart, bodyStart + 28))?.[1] ?? '').toLowerCase(),
      )
    )
      return null
    if (conn === '/') {
      // Only "UN Photo/Name" is a credit; "image/video" is prose. So are a known agency alone
      // out of brackets ("Photo/Reuters"; "[Photo/Xinhua]" is read as a chain) and a spaced
      // slash before a person's name ("Photo / Jane Doe, Example Times").
      const after = text.slice(bodyStart, bodyStart + 40)
      const spaced =
        text[bodyStart - 2] === ' ' || text[bodyStart] === ' '
          ? (spacedName.exec(after)?.[1] ?? '')
          : ''
      return isUn ||
        filled ||
        (!opened && agencies.has((bareAgency.exec(after)?.[1] ?? '').toLowerCase())) ||
        (isPersonName(spaced) && !isOrganisation(spaced))
        ? makeLabel(base, 'strong', 'plain', true, false)
        : null
    }
    if (vouchingWord.test(conn)) {
      return makeLabel(base, 'strong', 'plain', true, false)
    }
    // "Header image:", "Featured image:" are captions' credit labels.
    return makeLabel(base, isUn || k[1] ? 'strong' : 'medium', 'plain', isUn, false)
  }
  orgLabel.lastIndex = at
  const o = orgLabel.exec(text)
  // "(Express Photo by Jane Roe)": inside a bracket, any outlet's name before "Photo by".
  // "(AP video: Jane Roe)": a known organisation's kind and a colon, inside a bracket only.
  if (
    o &&
    (o[3] === undefined
      ? (text[at - 1] === '(' && outletWord.test(o[1] ?? '')) ||
        (isOrganisation(o[1] ?? '') && !headingPhoto(o[1] ?? '', o[2] ?? ''))
      : text[at - 1] === '(' && isOrganisation(o[1] ?? ''))
  ) {
    return {
      start: at,
      bodyStart: at + o[0].length,
      kind: kindOf(o[2] ?? ''),
      strength: 'medium',
      shape: 'by',
      vouches: false,
      presetSource: normaliseSource(o[1] ?? ''),
      needsImageWord: false,
    }
  }
  // "Back cover (right) Jane Roe/Agency": a report's cover credit with its place, no "©".
  coverPlace.lastIndex = at
  if (coverPlace.test(text)) {
    const base = {
      start: at,
      bodyStart: coverPlace.lastIndex,
      kind: 'credit' as CreditMedium,
      presetSource: null,
      shape: 'plain' as Shape,
      vouches: true,
    }
    return makeLabel(base, 'strong', 'plain', true, false)
  }
  // "…した。(c)AFP": "(c)" before a known agency alone ending the line, spaced or not, or
  // before its slash and a photographer in capitals ("(c)AFP/JANE DOE").
  if (text.startsWith('(c)', at)) {
    const end = text.indexOf('\n', at)
    const who = text.slice(at + 3, end < 0 ? at + 40 : end).trim()
    if (agencies.has((/^([A-Z]{2,12})\/[A-Z]{2}/.exec(who)?.[1] ?? who).toLowerCase()))
      return makeLabel(
        { start: at, bodyStart: at + 3, kind: 'credit', presetSource: null },
        'strong',
        'plain',
        true,
        false,
      )
  }
  // "… in Bavaria. (c) Jane Roe": a "(c)" for a "©" after a sentence, before a name ending the
  // line ("(c) The Committee" and a list's "(c) Jane Roe" opening a line are clauses).
  if (text[at] === '(' && text[at - 1] === ' ') {
    nameAfterC.lastIndex = at
    if (nameAfterC.test(text) && /[.!?]["'\u201d\u2019)]*$/.test(text.slice(at - 4, at - 1)))
      return makeLabel(
        { start: at, bodyStart: at + 4, kind: 'credit', presetSource: null },
        'strong',
        'plain',
        true,
        false,
      )
  }
  bareLabel.lastIndex = at
  const b = bareLabel.exec(text)
  if (!b) return null
  const bodyStart = at + b[0].length
  const base = {
    start: at,
    bodyStart,
    kind: 'credit' as CreditMedium,
    presetSource: null,
    shape: 'plain' as Shape,
    vouches: true,
  }
  // French "Crédit photo :" credits a photograph.
  if (b[1]) {
    const kind = /photos?\s*:$/i.test(b[0]) ? 'photo' : 'credit'
    return makeLabel({ ...base, kind }, 'strong', 'plain', true, false)
  }
  // "Credit Jane Roe/Reuters" (a newspaper's caption): a capital "Credit", then a capital.
  if (b[2]) {
    if (
      text[at] !== 'C' ||
      !/[A-Z]/.test(text[bodyStart] ?? '') ||
      creditWords.test(text.slice(bodyStart, bodyStart + 12))
    )
      return null
    // "Credit Image: © Jane Roe/Agency": the kind of work after "Credit" is part of the label.
    const kindAfter = creditKind.exec(text.slice(bodyStart, bodyStart + 16))
    if (kindAfter) {
      const labelled = { ...base, bodyStart: bodyStart + kindAfter[0].length }
      return makeLabel(
        { ...labelled, kind: kindOf(kindAfter[1] ?? '') },
        'strong',
        'plain',
        true,
        false,
      )
    }
    return makeLabel(base, 'medium', 'plain', true, false)
  }
  // "Copyright AFP Jane ROE": a word after a bare "Copyright" only when it is a known agency's,
  // in capitals.
  if (b[4] && !/[:\u00a9)]/.test(b[0]) && /\p{L}/u.test(text[bodyStart] ?? '')) {
    const agency = /^[A-Z]{2,12}\b/.exec(text.slice(bodyStart, bodyStart + 13))?.[0]
    if (!agency || !agencies.has(agency.toLowerCase())) return null
  }
  // "Photographer: Jane Roe" credits a photograph.
  if (b[9]) return makeLabel({ ...base, kind: 'photo' }, 'strong', 'who', true, false)
  // "@ Jane Roe / Agency" stands for a "©" only opening a line, before a chain of slashes.
  if (b[10] && at > 0 && text[at - 1] !== '\n') return null
  if (b[5] || b[6] || b[8] || b[10]) return makeLabel(base, 'strong', 'plain', true, false)
  // BBC Swahili's "Chanzo cha picha, " and BBC Hindi's "इमेज स्रोत, " (before a capital) are the
  // BBC's "Image source, " (BBC Afrique's "Crédit
  // photo, " credits a photograph); Euronews' Italian "Diritti
  // d'autore" ("Copyright") stands for a "©" before a capital.
  // The BBC's "Image source, " in Azerbaijani, Persian, Arabic, Indonesian and Spanish (BBC
  // Mundo's "Fuente de la imagen: ") credits an image, before a capital.
  if (b[11])
    return /^sup/i.test(b[11])
      ? text[at] === 'S' && /\p{Lu}/u.test(text[bodyStart] ?? '')
        ? makeLabel(base, 'strong', 'plain', true, false)
        : null
      : /^c/i.test(b[11])
        ? makeLabel(
            { ...base, kind: /^ch/i.test(b[11]) ? 'image' : 'photo' },
            'strong',
            'plain',
            true,
            false,
          )
        : /^di/i.test(b[11])
          ? /\p{Lu}/u.test(text[bodyStart] ?? '')
            ? makeLabel(base, 'strong', 'plain', true, false)
            : null
          : /^ ?\p{Lu}/u.test(text.slice(bodyStart, bodyStart + 2))
            ? makeLabel({ ...base, kind: 'image' }, 'strong', 'plain', true, false)
            : null
  // "Bildquelle:" (German "image source") and "Bildrechte:" ("image rights") name their kind;
  // "Quelle:", "Zdroj:", "Fuente:" and "Fonte:", as "Source:", need one.
  if (b[7])
    return /^b/i.test(b[7])
      ? makeLabel({ ...base, kind: 'image' }, 'strong', 'plain', true, false)
      : makeLabel(base, 'weak', 'plain', true, true)
  return makeLabel(base, 'weak', 'plain', true, false)
}

/**
 * "Image Source: U.S. Navy photo by Jane Roe / Wikimedia Commons": an organisation's photo named
 * inside the body of another label. The organisation whose photo it is becomes the source (the
 * platform it was found on comes second); the body starts after its "photo by".
 */
export function innerOrgLabel(text: string, label: Label): Label | null {
  if (label.presetSource !== null || label.shape !== 'plain') return null
  let at = label.bodyStart
  while (text[at] === ' ' || text[at] === '\t') at++
  orgLabel.lastIndex = at
  const o = orgLabel.exec(text)
  if (!o || o[3] !== undefined || !isOrganisation(o[1] ?? '')) return null
  return {
    start: label.start,
    bodyStart: at + o[0].length,
    kind: label.kind,
    strength: label.strength,
    shape: 'by',
    vouches: label.vouches,
    presetSource: normaliseSource(o[1] ?? ''),
    needsImageWord: false,
  }
}
