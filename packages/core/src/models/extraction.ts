import type { InstrumentId } from './instrument.js'

/** What extract() can look for. */
export type Kind = 'citations' | 'documents' | 'states' | 'stateLists' | 'credits'

/** A span of the input: JavaScript string indices, `end` exclusive; `text === input.slice(start, end)`. */
export interface Span {
  start: number
  end: number
  text: string
}

/** A reference to an instrument, with a pinpoint when one is given ("Article 5(1) of the APMBT"). */
export interface Citation extends Span {
  treaty: InstrumentId
  article: string | null
  paragraph: string | null
  subparagraph?: string | null
  url?: string
}

/** A UN or treaty-body document symbol ("CCW/GGE/2008-V/WP.1"). */
export interface DocumentReference extends Span {
  /** Normalised symbol. */
  symbol: string
  /** `https://docs.un.org/en/{symbol}`. */
  url: string
}

/** A mention of a state. */
export interface StateMention extends Span {
  iso3: string
  iso2: string
  /** UN short name. */
  name: string
  /** How it matched when not by name or alias (only demonyms are tagged). */
  via?: 'demonym'
}

/** Three or more states written as one list. */
export interface StateList {
  start: number
  end: number
  text?: string
  /** ISO3 codes in text order. */
  members: string[]
  /** Names that stood where members stand but are not known states. */
  unresolved: string[]
}

export type CreditKind = 'photo' | 'image' | 'picture' | 'video' | 'illustration' | 'map' | 'credit'

/** An image or video credit line, in TASL terms (title, author, source, license). */
export interface ImageCredit extends Span {
  kind: CreditKind
  title: string | null
  creator: string | null
  source: string | null
  /** Canonical licence name ("CC BY-SA 3.0", "Public Domain") or null. */
  license: string | null
  /** Link to the work, when the credit gives one. */
  url?: string
  /** Canonical licence URL (creativecommons.org). */
  licenseUrl?: string
}

export type Severity = 'error' | 'warning' | 'info'

export interface Diagnostic {
  start: number
  end: number
  /** Stable id, e.g. `unknown-instrument`, `article-out-of-range`, `list-count-mismatch`, `credit-incomplete`. */
  ruleId: string
  message: string
  severity: Severity
}

export interface Extraction {
  citations: Citation[]
  documents: DocumentReference[]
  states: StateMention[]
  stateLists: StateList[]
  credits: ImageCredit[]
  diagnostics: Diagnostic[]
}

export interface ExtractOptions {
  /** Default instrument for "the Convention" and unnamed pinpoints before any is named. */
  instrument?: InstrumentId
  /** Only look for these kinds (all by default). */
  kinds?: Kind[]
  /** Also match demonyms as state mentions (tagged `via: "demonym"`). */
  demonyms?: boolean
}
