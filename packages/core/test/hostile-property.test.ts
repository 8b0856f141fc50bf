/**
 * Property tests (fast-check): every public render function with arbitrary values for each
 * argument and option never throws, except the documented `TypeError` naming a required
 * argument of the wrong type. Hand-made extractions, options, callbacks and trees are generated
 * both well-typed and wrong-typed, including throwing callbacks.
 */
import fc from 'fast-check'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { findInjections } from '@treatymark/hostile-corpus'
import { markupDom } from '../src/dom.js'
import {
  hastToHtml,
  instrumentsCited,
  markupHast,
  renderHtml,
  renderText,
  safeHttpUrl,
  safeImageSrc,
} from '../src/index.js'
import { renderExtractionHtml, renderParagraphs } from '../src/render/html.js'
import { resolveRenderOptions } from '../src/render/options.js'
import { imageElement, instrumentsCitedElement } from '../src/render/sections.js'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300)

/** `fc.check` with an assertion (the test setup requires one): the property held for every run. */
function holdsFor<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const details = fc.check(property, params)
  expect(details.failed, fc.defaultReportMessage(details) ?? '').toBe(false)
  expect(details.numRuns).toBeGreaterThan(0)
}

/** Calls `fn`; a TypeError is allowed only when its message names `name:` (the function). */
function allowedThrow(name: string, fn: () => unknown): unknown {
  try {
    return fn()
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith(`${name}:`)) return undefined
    throw error
  }
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 3,
})

const thrower = fc.constant(() => {
  throw new Error('callback failure')
})
const callback = fc.oneof(fc.func(anything), thrower, anything)

