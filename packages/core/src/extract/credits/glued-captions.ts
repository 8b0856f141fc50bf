/**
 * Credits glued to a caption where a page's layout lost the break between them: "… in the
 * capital.JANE DOE (REUTERS)Next caption", "… on the farm.JANE DOE" closing the line. Shape decides:
 * a caption's sentence of some length, its full stop with no space after it, a name in capitals
 * (two to four words, an agency's name in capitals in brackets after it) or a known agency,
 * then the line's end or the next caption (a capital and a lower-case letter).
 */
import { agencies, isOrganisation, normaliseSource } from './vocabulary.js'

export interface GluedCredit {
  start: number
  end: number
  creator: string | null
  source: string | null
  license: null
}

/**
 * A full stop glued to two capitals (led by the stop, so the engine skips to each "."; the
 * lower-case letter or bracket before it is checked after: a class first made it test every
 * position of every text).
 */
const stopThenCapitals = /\.(?=\p{Lu}{2})/gu
const lowerOrBracket = /[\p{Ll})]/u

/** From the capitals on: a name in capitals, an agency in brackets, then the end or a caption. */
const gluedName =
  /(\p{Lu}{2,}(?: \p{Lu}{2,}){0,3})(?: \(([A-Z][A-Z ]{1,20})\))?(?=\r?\n|$|\p{Lu}\p{Ll})/uy

/** A sentence's words in capitals ("NOTE THAT", "READ THIS"), not a photographer's name. */
const functionWord = /\b(?:THE|AND|OF|TO|IN|FOR|THAT|THIS|NOTE|READ)\b/

/** Is the stretch of line before `at` a caption's sentence (40 characters, five words)? */
export function captionBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at)
  return !before.includes('\n') && before.split(' ').length > 4
}

export function findGluedCaptions(text: string, taken: (at: number) => boolean): GluedCredit[] {
  const found: GluedCredit[] = []
  stopThenCapitals.lastIndex = 0
  for (let m = stopThenCapitals.exec(text); m; m = stopThenCapitals.exec(text)) {
    if (m.index === 0 || !lowerOrBracket.test(text[m.index - 1] as string)) continue
    const start = m.index + 1
    gluedName.lastIndex = start
    const g = gluedName.exec(text)
    if (!g || taken(start) || !captionBefore(text, m.index - 1)) continue
    const name = g[1] ?? ''
    const agency = g[2]
    const known = agencies.has(name.toLowerCase())
    // A person's name in capitals ("JANE DOE"), an agency after it in brackets, or an agency alone.
    if (agency ? !agencies.has(agency.toLowerCase()) : !known && !name.includes(' ')) continue
    if (!known && (isOrganisation(name) || functionWord.test(name))) continue
    found.push({
      start,
      end: start + g[0].length,
      creator: known ? null : name,
      source: agency ? normaliseSource(agency) : known ? normaliseSource(name) : null,
      license: null,
    })
  }
  return found
}
