/**
 * Credits as entities: the `ImageCredit` a parsed label or an unlabelled line reads, the
 * `credit-incomplete` diagnostic of one that names no licence or no source (the "diagnose" step),
 * and which offsets the credits found so far cover (later finders leave those alone).
 */
import type { Diagnostic, Draft, ImageCredit } from '../../models/extraction.js'
import type { Parsed } from './parsed.js'
import { spanAt } from '../span-at.js'
import { kindOf } from './labels.js'

/** Does one of `sorted` (credits sorted by start, not overlapping) cover offset `at`? */
export function coveredBy(
  sorted: readonly { start: number; end: number }[],
): (at: number) => boolean {
  return (at) => spanAt(sorted, at) >= 0
}

/** The credit that `parsed` reads, with the text from its label's start. */
export function toCredit(text: string, parsed: Parsed): ImageCredit {
  const { fields, end, label } = parsed
  const credit: Draft<ImageCredit> = {
    type: 'credit',
    start: label.start,
    end,
    text: text.slice(label.start, end),
    kind: label.kind,
    title: fields.title,
    creator: fields.creator,
    source: fields.source,
    license: fields.license,
  }
  if (fields.url && /^https?:\/\//i.test(fields.url)) credit.url = fields.url
  if (fields.licenseUrl && /^https:\/\//i.test(fields.licenseUrl))
    credit.licenseUrl = fields.licenseUrl
  return credit
}

/** A credit read from one unlabelled line (an agency line, a Commons attribution). */
export function lineCredit(
  text: string,
  line: {
    start: number
    end: number
    creator: string | null
    source: string | null
    license: string | null
  },
): Draft<ImageCredit> {
  return {
    type: 'credit',
    start: line.start,
    end: line.end,
    text: text.slice(line.start, line.end),
    // A gallery's glued "Photograph: Jane Roe/Agency" keeps its label's medium, as does a
    // French paper's "PHOTO Jane Roe, REUTERS".
    kind: kindOf(
      /^(?:Photo(?:graph)?|Image|Picture|Video)s?(?=:)/.exec(
        text.slice(line.start, line.start + 12),
      )?.[0] ?? (text.startsWith('PHOTO ', line.start) ? 'photo' : ''),
    ),
    title: null,
    creator: line.creator,
    source: line.source,
    license: line.license,
  }
}

/** The `credit-incomplete` warning of a credit that names no licence or no source, or null. */
export function diagnose(credit: ImageCredit): Diagnostic | null {
  const noLicense = credit.license === null
  const noSource = credit.source === null && credit.url === undefined
  if (!noLicense && !noSource) return null
  const missing = noLicense && noSource ? ['license', 'source'] : [noLicense ? 'license' : 'source']
  return {
    start: credit.start,
    end: credit.end,
    ruleId: 'credit-incomplete',
    message: `Credit without a ${missing.join(' or ')}: add the ${missing.join(' and ')} to attribute the work`,
    severity: 'warning',
  }
}
