/**
 * Captions joined to their credits (the "resolve" step for labelled credits): "Photo: A deminer
 * at work. © FSD / Jane Doe" is one credit whose title is the caption; "Image: Limbs at the
 * workshop (photo: Jane Doe)" too; a caption alone is no credit.
 */
import { type Fields, takeQuotedTitle } from './body.js'
import { bodyEnd } from './extent.js'
import { makeLabel, readLabel, type Label, type Shape, type Strength } from './labels.js'
import { type Parsed, parseAt, trimEnd } from './parsed.js'
import { clean, particles, words } from './vocabulary.js'

export function onlyTitle(f: Fields): boolean {
  return f.title !== null && f.creator === null && f.source === null && f.license === null && !f.url
}

/**
 * "Photo: Delegates in the hall. UN Photo/Jane Doe" -- a caption sentence, then its credit on the
 * same line: one credit whose title is the caption.
 */
export function extendCaption(text: string, parsed: Parsed, closer: string | null): Parsed | null {
  if (!/[.!?]/.test(text[parsed.rawEnd] ?? '')) return null
  let p = parsed.rawEnd + 1
  while (p < text.length && /["'\u201d\u2019)*_]/.test(text[p] ?? '')) p++
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++
  if (p >= text.length || text[p] === '\n') return null
  const next: Label = readLabel(text, p) ?? {
    start: p,
    bodyStart: p,
    kind: parsed.label.kind,
    strength: 'medium',
    shape: 'plain',
    vouches: false,
    presetSource: null,
    needsImageWord: false,
  }
  const tail = parseAt(text, next, closer)
  if (!tail || tail.fields.title !== null) return null
  if (tail.fields.creator === null && tail.fields.source === null) return null
  return {
    label: parsed.label,
    rawEnd: tail.rawEnd,
    end: tail.end,
    fields: { ...tail.fields, title: parsed.fields.title },
  }
}

/** Does `s` read as a description (a lower-case word that is no name particle)? */
function isDescriptive(s: string): boolean {
  return words(clean(s)).some(
    (w) => /^\p{Ll}/u.test(w) && !particles.has(w) && w !== 'and' && !/^(?:https?:|www\.)/.test(w),
  )
}

/** A label that says its own word: a medium or credit word, not a bare "©" or "UN Photo/". */
function ownLabel(text: string, label: Label): boolean {
  return (
    (label.presetSource === null || label.shape === 'by') &&
    /photo|image|picture|video|credit|courtesy/i.test(text.slice(label.start, label.bodyStart))
  )
}

/** The credit that `label` begins parsed with no title, naming a creator or a source. */
function titlelessCredit(text: string, label: Label, closer: string | null): Parsed | null {
  const parsed = parseAt(text, label, closer)
  if (!parsed || parsed.fields.title !== null) return null
  if (parsed.fields.creator === null && parsed.fields.source === null) return null
  // "p. 12": a page number is no one's name.
  if (parsed.fields.creator !== null && !/\p{L}/u.test(parsed.fields.creator)) return null
  return parsed
}

/**
 * A caption, then its credit, after one label: "Photo: A deminer at work, Tajikistan. © FSD /
 * Jane Doe", "Image: Limbs at the workshop (photo: Jane Doe)". The caption is the title, even
 * when it would read as a credit of its own ("..., Jamaica" is a place, not a creator). A first
 * sentence that is a credit without a title ("Photo: Jane Doe. UN Photo/John Roe") stays one.
 */
export function captionThenCredit(
  text: string,
  label: Label,
  closer: string | null,
  first: Parsed | null,
): Parsed | null {
  if (label.shape !== 'plain' || label.strength === 'weak' || label.needsImageWord) return null
  const rawEnd = bodyEnd(text, label.bodyStart, closer)
  if (rawEnd < 0) return null
  const end = trimEnd(text, label.bodyStart, rawEnd)
  let captionEnd = -1
  let tail: Parsed | null = null
  if (text[end - 1] === ')') {
    // "Caption (photo: Jane Doe)": a labelled credit in a closing bracket.
    const open = label.bodyStart + text.slice(label.bodyStart, end - 1).lastIndexOf('(')
    // Only after a descriptive caption: "Photo: Jane Doe (ICRC)" is a name and its agency.
    const descriptive = isDescriptive(text.slice(label.bodyStart, Math.max(label.bodyStart, open)))
    // "Caption (Jane Doe)": a bare name or agency in the bracket credits the caption.
    const inner =
      open > label.bodyStart && descriptive
        ? (readLabel(text, open + 1) ?? {
            start: open + 1,
            bodyStart: open + 1,
            kind: label.kind,
            strength: 'medium' as Strength,
            shape: 'plain' as Shape,
            vouches: false,
            presetSource: null,
            needsImageWord: false,
          })
        : null
    if (inner && !text.slice(open + 1, end - 1).includes('(')) {
      const credit = titlelessCredit(text, inner, ')')
      if (credit && credit.end === end - 1) {
        captionEnd = open
        tail = { ...credit, rawEnd, end }
      }
    }
  }
  // "Photo: Jane Doe. UN Photo/John Roe": a first sentence that is a credit stays one, unless
  // it reads as a description ("The GGE in session, Palais des Nations").
  const creditFirst =
    first !== null &&
    first.fields.title === null &&
    !isDescriptive(text.slice(label.bodyStart, end))
  if (!tail && /[.!?]/.test(text[rawEnd] ?? '') && !creditFirst) {
    let p = rawEnd + 1
    while (p < text.length && /["'\u201d\u2019)*_]/.test(text[p] ?? '')) p++
    while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++
    if (p < text.length && text[p] !== '\n') {
      const labelled = readLabel(text, p)
      // "Image: A cluster bomb. Source: HRW": the first label already says it is an image.
      const next: Label = (labelled &&
        makeLabel(labelled, labelled.strength, labelled.shape, labelled.vouches, false)) ?? {
        start: p,
        bodyStart: p,
        kind: label.kind,
        strength: 'medium',
        shape: 'plain',
        vouches: false,
        presetSource: null,
        needsImageWord: false,
      }
      tail = titlelessCredit(text, next, closer)
      captionEnd = end
      // "Photo: A field at dusk. Photo courtesy of Example Aid": a second label with its own
      // word ("Photo by", "Credit:", "Example Navy photo by") is a credit of its own; the first
      // label's caption is none. A bare "©" or "UN Photo/" goes on the first label's credit.
      if (tail && labelled && ownLabel(text, labelled)) return tail
    }
  }
  if (!tail) return null
  const caption = clean(text.slice(label.bodyStart, captionEnd))
  if (!caption || caption.length > 200 || !/\p{Ll}/u.test(caption)) return null
  const quoted = takeQuotedTitle(caption)
  const title = quoted && !clean(quoted.rest) ? quoted.title : caption
  return { label, rawEnd: tail.rawEnd, end: tail.end, fields: { ...tail.fields, title } }
}
