/**
 * Properties of extract() over arbitrary input (fast-check): it never throws, every span lies in
 * the input and matches its text, entities come sorted, and the result is deterministic.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCitations } from '../src/extract/citations.js'
import { extractCredits } from '../src/extract/credits.js'
import { extract } from '../src/extract/index.js'
import { LiteralWindows } from '../src/extract/prefilter.js'
import { extractStates } from '../src/extract/states.js'
import type { Diagnostic, Extraction, Kind } from '../src/models/extraction.js'

const kinds: Kind[] = ['citations', 'documents', 'states', 'stateLists', 'credits']

/** Words of the field, so random texts actually contain entities and near misses. */
const vocabulary = [
  'Article',
  'article',
  'Articles',
  'Art.',
  'paragraph',
  'of',
  'the',
  'this',
  'and',
  'or',
  'to',
  'Convention',
  'Treaty',
  'Protocol',
  'CCW',
  'CCM',
  'APMBT',
  'NPT',
  'AP I',
  'Protocol II',
  'Amended Protocol II',
  'Geneva Conventions',
  'Mine Ban Treaty',
  'Foo Treaty',
  '5',
  '5(1)',
  '5(3)(a)',
  'VI',
  '36',
  '8bis',
  'Austria',
  'Belgium',
  'Costa Rica',
  'U.S.',
  'the Philippines',
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  "'s",
  '’',
  '\n',
  '\n\n',
  ' ',
  'A/RES/63/71',
  'CCW/GGE/2008-V/WP.1',
  'Photo:',
  'Photo by',
  'Image credit:',
  'Flickr',
  'CC BY-SA 2.0',
  '©',
  'John Doe',
  '25 countries',
  'including',
  'é',
  '🇦🇹',
  '\u00a0',
]

const fieldText = fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }).chain((words) =>
  fc
    .array(fc.constantFrom(' ', '', '  ', '-'), {
      minLength: words.length,
      maxLength: words.length,
    })
    .map((gaps) => words.map((word, i) => word + gaps[i]).join('')),
)

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fieldText,
)

function checkSpans(text: string, result: Extraction): void {
  for (const kind of kinds) {
    const entities = result[kind] as ReadonlyArray<{ start: number; end: number; text?: string }>
    let previous = -1
    for (const entity of entities) {
      expect(Number.isInteger(entity.start) && Number.isInteger(entity.end)).toBe(true)
      expect(entity.start).toBeGreaterThanOrEqual(0)
      expect(entity.end).toBeGreaterThan(entity.start)
      expect(entity.end).toBeLessThanOrEqual(text.length)
      expect(entity.start).toBeGreaterThanOrEqual(previous)
      previous = entity.start
      if (entity.text !== undefined) expect(text.slice(entity.start, entity.end)).toBe(entity.text)
    }
  }
  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.start).toBeGreaterThanOrEqual(0)
    expect(diagnostic.end).toBeGreaterThanOrEqual(diagnostic.start)
    expect(diagnostic.end).toBeLessThanOrEqual(text.length)
    expect(diagnostic.ruleId).not.toBe('internal-error')
  }
  // Citations never overlap one another.
  for (let i = 1; i < result.citations.length; i++) {
    expect(result.citations[i]!.start).toBeGreaterThanOrEqual(result.citations[i - 1]!.end)
  }
}

describe('extract() properties', () => {
  it('never throws, keeps spans in bounds, in order and equal to the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkSpans(text, extract(text))
      }),
      { numRuns: 600 },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(extract(text)).toEqual(extract(text))
      }),
      { numRuns: 200 },
    )
  })

  it('gives the same entities of a kind whether asked alone or with all', () => {
    fc.assert(
      fc.property(fieldText, fc.constantFrom(...kinds), (text, kind) => {
        expect(extract(text, { kinds: [kind] })[kind]).toEqual(extract(text)[kind])
      }),
      { numRuns: 200 },
    )
  })

  it('accepts a default instrument and odd options without throwing', () => {
    fc.assert(
      fc.property(fieldText, fc.constantFrom('apmbt', 'ccw', 'npt', 'nope'), (text, instrument) => {
        // An unknown default is reported, not thrown.
        checkSpans(text, extract(text, { instrument: instrument as 'apmbt' }))
      }),
      { numRuns: 200 },
    )
    expect(() => extract(undefined as unknown as string)).not.toThrow()
    expect(() => extract(42 as unknown as string, null as unknown as undefined)).not.toThrow()
    expect(extract('').citations).toEqual([])
  })
})

