/** UN regional groups (the five groups of Member States used for elections). */
export type StateGroupId =
  'african' | 'asia-pacific' | 'eastern-european' | 'latin-american-caribbean' | 'weog'

/** A UN regional group (`groups`). */
export interface StateGroup {
  readonly id: StateGroupId
  /** "African Group", "Western European and Others Group", ... */
  readonly name: string
  /** "AG", "APG", "EEG", "GRULAC", "WEOG". */
  readonly abbreviation: string
}

/** A state of the registry (`states`, `getState`, `findState`). */
export interface State {
  /** ISO 3166-1 alpha-2. */
  readonly iso2: string
  /** ISO 3166-1 alpha-3. */
  readonly iso3: string
  /** UN M49 numeric code as a three-digit string ("040"). */
  readonly m49: string
  /** UN short name ("Austria", "Türkiye", "United Kingdom of Great Britain and Northern Ireland"). */
  readonly name: string
  /** Formal name ("Republic of Austria"). */
  readonly formalName: string
  /** Names writers use besides the UN short name ("Britain", "Ivory Coast"), matched case-sensitively. */
  readonly aliases: readonly string[]
  /** Former names ("Swaziland", "Burma"). */
  readonly formerNames: readonly string[]
  /** Abbreviations ("U.S.", "USA", "UK", "DPRK"). */
  readonly abbreviations: readonly string[]
  /** Demonyms ("Austrian"); not matched as mentions unless asked. */
  readonly demonyms: readonly string[]
  /** UN regional group; null where the state belongs to none (United States, Kiribati before 2010 etc.). */
  readonly group: StateGroupId | null
  /** Other groups the state takes part in (Türkiye in WEOG for elections, the US attending WEOG). */
  readonly groupNote?: string
  /** 'member' for the 193 UN Member States, 'observer' for the Holy See and the State of Palestine. */
  readonly status: 'member' | 'observer'
  /** Flag emoji. */
  readonly flag: string
}
