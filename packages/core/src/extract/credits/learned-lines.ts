/**
 * Credits on lines that no rule read but whose shape scores as a credit line (`line-score.ts`):
 * house styles nobody here has read ("(AP Photo/Jane Roe) |" in a table row, "Caption. | © J. Roe/
 * Example Aid", "Credit: AGENCY/Jane Roe"). The score only says that a line holds a credit; where
 * it is and what it says comes from the line's own words, read by shape (`phrase.ts`): a bracket,
 * the part after a bar or after the last sentence, from "©" or a cue word on, or the whole line.
 * The first of these that reads as a credit is kept; a line where none does is left alone.
 */
import { parts } from './agency-lines.js'
import { isCreditLine } from './line-score.js'
import { lineShape, linesWith, type ShapedLine } from './line-shape.js'
import { readPhrase, type PhraseCredit } from './phrase.js'
import { inSoftwareNotice, isSiteNotice } from './notices.js'
import {
  agencies,
  canonicalPlatform,
  isOrganisation,
  isPersonName,
  normaliseSource,
  signers,
  words,
} from './vocabulary.js'

/** A credit found on a scored line. */
export interface ScoredLineCredit extends PhraseCredit {
  start: number
  end: number
  license: null
}

/** Longest line scored: longer ones are paragraphs of prose, not caption lines. */
const longestLine = 1000

/** A slash before a capital, as between credited names ("Jane Roe/AP"), not in most URLs. */
const slashBeforeCapital = /[A-Za-z.]\s?\/\s?[A-Z\u00c0-\u00de]/

/** Where a line may hold a credit: found in one scan of the whole text. */
const anyHint =
  /[\u00a9/]| via |photo|image|picture|credit|source|file|courtesy|copy|provided|\(c\)/gi

/** A cue word, tested first (cheap), then the label it must make ("Photo:", "Photo by"). */
const cueWord = /photo|image|picture|credit|source|file|courtesy|copy|provided|\(c\)/i
const cueLabel =
  /\b(?:photo(?:graph)?|image|picture|credit|source|file)s?\s?(?:credit\s?)?(?:by\b|:)|\bcourtesy\b|\bprovided by\b|\bcopy(?:right|left)\b|\(c\)/i

/**
 * Does `line` hold what `readSpan` needs: "©", "via", a slash before a capital, or a label? Lines
 * without any hold nothing it accepts and are not scored. Cheap tests first: most lines fail them.
 */
function hinted(line: string): boolean {
  if (line.length > longestLine) return false
  if (line.includes('\u00a9') || line.includes(' via ')) return true
  if (line.includes('/') && slashBeforeCapital.test(line)) return true
  return cueWord.test(line) && cueLabel.test(line)
}

/** A label before a credit's body: "Photo:", "Photo credit:", "Images ©", "© 2008", "Source:". */
const labelPattern =
  /^(?:(?:all\s+)?(?:photo(?:graph)?s?|images?|pictures?)\s*(?:credit)?\s*(?:by|courtesy(?:\s+of)?)?\s*[:|-]?\s*|credits?\s*:\s*|source\s*:\s*|file\s*:\s*|provided\s+by\s+)?(?:(?:\u00a9|\(c\)|copyright|copyleft)\s*(?:\d{4}\s*,?\s*)?)?/i

/** A US military caption's "/Released" and a wire's "/File" after the credit. */
const suffix = /\/\s*(?:Released|File|FILE)$/

/** A label that says "credit" by itself: a colon, "by", "courtesy", "©", "copyright". */
const strongLabel = /[:\u00a9]|\bby\b|\bcourtesy\b|\bcopy(?:right|left)\b|\(c\)/i

/** A medium's name alone, as a site's sections print it. */
const medium = /^(?:photo|image|video|picture|gallery|multimedia)s?$/i

/** An acronym that may sign a picture ("MISA", "UNMAS", "AFP"). */
const acronym = /^\p{Lu}{2,8}$/u

/**
 * Can `part` sign a picture: an acronym, a known agency or platform, or an organisation's name of
 * two words or more ("Example Aid Agency"; one organisation word alone, "Gallery", is a menu item).
 */
function signs(part: string): boolean {
  if (acronym.test(part)) return true
  const key = part.toLowerCase()
  if (agencies.has(key) || signers.has(key) || canonicalPlatform(part)) return true
  return words(part).length >= 2 && isOrganisation(part)
}

/** Is `part` a person's name rather than an organisation's? */
function isPerson(part: string): boolean {
  return words(part).length >= 2 && isPersonName(part) && !isOrganisation(part)
}