/** Words of credit lines, in odd cases and next to punctuation, for the label pre-filter. */
const creditVocabulary = [
  'Photo',
  'PHOTO',
  'pHoto',
  'photograph',
  'Header image',
  'UN Photo/',
  'UN\nPhoto',
  'ICRC photo by',
  'U.S. Navy photo by',
  'Infographic',
  'Map:',
  'Pics',
  'Picture of',
  'Video',
  'footage',
  'Credit:',
  'credits',
  'Courtesy of',
  'Copyright',
  'Source:',
  'via',
  'by',
  '©',
  '(c)',
  '(C) 2008',
  'Jane Doe',
  "O'Brien",
  'Flickr',
  'CC BY 2.0',
  '2008',
  ':',
  '/',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  '|',
  '—',
  '*',
  '_',
  '>',
  '"',
  '\n',
  'é',
]

const creditText = fc
  .array(fc.constantFrom(...creditVocabulary), { maxLength: 40 })
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', '', '  ', '\n', '. ', '-'), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((gaps) => words.map((word, i) => word + gaps[i]).join('')),
  )

/** Names, near names and odd neighbours for the states and citations candidate scans. */
const scanVocabulary = [
  'Austria',
  'AUSTRIA',
  'austria',
  "Côte d'Ivoire",
  'Cote d’Ivoire',
  'São Tomé and Príncipe',
  'Türkiye',
  'Ｆrance',
  // Letters beyond Latin-1 that fold to a state's first letter: the scan must reach them.
  'Āustria',
  'Ḟrance',
  'former Yugoslav Republic of Macedonia',
  'fYROM',
  'for',
  'from',
  'Former',
  'U.S.',
  'UK',
  'US$',
  'en-US',
  'Chad',
  'Jordan',
  'Korea',
  'Mines Action Canada',
  'CCW',
  'ccw',
  'Convention on Cluster Munitions',
  'cluster munitions Convention',
  'cOnVeNtIoN',
  'Protocols I, III and IV',
  '1980 Protocol II',
  'AP I',
  'Article 5',
  'ARTICLE 5(1)',
  'art. 3',
  'paragraph 2 of Article 4',
  '¶ 3',
  '_',
  '__',
  'é',
  'É',
  '𝐀',
  '’',
  '-',
  '/',
  'https://example.org/',
  ',',
  ' and ',
  '\n',
]

const scanText = fc.array(fc.constantFrom(...scanVocabulary), { maxLength: 40 }).chain((words) =>
  fc
    .array(fc.constantFrom(' ', '', '\n', '. ', '-', '_'), {
      minLength: words.length,
      maxLength: words.length,
    })
    .map((gaps) => words.map((word, i) => word + gaps[i]).join('')),
)

describe('candidate scans give the results of testing every position', () => {
  it('states', () => {
    fc.assert(
      fc.property(fc.oneof(scanText, fieldText), fc.boolean(), (text, demonyms) => {
        expect(extractStates(text, { demonyms })).toEqual(
          extractStates(text, { demonyms }, [], true),
        )
      }),
      { numRuns: 600 },
    )
  })

  it('citations', () => {
    fc.assert(
      fc.property(fc.oneof(scanText, fieldText), (text) => {
        const scanned: Diagnostic[] = []
        const full: Diagnostic[] = []
        expect(extractCitations(text, {}, scanned)).toEqual(extractCitations(text, {}, full, true))
        expect(scanned).toEqual(full)
      }),
      { numRuns: 600 },
    )
  })
})

describe('pre-filters inside texts give the results of a full scan', () => {
  it('credits: the label-word windows skip no credit', () => {
    fc.assert(
      fc.property(fc.oneof(creditText, fieldText, fc.string({ maxLength: 200 })), (text) => {
        const filtered: Diagnostic[] = []
        const full: Diagnostic[] = []
        expect(extractCredits(text, {}, filtered)).toEqual(extractCredits(text, {}, full, true))
        expect(filtered).toEqual(full)
      }),
      { numRuns: 800 },
    )
  })

  it('LiteralWindows.skipTo agrees with its definition', () => {
    const alphabet = fc.constantFrom('a', 'b', 'ab', 'x', ',', ' ', '(', 'AB')
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.nat(40), (parts, seed) => {
        const text = parts.join('')
        const isBarrier = (code: number) => code === 0x2c || code === 0x28
        const windows = new LiteralWindows(text, [/ab/gi], /[,(]/g, isBarrier)
        const mayStart = (x: number) => {
          for (let r = x; r < text.length; r++) {
            if (text.slice(r, r + 2).toLowerCase() === 'ab') return true
            if (isBarrier(text.charCodeAt(r))) return false
          }
          return false
        }
        // Increasing queries, as the extractors make them.
        for (let x = seed % 3; x < text.length; x += 1 + (seed % 2)) {
          const skip = windows.skipTo(x)
          expect(skip === -1).toBe(mayStart(x))
          if (skip !== -1) {
            for (let y = x; y < Math.min(skip, text.length); y++) expect(mayStart(y)).toBe(false)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
