import type {
  DocumentSymbol,
  DocumentSymbolResult,
  SymbolSuffix,
  SymbolSuffixType,
} from '../models/document-symbol.js'
import { documentTypes, knownBodies, printedBodies } from './bodies.js'

/*
 * Grammar (after normalisation), components separated by "/":
 *
 *   symbol     = body *( "/" part ) [ " (" year ")" ]      ; the year only after S/RES/n
 *   body       = known series ("A", "CCW", ...) ; "NPT/CONF.2020" counts as one body
 *   part       = subsidiary ("C.1", "GGE", "MSP.9", "CONF.III", "PC.I")
 *              | type ("RES", "PRST") | typed number ("L.1", "WP.1", "PV.61")
 *              | session ("63", "ES-10", "S-27", "2008-V") | year ("2008") | number ("71")
 *              | suffix ("Add.1", "Rev.2", "Corr.1", "Amend.1"), suffixes last
 *
 * Decisions:
 * - OPCW symbols ("C-25/DEC.5", "EC-94/DEC.1") are rejected with a reason: they are not in the
 *   UN Official Document System, and treatymark links every symbol to docs.un.org.
 * - The body is matched case-insensitively and printed as its series is ("CCW", "CTBT-Art.XIV");
 *   an all-lower-case symbol
 *   ("a/res/63/71") is upper-cased. Other components keep their printed case ("TD/B/Inf.222",
 *   "E/CN.4/Sub.2/..."), except the suffix words, always "Add.", "Rev.", "Corr.", "Amend.".
 * - Whitespace around slashes and after the dot of a typed number ("L. 1") is removed; any
 *   other whitespace rejects the input, except the Security Council form "S/RES/1540 (2004)".
 */

const MAX_LENGTH = 120

const suffixKinds: Record<string, SymbolSuffixType> = {
  add: 'Add',
  rev: 'Rev',
  corr: 'Corr',
  amend: 'Amend',
}

const componentShape = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/
/** "Rev.1", and a lone "Corr" that a conference's list prints without a number. */
const suffixShape = /^(add|rev|corr|amend)(?:\.(\d{1,3}))?$/i
const typedNumberShape = /^([A-Za-z]{1,4})\.(\d{1,5})$/
/** "CONF.3": letters, a dot and a number, of a type that `documentTypes` does not list. */
export const otherTypedNumberShape = /^([A-Za-z]{2,6})\.(\d{1,5})$/
const yearShape = /^(?:19|20)\d{2}$/
const sessionShape = /^(?:\d{1,3}|ES-\d{1,2}|S-\d{1,2})$/
const yearSessionShape = /^((?:19|20)\d{2})-([IVX]{1,5}|\d{1,2})$/
const opcwShape = /^(?:C|EC|EC-M|RC|CSP)-\d{1,3}$/i

const fail = (reason: string): DocumentSymbolResult => ({ ok: false, reason })

/** Treaty bodies whose meetings file their documents under the meeting and year. */
const yearlyMeetings = new Set(['ATT', 'BWC', 'CCW', 'CCM', 'APLC', 'TPNW'])

/** Whitespace and dash clean-up shared with the prose extractor. */
export function normaliseSymbolText(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2010\u2011\u2013\u2212]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\.\s+(?=\d)/g, '.')
}

function rejectObviousNonSymbols(text: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^www\./i.test(text)) {
    return 'a URL, not a document symbol'
  }
  if (/^[./~\\]/.test(text) || /^[A-Za-z]:[\\/]/.test(text))
    return 'a file path, not a document symbol'
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(text)) return 'a date, not a document symbol'
  if (/^[\d.,/\s-]+$/.test(text)) return 'a number, fraction or ratio, not a document symbol'
  if (/^[A-Za-z]+(?:\/[A-Za-z]+)+$/.test(text))
    return 'words separated by "/", not a document symbol'
  if (/\.[a-z]{1,5}$/.test(text)) return 'a file name or path, not a document symbol'
  // "S/2015/XXX", "A/C.1/80/L.XX": a draft's number not yet given; no document to link to.
  // A roman "XX" elsewhere ("CCW/CONF.XX") stays a numeral.
  if (/\/\d{1,4}\/(?:L\.)?(?:X{2,}|x{2,})(?=\/|$)/.test(text))
    return 'a placeholder ("XXX") for a number not yet given, not a document symbol'
  if (!text.includes('/'))
    return 'a single component: a document symbol has at least two parts separated by "/"'
  return null
}

interface Classified {
  subsidiary: string[]
  type: string | null
  session: string | null
  year: string | null
  number: string | null
  suffixes: SymbolSuffix[]
}

