/**
 * A credit read from a label to the end of its body: the step that joins the label
 * (`labels.ts`), the extent (`extent.ts`) and the fields (`body.ts`).
 */
import { type Fields, fileSize, readBody } from './body.js'
import { bodyEnd, nameBeforeOffice, nameBeforeSentence } from './extent.js'
import type { Label } from './labels.js'
import { isOrganisation, isPersonName, normaliseSource } from './vocabulary.js'

export interface Parsed {
  label: Label
  /** Where the body stopped (a full stop, a bracket, the end of the line). */
  rawEnd: number
  /** The end of the credit: `rawEnd` without trailing punctuation and space. */
  end: number
  fields: Fields
}

/** "(unless otherwise stated)", ", except where noted" closing a credit's body. */
export const scopeNote =
  /(?:\(|,? )(?:unless|except) (?:otherwise|where|when|as|if) [a-z ]{1,30}\)?[ .]{0,3}$/

/**
 * A bracket that dates the picture closing a credit: "(Geneva, 16 May 2011)", "(le 2/3/2021)",
 * "(taken in 1995 & 1996)".
 */
export const datedBracket =
  /[ \t]\((?:taken [^()\n]{1,40}|[^()\n]{0,40}?(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+|\d{1,2}\/\d{1,2}\/)[ \t]*(?:1[89]|20)\d\d)\)[ \t.]*$/u

/**
 * A bar before a headline, a sentence or a date: " | Fields Still Mined: …", " | the valley
 * waits", " |  2020. december 14.".
 */
export const barredText =
  / \| (?=[^|\n]*?(?:: |[ \t]\p{Ll}{4,})|[ \t]*(?:(?:19|20)\d\d\b|\d{1,2}[./]\d))/u

/** `end` moved back over trailing white space and punctuation, not before `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s.,;:*_]/.test(text[e - 1] ?? '')) e--
  // "Fot. Jane Roe / Example / East News /": a slash after a space, ending the line, closes nothing.
  if (text[e - 1] === '/' && text[e - 2] === ' ') return trimEnd(text, start, e - 1)
  // "Foto: Example Agency / Jane Roe/": a slash glued to the chain's last name, ending the line.
  if (
    text[e - 1] === '/' &&
    /^[ \t]*(?:[\r\n]|$)/.test(text.slice(e, e + 9)) &&
    text.slice(start, e).includes(' / ')
  )
    return trimEnd(text, start, e - 1)
  // "NASA/JPL-Caltech/Arizona State Univ.": a chain's last name keeps its full stop.
  const chain = text.slice(start, e)
  if (text[e] === '.' && chain.includes('/') && /\b(?:Univ|Inc|Ltd|Corp|Co)$/.test(chain)) e++
  // "(Satellite view ©2022 Example Imaging)": a bracket that opened before the credit.
  if (text[e - 1] === ')' && !text.slice(start, e).includes('(')) return trimEnd(text, start, e - 1)
  // "© Jane Roe 4252x2809 / 5.0MB": the file's size is no part of the credit.
  const c = text.charCodeAt(e - 1)
  if ((c >= 0x30 && c <= 0x39) || c === 0x42 || c === 0x78) {
    const size = fileSize.exec(text.slice(Math.max(start, e - 40), e))
    if (size) return trimEnd(text, start, e - size[0].length)
  }
  return e
}

/** The body of `label` read up to `rawEnd`, or null when it reads as no credit. */
export function parseUntil(text: string, label: Label, rawEnd: number): Parsed | null {
  // "© Photo: Jane Doe", "Credit: Photo: Jane Doe", "© Фото : Jane Doe": a kind's label after the
  // credit's names the medium.
  const inner =
    label.kind === 'credit'
      ? /^ ?(?:Photo|Foto|\u0424\u043e\u0442\u043e) ?: ?/.exec(
          text.slice(label.bodyStart, label.bodyStart + 9),
        )
      : null
  if (inner) label = { ...label, bodyStart: label.bodyStart + inner[0].length, kind: 'photo' }
  const end = trimEnd(text, label.bodyStart, rawEnd)
  if (end <= label.bodyStart) return null
  const fields = readBody(text.slice(label.bodyStart, end), label)
  if (!fields) return null
  return { label, rawEnd, end, fields }
}

