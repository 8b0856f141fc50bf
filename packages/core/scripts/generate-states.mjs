#!/usr/bin/env node
/**
 * Generates `src/data/states.generated.ts`: one compact row per state (193 UN Member States plus
 * the two observer States) from maintained packages, so browser bundles carry no package data.
 *
 * - world-countries (ODbL 1.0, see ../NOTICE): ISO codes, M49 (ccn3), formal names, common names,
 *   English demonyms and UN regional groups.
 * - i18n-iso-countries (MIT): cross-check of alpha-2/alpha-3/numeric codes.
 *
 * UN short names, the observer States and regional-group corrections are applied here, each with
 * its source. Aliases, abbreviations and former names live in `src/data/state-aliases.ts`.
 *
 * Run: `npm run generate:states -w @treatymark/core`
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const countries = require('world-countries/countries.json')
const isoCountries = require('i18n-iso-countries')

const here = dirname(fileURLToPath(import.meta.url))
const output = resolve(here, '../src/data/states.generated.ts')

/** The two non-member observer States (https://www.un.org/en/about-us/non-member-states). */
const OBSERVERS = new Set(['VAT', 'PSE'])

/**
 * UN short names where the package's common name differs. Source: UN M49 standard
 * (https://unstats.un.org/unsd/methodology/m49/), whose names follow UNTERM, and the DGACM list
 * of regional groups (https://www.un.org/dgacm/en/content/regional-groups).
 */
const UN_NAMES = {
  BOL: 'Bolivia (Plurinational State of)',
  BRN: 'Brunei Darussalam',
  CIV: "Côte d'Ivoire",
  COD: 'Democratic Republic of the Congo',
  COG: 'Congo',
  CPV: 'Cabo Verde',
  CZE: 'Czechia',
  FSM: 'Micronesia (Federated States of)',
  GBR: 'United Kingdom of Great Britain and Northern Ireland',
  GMB: 'Gambia',
  IRN: 'Iran (Islamic Republic of)',
  KOR: 'Republic of Korea',
  LAO: "Lao People's Democratic Republic",
  MDA: 'Republic of Moldova',
  NLD: 'Netherlands (Kingdom of the)',
  PRK: "Democratic People's Republic of Korea",
  PSE: 'State of Palestine',
  RUS: 'Russian Federation',
  STP: 'Sao Tome and Principe',
  SYR: 'Syrian Arab Republic',
  TZA: 'United Republic of Tanzania',
  USA: 'United States of America',
  VAT: 'Holy See',
  VEN: 'Venezuela (Bolivarian Republic of)',
  VNM: 'Viet Nam',
}

/** Formal names where the package's official name is not the one the UN uses (UNTERM). */
const FORMAL_NAMES = {
  BRN: 'Brunei Darussalam',
  NLD: 'Kingdom of the Netherlands',
  PSE: 'State of Palestine',
  VAT: 'Holy See',
}

const GROUPS = {
  'African Group': 'af',
  'Asia and the Pacific Group': 'ap',
  'Eastern European Group': 'ee',
  'Latin American and Caribbean Group': 'la',
  'Western European and Others Group': 'we',
}

/**
 * Regional-group corrections. DGACM (https://www.un.org/dgacm/en/content/regional-groups) and the
 * UN Library FAQ (https://ask.un.org/faq/14521): the United States belongs to no group (it attends
 * WEOG as an observer and counts there for elections); the Holy See and the State of Palestine
 * are not Member States and belong to none.
 */
const GROUP_OVERRIDES = { USA: '', VAT: '', PSE: '' }

const selected = countries
  .filter((c) => (c.unMember && !OBSERVERS.has(c.cca3)) || OBSERVERS.has(c.cca3))
  .sort((a, b) => a.cca3.localeCompare(b.cca3))

const members = selected.filter((c) => !OBSERVERS.has(c.cca3))
if (members.length !== 193) throw new Error(`Expected 193 Member States, found ${members.length}`)
if (selected.length !== 195) throw new Error(`Expected 195 States, found ${selected.length}`)

const rows = selected.map((c) => {
  const iso3 = c.cca3
  // Cross-check every code against i18n-iso-countries.
  if (isoCountries.alpha3ToAlpha2(iso3) !== c.cca2) throw new Error(`alpha-2 mismatch for ${iso3}`)
  if (isoCountries.alpha3ToNumeric(iso3) !== c.ccn3) throw new Error(`numeric mismatch for ${iso3}`)
  if (!/^\d{3}$/.test(c.ccn3)) throw new Error(`bad M49 for ${iso3}: ${c.ccn3}`)
  const name = UN_NAMES[iso3] ?? c.name.common
  const formal = FORMAL_NAMES[iso3] ?? c.name.official
  const common = c.name.common !== name ? c.name.common : ''
  const eng = c.demonyms?.eng
  const demonyms = new Set()
  for (const form of eng ? [eng.m, eng.f] : []) {
    for (const part of form.split(/,\s*|\s+or\s+/)) if (part && part !== name) demonyms.add(part)
  }
  const group = iso3 in GROUP_OVERRIDES ? GROUP_OVERRIDES[iso3] : (GROUPS[c.unRegionalGroup] ?? '')
  if (group === '' && !(iso3 in GROUP_OVERRIDES)) throw new Error(`No group for ${iso3}`)
  const status = OBSERVERS.has(iso3) ? 'o' : 'm'
  return [
    c.cca2,
    iso3,
    c.ccn3,
    name,
    formal === name ? '' : formal,
    common,
    [...demonyms].join('|'),
    group,
    status,
  ]
})

// One string, rows split at load: a table of string literals costs the browser bundles some
// 400 bytes more after compression (quotes, commas and brackets around every field).
for (const row of rows)
  if (row.some((field) => /[;\n`\\$]/.test(field))) throw new Error(`Separator in ${row[1]}`)
// An iso2 that opens the iso3 (AF, AFG) is left out.
const body = rows
  .map(([iso2, iso3, ...rest]) => [iso3.startsWith(iso2) ? '' : iso2, iso3, ...rest].join(';'))
  .join('\n')
const text = `// Generated by scripts/generate-states.mjs from world-countries (ODbL 1.0, see NOTICE) and
// i18n-iso-countries (MIT). Do not edit: run \`npm run generate:states\`.
//
// Row (fields separated by ';'): iso2, iso3, m49, UN short name, formal name ('' = same as
// name), package common name ('' = same as name), demonyms ('|'-separated), group
// (af|ap|ee|la|we|'' = none), status (m|o).

export type StateRow = readonly [
  iso2: string,
  iso3: string,
  m49: string,
  name: string,
  formalName: string,
  commonName: string,
  demonyms: string,
  group: '' | 'af' | 'ap' | 'ee' | 'la' | 'we',
  status: 'm' | 'o',
]

// Fields separated by ';', one row a line; an empty iso2 is the first two letters of the iso3.
const packed = \`
${body}\`

export const stateRows: readonly StateRow[] = packed
  .slice(1)
  .split('\\n')
  .map((line) => {
    const row = line.split(';')
    row[0] ||= (row[1] as string).slice(0, 2)
    return row as unknown as StateRow
  })
`
writeFileSync(output, text)
console.log(`Wrote ${rows.length} states to ${output} (${Buffer.byteLength(text)} bytes)`)
