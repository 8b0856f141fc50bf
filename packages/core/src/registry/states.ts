import { deepFreeze } from '../data/freeze.js'
import { groupByCode, groupNotes, groups } from '../data/groups.js'
import { stateAliases } from '../data/state-aliases.js'
import { stateRows } from '../data/states.generated.js'
import type { Draft } from '../models/extraction.js'
import type { State, StateGroupId } from '../models/state.js'

export { groups }

/** How a phrase names its state. */
export type StatePhraseKind = 'name' | 'formal' | 'alias' | 'former' | 'abbreviation' | 'demonym'

/** One entry of the phrase table the extractor matches (variants included). */
export interface StatePhrase {
  /** The phrase as written ("Bosnia & Herzegovina", "U.S."). */
  phrase: string
  iso3: string
  kind: StatePhraseKind
}

/** Flag emoji from the two regional indicator symbols of the alpha-2 code. */
function flagOf(iso2: string): string {
  return String.fromCodePoint(...[...iso2].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65))
}

function unique(values: Iterable<string>, exclude: ReadonlySet<string>): string[] {
  const seen = new Set<string>()
  for (const value of values) if (value && !exclude.has(value)) seen.add(value)
  return [...seen]
}

function buildStates(): State[] {
  return stateRows.map(([iso2, iso3, m49, name, formal, common, demonyms, group, status]) => {
    const extra = stateAliases[iso3] ?? {}
    const formalName = formal || name
    const formerNames = unique(extra.formerNames ?? [], new Set([name]))
    const taken = new Set([name, formalName, ...formerNames])
    const aliases = unique([common, ...(extra.aliases ?? [])], taken)
    const state: Draft<State> = {
      iso2,
      iso3,
      m49,
      name,
      formalName,
      aliases,
      formerNames,
      abbreviations: [...(extra.abbreviations ?? [])],
      demonyms: unique([...demonyms.split('|'), ...(extra.demonyms ?? [])], new Set(aliases)),
      group: group ? (groupByCode[group] ?? null) : null,
      status: status === 'o' ? 'observer' : 'member',
      flag: flagOf(iso2),
    }
    const note = groupNotes[iso3]
    if (note) state.groupNote = note
    return state
  })
}

/** All 195 States: the 193 UN Member States and the two observer States, sorted by ISO3. */
export const states: readonly State[] = deepFreeze(buildStates())

const byCode = new Map<string, State>()
for (const state of states) {
  byCode.set(state.iso2, state)
  byCode.set(state.iso3, state)
  byCode.set(state.m49, state)
}

/**
 * A state by ISO 3166-1 alpha-2, alpha-3 (any case) or M49 code ("40" and "040" both work).
 *
 * Errors: a `code` that is not a string throws a `TypeError` ("getState: `code` must be a
 * string"); a string that is no code gives `undefined`.
 */
export function getState(code: string): State | undefined {
  if (typeof code !== 'string') throw new TypeError('getState: `code` must be a string')
  const trimmed = code.trim()
  if (/^\d{1,3}$/.test(trimmed)) return byCode.get(trimmed.padStart(3, '0'))
  return byCode.get(trimmed.toUpperCase())
}

/** The states of a UN regional group (by the group each counts in for elections). */
export function statesInGroup(groupId: StateGroupId): State[] {
  return states.filter((state) => state.group === groupId)
}

/** "Saint Lucia" -> "St. Lucia", "St Lucia"; "Antigua and Barbuda" -> "Antigua & Barbuda". */
export function phraseVariants(phrase: string): string[] {
  const out = new Set([phrase])
  for (const value of [...out])
    if (value.includes(' and ')) out.add(value.replaceAll(' and ', ' & '))
  for (const value of [...out]) {
    if (value.startsWith('Saint ')) {
      out.add(`St. ${value.slice(6)}`)
      out.add(`St ${value.slice(6)}`)
    }
  }
  return [...out]
}

function buildPhrases(): StatePhrase[] {
  const out: StatePhrase[] = []
  const add = (iso3: string, kind: StatePhraseKind, phrases: readonly string[]) => {
    for (const phrase of phrases) {
      if (kind === 'abbreviation') out.push({ phrase, iso3, kind })
      else for (const variant of phraseVariants(phrase)) out.push({ phrase: variant, iso3, kind })
    }
  }
  for (const state of states) {
    add(state.iso3, 'name', [state.name])
    if (state.formalName !== state.name) add(state.iso3, 'formal', [state.formalName])
    add(state.iso3, 'alias', state.aliases)
    add(state.iso3, 'former', state.formerNames)
    add(state.iso3, 'abbreviation', state.abbreviations)
  }
  return out
}

/**
 * The phrase table: every name, formal name, alias, former name and abbreviation with its
 * variants ("&" for "and", "St."/"St" for "Saint"). Demonyms are in `stateDemonymPhrases`.
 */
export const statePhrases: readonly StatePhrase[] = deepFreeze(buildPhrases())

/** Demonyms claimed by exactly one state ("Congolese" and "Dominican" are left out). */
export const stateDemonymPhrases: readonly StatePhrase[] = deepFreeze(
  (() => {
    const owners = new Map<string, Set<string>>()
    for (const state of states) {
      for (const demonym of state.demonyms) {
        const set = owners.get(demonym) ?? new Set<string>()
        set.add(state.iso3)
        owners.set(demonym, set)
      }
    }
    const names = new Set(statePhrases.map((entry) => nameKey(entry.phrase)))
    const out: StatePhrase[] = []
    for (const [phrase, set] of owners) {
      if (set.size === 1 && !names.has(nameKey(phrase)))
        out.push({ phrase, iso3: [...set][0] as string, kind: 'demonym' })
    }
    return out
  })(),
)

/**
 * Lookup key for names: no diacritics, lower case, straight apostrophes, "&" as "and", hyphens
 * and runs of spaces as one space, no leading "the", no trailing period.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\.$/, '')
}

const byName = new Map<string, State>()
const byAbbreviation = new Map<string, State>()
for (const entry of statePhrases) {
  const state = getState(entry.iso3) as State
  if (entry.kind === 'abbreviation') byAbbreviation.set(entry.phrase, state)
  else byName.set(nameKey(entry.phrase), state)
}

/**
 * A state by name, formal name, alias, former name or abbreviation. Names are matched without
 * regard to case, diacritics, a leading "the", curly apostrophes or "&" for "and"; abbreviations
 * ("US", "U.S.", "DPRK") are matched as written. Inverted index forms ("Korea, Republic of") are
 * accepted. Codes are for `getState`.
 *
 * Errors: a `name` that is not a string throws a `TypeError` ("findState: `name` must be a
 * string"); a string that names no state gives `undefined`.
 */
export function findState(name: string): State | undefined {
  if (typeof name !== 'string') throw new TypeError('findState: `name` must be a string')
  const trimmed = name.trim()
  const found = byAbbreviation.get(trimmed) ?? byName.get(nameKey(trimmed))
  if (found) return found
  // Inverted index forms: "Korea, Republic of", "Congo, Democratic Republic of the", "Gambia, The".
  const comma = trimmed.indexOf(',')
  if (comma > 0 && trimmed.indexOf(',', comma + 1) === -1) {
    return byName.get(nameKey(`${trimmed.slice(comma + 1)} ${trimmed.slice(0, comma)}`))
  }
  return undefined
}
