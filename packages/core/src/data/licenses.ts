/**
 * Licence registry (data) and a parser for the many ways writers name a licence.
 *
 * Sources, checked for the URL forms and titles below:
 * - Creative Commons legal code as published in https://github.com/creativecommons/creativecommons.org
 *   (`docroot/legalcode/<code>_<version>[_<jurisdiction>].html`: e.g. `by-nd-nc_1.0.html`, the only
 *   form of the 1.0 Attribution-NoDerivs-NonCommercial licence, and `by_3.0_igo.html` ... `by-nc-nd_3.0_igo.html`).
 * - Deed titles (`Attribution 2.0 Generic`, `Attribution 3.0 Unported`, `Attribution 4.0 International`,
 *   `Attribution-NoDerivatives 4.0 International`, `CC0 1.0 Universal`, `Public Domain Mark 1.0`):
 *   https://creativecommons.org/licenses/ and the deed pages, e.g. https://creativecommons.org/licenses/by-sa/3.0/
 * - Public Domain Mark: https://creativecommons.org/publicdomain/mark/1.0/ ; CC0:
 *   https://creativecommons.org/publicdomain/zero/1.0/
 */
import { deepFreeze } from './freeze.js'

/** Licence elements in the order CC writes them in names ("BY-NC-SA", "BY-NC-ND"). */
export type LicenseCode = 'by' | 'by-sa' | 'by-nd' | 'by-nc' | 'by-nc-sa' | 'by-nc-nd'

export interface License {
  /** Canonical short name: `"CC BY-SA 3.0"`, `"CC BY 3.0 IGO"`, `"CC0 1.0"`, `"Public Domain"`. */
  readonly name: string
  /** Title as on the deed: `"Attribution-ShareAlike 3.0 Unported"`. */
  readonly title: string
  /** Canonical https URL of the deed, or null where there is none (public domain, all rights reserved). */
  readonly url: string | null
  /** CC licence code, `"cc0"`, `"pdm"`, or `"pd"` / `"arr"` for the plain statements. */
  readonly code: LicenseCode | 'cc0' | 'pdm' | 'pd' | 'arr'
  /** Version (`"2.0"`), null for the plain statements. */
  readonly version: string | null
  /** `"igo"` for the 3.0 IGO licences used by intergovernmental organisations (UN agencies). */
  readonly jurisdiction: string | null
}

/** What `parseLicense` returns: a canonical name and, where one exists, the https URL of the deed. */
export interface ParsedLicense {
  readonly name: string
  readonly url: string | null
}

const elementTitles: Record<LicenseCode, { old: string; v4: string }> = {
  by: { old: 'Attribution', v4: 'Attribution' },
  'by-sa': { old: 'Attribution-ShareAlike', v4: 'Attribution-ShareAlike' },
  'by-nd': { old: 'Attribution-NoDerivs', v4: 'Attribution-NoDerivatives' },
  'by-nc': { old: 'Attribution-NonCommercial', v4: 'Attribution-NonCommercial' },
  'by-nc-sa': {
    old: 'Attribution-NonCommercial-ShareAlike',
    v4: 'Attribution-NonCommercial-ShareAlike',
  },
  'by-nc-nd': {
    old: 'Attribution-NonCommercial-NoDerivs',
    v4: 'Attribution-NonCommercial-NoDerivatives',
  },
}

const codes: LicenseCode[] = ['by', 'by-sa', 'by-nd', 'by-nc', 'by-nc-sa', 'by-nc-nd']
const versions = ['1.0', '2.0', '2.5', '3.0', '4.0'] as const
const scope: Record<(typeof versions)[number], string> = {
  '1.0': 'Generic',
  '2.0': 'Generic',
  '2.5': 'Generic',
  '3.0': 'Unported',
  '4.0': 'International',
}

