/**
 * An organisation's photo service named alone, the way it signs its pictures (credits12):
 * "(Example Ministry Photo)" closing a caption's last sentence, "… in 2018. /XYZ Photo", and
 * "XYZ photo" or "Example Daily file photo" alone on a line. The words before "Photo" must name an
 * organisation (an acronym, a known agency, a name with an organisation's word): "Cover Photo",
 * "Featured photo", a person's "Jane Roe Photo" and a platform's "Example Social photo" (a comment
 * form's avatar) are none. Written with a capital "Photo" the
 * service is the source as written ("Example Ministry Photo"); "photo" and "file photo" in lower
 * case only say what the picture is (source "XYZ"). A service, its catalogue number and the
 * photographer fill a line in a list of picture credits ("UN/DPI Photo 186410C, Jane Roe").
 */
import { lineStartNear } from './caption-tails.js'
import { abbreviations } from './extent.js'
import { agencies, canonicalPlatform, isOrganisation, isPersonName } from './vocabulary.js'

/** Capitalised words (with "of", "for", "the" between them) and "Photo", "photo", "file photo". */
export const orgPhoto =
  /(?<![\p{L}\p{N}.&'\u2019-])(\p{Lu}[\p{L}.&'\u2019-]*(?:[ \t]+(?:of|for|the|\p{Lu}[\p{L}.&'\u2019-]*)){0,5})[ \t]+((?:[Ff]ile[ \t]+)?photo|Photo)(\)?)\.?$/u

/** Where such a name may end: "photo" closing a line, a full stop after it too (a cheap scan before `orgPhoto`). */
const photoEnd = /[Pp]hoto\)?\.?(?=[ \t]*(?:\r?\n|$))/g

/** "UN/DPI Photo 186410C, Jane Roe": a service in capitals, a catalogue number, a name. */
export const numbered =
  /^((?:\p{Lu}{2,6}\/)?\p{Lu}{2,6} Photo) #?\d{4,8}[A-Z]?, (\p{Lu}[^\n,]{2,40})$/u

export interface OrgPhoto {
  start: number
  end: number
  creator: string | null
  source: string
  license: null
}

export function findOrgPhotos(text: string, taken: (at: number) => boolean): OrgPhoto[] {
  const found: OrgPhoto[] = []
  if (!/hoto/.test(text)) return found
  photoEnd.lastIndex = 0
  for (let e = photoEnd.exec(text); e; e = photoEnd.exec(text)) {
    const stop = e.index + e[0].length
    const from = Math.max(lineStartNear(text, e.index), stop - 160)
    const m = orgPhoto.exec(text.slice(from, stop))
    if (!m) continue
    let head = m[1] ?? ''
    let start = from + m.index
    // "The General Assembly Hall. UN Photo": a caption's sentence ends inside the words; the
    // name starts after it.
    const dot = head.search(/\p{Ll}\.[ \t]/u) + 1
    const ended = head.slice(head.lastIndexOf(' ', dot) + 1, dot).toLowerCase()
    if (dot > 0 && !abbreviations.has(ended)) {
      start += dot + 2
      head = head.slice(dot + 2)
    }
    const end = stop - (m[3] ? 1 : 0) - (text[stop - 1] === '.' ? 1 : 0)
    // "Facebook photo": a comment form's avatar, not a platform's credit ("AP Photo" is a wire's).
    const agency = agencies.has(head.toLowerCase())
    if (taken(start) || !(agency || isOrganisation(head)) || (!agency && canonicalPlatform(head)))
      continue
    const before = text.slice(lineStartNear(text, start), start)
    // In a bracket or after a slash, a caption's last sentence comes first on the line; with
    // neither, the name fills its line.
    // "… at the base. AP photo", "(Caption. Example Office photo)": after a caption's sentence.
    // "… a possessor state (U.N. photo).": the full stop after the bracket ends the caption.
    const mark = m[3] && before.endsWith('(') ? '(' : before.endsWith(' /') ? '/' : ''
    const ends = m[3] && text[stop - 1] === '.' ? `${before.slice(0, -2)}.(` : before
    if (mark ? !closesCaption(ends, mark) : before.trim() && !/[.!?] $/.test(before)) continue
    if ((m[3] && !before.includes('(')) || (!mark && before.trim() && !closesCaption(before, '')))
      continue
    const source = m[2] === 'Photo' ? text.slice(start, end) : head
    found.push({ start, end, creator: null, source, license: null })
  }
  const before = found.length
  // "Photo " searched without its space (a search that opens with a space, the commonest
  // character, is fifteen times slower), the space checked after.
  for (let at = text.indexOf('Photo ') - 1; at >= -1; at = text.indexOf('Photo ', at + 7) - 1) {
    if (at < 0 || text.charCodeAt(at) !== 32) continue
    // The whole line is such a credit, 80 characters at most: look no further (a long line of
    // " Photo " would otherwise be read to its end at every one).
    const start = lineStartNear(text, at)
    if (at - start > 13) continue
    let end = at + 7
    const limit = Math.min(text.length, at + 80)
    while (end < limit && text.charCodeAt(end) !== 10) end++
    if (end === at + 80 && end < text.length) continue
    const m = numbered.exec(text.slice(start, end).trimEnd())
    if (!m || taken(start) || !isPersonName(m[2] ?? '')) continue
    found.push({ start, end: start + m[0].length, creator: m[2]!, source: m[1]!, license: null })
  }
  return found.length > before ? found.sort((a, b) => a.start - b.start) : found
}

/** A caption of 40 characters or more with a lower-case word, its last sentence ended, then `mark`. */
function closesCaption(before: string, mark: string): boolean {
  const caption = before.slice(0, before.lastIndexOf(mark)).trimEnd()
  return caption.length >= 40 && /[.!?]$/.test(caption) && /\b\p{Ll}{3,}\b/u.test(caption)
}