/**
 * Fields by what each part is, wherever it stands ("AP Photo/Jane Roe" as much as "Jane Roe/AP"):
 * a person after the first part is the creator, the other parts the source in their order.
 */
function fields(body: string, read: PhraseCredit): PhraseCredit {
  if (read.creator !== null) return read
  const list = parts(body)
  const at = list.findIndex((part, i) => i > 0 && isPerson(part.text))
  if (at < 0) return read
  let source = ''
  list.forEach((part, i) => {
    if (i === at) return
    const sep = i === at + 1 ? list[at]!.sep : part.sep
    source += (source ? sep || '/' : '') + normaliseSource(part.text)
  })
  return { creator: list[at]!.text, source: source || null }
}

/** Read `text` from `from` to `to` as a credit, or null. */
function readSpan(text: string, from: number, to: number): ScoredLineCredit | null {
  let start = from
  let end = to
  while (start < end && /[\s|\u2013\u2014-]/.test(text[start]!)) start++
  while (end > start && /[\s.|,;]/.test(text[end - 1]!)) end--
  if (end - start < 2) return null
  const written = text.slice(start, end)
  const label = labelPattern.exec(written)?.[0] ?? ''
  const body = written.slice(label.length).replace(suffix, '').trimEnd()
  if (!body) return null
  const read = readPhrase(body)
  if (!read) return null
  const labelled = strongLabel.test(label)
  // One name alone is a credit only after a label; otherwise a slash or "via" must join parts.
  if (!labelled && !/\/|\svia\s/.test(body)) return null
  // Without a label, an organisation or an acronym must sign it, as under a caption
  // (`caption-lines.ts`): "Jane Roe/Example Agency", not tags such as "Nuclear Weapons/Disarmament".
  if (!labelled && !parts(body).some((p) => signs(p.text))) {
    return null
  }
  // A part that is only a medium ("CHINA / Photo", "News/Videos") makes a site's path, not a credit.
  if (!labelled && parts(body).some((p) => medium.test(p.text))) return null
  const credit = { start, end, ...fields(body, read), license: null }
  // A run of copyright lines (translators, a software licence) or a site's footer credits no
  // image, as for the rules.
  if (
    /\u00a9|copyright|\(c\)/i.test(label) &&
    (inSoftwareNotice(text, start, end) || isSiteNotice(text, start, end, credit.creator, false))
  ) {
    return null
  }
  return credit
}

/** Where a credit may stand on `line`, most likely first. */
function candidates(line: ShapedLine): [number, number][] {
  const at = line.start
  const out: [number, number][] = []
  for (const m of line.text.matchAll(/[([]([^()[\]]{2,100})[)\]]/g)) {
    out.push([at + m.index + 1, at + m.index + 1 + (m[1]?.length ?? 0)])
  }
  const bar = line.text.lastIndexOf('|')
  if (bar >= 0) out.push([at + bar + 1, line.end])
  const tail = /[.!?]["\u201d\u2019]?\s+(?=[^.!?]{2,100}$)/.exec(line.text)
  if (tail) out.push([at + tail.index + tail[0].length, line.end])
  const copyright = /\u00a9|\bcopyright\b|\bcopyleft\b/i.exec(line.text)
  if (copyright) out.push([at + copyright.index, line.end])
  const cue = /\b(?:photo(?:graph)?|image|picture|credit|source)s?\b/i.exec(line.text)
  if (cue) out.push([at + cue.index, line.end])
  out.push([line.start, line.end])
  return out
}

/**
 * Does the credit at `from`..`to` end its line (only bars, brackets, stops or spaces after it)?
 * Such a segment is scored on its own too, as the short credit line it would be if the caption
 * before it were on a line of its own ("Caption. (AGENCY/Jane Roe) |").
 */
function endsLine(line: ShapedLine, to: number): boolean {
  return /^[\s|.)\]]*$/.test(line.text.slice(to - line.start))
}

/** Credits on lines that score as credit lines and that `taken` says no credit covers. */
export function findScoredLines(
  text: string,
  taken: (start: number, end: number) => boolean,
): ScoredLineCredit[] {
  const found: ScoredLineCredit[] = []
  for (const line of linesWith(text, anyHint, hinted)) {
    if (taken(line.start, line.end)) continue
    const lineScores = isCreditLine(lineShape(line.text, line.prev, line.next))
    for (const [from, to] of candidates(line)) {
      if (
        !lineScores &&
        !(
          from > line.start &&
          endsLine(line, to) &&
          isCreditLine(lineShape(text.slice(from, to), text.slice(line.start, from), line.next))
        )
      ) {
        continue
      }
      const credit = readSpan(text, from, to)
      if (credit) {
        found.push(credit)
        break
      }
    }
  }
  return found
}