/** The 1.0 suite wrote the NoDerivs-NonCommercial licence in the other order (`by-nd-nc`). */
function urlPath(code: LicenseCode, version: string): string {
  return version === '1.0' && code === 'by-nc-nd' ? 'by-nd-nc' : code
}

function ccName(code: LicenseCode, version: string, jurisdiction: string | null): string {
  const upper = version === '1.0' && code === 'by-nc-nd' ? 'BY-ND-NC' : code.toUpperCase()
  return `CC ${upper} ${version}${jurisdiction ? ' ' + jurisdiction.toUpperCase() : ''}`
}

function buildLicenses(): License[] {
  const list: License[] = []
  for (const version of versions) {
    for (const code of codes) {
      const base = version === '4.0' ? elementTitles[code].v4 : elementTitles[code].old
      const title =
        version === '1.0' && code === 'by-nc-nd' ? 'Attribution-NoDerivs-NonCommercial' : base
      list.push({
        name: ccName(code, version, null),
        title: `${title} ${version} ${scope[version]}`,
        url: `https://creativecommons.org/licenses/${urlPath(code, version)}/${version}/`,
        code,
        version,
        jurisdiction: null,
      })
    }
  }
  for (const code of codes) {
    list.push({
      name: ccName(code, '3.0', 'igo'),
      title: `${elementTitles[code].old} 3.0 IGO`,
      url: `https://creativecommons.org/licenses/${code}/3.0/igo/`,
      code,
      version: '3.0',
      jurisdiction: 'igo',
    })
  }
  list.push(
    {
      name: 'CC0 1.0',
      title: 'CC0 1.0 Universal',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      code: 'cc0',
      version: '1.0',
      jurisdiction: null,
    },
    {
      name: 'Public Domain Mark 1.0',
      title: 'Public Domain Mark 1.0',
      url: 'https://creativecommons.org/publicdomain/mark/1.0/',
      code: 'pdm',
      version: '1.0',
      jurisdiction: null,
    },
    {
      name: 'Public Domain',
      title: 'Public domain',
      url: null,
      code: 'pd',
      version: null,
      jurisdiction: null,
    },
    {
      name: 'All rights reserved',
      title: 'All rights reserved',
      url: null,
      code: 'arr',
      version: null,
      jurisdiction: null,
    },
  )
  return list
}

/** Every licence treatymark knows, Creative Commons first. */
export const licenses: readonly License[] = deepFreeze(buildLicenses())

const byName = new Map(licenses.map((license) => [license.name, license]))

/** Look a licence up by its canonical name (`"CC BY-SA 3.0"`). */
export function getLicense(name: string): License | undefined {
  return byName.get(name)
}

/**
 * Jurisdictions CC ported licences to (the `_xx` suffixes of docroot/legalcode in the CC repository);
 * used to keep `CC BY-SA 3.0 DE` apart from the generic licence. `IN` is left out: it is an English word.
 */
const ports = new Set(
  (
    'am at au az br ca ch cl cn co cr cz de dk ec ee eg es fr ge gr gt hk hr hu ie il it jp kr lu mk ' +
    'mt mx my nl no nz pe ph pl pr pt ro rs scotland se sg si th tw ug uk us ve vn za'
  ).split(' '),
)

function fromParts(
  code: LicenseCode,
  version: string | null,
  jurisdiction: string | null,
): ParsedLicense {
  if (version === null) return { name: `CC ${code.toUpperCase()}`, url: null }
  const name = ccName(code, version, jurisdiction)
  const known = byName.get(name)
  if (known) return { name: known.name, url: known.url }
  // Ported licences (CC BY 3.0 DE) and versions the registry does not list (2.1 ports).
  const url =
    jurisdiction && ports.has(jurisdiction)
      ? `https://creativecommons.org/licenses/${urlPath(code, version)}/${version}/${jurisdiction}/`
      : null
  return { name, url }
}