/** The credit that `label` begins, its body ending where `bodyEnd` says, or null. */
export function parseAt(text: string, label: Label, closer: string | null): Parsed | null {
  let rawEnd = bodyEnd(text, label.bodyStart, closer)
  if (rawEnd < 0) return null
  // "Photo Credit: Jane Roe Ambassador John Doe speaks": the credit ends before the office.
  if (label.vouches && label.shape === 'plain') {
    const name = nameBeforeOffice(text, label.bodyStart, rawEnd)
    if (name > 0) rawEnd = name
  }
  // "Photo credit: UN Photo/Jane Roe The stockpile grows …": the next caption's sentence.
  const named = nameBeforeSentence(text, label.bodyStart)
  if (named > 0 && named < rawEnd) rawEnd = named
  // "Photos: Jane Roe/Example Trust (unless otherwise stated)": the note on what the credit
  // covers is no part of it.
  const note = scopeNote.exec(text.slice(Math.max(label.bodyStart, rawEnd - 60), rawEnd))
  if (note) rawEnd -= note[0].length
  // "… Jane Roe/XYZ (Geneva, 16 May 2011)": where and when the picture was taken, after it.
  const dated = datedBracket.exec(text.slice(Math.max(label.bodyStart, rawEnd - 60), rawEnd))
  if (dated) rawEnd -= dated[0].length
  // "Foto: Example Agency | Fields Still Mined: The Valley waits": a bar before a headline or
  // a sentence (a colon, a lower-case word) ends the credit.
  const bar = barredText.exec(text.slice(label.bodyStart, rawEnd))
  if (bar) rawEnd = label.bodyStart + bar.index
  // "UN Photo/Jane Roe - Peacekeepers Watch over a Field": a person's name, then a dash and the
  // picture's title (three words or more, no organisation's name).
  const dash = nameThenTitle.exec(text.slice(label.bodyStart, rawEnd))
  if (
    dash &&
    isPersonName(dash[2] ?? '') &&
    !isOrganisation(dash[2] ?? '') &&
    !isOrganisation(text.slice(label.bodyStart + dash[0].length, rawEnd))
  )
    rawEnd = label.bodyStart + (dash[1] ?? '').length
  const parsed = parseUntil(text, label, rawEnd)
  // "Fotógrafo: Jane Roe. Example Trust": the organisation she works for, after a full stop,
  // alone to the end of the line.
  const f = parsed?.fields
  if (f?.creator && !f.source && text[rawEnd] === '.') {
    const org = orgAfterStop.exec(text.slice(rawEnd, rawEnd + 64))?.[1]
    if (org && isOrganisation(org)) {
      const end = rawEnd + 2 + org.length
      return { ...parsed!, rawEnd: end, end, fields: { ...f, source: normaliseSource(org) } }
    }
  }
  // "Photos by Jane Roe, the only person known to have …": a clause about the photographer after
  // the name is no part of the credit, when it adds no field.
  if (parsed && label.shape === 'by' && parsed.fields.creator !== null) {
    apposition.lastIndex = 0
    const m = apposition.exec(text.slice(label.bodyStart, parsed.end))
    if (m) {
      const cut = parseUntil(text, label, label.bodyStart + m.index)
      const a = cut?.fields
      const b = parsed.fields
      if (
        a &&
        a.creator === b.creator &&
        a.source === b.source &&
        a.license === b.license &&
        a.url === b.url
      )
        return cut
    }
  }
  return parsed
}

/** A name (after one slash at most), a spaced dash, and three words or more. */
const nameThenTitle =
  /^((?:[^\n/]{1,40}\/[ \t]?)?(\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]\p{Lu}[\p{L}.'\u2019-]*){1,3}))[ \t][-\u2013\u2014][ \t](?=\p{Lu}\p{L}*(?:[ \t][^\s/]+){2})/u

/** ". Example Trust" ending its line after a credit's name. */
const orgAfterStop = /^\. ([^\n.!?]{2,60}?)\.?[ \t]*(?:\n|$)/

/** ", the only person …", ", who …": a clause about someone, after a comma. */
const apposition = /,[ \t]+(?:the|a|an|who|whose|which|one of)[ \t]/

/** A label of no words at `at`: a credit body that follows another credit or a caption. */
export function plainLabel(at: number, kind: Label['kind']): Label {
  return {
    start: at,
    bodyStart: at,
    kind,
    strength: 'medium',
    shape: 'plain',
    vouches: false,
    presetSource: null,
    needsImageWord: false,
  }
}
