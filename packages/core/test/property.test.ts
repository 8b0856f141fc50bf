/**
 * Properties of extract() over arbitrary input (fast-check): it never throws, every span lies in
 * the input and matches its text, entities come sorted, and the result is deterministic.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/extract/index.js'
import type { Extraction, Kind } from '../src/models/extraction.js'

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
    const entities = result[kind] as Array<{ start: number; end: number; text?: string }>
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
