import { describe, expect, it } from 'vitest'
import { spdxCreativeCommons } from './licenses.generated.js'
import { findLicenses, getLicense, licenses, parseLicense } from './licenses.js'

describe('licence registry', () => {
  it('takes SPDX ids and names from the SPDX License List, and holds every CC licence in it', () => {
    expect(getLicense('CC BY-SA 3.0')?.spdx).toEqual({
      id: 'CC-BY-SA-3.0',
      name: 'Creative Commons Attribution Share Alike 3.0 Unported',
    })
    expect(getLicense('CC BY-NC-ND 3.0 IGO')?.spdx?.id).toBe('CC-BY-NC-ND-3.0-IGO')
    expect(getLicense('CC0 1.0')?.spdx?.id).toBe('CC0-1.0')
    expect(getLicense('All rights reserved')?.spdx).toBeNull()
    const ids = new Set(licenses.flatMap((license) => (license.spdx ? [license.spdx.id] : [])))
    expect(spdxCreativeCommons.map(([id]) => id).filter((id) => !ids.has(id))).toEqual([])
  })

  it('holds the six CC licences in every version, the IGO ports and the public domain tools', () => {
    expect(licenses).toHaveLength(6 * 5 + 6 + 4)
    expect(new Set(licenses.map((l) => l.name)).size).toBe(licenses.length)
  })

  it('gives canonical https deed URLs with a trailing slash', () => {
    for (const license of licenses) {
      if (license.url === null) {
        expect(['pd', 'arr']).toContain(license.code)
        continue
      }
      expect(license.url).toMatch(/^https:\/\/creativecommons\.org\/(licenses|publicdomain)\/.+\/$/)
    }
    expect(getLicense('CC BY-SA 3.0')?.url).toBe('https://creativecommons.org/licenses/by-sa/3.0/')
    expect(getLicense('CC0 1.0')?.url).toBe('https://creativecommons.org/publicdomain/zero/1.0/')
    expect(getLicense('Public Domain Mark 1.0')?.url).toBe(
      'https://creativecommons.org/publicdomain/mark/1.0/',
    )
    expect(getLicense('CC BY-NC-ND 3.0 IGO')?.url).toBe(
      'https://creativecommons.org/licenses/by-nc-nd/3.0/igo/',
    )
  })

  it('keeps the 1.0 NoDerivs-NonCommercial licence under its own slug', () => {
    expect(getLicense('CC BY-ND-NC 1.0')?.url).toBe(
      'https://creativecommons.org/licenses/by-nd-nc/1.0/',
    )
    expect(getLicense('CC BY-NC-ND 2.0')?.url).toBe(
      'https://creativecommons.org/licenses/by-nc-nd/2.0/',
    )
  })

  it('titles deeds as CC does', () => {
    expect(getLicense('CC BY 2.5')?.title).toBe('Attribution 2.5 Generic')
    expect(getLicense('CC BY-SA 3.0')?.title).toBe('Attribution-ShareAlike 3.0 Unported')
    expect(getLicense('CC BY-ND 4.0')?.title).toBe('Attribution-NoDerivatives 4.0 International')
    expect(getLicense('CC BY-ND 3.0')?.title).toBe('Attribution-NoDerivs 3.0 Unported')
    expect(getLicense('CC BY 3.0 IGO')?.title).toBe('Attribution 3.0 IGO')
  })

  it('resolves every registry name back to itself', () => {
    for (const license of licenses) {
      expect(parseLicense(license.name)?.name, license.name).toBe(license.name)
      expect(parseLicense(license.title)?.name, license.title).toBe(license.name)
      if (license.url) expect(parseLicense(license.url)?.name, license.url).toBe(license.name)
    }
  })
})

