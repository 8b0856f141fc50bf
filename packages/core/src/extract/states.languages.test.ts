/**
 * misc11: a state's name in another language, and a publication or an airline named after a
 * state. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { states as registry } from '../registry/states.js'
import { extractStates } from './states.js'

const found = (text: string): string[] =>
  extractStates(text, {}, []).map((m) => `${m.text}=${m.iso3}`)

/**
 * UN short names in plain ASCII letters and spaces, of one state only, whose registry entry
 * writes no accent anywhere (an accent the registry writes in an alias, "São Tomé", is its own).
 */
const asciiNames = registry
  .filter((s) => !/[\u00c0-\u024f]/.test(JSON.stringify(s)))
  .map((s) => s.name)
  .filter((name) => /^[A-Za-z ]+$/.test(name) && !['Chad', 'Jordan', 'Georgia'].includes(name))

describe('a state name written in another language', () => {
  it('is no mention when it writes an accent the registry does not', () => {
    expect(found('A Colômbia e o Perú assinaram; Panamá não.')).toEqual([])
    expect(found('Colombia and Peru signed, as did Panama.')).toEqual([
      'Colombia=COL',
      'Peru=PER',
      'Panama=PAN',
    ])
  })

  it("keeps the registry's accents, and their absence", () => {
    expect(
      found(
        "Côte d'Ivoire, Cote d'Ivoire, CÔTE D'IVOIRE, Türkiye, Turkiye, São Tomé and Príncipe.",
      ),
    ).toEqual([
      "Côte d'Ivoire=CIV",
      "Cote d'Ivoire=CIV",
      "CÔTE D'IVOIRE=CIV",
      'Türkiye=TUR',
      'Turkiye=TUR',
      'São Tomé and Príncipe=STP',
    ])
    // An accent the registry writes on another letter is still foreign.
    expect(found('Côté d’Ivoire said.')).toEqual([])
  })

  it('property: an acute accent on a vowel of an ASCII name is in no mention of that state', () => {
    const acute: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' }
    fc.assert(
      fc.property(fc.constantFrom(...asciiNames), fc.nat(), (name, n) => {
        const vowels = [...name].flatMap((c, i) => (c in acute ? [i] : []))
        fc.pre(vowels.length > 0)
        const at = vowels[n % vowels.length] as number
        const foreign = name.slice(0, at) + acute[name[at] as string] + name.slice(at + 1)
        const iso3 = registry.find((s) => s.name === name)?.iso3
        const text = `They met in ${foreign} and went home.`
        // No mention holds the accent (a shorter name beside it may be read: "Palestine" of
        // "Státe of Palestine").
        const accent = 'They met in '.length + at
        const over = extractStates(text, {}, []).filter((m) => m.start <= accent && accent < m.end)
        expect(over.map((m) => m.iso3)).not.toContain(iso3)
        // The author's words are untouched: the plain name is still read.
        expect(found(`They met in ${name} and went home.`)).toContain(`${name}=${iso3}`)
      }),
      { numRuns: 150 },
    )
  })
})

describe('a publication or an airline named after a state', () => {
  it('is no mention; an air force and a headline in title case keep their rules', () => {
    expect(found('The Chad Primer wrote that a Peru Air jet landed in Peru.')).toEqual(['Peru=PER'])
    expect(found('Peru Air Strikes Hit Camp')).toEqual(['Peru=PER'])
    expect(found('The Peru Air Force flew.')).toEqual([])
  })

  it('property: "<state> Air" closing a name is an airline, "<state> Air <Word>" goes on', () => {
    fc.assert(
      fc.property(fc.constantFrom(...asciiNames), (name) => {
        expect(found(`A ${name} Air plane landed.`)).toEqual([])
        expect(found(`The ${name} Handbook says so.`)).toEqual([])
      }),
      { numRuns: 100 },
    )
  })
})
