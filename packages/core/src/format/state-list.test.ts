import { describe, expect, it } from 'vitest'
import { formatStateList, formatStateListToParts } from './state-list.js'

describe('formatStateList', () => {
  it('follows Intl.ListFormat: no Oxford comma in en-GB, one in en-US', () => {
    expect(formatStateList(['AUT', 'BEL', 'BEN'], { locale: 'en-GB' })).toBe(
      'Austria, Belgium and Benin',
    )
    expect(formatStateList(['AUT', 'BEL', 'BEN'], { locale: 'en-US' })).toBe(
      'Austria, Belgium, and Benin',
    )
  })

  it('localises names in French', () => {
    expect(formatStateList(['AUT', 'BEL', 'BEN'], { locale: 'fr' })).toBe(
      'Autriche, Belgique et Bénin',
    )
    expect(formatStateList(['DEU', 'ESP'], { locale: 'fr', conjunction: 'or' })).toBe(
      'Allemagne ou Espagne',
    )
  })

  it('accepts ISO2, ISO3 and M49 codes and drops duplicates', () => {
    expect(formatStateList(['at', 'BEL', '204', 'AUT'], { locale: 'en-GB' })).toBe(
      'Austria, Belgium and Benin',
    )
  })

  it('handles one and two members', () => {
    expect(formatStateList(['NOR'], { locale: 'en-GB' })).toBe('Norway')
    expect(formatStateList(['NOR', 'SWE'], { locale: 'en-GB' })).toBe('Norway and Sweden')
    expect(formatStateList([], { locale: 'en-GB' })).toBe('')
  })

  it('sorts alphabetically with the locale collator', () => {
    const codes = ['ZAF', 'AUT', 'EGY', 'CHL']
    expect(formatStateList(codes, { locale: 'en-GB', sort: 'alpha' })).toBe(
      'Austria, Chile, Egypt and South Africa',
    )
    // French collation: "Afrique du Sud" first, accented "Égypte" among the E words.
    expect(formatStateList(codes, { locale: 'fr', sort: 'alpha' })).toBe(
      'Afrique du Sud, Autriche, Chili et Égypte',
    )
  })

  it('sorts by UN regional group, then by name, with states outside groups last', () => {
    const codes = ['USA', 'BRA', 'AUT', 'RUS', 'CHN', 'NGA', 'POL', 'JPN', 'VAT']
    expect(formatStateList(codes, { locale: 'en-GB', sort: 'group', names: 'un' })).toBe(
      'Nigeria, China, Japan, Poland, Russian Federation, Brazil, Austria, Holy See and United States of America',
    )
  })

  it('keeps UN names for observer States that Intl.DisplayNames calls territories', () => {
    expect(formatStateList(['PSE', 'VAT'], { locale: 'en-GB' })).toBe(
      'State of Palestine and Holy See',
    )
    expect(formatStateList(['PSE', 'VAT'], { locale: 'fr' })).toBe(
      'État de Palestine et Saint-Siège',
    )
  })

  it('avoids CLDR short forms that do not suit formal prose', () => {
    expect(formatStateList(['KNA', 'BIH', 'MMR', 'COD', 'COG', 'CPV'], { locale: 'en-GB' })).toBe(
      'Saint Kitts and Nevis, Bosnia and Herzegovina, Myanmar, Democratic Republic of the Congo, Congo and Cabo Verde',
    )
    expect(formatStateList(['MMR', 'COD', 'COG'], { locale: 'fr' })).toBe(
      'Myanmar, République démocratique du Congo et Congo',
    )
    expect(formatStateList(['RUS', 'GBR', 'USA'], { locale: 'en-GB' })).toBe(
      'Russia, United Kingdom and United States',
    )
  })

  it('uses registry names on request', () => {
    expect(formatStateList(['AUT'], { names: 'formal' })).toBe('Republic of Austria')
    expect(formatStateList(['GBR'], { names: 'un' })).toBe(
      'United Kingdom of Great Britain and Northern Ireland',
    )
  })

  it('falls back to the UN names where Intl.DisplayNames is missing', () => {
    const original = Intl.DisplayNames
    try {
      ;(Intl as { DisplayNames?: unknown }).DisplayNames = undefined
      expect(formatStateList(['RUS', 'GBR'], { locale: 'en-GB' })).toBe(
        'Russian Federation and United Kingdom of Great Britain and Northern Ireland',
      )
    } finally {
      ;(Intl as { DisplayNames?: unknown }).DisplayNames = original
    }
  })

  it('splits into parts for markup', () => {
    expect(formatStateListToParts(['AUT', 'BEL'], { locale: 'en-GB' })).toEqual([
      { type: 'state', value: 'Austria', iso3: 'AUT' },
      { type: 'literal', value: ' and ' },
      { type: 'state', value: 'Belgium', iso3: 'BEL' },
    ])
  })

  it('throws only a TypeError for codes that are not an array; the rest degrades', () => {
    expect(() => formatStateList('AUT' as never)).toThrow(
      /^formatStateList: `codes` must be an array$/,
    )
    expect(() => formatStateListToParts(null as never)).toThrow(
      /^formatStateListToParts: `codes` must be an array$/,
    )
    // Entries that name no state are left out.
    expect(formatStateList(['AUT', 'XXX', null, 40, 'QQ', 'BEL'] as never)).toBe(
      'Austria and Belgium',
    )
    expect(formatStateList(['XXX'])).toBe('')
    // Unknown option values: the defaults (en, text order, and, short names).
    const fallback = formatStateList(['BEL', 'AUT'], {
      sort: 'size' as never,
      conjunction: 'nor' as never,
      names: 'long' as never,
      locale: 'not a locale!',
    })
    expect(fallback).toBe(formatStateList(['BEL', 'AUT']))
    expect(formatStateList(['BEL', 'AUT'], 'alpha' as never)).toBe(fallback)
  })
})
