/**
 * An organisation's name alone in square brackets closing a caption's line, as Korean and other
 * news sites sign a picture: "… on June 2. [EXAMPLE CHIEFS OF STAFF]", "… in the village [The
 * Example Trust]", after a caption of five words or more. Known agencies are left to
 * `agency-lines.ts`; round brackets are left alone ("(Denial of Service)" closes a sentence, a
 * name before "(XYZ)" is defined). The name has two words or more and reads as an organisation's,
 * so "[PDF]", "[Read more]", a person's name and an archive's file note ("[Example Office,
 * Central Files, XY 4]") are none.
 */
import { captionBefore } from './glued-captions.js'
import { agencies, isOrganisation, normaliseSource } from './vocabulary.js'

/** A bracket closing its line around a name in Latin letters (no digits, commas or semicolons). */
const orgBracket = /\[([A-Z][\p{L} .&'\u2019-]{2,40})\]\]?[ \t]*(?=\r?\n|$)/gu

export function findOrgBrackets(
  text: string,
  taken: (at: number) => boolean,
): { start: number; end: number; creator: null; source: string; license: null }[] {
  const found = []
  orgBracket.lastIndex = 0
  for (let m = orgBracket.exec(text); m; m = orgBracket.exec(text)) {
    const name = m[1] ?? ''
    const start = m.index + 1
    if (
      !/[ .]/.test(text[m.index - 1] ?? '') ||
      !name.includes(' ') ||
      agencies.has(name.toLowerCase()) ||
      !isOrganisation(name) ||
      taken(start) ||
      !captionBefore(text, m.index)
    )
      continue
    found.push({
      start,
      end: start + name.length,
      creator: null,
      source: normaliseSource(name),
      license: null,
    })
  }
  return found
}
