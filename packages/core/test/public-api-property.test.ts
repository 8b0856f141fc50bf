/**
 * Property tests (fast-check) over the rest of the public API (registries, symbols, pinpoints,
 * formatters, extract, the remark preset): arbitrary values for every argument, no throw except
 * a `TypeError` whose message starts with the function's name (the documented wrong-type error).
 *
 * `stillThrow` lists the functions that do not hold yet (issue 9): their test is `it.fails`, so
 * fixing one makes its test fail until it is removed from the list (a ratchet, never a skip).
 */
import fc from 'fast-check'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import * as core from '../src/index.js'
import { remarkTreatymark } from '../src/remark/index.js'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300)

/** `fc.check` with an assertion (the test setup requires one): the property held for every run. */
function holdsFor<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const details = fc.check(property, params)
  expect(details.failed, fc.defaultReportMessage(details) ?? '').toBe(false)
  expect(details.numRuns).toBeGreaterThan(0)
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  maxDepth: 3,
})
const text = fc.oneof(
  fc.string(),
  fc.constantFrom('Article 5(1)(a)', 'apmbt', 'AUT', 'United Kingdom', 'A/RES/78/52', 'CC BY 2.0'),
)
const argument = fc.oneof(text, anything)

/** Public functions of the main entry, per docs/ (the registries, formatters and extract). */
const functions = [
  'extract',
  'getInstrument',
  'findInstrument',
  'articleOf',
  'getState',
  'findState',
  'statesInGroup',
  'parseDocumentSymbol',
  'documentUrl',
  'parsePinpoint',
  'formatPinpoint',
  'formatCitation',
  'formatStateList',
  'formatCredit',
  'getLicense',
  'parseLicense',
] as const

/**
 * Not yet robust against arbitrary arguments (a ratchet: a function on this list has an
 * `it.fails` test). Empty since issue 9: every function below holds.
 */
const stillThrow = new Set<string>([])

function holds(name: string, call: (args: unknown[]) => unknown, seed?: number): void {
  holdsFor(
    fc.property(fc.array(argument, { maxLength: 3 }), (args) => {
      try {
        call(args)
      } catch (error) {
        if (error instanceof TypeError && error.message.startsWith(`${name}:`)) return
        throw error
      }
    }),
    // A fixed seed for the known failures, so their `it.fails` is deterministic.
    seed === undefined ? { numRuns: RUNS } : { numRuns: 300, seed },
  )
}

describe('public API with arbitrary arguments (fast-check)', () => {
  for (const name of functions) {
    const fn = (core as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!
    const test = stillThrow.has(name) ? it.fails : it
    test(`${name} never throws an undocumented error`, () =>
      holds(name, (args) => fn(...args), stillThrow.has(name) ? 9 : undefined))
  }

  // Structured arguments: the right shape with arbitrary values in every field and option, so
  // the fields themselves are exercised (arbitrary objects above rarely carry the right keys).
  const field = fc.oneof(argument, fc.constant(null), fc.constant(undefined))
  const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
    fc.oneof(fc.record(fields, { requiredKeys: [] }), anything)
  const structured: Array<[string, fc.Arbitrary<unknown[]>]> = [
    [
      'extract',
      fc.tuple(
        fc.oneof(text, anything),
        record({
          instrument: field,
          kinds: fc.oneof(
            fc.array(fc.oneof(fc.constantFrom('citations', 'states', 'stateLists'), field)),
            field,
          ),
          demonyms: field,
        }),
      ),
    ],
    ['documentUrl', fc.tuple(fc.oneof(text, fc.constant('A/RES/78/52')), field)],
    ['formatPinpoint', fc.tuple(record({ article: field, paragraph: field, subparagraph: field }))],
    [
      'formatCitation',
      fc.tuple(
        record({
          treaty: fc.oneof(fc.constantFrom('apmbt', 'ccm', 'npt', 'inf'), field),
          article: field,
          paragraph: field,
          subparagraph: field,
        }),
        record({
          style: fc.oneof(fc.constantFrom('short', 'full', 'oscola'), field),
          locale: field,
        }),
      ),
    ],
    [
      'formatStateList',
      fc.tuple(
        fc.array(fc.oneof(fc.constantFrom('AUT', 'BE', '204', 'XXX'), field), { maxLength: 6 }),
        record({
          locale: fc.oneof(fc.constantFrom('fr', 'en-GB', 'zz-ZZ', 'not a locale!'), field),
          sort: fc.oneof(fc.constantFrom('text', 'alpha', 'group'), field),
          conjunction: fc.oneof(fc.constantFrom('and', 'or'), field),
          names: fc.oneof(fc.constantFrom('short', 'formal', 'un'), field),
        }),
      ),
    ],
    [
      'formatStateListToParts',
      fc.tuple(
        fc.array(fc.oneof(fc.constantFrom('AUT', 'BE', '204'), field), { maxLength: 6 }),
        record({ locale: field, sort: field, conjunction: field, names: field }),
      ),
    ],
    [
      'formatCredit',
      fc.tuple(
        record({
          kind: fc.oneof(
            fc.constantFrom('photo', 'map', 'credit', 'constructor', '__proto__'),
            field,
          ),
          title: field,
          creator: field,
          source: field,
          license: fc.oneof(fc.constantFrom('CC BY 2.0', 'CC0'), field),
          url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), field),
          licenseUrl: field,
        }),
        record({ format: fc.oneof(fc.constantFrom('text', 'html'), field) }),
      ),
    ],
  ]
  for (const [name, args] of structured) {
    const fn = (core as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!
    it(`${name}: the right shape with arbitrary field and option values never throws`, () =>
      holdsFor(
        fc.property(args, (values) => {
          try {
            fn(...values)
          } catch (error) {
            if (error instanceof TypeError && error.message.startsWith(`${name}:`)) return
            throw error
          }
        }),
        { numRuns: RUNS },
      ))
  }

  it('remarkTreatymark: arbitrary options and markdown never make processSync throw', () => {
    const callback = fc.oneof(
      fc.func(anything),
      fc.constant(() => {
        throw new Error('callback failure')
      }),
      anything,
    )
    const options = fc.oneof(
      anything,
      fc.record(
        {
          buildUrl: callback,
          instrument: argument,
          instrumentsCited: fc.oneof(
            fc.boolean(),
            fc.record({ depth: anything, heading: anything }, { requiredKeys: [] }),
            anything,
          ),
          classPrefix: argument,
          states: anything,
          credits: anything,
          rewrite: anything,
        },
        { requiredKeys: [] },
      ),
    )
    const markdown = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Article 5 of the APMBT, Austria, Belgium and Benin.',
        ':::credit{title=T creator=C}\n![a](java&#9;script:alert(1))\n:::',
        ':cite[Article 5]{treaty=apmbt}, ::states[Austria, Chile, Peru]{count}',
      ),
    )
    holdsFor(
      fc.property(options, markdown, (o, md) => {
        String(
          unified()
            .use(remarkParse)
            .use(remarkTreatymark, o as never)
            .use(remarkRehype)
            .use(rehypeStringify)
            .processSync(md),
        )
      }),
      { numRuns: RUNS },
    )
  })
})