function codeOf(by: boolean, nc: boolean, nd: boolean, sa: boolean): LicenseCode | null {
  if (!by || (nd && sa)) return null
  return `by${nc ? '-nc' : ''}${nd ? '-nd' : ''}${sa ? '-sa' : ''}` as LicenseCode
}

/** A licence found inside a longer text. */
export interface LicenseMatch extends ParsedLicense {
  start: number
  end: number
}

// --- URLs -------------------------------------------------------------------------------------

const ccUrlPattern =
  /(?:https?:\/\/)?(?:www\.)?creativecommons\.org\/(licenses|publicdomain)\/([a-z+-]{1,20})(?:\/(\d(?:\.\d)?))?(?:\/([a-z]{2,8}))?/iy

function parseCcUrl(text: string, at: number): LicenseMatch | null {
  ccUrlPattern.lastIndex = at
  const m = ccUrlPattern.exec(text)
  if (!m) return null
  let end = at + m[0].length
  // Swallow the rest of the URL (trailing slash, deed.fr, legalcode) so the span covers it.
  while (end < text.length && /[\w./#-]/.test(text[end] ?? '')) end++
  while (end > at && /[.]/.test(text[end - 1] ?? '')) end--
  const kind = (m[1] ?? '').toLowerCase()
  const slug = (m[2] ?? '').toLowerCase()
  const version = m[3] ? (m[3].includes('.') ? m[3] : `${m[3]}.0`) : null
  const jurisdictionRaw = (m[4] ?? '').toLowerCase()
  const jurisdiction =
    jurisdictionRaw === 'igo' || ports.has(jurisdictionRaw) ? jurisdictionRaw : null
  if (kind === 'publicdomain') {
    if (slug === 'zero') return { ...registryEntry('CC0 1.0'), start: at, end }
    if (slug === 'mark') return { ...registryEntry('Public Domain Mark 1.0'), start: at, end }
    return null
  }
  if (slug === 'publicdomain') return { ...registryEntry('Public Domain'), start: at, end }
  const parts = slug.split('-')
  const code = codeOf(
    parts.includes('by'),
    parts.includes('nc'),
    parts.includes('nd'),
    parts.includes('sa'),
  )
  if (!code || parts.some((p) => !['by', 'nc', 'nd', 'sa'].includes(p))) return null
  return { ...fromParts(code, version, jurisdiction), start: at, end }
}

function registryEntry(name: string): ParsedLicense {
  const license = byName.get(name)
  return { name, url: license ? license.url : null }
}

// --- Written names ----------------------------------------------------------------------------

/** Words of a written licence name, read one at a time (sticky, so linear). */
const wordPattern = /[A-Za-z]+[0-9]?|\d(?:\.\d)?/y
const separatorPattern = /[\s\-_\u2010-\u2014]*/y

interface Word {
  text: string
  lower: string
  start: number
  end: number
}

function wordAt(text: string, at: number): Word | null {
  wordPattern.lastIndex = at
  const m = wordPattern.exec(text)
  if (!m) return null
  return { text: m[0], lower: m[0].toLowerCase(), start: at, end: at + m[0].length }
}

function skipSeparators(text: string, at: number): number {
  separatorPattern.lastIndex = at
  separatorPattern.exec(text)
  return separatorPattern.lastIndex
}

/** Words that may sit inside a licence name without changing it. */
const filler = new Set([
  'generic',
  'unported',
  'international',
  'universal',
  'license',
  'licence',
  'licensed',
  'public',
  'deed',
  'version',
  'v',
])

/**
 * Read a licence name written as words starting at `at` (which must be the start of a word):
 * "CC BY-SA 3.0", "CC-BY-NC-ND-2.0", "Creative Commons Attribution-ShareAlike 2.0 Generic",
 * "Attribution 2.0 Generic", "CC0", "Public Domain Mark 1.0", "public domain", "All rights reserved".
 */
function readWrittenLicense(text: string, at: number): LicenseMatch | null {
  const first = wordAt(text, at)
  if (!first) return null
  const lower = first.lower

  // Plain statements.
  if (
    lower === 'all' ||
    lower === 'public' ||
    lower === 'cc0' ||
    lower === 'cc' ||
    lower === 'creative'
  ) {
    const phrase = readPhrase(text, at, 4)
    const joined = phrase.map((w) => w.lower).join(' ')
    if (joined.startsWith('all rights reserved')) {
      return { ...registryEntry('All rights reserved'), start: at, end: phrase[2]!.end }
    }
    if (joined.startsWith('public domain mark')) {
      let end = phrase[2]!.end
      if (phrase[3] && phrase[3].lower === '1.0') end = phrase[3].end
      return { ...registryEntry('Public Domain Mark 1.0'), start: at, end }
    }
    if (joined.startsWith('public domain')) {
      // "public domain dedication" is CC's old name for the dedication; keep it a plain statement.
      return { ...registryEntry('Public Domain'), start: at, end: phrase[1]!.end }
    }
  }

  let i = at
  let prefix = false
  let by = false
  let nc = false
  let nd = false
  let sa = false
  let zero = false
  let version: string | null = null
  let jurisdiction: string | null = null
  let end = at
  let elements = 0
  let licenseWord = false

  for (let guard = 0; guard < 16; guard++) {
    const w = wordAt(text, i)
    if (!w) break
    const l = w.lower
    let next: Word | null = null
    const peek = () => (next ??= wordAt(text, skipSeparators(text, w.end)))
    let consumedEnd = w.end
    if (l === 'cc') {
      if (prefix || elements > 0 || version) break
      prefix = true
    } else if (l === 'creative') {
      if (prefix || elements > 0) break
      const n = peek()
      if (!n || n.lower !== 'commons') break
      prefix = true
      consumedEnd = n.end
    } else if (l === 'cc0') {
      if (elements > 0) break
      zero = true
    } else if (l === 'zero' && prefix && elements === 0) {
      zero = true
    } else if (l === 'by' || l === 'attribution') {
      if (by) break
      if (l === 'by' && !prefix) break
      by = true
      elements++
    } else if (l === 'sa' || l === 'sharealike') {
      if (!by || sa) break
      sa = true
      elements++
    } else if (l === 'share') {
      const n = peek()
      if (!by || sa || !n || n.lower !== 'alike') break
      sa = true
      elements++
      consumedEnd = n.end
    } else if (l === 'nc' || l === 'noncommercial') {
      if (!by || nc) break
      nc = true
      elements++
    } else if (l === 'non') {
      const n = peek()
      if (!by || nc || !n || n.lower !== 'commercial') break
      nc = true
      elements++
      consumedEnd = n.end
    } else if (l === 'nd' || l === 'noderivs' || l === 'noderivatives') {
      if (!by || nd) break
      nd = true
      elements++
    } else if (l === 'no') {
      const n = peek()
      if (!by || nd || !n || !['derivs', 'derivatives', 'derivative'].includes(n.lower)) break
      nd = true
      elements++
      consumedEnd = n.end
      if (n.lower === 'derivative') {
        const works = wordAt(text, skipSeparators(text, n.end))
        if (works && works.lower === 'works') consumedEnd = works.end
      }
    } else if (/^\d/.test(l)) {
      if (version || !(by || zero)) break
      if (!/^[1-4](?:\.\d)?$/.test(l)) break
      version = l.includes('.') ? l : `${l}.0`
    } else if (l === 'igo') {
      if (!version) break
      jurisdiction = 'igo'
    } else if (version && !jurisdiction && /^[A-Z]{2}$/.test(w.text) && ports.has(l)) {
      jurisdiction = l
    } else if (filler.has(l) && (prefix || by || zero)) {
      // "Generic", "Unported", "International", "License" belong to the name; "public" only
      // in "Public License".
      if (l === 'public') {
        const n = peek()
        if (!n || (n.lower !== 'license' && n.lower !== 'licence')) break
        consumedEnd = n.end
      } else if (l === 'v' || l === 'version' || l === 'licensed') {
        i = skipSeparators(text, w.end)
        continue
      } else if (l === 'license' || l === 'licence') {
        licenseWord = true
      }
    } else {
      break
    }
    end = consumedEnd
    i = skipSeparators(text, consumedEnd)
  }

  if (zero) {
    return { ...registryEntry('CC0 1.0'), start: at, end }
  }
  const code = codeOf(by, nc, nd, sa)
  if (!code) return null
  // "Attribution" alone is a common English word: require the CC prefix, a version, or the
  // element names Flickr used ("Attribution-NonCommercial License").
  if (!prefix && !version && !(licenseWord && elements >= 2)) return null
  // "CC BY" alone (no other element, no version) is still a licence family name.
  return { ...fromParts(code, version, jurisdiction), start: at, end }
}

function readPhrase(text: string, at: number, max: number): Word[] {
  const words: Word[] = []
  let i = at
  while (words.length < max) {
    const w = wordAt(text, i)
    if (!w) break
    words.push(w)
    i = skipSeparators(text, w.end)
  }
  return words
}

/** Words a written licence can start with (lowercase). */
const startWords = new Set(['cc', 'cc0', 'creative', 'attribution', 'public', 'all'])

function isWordStart(text: string, i: number): boolean {
  return i === 0 || !/[A-Za-z0-9]/.test(text[i - 1] ?? '')
}

/**
 * Every licence named in `text` (creativecommons.org URLs and written names), in text order.
 * Linear: each start candidate reads a bounded number of words.
 */
export function findLicenses(text: string): LicenseMatch[] {
  const found: LicenseMatch[] = []
  const candidates =
    /creativecommons\.org|(?<![A-Za-z0-9])(?:cc0?|creative|attribution|public|all)(?![A-Za-z0-9])/gi
  let m: RegExpExecArray | null
  while ((m = candidates.exec(text))) {
    let at = m.index
    let match: LicenseMatch | null = null
    if (m[0].toLowerCase() === 'creativecommons.org') {
      // Back up over the scheme and www. so the span covers the whole URL.
      const back = /(?:https?:\/\/)?(?:www\.)?$/i.exec(text.slice(Math.max(0, at - 12), at))
      if (back) at -= back[0].length
      match = parseCcUrl(text, at)
    } else if (isWordStart(text, at) && startWords.has(m[0].toLowerCase())) {
      match = readWrittenLicense(text, at)
    }
    if (match) {
      found.push(match)
      candidates.lastIndex = Math.max(candidates.lastIndex, match.end)
    }
  }
  return found
}

/**
 * Parse a licence written in any of its usual forms and return its canonical name and URL,
 * or null when the text names no licence treatymark can identify.
 *
 * "CC BY-SA 3.0", "CC-BY-SA-3.0", "cc by sa 2.0", "Creative Commons Attribution-ShareAlike 2.0
 * Generic", "Attribution 2.0 Generic (CC BY 2.0)", "(CC BY-NC-ND 2.0)", "CC0", "public domain",
 * "PD", "All rights reserved", https://creativecommons.org/licenses/by/4.0/ ...
 * "Some rights reserved" (Flickr's label for any CC licence) names no particular licence: null.
 */
export function parseLicense(s: string): ParsedLicense | null {
  if (typeof s !== 'string') return null
  const text = s.trim()
  if (/^\(?\s*PD\s*\)?$/i.test(text) || /^\(?\s*PDM\s*\)?$/i.test(text)) {
    return registryEntry(/m/i.test(text) ? 'Public Domain Mark 1.0' : 'Public Domain')
  }
  const first = findLicenses(text)[0]
  if (!first) return null
  return { name: first.name, url: first.url }
}
