/**
 * Citation styles for a treaty reference with an optional pinpoint:
 *
 * - `short`:  `APMBT Art. 5(1)`
 * - `full`:   `Article 5(1) of the Convention on the Prohibition of the Use, ...`
 * - `oscola`: `Convention on ... (adopted 18 September 1997, entered into force 1 March 1999)
 *             2056 UNTS 211 (APMBT) art 5(1)` — the OSCOLA treaty form "Title (adopted date,
 *             entered into force date) treaty series (informal name) pinpoint", as in the
 *             OSCOLA examples at https://uwl.libguides.com/oscola/int
 */
import type { Citation } from '../models/extraction.js'
import type { Instrument, InstrumentId } from '../models/instrument.js'
import type { Pinpoint } from '../models/pinpoint.js'
import { formatPinpoint, pinpointLevel } from '../pinpoint/format.js'
import { getInstrument } from '../registry/instruments.js'

export type CitationStyle = 'short' | 'full' | 'oscola'

export interface FormatCitationOptions {
  /** `short` (default), `full` or `oscola`. */
  style?: CitationStyle
  /**
   * BCP 47 locale for dates in the OSCOLA style (default `en-GB`, which OSCOLA uses:
   * "18 September 1997"). Titles stay in English, as the registry holds the English texts.
   */
  locale?: string
}

/**
 * What a citation needs to be formatted: the instrument and, optionally, where in it. An input
 * may give `null` for any missing level (a `Citation` itself leaves `subparagraph` out).
 */
export type CitationInput = Pick<Citation, 'treaty'> &
  Partial<Pick<Citation, 'article' | 'paragraph'>> & { readonly subparagraph?: string | null }

/**
 * United Nations Treaty Series references ("volume UNTS page"), for the OSCOLA style.
 * Checked against the UN Treaty Collection status pages where marked `untc`, otherwise against
 * published citations (see the report of the symbols/format helper); instruments not listed
 * are cited without a series.
 */
export const treatySeries: Partial<Record<InstrumentId, { citation: string; source: string }>> = {
  ccm: {
    citation: '2688 UNTS 39',
    source:
      'untc: https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-6.en.xml',
  },
  att: {
    citation: '3013 UNTS 269',
    source:
      'untc: https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-8.en.xml',
  },
  apmbt: { citation: '2056 UNTS 211', source: 'published citations of the Convention' },
  ccw: { citation: '1342 UNTS 137', source: 'published citations of the Convention' },
  npt: { citation: '729 UNTS 161', source: 'published citations of the Treaty' },
  cwc: { citation: '1974 UNTS 45', source: 'published citations of the Convention' },
  'rome-statute': { citation: '2187 UNTS 3', source: 'published citations of the Statute' },
  'gc-1': { citation: '75 UNTS 31', source: 'published citations of the Convention' },
  'gc-2': { citation: '75 UNTS 85', source: 'published citations of the Convention' },
  'gc-3': {
    citation: '75 UNTS 135',
    source: 'OSCOLA examples: https://uwl.libguides.com/oscola/int',
  },
  'gc-4': { citation: '75 UNTS 287', source: 'published citations of the Convention' },
  'ap-1': { citation: '1125 UNTS 3', source: 'published citations of the Protocol' },
  'ap-2': { citation: '1125 UNTS 609', source: 'published citations of the Protocol' },
  'ap-3': { citation: '2404 UNTS 261', source: 'published citations of the Protocol' },
}

const styles: ReadonlySet<string> = new Set(['short', 'full', 'oscola'])

function pinpointOf(citation: CitationInput): Pinpoint | null {
  const article = pinpointLevel(citation.article)
  if (article === null) return null
  return {
    article,
    paragraph: pinpointLevel(citation.paragraph),
    subparagraph: pinpointLevel(citation.subparagraph),
  }
}

/** A locale `Intl.DateTimeFormat` accepts: `locale` if it is one, else OSCOLA's `en-GB`. */
function dateLocale(locale: unknown): string {
  if (typeof locale !== 'string') return 'en-GB'
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB'
  } catch {
    return 'en-GB'
  }
}

/** The name used in short citations and in the OSCOLA brackets: "APMBT", else a short title. */
function shortName(instrument: Instrument): string {
  return instrument.abbreviations[0] ?? instrument.shortTitles[0] ?? instrument.title
}

function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) throw new RangeError(`formatCitation: invalid date "${iso}"`)
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

function oscola(instrument: Instrument, pinpoint: Pinpoint | null, locale: string): string {
  const dates = [`adopted ${formatDate(instrument.adopted.date, locale)}`]
  if (instrument.entryIntoForce) {
    dates.push(`entered into force ${formatDate(instrument.entryIntoForce, locale)}`)
  } else if (instrument.kind !== 'political') {
    dates.push('not yet in force')
  }
  const parts = [`${instrument.title} (${dates.join(', ')})`]
  const series = treatySeries[instrument.id]
  if (series) parts.push(series.citation)
  const name = shortName(instrument)
  if (name !== instrument.title) parts.push(`(${name})`)
  if (pinpoint) parts.push(`art ${formatPinpoint(pinpoint)}`)
  return parts.join(' ')
}

/**
 * Format a citation of an instrument in the registry.
 *
 * ```js
 * formatCitation({treaty: 'apmbt', article: '5', paragraph: '1'}) // 'APMBT Art. 5(1)'
 * formatCitation({treaty: 'apmbt', article: '5'}, {style: 'full'})
 * // 'Article 5 of the Convention on the Prohibition of the Use, Stockpiling, ...'
 * ```
 *
 * Errors: a `citation` that is not an object throws a `TypeError` ("formatCitation: `citation`
 * must be an object"). Nothing else throws: a `treaty` that is not in the registry gives `''`
 * (nothing to cite), pinpoint levels that are not non-empty strings (or numbers) are left out,
 * and an unknown `style` or `locale` (or `options` that is not an object) uses the default
 * (`short`, `en-GB`).
 */
export function formatCitation(
  citation: CitationInput,
  options: FormatCitationOptions = {},
): string {
  if (citation === null || typeof citation !== 'object')
    throw new TypeError('formatCitation: `citation` must be an object')
  const o: FormatCitationOptions = options !== null && typeof options === 'object' ? options : {}
  const style: CitationStyle =
    typeof o.style === 'string' && styles.has(o.style) ? o.style : 'short'
  const treaty: unknown = citation.treaty
  const instrument = typeof treaty === 'string' ? getInstrument(treaty) : undefined
  if (!instrument) return ''
  const pinpoint = pinpointOf(citation)
  switch (style) {
    case 'full':
      return pinpoint
        ? `Article ${formatPinpoint(pinpoint)} of the ${instrument.title}`
        : instrument.title
    case 'oscola':
      return oscola(instrument, pinpoint, dateLocale(o.locale))
    default:
      return pinpoint
        ? `${shortName(instrument)} Art. ${formatPinpoint(pinpoint)}`
        : shortName(instrument)
  }
}
