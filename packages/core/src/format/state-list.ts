/**
 * Lists of states as prose, built on `Intl.ListFormat` ("Austria, Belgium and Benin" in
 * en-GB, "Austria, Belgium, and Benin" in en-US, "Autriche, Belgique et Bénin" in French),
 * with names localised by `Intl.DisplayNames` and sorted by `Intl.Collator`.
 */
import type { State, StateGroupId } from '../models/state.js'
import { getState, groups } from '../registry/states.js'

export type StateListSort = 'text' | 'alpha' | 'group'
export type StateListConjunction = 'and' | 'or'
export type StateNameStyle = 'short' | 'formal' | 'un'

export interface FormatStateListOptions {
  /** BCP 47 locale (default `en`). */
  locale?: string
  /** `text`: as given (default); `alpha`: by name in the locale; `group`: by UN regional group, then by name. */
  sort?: StateListSort
  /** `and` (Intl.ListFormat `conjunction`, default) or `or` (`disjunction`). */
  conjunction?: StateListConjunction
  /**
   * `short` (default): the common name in the locale from `Intl.DisplayNames`, falling back to
   * the UN short name; `un`: the registry's UN short name; `formal`: the registry's formal name.
   * The registry names are English.
   */
  names?: StateNameStyle
}

/** One member of a formatted list, for renderers that mark up each state. */
export interface StateListPart {
  type: 'state' | 'literal'
  value: string
  /** ISO3 code, on `state` parts. */
  iso3?: string
}

/**
 * Names `Intl.DisplayNames` (CLDR) gets wrong for UN purposes, by language: observer States it
 * calls territories ("Palestinian Territories", "Vatican City"), the two Congos it tells apart by
 * capital ("Congo - Kinshasa"), and Cabo Verde, whose UN name changed at its request in 2013.
 * Values are the UN official names (UNTERM); English always uses the registry's UN short name.
 */
const nameOverrides: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PS: { fr: 'État de Palestine', es: 'Estado de Palestina' },
  VA: { fr: 'Saint-Siège', es: 'Santa Sede' },
  CD: { fr: 'République démocratique du Congo', es: 'República Democrática del Congo' },
  CG: { fr: 'Congo', es: 'Congo' },
  CV: { fr: 'Cabo Verde', es: 'Cabo Verde' },
}

/**
 * CLDR short forms that do not suit formal prose: "Myanmar (Burma)" loses its bracket, and in
 * English "St. Kitts & Nevis" or "Bosnia & Herzegovina" give way to the UN short name.
 */
function tidyDisplayName(name: string, state: State, language: string): string {
  const bare = name.replace(/\s*\([^)]*\)$/, '')
  if (language === 'en' && /&|\bSt\.\s| - /.test(bare)) return state.name
  return bare.length > 0 ? bare : state.name
}

const groupOrder: ReadonlyMap<StateGroupId, number> = new Map(groups.map((g, i) => [g.id, i]))

/**
 * The states of `codes` in order, each once. Entries that are not strings, or name no state, are
 * left out (a list shows the states it can name; `getState` tells which codes are unknown).
 */
function resolveStates(codes: readonly string[], name: string): State[] {
  if (!Array.isArray(codes)) throw new TypeError(`${name}: \`codes\` must be an array`)
  const seen = new Set<string>()
  const result: State[] = []
  for (const code of codes as readonly unknown[]) {
    const state = typeof code === 'string' ? getState(code) : undefined
    if (!state || seen.has(state.iso3)) continue
    seen.add(state.iso3)
    result.push(state)
  }
  return result
}

function nameIn(
  state: State,
  names: StateNameStyle,
  display: Intl.DisplayNames | null,
  language: string,
): string {
  if (names === 'formal') return state.formalName
  if (names === 'un') return state.name
  const override = nameOverrides[state.iso2]
  const fixed = override?.[language] ?? (override && language === 'en' ? state.name : undefined)
  if (fixed !== undefined) return fixed
  let localised: string | undefined
  try {
    localised = display?.of(state.iso2)
  } catch {
    localised = undefined
  }
  // DisplayNames echoes the code back when it has no name for it.
  return localised && localised !== state.iso2
    ? tidyDisplayName(localised, state, language)
    : state.name
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback
}