const prose = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Under Article 5(1) of the APMBT, Austria, Belgium and Benin reported to CCW/MSP/2023/4.',
    'Photo: Harbour at dusk by Jane Doe via Flickr (CC BY 2.0)\n\nThe U.S. and the UK signed.',
    'Article 7 of the Convention; Chile, Peru and Ecuador.\n\nA/RES/78/52',
  ),
  fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a} Article 5 of the CCM, Austria ${b}`),
)

const offset = fc.oneof(fc.nat({ max: 120 }), anything)
const field = fc.oneof(fc.string(), fc.constant(null), anything)
const entity = fc.oneof(
  anything,
  fc.record(
    {
      start: offset,
      end: offset,
      text: field,
      treaty: fc.oneof(fc.constantFrom('apmbt', 'ccm', 'npt', 'xx'), field),
      article: field,
      paragraph: field,
      subparagraph: field,
      url: fc.oneof(fc.webUrl(), field),
      symbol: field,
      iso3: fc.oneof(fc.constantFrom('AUT', 'BEL', 'ZZZ'), field),
      iso2: field,
      name: field,
      members: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), anything),
      unresolved: fc.oneof(fc.array(fc.string(), { maxLength: 2 }), anything),
      kind: field,
      title: field,
      creator: field,
      source: field,
      license: fc.oneof(fc.constantFrom('CC BY 2.0', 'CC0'), field),
      licenseUrl: fc.oneof(fc.webUrl(), field),
    },
    { requiredKeys: [] },
  ),
)
const entities = fc.oneof(fc.array(entity, { maxLength: 5 }), anything)
const extraction = fc.oneof(
  anything,
  fc.record(
    {
      citations: entities,
      documents: entities,
      states: entities,
      stateLists: entities,
      credits: entities,
      diagnostics: anything,
    },
    { requiredKeys: [] },
  ),
)
const bool = fc.oneof(fc.boolean(), anything)
const options = fc.oneof(
  anything,
  fc.record(
    {
      buildUrl: callback,
      onDiagnostic: callback,
      citations: bool,
      documents: bool,
      states: bool,
      stateLists: bool,
      credits: bool,
      cards: bool,
      classPrefix: fc.oneof(fc.string(), anything),
      paragraphs: bool,
      lineBreaks: bool,
      instrument: fc.oneof(fc.constantFrom('apmbt', 'ccw', 'nope'), anything),
      kinds: fc.oneof(
        fc.subarray(['citations', 'documents', 'states', 'stateLists', 'credits']),
        anything,
      ),
      demonyms: bool,
      extraction,
    },
    { requiredKeys: [] },
  ),
)

/** hast-like trees: well-formed and broken (missing properties, children, values). */
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      { type: fc.constant('text'), value: fc.oneof(prose, anything) },
      {
        requiredKeys: ['type'],
      },
    ),
    fc.record(
      {
        type: fc.constant('element'),
        tagName: fc.oneof(fc.constantFrom('p', 'a', 'em', 'code', 'div', 'span', 'br'), anything),
        properties: fc.oneof(
          fc.record({ className: fc.oneof(fc.array(fc.string()), fc.string(), anything) }),
          anything,
        ),
        children: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), anything),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constantFrom('comment', 'doctype', 'raw'), value: anything }),
    anything,
  ),
  root: fc.record(
    {
      type: fc.constant('root'),
      children: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), anything),
    },
    { requiredKeys: ['type'] },
  ),
}))

describe('no throws from the render functions (fast-check)', () => {
  it('renderHtml(text, options)', () => {
    holdsFor(
      fc.property(fc.oneof(prose, anything), options, (text, o) => {
        const html = allowedThrow('renderHtml', () => renderHtml(text as string, o as never))
        if (typeof text === 'string') expect(typeof html).toBe('string')
      }),
      { numRuns: RUNS },
    )
  })

  it('renderText, renderExtractionHtml, renderParagraphs (text, extraction, options)', () => {
    holdsFor(
      fc.property(fc.oneof(prose, anything), extraction, options, (text, e, o) => {
        allowedThrow('renderText', () => renderText(text as string, e as never, o as never))
        allowedThrow('renderExtractionHtml', () =>
          renderExtractionHtml(text as string, e as never, o as never),
        )
        allowedThrow('renderParagraphs', () =>
          renderParagraphs(text as string, e as never, o as never),
        )
      }),
      { numRuns: RUNS },
    )
  })

  it('renderText keeps the text exactly, whatever the extraction', () => {
    holdsFor(
      fc.property(prose, extraction, options, (text, e, o) => {
        let value: unknown
        try {
          value = renderText(text, e as never, o as never)
        } catch (error) {
          // Only an extraction that is not an object may be refused.
          expect(error).toBeInstanceOf(TypeError)
          return
        }
        const textOf = (node: { type?: string; value?: string; children?: unknown[] }): string =>
          node.type === 'text'
            ? (node.value ?? '')
            : (node.children ?? []).map((c) => textOf(c as never)).join('')
        expect(textOf(value as never)).toBe(text)
      }),
      { numRuns: RUNS },
    )
  })

  it('markupHast(tree, options) on well-formed and broken trees', () => {
    holdsFor(
      fc.property(fc.oneof(tree.root, tree.node), options, (t, o) => {
        allowedThrow('markupHast', () => markupHast(t as never, o as never))
      }),
      { numRuns: RUNS },
    )
  })

  it('markupDom(root, options) in happy-dom, and its output carries no injection', () => {
    const window = new Window()
    const document = window.document
    holdsFor(
      fc.property(fc.oneof(prose, fc.string()), options, anything, (html, o, junk) => {
        const root = document.createElement('div')
        root.innerHTML = html
        const before = findInjections(root.innerHTML).length
        markupDom(root as unknown as globalThis.Element, o as never)
        expect(findInjections(root.innerHTML).length).toBeLessThanOrEqual(before)
        allowedThrow('markupDom', () => markupDom(junk as never, o as never))
      }),
      { numRuns: RUNS },
    )
    window.close()
  })

  it('hastToHtml, the URL guards, imageElement, resolveRenderOptions', () => {
    holdsFor(
      fc.property(
        fc.oneof(tree.root, tree.node, anything),
        anything,
        callback,
        (t, value, report) => {
          allowedThrow('hastToHtml', () => hastToHtml(t as never))
          const link = safeHttpUrl(value)
          if (link !== undefined) expect(link).toMatch(/^https?:\/\//)
          safeImageSrc(value)
          imageElement(value as never, report as never)
          imageElement({ url: value, alt: value, title: value } as never, report as never)
          resolveRenderOptions(value as never)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('instrumentsCited and instrumentsCitedElement', () => {
    holdsFor(
      fc.property(entities, options, anything, anything, (list, o, heading, depth) => {
        const entries = allowedThrow('instrumentsCited', () =>
          instrumentsCited(list as never, o as never),
        )
        allowedThrow('instrumentsCitedElement', () =>
          instrumentsCitedElement(
            (entries ?? list) as never,
            o as never,
            heading as never,
            depth as never,
          ),
        )
      }),
      { numRuns: RUNS },
    )
  })
})