/** Sort the components after the body into their roles. */
function classify(parts: string[]): Classified | string {
  const result: Classified = {
    subsidiary: [],
    type: null,
    session: null,
    year: null,
    number: null,
    suffixes: [],
  }
  // Suffixes are the trailing run of Add./Rev./Corr./Amend. components.
  let coreEnd = parts.length
  while (coreEnd > 0 && suffixShape.test(parts[coreEnd - 1] as string)) coreEnd--
  for (let i = coreEnd; i < parts.length; i++) {
    const match = suffixShape.exec(parts[i] as string) as RegExpExecArray
    result.suffixes.push({
      kind: suffixKinds[(match[1] as string).toLowerCase()] as SymbolSuffixType,
      number: match[2] ?? null,
    })
  }
  const core = parts.slice(0, coreEnd)
  if (core.some((part) => suffixShape.test(part))) {
    return 'Add./Rev./Corr. suffixes must come last'
  }
  // "A/78/12/Add": a first suffix without its number is a symbol cut short (a chain's last one
  // may lack it: "ATT/CSP1/2015/WP.6/Rev.1/Corr").
  if (result.suffixes[0]?.number === null) return 'Add./Rev./Corr. suffixes must have a number'
  // The number is the last core component that is a number or a typed number; anything after
  // it (rare, e.g. "WP.4/Excerpts") is kept as written.
  let numberIndex = -1
  for (let i = core.length - 1; i >= 0; i--) {
    const part = core[i] as string
    const typed = typedNumberShape.exec(part)
    if (
      /^\d{1,5}$/.test(part) ||
      (typed && documentTypes.has((typed[1] as string).toUpperCase()))
    ) {
      numberIndex = i
      break
    }
  }
  // No number of a known type: a last component of letters, a dot and digits is the number
  // when the symbol has a body and two components before it ("ATT/CSP1/CONF.3"). Two-part
  // names of meetings ("CCW/MSP.9") stay no document.
  if (
    numberIndex === -1 &&
    core.length >= 2 &&
    otherTypedNumberShape.test(core[core.length - 1]!)
  ) {
    numberIndex = core.length - 1
  }
  let unexpected: string | undefined
  core.forEach((part, i) => {
    if (i === numberIndex) {
      const typed = typedNumberShape.exec(part) ?? otherTypedNumberShape.exec(part)
      if (typed) {
        result.type = (typed[1] as string).toUpperCase()
        result.number = typed[2] as string
      } else {
        result.number = part
      }
      return
    }
    const yearSession = yearSessionShape.exec(part)
    if (numberIndex === -1 || i < numberIndex) {
      if (documentTypes.has(part.toUpperCase())) {
        result.type = part.toUpperCase()
      } else if (yearShape.test(part)) {
        result.year = part
      } else if (yearSession) {
        result.session = part
        result.year = yearSession[1] as string
      } else if (sessionShape.test(part)) {
        result.session = part
      } else if (/^[A-Za-z]/.test(part)) {
        result.subsidiary.push(part)
      } else {
        unexpected ??= part
      }
    }
  })
  if (unexpected !== undefined)
    return `"${unexpected}" is neither a number, a session, a year nor a body`
  if (result.number === null) return 'no document number'
  return result
}

/** Upper-case an all-lower-case symbol; otherwise keep the printed case ("TD/B/Inf.222"). */
function recase(parts: string[], allLower: boolean): string[] {
  return parts.map((part, i) => {
    const suffix = suffixShape.exec(part)
    if (suffix) {
      const kind = suffixKinds[(suffix[1] as string).toLowerCase()] as string
      return suffix[2] === undefined ? kind : `${kind}.${suffix[2]}`
    }
    if (i === 0) return printedBodies.get(part.toUpperCase()) ?? part.toUpperCase()
    return allLower ? part.toUpperCase() : part
  })
}

/**
 * Split a UN or treaty-body document symbol into its components, or say why the input is not one.
 *
 * ```js
 * parseDocumentSymbol('CCW/GGE/2008-V/WP.1')
 * // {ok: true, value: {symbol: 'CCW/GGE/2008-V/WP.1', body: 'CCW', subsidiary: ['GGE'],
 * //   type: 'WP', session: '2008-V', year: '2008', number: '1', suffixes: [], ...}}
 * parseDocumentSymbol('and/or') // {ok: false, reason: 'words separated by "/", not a document symbol'}
 * ```
 */
