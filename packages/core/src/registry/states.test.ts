import { describe, expect, it } from 'vitest'
import {
  findState,
  getState,
  groups,
  nameKey,
  stateDemonymPhrases,
  statePhrases,
  states,
  statesInGroup,
} from './states.js'

describe('state registry', () => {
  it('holds the 193 Member States and the two observer States', () => {
    expect(states).toHaveLength(195)
    expect(states.filter((s) => s.status === 'member')).toHaveLength(193)
    expect(
      states
        .filter((s) => s.status === 'observer')
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['PSE', 'VAT'])
  })

  it('has unique, well-formed codes', () => {
    for (const key of ['iso2', 'iso3', 'm49'] as const) {
      expect(new Set(states.map((s) => s[key])).size).toBe(195)
    }
    for (const s of states) {
      expect(s.iso2).toMatch(/^[A-Z]{2}$/)
      expect(s.iso3).toMatch(/^[A-Z]{3}$/)
      expect(s.m49).toMatch(/^\d{3}$/)
      expect([...s.flag]).toHaveLength(2)
    }
  })

  it('uses UN short names', () => {
    const names: Record<string, string> = {
      TUR: 'Türkiye',
      CIV: "Côte d'Ivoire",
      CZE: 'Czechia',
      VNM: 'Viet Nam',
      GBR: 'United Kingdom of Great Britain and Northern Ireland',
      USA: 'United States of America',
      BOL: 'Bolivia (Plurinational State of)',
      IRN: 'Iran (Islamic Republic of)',
      KOR: 'Republic of Korea',
      PRK: "Democratic People's Republic of Korea",
      SWZ: 'Eswatini',
      MMR: 'Myanmar',
      MKD: 'North Macedonia',
      VAT: 'Holy See',
      PSE: 'State of Palestine',
      COG: 'Congo',
      COD: 'Democratic Republic of the Congo',
    }
    for (const [iso3, name] of Object.entries(names)) expect(getState(iso3)?.name).toBe(name)
  })

  it('counts the UN regional groups (DGACM list; US, Holy See, Palestine in none)', () => {
    expect(groups.map((g) => g.id)).toEqual([
      'african',
      'asia-pacific',
      'eastern-european',
      'latin-american-caribbean',
      'weog',
    ])
    expect(statesInGroup('african')).toHaveLength(54)
    expect(statesInGroup('asia-pacific')).toHaveLength(54)
    expect(statesInGroup('eastern-european')).toHaveLength(23)
    expect(statesInGroup('latin-american-caribbean')).toHaveLength(33)
    expect(statesInGroup('weog')).toHaveLength(28)
    expect(
      states
        .filter((s) => s.group === null)
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['PSE', 'USA', 'VAT'])
    // Eastern European States as listed by DGACM (https://www.un.org/dgacm/en/content/regional-groups).
    expect(
      statesInGroup('eastern-european')
        .map((s) => s.name)
        .sort(),
    ).toEqual(
      [
        'Albania',
        'Armenia',
        'Azerbaijan',
        'Belarus',
        'Bosnia and Herzegovina',
        'Bulgaria',
        'Croatia',
        'Czechia',
        'Estonia',
        'Georgia',
        'Hungary',
        'Latvia',
        'Lithuania',
        'Montenegro',
        'North Macedonia',
        'Poland',
        'Republic of Moldova',
        'Romania',
        'Russian Federation',
        'Serbia',
        'Slovakia',
        'Slovenia',
        'Ukraine',
      ].sort(),
    )
    // Asia-Pacific States as listed by DGACM, without Türkiye (listed with an asterisk: it counts
    // in WEOG for elections).
    expect(
      statesInGroup('asia-pacific')
        .map((s) => s.name)
        .sort(),
    ).toEqual(
      [
        'Afghanistan',
        'Bahrain',
        'Bangladesh',
        'Bhutan',
        'Brunei Darussalam',
        'Cambodia',
        'China',
        'Cyprus',
        "Democratic People's Republic of Korea",
        'Fiji',
        'India',
        'Indonesia',
        'Iran (Islamic Republic of)',
        'Iraq',
        'Japan',
        'Jordan',
        'Kazakhstan',
        'Kiribati',
        'Kuwait',
        'Kyrgyzstan',
        "Lao People's Democratic Republic",
        'Lebanon',
        'Malaysia',
        'Maldives',
        'Marshall Islands',
        'Micronesia (Federated States of)',
        'Mongolia',
        'Myanmar',
        'Nauru',
        'Nepal',
        'Oman',
        'Pakistan',
        'Palau',
        'Papua New Guinea',
        'Philippines',
        'Qatar',
        'Republic of Korea',
        'Samoa',
        'Saudi Arabia',
        'Singapore',
        'Solomon Islands',
        'Sri Lanka',
        'Syrian Arab Republic',
        'Tajikistan',
        'Thailand',
        'Timor-Leste',
        'Tonga',
        'Turkmenistan',
        'Tuvalu',
        'United Arab Emirates',
        'Uzbekistan',
        'Vanuatu',
        'Viet Nam',
        'Yemen',
      ].sort(),
    )
    expect(getState('CYP')?.group).toBe('asia-pacific')
    expect(getState('ISR')?.group).toBe('weog')
    expect(getState('TUR')?.group).toBe('weog')
    expect(getState('TUR')?.groupNote).toMatch(/Asia-Pacific/)
    expect(getState('KIR')?.group).toBe('asia-pacific')
    expect(getState('USA')?.groupNote).toMatch(/observer/)
  })

  it('gets a state by alpha-2, alpha-3 or M49, any case', () => {
    for (const code of ['AT', 'at', 'AUT', 'aut', 'Aut', '040', '40', ' AUT ']) {
      expect(getState(code)?.iso3).toBe('AUT')
    }
    expect(getState('826')?.iso3).toBe('GBR')
    expect(getState('XK')).toBeUndefined()
    expect(getState('')).toBeUndefined()
    expect(getState('999')).toBeUndefined()
  })

  it('finds a state by name, alias, former name or abbreviation', () => {
    const cases: Array<[string, string]> = [
      ['Austria', 'AUT'],
      ['austria', 'AUT'],
      ['the Netherlands', 'NLD'],
      ['The Netherlands', 'NLD'],
      ['Bosnia & Herzegovina', 'BIH'],
      ['bosnia and herzegovina', 'BIH'],
      ['Côte d’Ivoire', 'CIV'],
      ["Cote d'Ivoire", 'CIV'],
      ['Ivory Coast', 'CIV'],
      ['Turkey', 'TUR'],
      ['Turkiye', 'TUR'],
      ['Burma', 'MMR'],
      ['Swaziland', 'SWZ'],
      ['Macedonia', 'MKD'],
      ['Cape Verde', 'CPV'],
      ['East Timor', 'TLS'],
      ['Timor Leste', 'TLS'],
      ['Vatican', 'VAT'],
      ['Holy See', 'VAT'],
      ['Britain', 'GBR'],
      ['United Kingdom', 'GBR'],
      ['United States', 'USA'],
      ['U.S.', 'USA'],
      ['US', 'USA'],
      ['USA', 'USA'],
      ['UK', 'GBR'],
      ['DPRK', 'PRK'],
      ['North Korea', 'PRK'],
      ['South Korea', 'KOR'],
      ['ROK', 'KOR'],
      ['DRC', 'COD'],
      ['DR Congo', 'COD'],
      ['Congo-Brazzaville', 'COG'],
      ['Republic of the Congo', 'COG'],
      ['UAE', 'ARE'],
      ['St. Lucia', 'LCA'],
      ['St Kitts & Nevis', 'KNA'],
      ['Russia', 'RUS'],
      ['Russian Federation', 'RUS'],
      ['Laos', 'LAO'],
      ['Vietnam', 'VNM'],
      ['Republic of Austria', 'AUT'],
      ['Czech Republic', 'CZE'],
    ]
    for (const [name, iso3] of cases) expect(findState(name)?.iso3, name).toBe(iso3)
    for (const [name, iso3] of [
      ['Korea, Republic of', 'KOR'],
      ["Korea, Democratic People's Republic of", 'PRK'],
      ['Congo, Democratic Republic of the', 'COD'],
      ['Iran, Islamic Republic of', 'IRN'],
      ['Tanzania, United Republic of', 'TZA'],
      ['Gambia, The', 'GMB'],
    ]) {
      expect(findState(name as string)?.iso3, name).toBe(iso3)
    }
    expect(findState('Austria, Belgium')).toBeUndefined()
    expect(findState('us')).toBeUndefined()
    expect(findState('America')?.iso3).toBe('USA')
    expect(findState('Korea')).toBeUndefined()
    expect(findState('Ruritania')).toBeUndefined()
    expect(findState('European Union')).toBeUndefined()
  })

  it('resolves every phrase to exactly one state', () => {
    const owner = new Map<string, string>()
    for (const { phrase, iso3, kind } of statePhrases) {
      const key = kind === 'abbreviation' ? `abbr:${phrase}` : nameKey(phrase)
      const previous = owner.get(key)
      if (previous !== undefined) expect(`${phrase} -> ${iso3}`).toBe(`${phrase} -> ${previous}`)
      owner.set(key, iso3)
      expect(findState(phrase)?.iso3, phrase).toBe(iso3)
      expect(phrase).not.toMatch(/^the\s/i)
    }
  })

  it('keeps demonyms apart and unambiguous', () => {
    expect(getState('AUT')?.demonyms).toContain('Austrian')
    const names = new Set(statePhrases.map((p) => nameKey(p.phrase)))
    for (const { phrase } of stateDemonymPhrases)
      expect(names.has(nameKey(phrase)), phrase).toBe(false)
    expect(stateDemonymPhrases.some((p) => p.phrase === 'Congolese')).toBe(false)
  })

  it('throws only a TypeError naming the argument for a code or name that is not a string', () => {
    expect(() => getState(40 as never)).toThrow(/^getState: `code` must be a string$/)
    expect(() => findState(null as never)).toThrow(/^findState: `name` must be a string$/)
    expect(getState('nothing')).toBeUndefined()
    expect(findState('')).toBeUndefined()
  })
})
