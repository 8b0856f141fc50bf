import type { InstrumentId } from './instrument.js'
import type { RuleId } from './rules.js'

/**
 * A kind of entity, named by the `Extraction` key that holds it: what `extract()` can look for
 * (`options.kinds`, the CLI's `--kinds`). The one meaning of "kind" in treatymark's types; the
 * renderer's `EntityKind` names the same five kinds in the singular.
 */
export type Kind = 'citations' | 'documents' | 'states' | 'stateLists' | 'credits'

/** A span of the input: JavaScript string indices, `end` exclusive; `text === input.slice(start, end)`. */
export interface Span {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** A reference to an instrument, with a pinpoint when one is given ("Article 5(1) of the APMBT"). */
export interface Citation extends Span {
  /**
   * Which entity this is: the discriminant shared by every entity (as unist's `type`), the
   * renderer's `EntityKind` of it (`citation`, `document`, `state`, `stateList`, `credit`).
   */
  readonly type: 'citation'
  /** The instrument cited. */
  readonly treaty: InstrumentId
  /** Article number as stored in the registry (`"5"`, `"8bis"`; Roman numerals as digits), or null. */
  readonly article: string | null
  /** Paragraph (`"1"`), or null. */
  readonly paragraph: string | null
  /** Subparagraph (`"a"`); absent when the citation names none. */
  readonly subparagraph?: string
  /** Link to the instrument's text (the article's page where there is one per article). */
  readonly url?: string
}

/** A UN or treaty-body document symbol ("CCW/GGE/2008-V/WP.1"). */
export interface DocumentReference extends Span {
  readonly type: 'document'
  /** Normalised symbol. */
  readonly symbol: string
  /**
   * `https://docs.un.org/en/{symbol}`; absent for symbols that have no page there (press
   * releases such as "GA/12596" or "SG/SM/21000" are not in the Official Document System).
   */
  readonly url?: string
}

/** A mention of a state. */
export interface StateMention extends Span {
  readonly type: 'state'
  /** ISO 3166-1 alpha-3 code. */
  readonly iso3: string
  /** ISO 3166-1 alpha-2 code. */
  readonly iso2: string
  /** UN short name. */
  readonly name: string
  /** How it matched when not by name or alias (only demonyms are tagged). */
  readonly via?: 'demonym'
}

/** Three or more states written as one list ("Chile, Peru and Ecuador"). */
export interface StateList extends Span {
  readonly type: 'stateList'
  /** ISO3 codes in text order. */
  readonly members: readonly string[]
  /** Names that stood where members stand but are not known states. */
  readonly unresolved: readonly string[]
}

/** What a credit line credits, from the word that opens it ("Photo:", "Map ©"); `credit` otherwise. */
export type CreditMedium =
  'photo' | 'image' | 'picture' | 'video' | 'illustration' | 'map' | 'credit'

/** An image or video credit line, in TASL terms (title, author, source, license). */
export interface ImageCredit extends Span {
  readonly type: 'credit'
  /** What is credited (`photo`, `map`, ...). */
  readonly kind: CreditMedium
  readonly title: string | null
  readonly creator: string | null
  readonly source: string | null
  /** Canonical licence name ("CC BY-SA 3.0", "Public Domain") or null. */
  readonly license: string | null
  /** Link to the work, when the credit gives one. */
  readonly url?: string
  /** Canonical licence URL (creativecommons.org). */
  readonly licenseUrl?: string
}

/** The parts of a TASL credit (title, author, source, licence), in that order. */
export type CreditRole = 'title' | 'creator' | 'source' | 'license'

/**
 * How sure a diagnostic is: `error` for a certain mistake (an article the instrument does not
 * have), `warning` for a likely one, `info` for advice. Each rule has one severity (see
 * docs/diagnostics.md).
 */
export type Severity = 'error' | 'warning' | 'info'

/** A problem found in the text, with the span it is about. */
export interface Diagnostic {
  readonly start: number
  readonly end: number
  /** Stable id of the rule (see docs/diagnostics.md). */
  readonly ruleId: RuleId
  readonly message: string
  readonly severity: Severity
}

/** Everything `extract()` found in one text, each list sorted by start. */
export interface Extraction {
  readonly citations: readonly Citation[]
  readonly documents: readonly DocumentReference[]
  readonly states: readonly StateMention[]
  readonly stateLists: readonly StateList[]
  readonly credits: readonly ImageCredit[]
  readonly diagnostics: readonly Diagnostic[]
}

/** Options of `extract()` (also accepted by `renderHtml`, `markupHast` and the remark plugins). */
export interface ExtractOptions {
  /** Default instrument for "the Convention" and unnamed pinpoints before any is named. */
  instrument?: InstrumentId
  /** Only look for these kinds (all by default). */
  kinds?: readonly Kind[]
  /** Also match demonyms as state mentions (tagged `via: "demonym"`). */
  demonyms?: boolean
}

/**
 * The writable form of a model, for the code that builds one (extractors, directives); what
 * `extract()` returns is typed readonly. Internal: not exported from the package.
 */
export type Draft<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] }
