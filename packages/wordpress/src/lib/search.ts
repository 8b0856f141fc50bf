/**
 * Search helpers for the editor's pickers, over core's registries: instruments by title, short
 * title, abbreviation or alias ("Ottawa", "APMBT"); states by name, alias, former name or
 * abbreviation.
 */
import { instruments, states } from '@treatymark/core'
import type { Instrument } from '@treatymark/core'

export interface Option {
  value: string
  label: string
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function names(instrument: Instrument): string[] {
  return [
    ...instrument.shortTitles,
    ...instrument.abbreviations,
    ...instrument.aliases,
    instrument.title,
  ]
}

/** The label an instrument is listed under: first short title and first abbreviation. */
export function instrumentLabel(instrument: Instrument): string {
  const short = instrument.shortTitles[0] ?? instrument.title
  const abbreviation = instrument.abbreviations[0]
  return abbreviation && !short.includes(abbreviation) ? `${short} (${abbreviation})` : short
}

/**
 * Options for a ComboboxControl. ComboboxControl keeps the options whose label contains what was
 * typed, so an instrument found through another name carries that name in its label
 * ("Anti-Personnel Mine Ban Convention (APMBT) · Ottawa Convention").
 */
export function instrumentOptions(query = ''): Option[] {
  const q = fold(query)
  const out: Option[] = []
  for (const instrument of instruments) {
    const label = instrumentLabel(instrument)
    if (q === '' || fold(label).includes(q)) {
      out.push({ value: instrument.id, label })
      continue
    }
    const other = names(instrument).find((name) => fold(name).includes(q))
    if (other) out.push({ value: instrument.id, label: `${label} · ${other}` })
  }
  return out
}

/** Every name the state registry knows, for FormTokenField suggestions. */
export function stateSuggestions(): string[] {
  const seen = new Set<string>()
  for (const state of states) {
    for (const name of [
      state.name,
      ...state.aliases,
      ...state.formerNames,
      ...state.abbreviations,
    ]) {
      seen.add(name)
    }
  }
  return [...seen]
}
