/**
 * Credits the learned reader (`tagger.ts`) finds on lines no rule read, checked by the rules'
 * own readers: the model says where a credit is (its start, its label, its end); its fields are
 * read as the rules read them (a label's body by `parsed.ts`, an unlabelled line by
 * `agency-lines.ts` or `phrase.ts`). A run the readers do not accept, or that names nobody a
 * credit names (a person, an agency, an organisation, behind a label), is left alone: a false
 * credit in a blog post is worse than a missed one.
 */
import { creditTaggerModel } from '../../data/credit-tagger.generated.js'
import type { CreditMedium } from '../../models/extraction.js'
import { readAgencyCredit } from './agency-lines.js'
import { readLabel } from './labels.js'
import { inSoftwareNotice, isSiteNotice } from './notices.js'
import { parseUntil } from './parsed.js'
import { isNameShaped, readPhrase } from './phrase.js'
import { decodeModel, findTaggedCredits, type TaggedCredit, type TaggerModel } from './tagger.js'
import {
  agencies,
  canonicalPlatform,
  isOrganisation,
  isPersonName,
  signers,
  words,
} from './vocabulary.js'

/** A credit found by the learned reader. */
export interface LearnedCredit {
  start: number
  end: number
  kind: CreditMedium
  title: string | null
  creator: string | null
  source: string | null
  license: string | null
  /** The model's margin for the run (how much better the best path is than one without it). */
  margin: number
}

let model: TaggerModel | null = null
/** The committed model, decoded once on first use. */
export function creditTagger(): TaggerModel {
  model ??= decodeModel(creditTaggerModel)
  return model
}

/** Words that join a credit's parts: no credit starts with one. */
const connector = /^(?:via|by|and|for|of|from|\/|,|;|-|\u2013|\u2014)(?![\p{L}\p{N}])/iu

/** A medium's or a section's name alone, as a site's menus print it ("Photo", "Stories"). */
const medium =
  /^(?:photos?|images?|videos?|pictures?|gallery|galleries|multimedia|stories|news|more|tagged)$/i

/** Words of a site's navigation, not of a credit ("View all", "Most Read Stories"). */
const navigation =
  /\b(?:view all|tagged|most (?:read|commented|popular|viewed|shared)|read more|stories|comments?|home ?page|(?:news|press) releases?)\b/i

/** A capitalised word ("Teh", the model cutting "Teh | Eng Koon/Agency"). */
const capitalised = /^\p{Lu}[\p{L}\p{M}.'\u2019-]*$/u

/** Does `before` end with a capitalised word and one space: the model cut a name? */
function nameBefore(before: string): boolean {
  if (!before.endsWith(' ')) return false
  return capitalised.test(before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1))
}

/** Prose going on after a run or its bracket: a lower-case word ("X/Example Images staff went"). */
const proseAfter = /^[)\]]?[ \t]+\p{Ll}/u

/**
 * A function word before an unlabelled run: the run is inside a sentence ("talks of X/Y"); an "@"
 * inside a line addresses someone ("Write to us @ Jane Roe").
 */
const proseBefore = /(?:\b(?:of|the|between|and|with|from|to|in|on|at|for|a|an|as|than)|@)[ \t]*$/i

/** A letter, one space, a capitalised word: a run ending inside a name. */
const nameAfter = /^\p{Ll} \p{Lu}\p{Ll}/u

/** An acronym or a name in capitals that may sign a picture ("MISA", "AFP", "EXAMPLE TODAY"). */
const acronym = /^\p{Lu}{2,8}(?: \p{Lu}{2,8}){0,2}$/u

/** Can `part` sign a picture: an acronym, a known agency, platform or organisation? */
function signs(part: string): boolean {
  if (acronym.test(part)) return true
  const key = part.toLowerCase()
  if (agencies.has(key) || signers.has(key) || canonicalPlatform(part)) return true
  return isOrganisation(part)
}

/** A known agency, signer or platform ("AP", "UNICEF", "Flickr")? */
function known(part: string): boolean {
  const key = part.toLowerCase()
  return agencies.has(key) || signers.has(key) || canonicalPlatform(part) !== null
}

/**
 * Does a credit's source name a signer in one of its parts ("Jane Roe/AP", "X via Getty")?
 * `strictly`: a known one only (agencies, signers, platforms), not any organisation's name.
 */
function signedBy(source: string, strictly: boolean): boolean {
  return source
    .split(/\/|\||,|\bvia\b/)
    .map((part) => part.trim())
    .some((part) => part.length > 0 && (strictly ? known(part) : signs(part)))
}

