import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPinpointRegExp, formatPinpoint, parsePinpoint, toRoman } from './index.js'

const articleNumber = fc.oneof(
  fc.integer({ min: 1, max: 150 }).map(String),
  fc.integer({ min: 1, max: 39 }).map(toRoman),
  fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('bis', ' bis', 'ter', ' quater'))
    .map(([n, s]) => `${n}${s}`),
)
const level = fc.oneof(
  fc.integer({ min: 1, max: 20 }).map(String),
  fc.constantFrom('a', 'b', 'c', 'ii', 'iii', 'viii'),
)
const levels = fc.array(level, { maxLength: 3 }).map((ls) => ls.map((l) => `(${l})`).join(''))
const head = fc.constantFrom('Article ', 'article ', 'Art. ', 'ARTICLE ')
const heads = fc.constantFrom('Articles ', 'articles ', 'Arts. ')
const separator = fc.constantFrom(', ', ' and ', ', and ', ' & ')

/** Pinpoints written the ways the field writes them. */
const pinpointText = fc.oneof(
  fc.tuple(head, articleNumber, levels).map(([h, n, l]) => `${h}${n}${l}`),
  fc
    .tuple(head, articleNumber, fc.integer({ min: 1, max: 9 }))
    .map(([h, n, p]) => `${h}${n}, paragraph ${p}`),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), head, articleNumber)
    .map(([p, h, n]) => `paragraph ${p} of ${h}${n}`),
  fc
    .tuple(heads, fc.array(articleNumber, { minLength: 2, maxLength: 4 }), separator)
    .map(([h, ns, sep]) => `${h}${ns.join(sep)}`),
)

describe('pinpoints: properties', () => {
  it('parsePinpoint never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const result = parsePinpoint(input)
        expect(result === null || result.length > 0).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('every generated pinpoint parses and the prose pattern matches it whole', () => {
    fc.assert(
      fc.property(
        pinpointText,
        fc.constantFrom('', ' of the Convention', '.', ' extension requests'),
        (text, tail) => {
          expect(parsePinpoint(text), text).not.toBeNull()
          const matches = [...`In ${text}${tail}`.matchAll(createPinpointRegExp())].map((m) => m[0])
          expect(matches, text).toEqual([text])
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('formatPinpoint and parsePinpoint round-trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.option(level, { nil: null }),
        fc.option(level, { nil: null }),
        (article, paragraph, sub) => {
          const pinpoint = {
            article: String(article),
            paragraph,
            subparagraph: paragraph === null ? null : sub,
          }
          expect(parsePinpoint(formatPinpoint(pinpoint))).toEqual([pinpoint])
        },
      ),
      { numRuns: 1000 },
    )
  })
})