/** A locale the Intl constructors accept: `locale` if it is one, else `en`. */
function validLocale(locale: unknown): string {
  if (typeof locale !== 'string') return 'en'
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en'
  } catch {
    return 'en'
  }
}

/**
 * The `Intl.ListFormat` every list of states is joined with (the formatters, `renderStateList`,
 * the `::states` directive): long style, `and` or `or`; a malformed locale gives English.
 */
export function stateListFormat(
  locale: unknown = 'en',
  conjunction: StateListConjunction = 'and',
): Intl.ListFormat {
  return new Intl.ListFormat(validLocale(locale), {
    type: conjunction === 'or' ? 'disjunction' : 'conjunction',
    style: 'long',
  })
}

/** The options with every unknown or malformed value replaced by its default. */
function validate(options: unknown): Required<FormatStateListOptions> {
  const o = (options !== null && typeof options === 'object' ? options : {}) as Record<
    string,
    unknown
  >
  return {
    locale: validLocale(o.locale),
    sort: oneOf(o.sort, ['text', 'alpha', 'group'], 'text'),
    conjunction: oneOf(o.conjunction, ['and', 'or'], 'and'),
    names: oneOf(o.names, ['short', 'formal', 'un'], 'short'),
  }
}

/** The named, sorted members of a list: the shared first half of both formatters. */
function members(
  codes: readonly string[],
  options: FormatStateListOptions,
  name: string,
): { entries: Array<{ state: State; name: string }>; list: Intl.ListFormat } {
  const states = resolveStates(codes, name)
  const { locale, sort, conjunction, names } = validate(options)
  const collator = new Intl.Collator(locale)
  const language = (collator.resolvedOptions().locale.split('-')[0] ?? 'en').toLowerCase()
  // Older runtimes without Intl.DisplayNames get the registry's UN names.
  const display =
    typeof Intl.DisplayNames === 'function'
      ? new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
      : null
  const entries = states.map((state) => ({ state, name: nameIn(state, names, display, language) }))
  if (sort === 'alpha') {
    entries.sort((a, b) => collator.compare(a.name, b.name))
  } else if (sort === 'group') {
    const rank = (s: State): number =>
      s.group === null ? groupOrder.size : (groupOrder.get(s.group) ?? groupOrder.size)
    entries.sort((a, b) => rank(a.state) - rank(b.state) || collator.compare(a.name, b.name))
  }
  return { entries, list: stateListFormat(locale, conjunction) }
}

/**
 * Format states (ISO2, ISO3 or M49 codes) as a list in prose.
 *
 * ```js
 * formatStateList(['AUT', 'BEL', 'BEN'], {locale: 'en-GB'}) // 'Austria, Belgium and Benin'
 * formatStateList(['AUT', 'BEL', 'BEN'], {locale: 'fr'})    // 'Autriche, Belgique et Bénin'
 * ```
 *
 * Duplicates are dropped (first one kept).
 *
 * Errors: `codes` that is not an array throws a `TypeError` ("formatStateList: `codes` must be an
 * array"). Nothing else throws: entries that are not strings or name no state are left out
 * (check codes with `getState` to report them), and an unknown `locale`, `sort`, `conjunction`
 * or `names` (or `options` that is not an object) uses the default (`en`, `text`, `and`,
 * `short`).
 */
export function formatStateList(
  codes: readonly string[],
  options: FormatStateListOptions = {},
): string {
  const { entries, list } = members(codes, options, 'formatStateList')
  return list.format(entries.map((entry) => entry.name))
}

/**
 * Like `formatStateList`, split into state and literal parts (for markup around each state).
 * Errors: as `formatStateList` (a `TypeError` only for `codes` that is not an array).
 */
export function formatStateListToParts(
  codes: readonly string[],
  options: FormatStateListOptions = {},
): StateListPart[] {
  const { entries, list } = members(codes, options, 'formatStateListToParts')
  let index = 0
  return list.formatToParts(entries.map((entry) => entry.name)).map((part) => {
    if (part.type === 'element') {
      const entry = entries[index++] as { state: State; name: string }
      return { type: 'state', value: part.value, iso3: entry.state.iso3 }
    }
    return { type: 'literal', value: part.value }
  })
}