export function parseDocumentSymbol(s: string): DocumentSymbolResult {
  if (typeof s !== 'string') return fail('not a string')
  let text = normaliseSymbolText(s)
  if (text.length === 0) return fail('empty')
  if (text.length > MAX_LENGTH) return fail(`longer than ${MAX_LENGTH} characters`)
  const obvious = rejectObviousNonSymbols(text)
  if (obvious) return fail(obvious)

  // Security Council resolutions carry their year in brackets: "S/RES/1540 (2004)".
  let bracketYear: string | null = null
  const bracket = /^(.*?)\s?\(((?:19|20)\d{2})\)$/.exec(text)
  if (bracket) {
    text = bracket[1] as string
    bracketYear = bracket[2] as string
  }
  // General Assembly resolutions of its first thirty sessions carry the session in roman
  // numerals: "A/RES/2028(XX)" (printed "resolution 2028 (XX)"), and so do the Economic and
  // Social Council's until 1976: "E/RES/1848(LVI)", of its fifty-sixth session (UNODC's
  // resolutions database prints it "E/RES/1974/1848(LVI)", with the year).
  let romanSession: string | null = null
  const roman =
    bracketYear === null
      ? /^([AE]\/RES\/(?:\d{4}\/)?\d{1,4})\s?\(([IVXL]{1,7})\)$/i.exec(text)
      : null
  if (roman) {
    text = roman[1] as string
    romanSession = (roman[2] as string).toUpperCase()
  }
  if (/\s/.test(text)) return fail('contains spaces')

  const parts = text.split('/')
  if (parts.some((part) => part.length === 0))
    return fail('empty component (a doubled or trailing "/")')
  const first = parts[0] as string
  if (opcwShape.test(first)) {
    return fail(`"${first}" is an OPCW series: OPCW documents are not in the UN document system`)
  }
  for (const part of parts) {
    if (part.length > 24 || !componentShape.test(part))
      return fail(`"${part}" is not a symbol component`)
    // "NPT/CONF2010/...": a review conference is "CONF.2010"; without the dot no page has it.
    if (/^CONF(?:19|20)\d{2}$/i.test(part))
      return fail(
        `"${part}" lacks its dot: a conference of that year is written "${part.slice(0, 4)}.${part.slice(4)}"`,
      )
  }
  const allLower = !/[A-Z]/.test(text)
  if (!allLower) {
    const lower = parts.find((part) => /^[a-z]/.test(part) && !suffixShape.test(part))
    if (lower !== undefined) return fail(`"${lower}" starts with a lower-case letter`)
  }
  const body = first.toUpperCase()
  if (!knownBodies.has(body)) return fail(`"${first}" is not a known UN or treaty-body series`)
  if (!/\d/.test(text)) return fail('no number: a document symbol has a number, session or year')
  // Security Council meeting records are two-part ("S/PV.9616"); other one-letter series are not.
  const meetingRecord =
    body === 'S' && /^PV\.\d{1,5}(?:\(Resumption\s?\d?\))?$/.test(parts[1] as string)
  if (
    body.length === 1 &&
    parts.length === 2 &&
    !meetingRecord &&
    !/^\d{3,5}$/.test(parts[1] as string)
  ) {
    return fail(`too short for the "${body}" series (e.g. "${body}/63/1")`)
  }
  // General Assembly documents carry a session ("A/63/1"); Security Council, ECOSOC and
  // Trusteeship Council documents carry a year ("S/2004/1", "E/2004/10").
  const second = parts[1] as string
  if (body.length === 1 && parts.length >= 3 && /^\d+$/.test(second)) {
    const fits = body === 'A' ? /^\d{1,2}$/.test(second) : yearShape.test(second)
    if (!fits)
      return fail(
        `"${second}" is not a ${body === 'A' ? 'session' : 'year'} of the "${body}" series`,
      )
  }
  if (bracketYear !== null && !(body === 'S' && parts[1]?.toUpperCase() === 'RES')) {
    return fail('a year in brackets only follows Security Council resolutions (S/RES/n (year))')
  }

  const cased = recase(parts, allLower)
  // "NPT/CONF.2020" names one review conference: keep it as the body.
  let bodyParts = 1
  let conferenceYear: string | null = null
  const conference = /^CONF\.((?:19|20)\d{2})$/.exec(cased[1] ?? '')
  if (body === 'NPT' && conference) {
    bodyParts = 2
    conferenceYear = conference[1] as string
  }
  const classified = classify(cased.slice(bodyParts))
  if (typeof classified === 'string') return fail(classified)
  // "ATT/CSP1/2015", "BWC/MSP/2014": a treaty meeting and its year, the series its documents
  // are filed under ("ATT/CSP1/2015/WP.6"); these bodies number no document by a bare year.
  if (
    yearlyMeetings.has(body) &&
    classified.suffixes.length === 0 &&
    cased.length === bodyParts + 2 &&
    /^[A-Za-z]/.test(cased[bodyParts] ?? '') &&
    yearShape.test(classified.number ?? '')
  ) {
    return fail("a meeting and its year, with no document's number")
  }

  const last = cased.length - 1
  if (romanSession !== null) {
    const components = cased.map((c, i) => (i === last ? `${c}(${romanSession})` : c))
    return {
      ok: true,
      value: {
        symbol: components.join('/'),
        body,
        subsidiary: [],
        type: 'RES',
        session: romanSession,
        year: null,
        number: cased[last] as string,
        suffixes: [],
        components,
      },
    }
  }
  const symbol = bracketYear === null ? cased.join('/') : `${cased.join('/')} (${bracketYear})`
  const value: DocumentSymbol = {
    symbol,
    body: cased.slice(0, bodyParts).join('/'),
    subsidiary: classified.subsidiary,
    type: classified.type,
    session: classified.session,
    year: bracketYear ?? classified.year ?? conferenceYear,
    number: classified.number,
    suffixes: classified.suffixes,
    components:
      bracketYear === null
        ? cased
        : cased.map((c, i) => (i === last ? `${c} (${bracketYear})` : c)),
  }
  return { ok: true, value }
}

/** `parseDocumentSymbol(s)` as a boolean. */
export function isDocumentSymbol(s: string): boolean {
  return parseDocumentSymbol(s).ok
}