/** The fields of a tagged run as the rules read them, or null when they read none. */
function reread(
  text: string,
  c: TaggedCredit,
):
  | (Omit<LearnedCredit, 'start' | 'end' | 'margin'> & { labelled: boolean; copyright: boolean })
  | null {
  const label = readLabel(text, c.start)
  // "Source: Example News" credits a text, not a picture, unless an image is named.
  if (label?.needsImageWord) return null
  if (label && label.bodyStart < c.end) {
    const parsed = parseUntil(text, label, c.end)
    if (parsed && parsed.end === c.end) {
      const { title, creator, source, license } = parsed.fields
      const mark = text.slice(label.start, label.bodyStart)
      return {
        kind: label.kind,
        title,
        creator,
        source,
        license,
        labelled: label.strength === 'strong' || /[:\u00a9]/.test(mark),
        copyright: /\u00a9|\(c\)|copyright/i.test(mark),
      }
    }
  }
  const body = text.slice(c.bodyStart, c.end)
  const agency = readAgencyCredit(body, null)
  const read = agency ?? readPhrase(body)
  if (!read) return null
  return {
    kind: 'credit',
    title: null,
    creator: read.creator,
    source: read.source,
    license: agency ? agency.license : null,
    labelled: false,
    copyright: false,
  }
}

/** Is `read` a credit worth keeping: someone a credit names, no menu's words? */
function vetted(read: NonNullable<ReturnType<typeof reread>>, written: string): boolean {
  const { creator, source } = read
  if (source !== null && source.split(/[/|]/).some((p) => medium.test(p.trim()))) return false
  if (creator !== null && medium.test(creator)) return false
  const person = creator !== null && words(creator).length >= 2 && isPersonName(creator)
  const signed = source !== null && signedBy(source, false)
  if (read.labelled) {
    const named = [creator, source].some(
      (f) => f !== null && words(f).length >= 2 && isNameShaped(f),
    )
    return person || signed || named || read.license !== null || /\//.test(written)
  }
  // Unlabelled: a person and who signs with them, or a chain of signers ("X/Y", "X via Y") one
  // of them known (two organisations' names alone, "North Arland/South Arland", are prose); a
  // name alone on a line is a site's or a section's name more often than a credit.
  const chain = creator !== null || /[/|]|\svia\s/.test(written)
  return (person && signed) || (chain && source !== null && signedBy(source, true))
}

/**
 * A run that opens with a bracket without its label's "(" inside: brackets round a whole credit
 * are outside its span (docs/extract.md), though the model, trained partly on older annotations,
 * may take them in ("(Jane Roe/Example Images").
 */
function unbracketed(text: string, c: TaggedCredit): TaggedCredit {
  const open = text[c.start]
  if (open !== '(' && open !== '[') return c
  const start = c.start + 1
  const end = text[c.end - 1] === (open === '(' ? ')' : ']') ? c.end - 1 : c.end
  return { ...c, start, bodyStart: Math.max(start, c.bodyStart), end }
}

/**
 * Credits the learned reader finds in `text` on lines that `taken` says no rule credit touches.
 */
export function findLearnedCredits(
  text: string,
  taken: (start: number, end: number) => boolean,
  tagger: TaggerModel = creditTagger(),
  threshold = tagger.threshold,
): LearnedCredit[] {
  const out: LearnedCredit[] = []
  for (const run of findTaggedCredits(text, tagger, taken, threshold)) {
    const c = unbracketed(text, run)
    if (c.end <= c.start) continue
    const written = text.slice(c.start, c.end)
    if (connector.test(written) || navigation.test(written)) continue
    if (proseAfter.test(text.slice(c.end, c.end + 3))) continue
    // "Photo: Ambassador Jane | Roe of ...": the model cut a name; no credit rather than half.
    if (nameAfter.test(text.slice(c.end - 1, c.end + 3))) continue
    const read = reread(text, c)
    const before = text.slice(Math.max(0, c.start - 40), c.start)
    if (!read?.labelled && (nameBefore(before) || proseBefore.test(before))) continue
    if (!read || !vetted(read, written)) continue
    if (
      read.copyright &&
      (inSoftwareNotice(text, c.start, c.end) ||
        isSiteNotice(text, c.start, c.end, read.creator, read.license === 'All rights reserved'))
    ) {
      continue
    }
    const { kind, title, creator, source, license } = read
    out.push({
      start: c.start,
      end: c.end,
      kind,
      title,
      creator,
      source,
      license,
      margin: c.margin,
    })
  }
  return out
}