describe('parseLicense', () => {
  const table: [string, string | null, string | null][] = [
    ['CC BY-SA 3.0', 'CC BY-SA 3.0', 'https://creativecommons.org/licenses/by-sa/3.0/'],
    ['CC-BY-SA-3.0', 'CC BY-SA 3.0', 'https://creativecommons.org/licenses/by-sa/3.0/'],
    ['cc by sa 2.0', 'CC BY-SA 2.0', 'https://creativecommons.org/licenses/by-sa/2.0/'],
    ['CC_BY_NC_4.0', 'CC BY-NC 4.0', 'https://creativecommons.org/licenses/by-nc/4.0/'],
    [
      'Creative Commons Attribution-ShareAlike 2.0 Generic',
      'CC BY-SA 2.0',
      'https://creativecommons.org/licenses/by-sa/2.0/',
    ],
    [
      'Attribution 2.0 Generic (CC BY 2.0)',
      'CC BY 2.0',
      'https://creativecommons.org/licenses/by/2.0/',
    ],
    ['(CC BY-NC-ND 2.0)', 'CC BY-NC-ND 2.0', 'https://creativecommons.org/licenses/by-nc-nd/2.0/'],
    [
      'Creative Commons Attribution-Noncommercial-No Derivative Works 3.0 Unported License',
      'CC BY-NC-ND 3.0',
      'https://creativecommons.org/licenses/by-nc-nd/3.0/',
    ],
    [
      'Creative Commons Attribution-Share Alike 2.5 Generic',
      'CC BY-SA 2.5',
      'https://creativecommons.org/licenses/by-sa/2.5/',
    ],
    ['CC BY 4', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ['CC BY 3.0 IGO', 'CC BY 3.0 IGO', 'https://creativecommons.org/licenses/by/3.0/igo/'],
    [
      'Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO',
      'CC BY-NC-SA 3.0 IGO',
      'https://creativecommons.org/licenses/by-nc-sa/3.0/igo/',
    ],
    ['CC BY-NC-ND 1.0', 'CC BY-ND-NC 1.0', 'https://creativecommons.org/licenses/by-nd-nc/1.0/'],
    ['CC BY-SA 3.0 DE', 'CC BY-SA 3.0 DE', 'https://creativecommons.org/licenses/by-sa/3.0/de/'],
    ['CC BY-SA', 'CC BY-SA', null],
    ['Attribution-NonCommercial-ShareAlike License', 'CC BY-NC-SA', null],
    ['CC0', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['CC0 1.0 Universal', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['Creative Commons Zero', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
    [
      'Public Domain Mark 1.0',
      'Public Domain Mark 1.0',
      'https://creativecommons.org/publicdomain/mark/1.0/',
    ],
    ['public domain', 'Public Domain', null],
    ['PD', 'Public Domain', null],
    ['All rights reserved', 'All rights reserved', null],
    [
      'http://creativecommons.org/licenses/by/2.0/',
      'CC BY 2.0',
      'https://creativecommons.org/licenses/by/2.0/',
    ],
    [
      'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr',
      'CC BY-NC-SA 4.0',
      'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    ],
    [
      'creativecommons.org/licenses/by-nd/2.0/legalcode',
      'CC BY-ND 2.0',
      'https://creativecommons.org/licenses/by-nd/2.0/',
    ],
    [
      'https://creativecommons.org/licenses/by-sa/3.0/igo/',
      'CC BY-SA 3.0 IGO',
      'https://creativecommons.org/licenses/by-sa/3.0/igo/',
    ],
    [
      'http://creativecommons.org/publicdomain/zero/1.0/',
      'CC0 1.0',
      'https://creativecommons.org/publicdomain/zero/1.0/',
    ],
    [
      'https://creativecommons.org/publicdomain/mark/1.0/',
      'Public Domain Mark 1.0',
      'https://creativecommons.org/publicdomain/mark/1.0/',
    ],
  ]

  it.each(table)('%s -> %s', (input, name, url) => {
    expect(parseLicense(input)).toEqual({ name, url })
  })

  it.each([
    'some rights reserved',
    'Creative Commons',
    'attribution of responsibility',
    'Attribution License',
    'the public interest',
    'cc: the Chair',
    '',
    'https://creativecommons.org/about/',
  ])('names no licence: %j', (input) => {
    expect(parseLicense(input)).toBeNull()
  })

  it('never throws on odd input', () => {
    expect(parseLicense(undefined as unknown as string)).toBeNull()
    expect(parseLicense('CC BY 9.9')).toEqual({ name: 'CC BY', url: null })
  })
})

describe('findLicenses', () => {
  it('finds each licence with its span', () => {
    const text =
      'by a walker / Flickr, CC BY-NC 2.0 (see https://creativecommons.org/licenses/by-nc/2.0/).'
    const found = findLicenses(text)
    expect(found.map((l) => [l.name, text.slice(l.start, l.end)])).toEqual([
      ['CC BY-NC 2.0', 'CC BY-NC 2.0'],
      ['CC BY-NC 2.0', 'https://creativecommons.org/licenses/by-nc/2.0/'],
    ])
  })

  it('covers the whole written name and stops before the next words', () => {
    const text = 'Creative Commons Attribution 2.0 Generic License by the river'
    const [first] = findLicenses(text)
    expect(first && text.slice(first.start, first.end)).toBe(
      'Creative Commons Attribution 2.0 Generic License',
    )
  })

  // Speed is measured by the bench (npm run bench); here: a long hostile text gives sane spans.
  it('reads a long hostile text with sane spans', () => {
    const text = 'CC BY '.repeat(50_000) + 'attribution public all cc '.repeat(20_000)
    for (const found of findLicenses(text)) {
      expect(found.end).toBeGreaterThan(found.start)
      expect(found.end).toBeLessThanOrEqual(text.length)
    }
  })
})
