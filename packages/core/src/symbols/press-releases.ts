/**
 * UN press-release symbols: "GA/12227", "GA/DIS/3615", "SC/15000", "DC/2982", "SG/SM/21000",
 * with "/Rev.1", "/Corr.1" or "/Add.1" suffixes and joint releases ("SG/SM/21000-DC/3851").
 *
 * Press releases are not official documents and are not in the UN Official Document System, so
 * docs.un.org has no page for them; press.un.org files each one under the year it was issued
 * ("press.un.org/en/2019/ga12227.doc.htm"), which the symbol does not carry. treatymark therefore
 * recognises them without a URL. Series as listed by the Dag Hammarskjöld Library
 * (https://research.un.org/en/docs/pressreleases), plus the Disarmament Commission's "DC/".
 */

/** Press-release series: the components before the number. */
export const pressReleaseSeries: readonly string[] = [
  'GA',
  'GA/SM',
  'GA/DIS',
  'GA/EF',
  'GA/SHC',
  'GA/SPD',
  'GA/AB',
  'GA/L',
  'GA/COL',
  'GA/PAL',
  'SC',
  'ECOSOC',
  'SG/SM',
  'SG/A',
  'SG/T',
  'DSG/SM',
  'DC',
  'ENV/DEV',
  'OBV',
  'PI',
]

const seriesSet: ReadonlySet<string> = new Set(pressReleaseSeries)

/** First components of the series: what a candidate must start with. */
export const pressReleaseBodies: ReadonlySet<string> = new Set(
  pressReleaseSeries.map((s) => s.split('/')[0] as string),
)

/** One release: series, number of 2 to 5 digits, then suffixes. */
const releaseShape =
  /^([A-Z]{2,6}(?:\/[A-Z]{1,3})?)\/(\d{2,5})((?:\/(?:Rev|Corr|Add)\.\d{1,2}){0,4})$/i

export interface PressReleaseSymbol {
  /** The symbol as normalised: series in capitals, "Rev."/"Corr."/"Add." suffixes. */
  readonly symbol: string
  /** Each release of a joint symbol ("SG/SM/21000" and "DC/3851"). */
  readonly releases: readonly { series: string; number: string; suffixes: string[] }[]
}

function normaliseSuffix(suffix: string): string {
  const [word = '', number = ''] = suffix.split('.')
  return `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}.${number}`
}

/**
 * Parse a press-release symbol, or return null. A joint release joins two symbols with a
 * hyphen ("SG/SM/21000-DC/3851"); each part must be a release of a known series.
 */
export function parsePressReleaseSymbol(text: string): PressReleaseSymbol | null {
  if (typeof text !== 'string' || text.length > 80) return null
  const parts = text.replace(/[\u2010\u2011\u2013]/g, '-').split('-')
  if (parts.length > 3) return null
  const releases: { series: string; number: string; suffixes: string[] }[] = []
  for (const part of parts) {
    const match = releaseShape.exec(part)
    if (!match) return null
    const series = (match[1] as string).toUpperCase()
    if (!seriesSet.has(series)) return null
    // The series is written in capitals in prose ("GA/", not "ga/").
    if (match[1] !== series) return null
    const suffixes = (match[3] as string).split('/').filter(Boolean).map(normaliseSuffix)
    releases.push({ series, number: match[2] as string, suffixes })
  }
  const symbol = releases.map((r) => [r.series, r.number, ...r.suffixes].join('/')).join('-')
  return { symbol, releases }
}
