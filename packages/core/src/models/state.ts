/** UN regional groups (the five groups of Member States used for elections). */
export type StateGroupId =
  'african' | 'asia-pacific' | 'eastern-european' | 'latin-american-caribbean' | 'weog'

export interface StateGroup {
  id: StateGroupId
  /** "African Group", "Western European and Others Group", ... */
  name: string
  /** "AG", "APG", "EEG", "GRULAC", "WEOG". */
  abbreviation: string
}

export interface State {
  /** ISO 3166-1 alpha-2. */
  iso2: string
  /** ISO 3166-1 alpha-3. */
  iso3: string
  /** UN M49 numeric code as a three-digit string ("040"). */
  m49: string
  /** UN short name ("Austria", "Türkiye", "United Kingdom of Great Britain and Northern Ireland"). */
  name: string
  /** Formal name ("Republic of Austria"). */
  formalName: string
  /** Names writers use besides the UN short name ("Britain", "Ivory Coast"), matched case-sensitively. */
  aliases: string[]
  /** Former names ("Swaziland", "Burma"). */
  formerNames: string[]
  /** Abbreviations ("U.S.", "USA", "UK", "DPRK"). */
  abbreviations: string[]
  /** Demonyms ("Austrian"); not matched as mentions unless asked. */
  demonyms: string[]
  /** UN regional group; null where the state belongs to none (United States, Kiribati before 2010 etc.). */
  group: StateGroupId | null
  /** Other groups the state takes part in (Türkiye in WEOG for elections, the US attending WEOG). */
  groupNote?: string
  /** 'member' for the 193 UN Member States, 'observer' for the Holy See and the State of Palestine. */
  status: 'member' | 'observer'
  /** Flag emoji. */
  flag: string
}
