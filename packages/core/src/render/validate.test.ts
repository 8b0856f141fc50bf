import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import type { Diagnostic, Extraction } from '../models/index.js'
import { renderExtractionHtml, renderHtml, renderParagraphs } from './html.js'
import { renderText } from './text.js'
import { markupHast } from './hast.js'
import { imageElement, instrumentsCitedElement } from './sections.js'
import { resolveRenderOptions } from './options.js'

function collect(): { diagnostics: Diagnostic[]; onDiagnostic: (d: Diagnostic) => void } {
  const diagnostics: Diagnostic[] = []
  return { diagnostics, onDiagnostic: (d) => diagnostics.push(d) }
}

const text = 'Austria and France signed Article 5 of the APMBT.'

describe('required arguments', () => {
  it.each([
    ['renderHtml', () => renderHtml(null as never), /renderHtml: text must be a string/],
    ['renderText', () => renderText(5 as never, null), /renderText: text must be a string/],
    ['renderText extraction', () => renderText('x', 'y' as never), /renderText: extraction/],
    ['renderParagraphs', () => renderParagraphs([] as never, null), /renderParagraphs: text/],
    ['renderExtractionHtml', () => renderExtractionHtml({} as never, {}), /text must be/],
    ['markupHast', () => markupHast(null as never), /markupHast: tree must be/],
    ['markupHast text', () => markupHast({ type: 'text', value: 'x' } as never), /markupHast/],
  ])('%s: TypeError naming the argument', (_name, call, message) => {
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })
})

describe('malformed extractions', () => {
  it('renderText(text, null) renders the plain text', () => {
    expect(toHtml(renderText(text, null))).toBe(text)
    expect(toHtml(renderText(text, undefined))).toBe(text)
  })

  it.each<[string, unknown]>([
    ['null entries', { states: [null, 5, 'x', []] }],
    ['a citation without a treaty', { citations: [{ start: 0, end: 7 }] }],
    ['a state list without members', { stateLists: [{ start: 0, end: 7, text: 'Austria' }] }],
    ['offsets that are not integers', { states: [{ start: '0', end: 7, iso3: 'AUT' }] }],
    ['a kind that is not an array', { states: 'Austria', credits: {} }],
    ['members that are not strings', { stateLists: [{ start: 0, end: 7, members: [1, 2] }] }],
  ])('%s: skipped with a diagnostic', (_name, extraction) => {
    const { diagnostics, onDiagnostic } = collect()
    const html = renderExtractionHtml(text, extraction as Partial<Extraction>, { onDiagnostic })
    expect(html).toBe(text)
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics.every((d) => d.ruleId === 'invalid-entity')).toBe(true)
  })

  it('keeps the well-formed entries beside the broken ones', () => {
    const { diagnostics, onDiagnostic } = collect()
    const html = renderHtml(text, {
      onDiagnostic,
      extraction: { states: [null as never, { start: 0, end: 7, iso3: 'AUT' } as never] },
    })
    expect(html).toBe(`<span class="tm-state" data-iso3="AUT">Austria</span>${text.slice(7)}`)
    expect(diagnostics).toHaveLength(1)
  })

  it('an unsafe entity URL is dropped with a diagnostic', () => {
    const { diagnostics, onDiagnostic } = collect()
    const html = renderHtml(text, {
      onDiagnostic,
      extraction: {
        credits: [
          {
            start: 0,
            end: 7,
            kind: 'photo',
            title: 'Austria',
            creator: null,
            source: null,
            license: null,
            url: '\u0001javascript:alert(1)',
          } as never,
        ],
      },
    })
    expect(html).not.toContain('javascript')
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['invalid-url'])
  })
})

describe('callbacks and options', () => {
  it('a throwing buildUrl gives the default URL and a diagnostic', () => {
    const { diagnostics, onDiagnostic } = collect()
    const html = renderHtml(text, {
      onDiagnostic,
      buildUrl: () => {
        throw new Error('boom')
      },
    })
    expect(html).toBe(renderHtml(text))
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics[0]!.ruleId).toBe('build-url-error')
    expect(diagnostics[0]!.message).toContain('boom')
  })

  it('a buildUrl that is not a function is ignored with a warning', () => {
    const { diagnostics, onDiagnostic } = collect()
    expect(renderHtml(text, { onDiagnostic, buildUrl: 'x' as never })).toBe(renderHtml(text))
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['invalid-option', 'warning']])
  })

  it('an unsafe URL from buildUrl gives no link and a diagnostic', () => {
    const { diagnostics, onDiagnostic } = collect()
    const html = renderHtml(text, { onDiagnostic, buildUrl: () => ' java\tscript:alert(1)' })
    expect(html).not.toContain('href')
    expect(diagnostics.some((d) => d.ruleId === 'invalid-url')).toBe(true)
  })

  it('bad option values fall back to defaults with a warning', () => {
    const { diagnostics, onDiagnostic } = collect()
    const html = renderHtml(text, {
      onDiagnostic,
      states: 'no' as never,
      classPrefix: 5 as never,
      paragraphs: 'yes' as never,
      kinds: 'states' as never,
      instrument: {} as never,
    })
    expect(html).toBe(renderHtml(text))
    expect(diagnostics.filter((d) => d.ruleId === 'invalid-option')).toHaveLength(5)
  })

  it('a throwing onDiagnostic does not stop rendering', () => {
    const onDiagnostic = () => {
      throw new Error('handler')
    }
    expect(renderHtml(text, { onDiagnostic, states: 1 as never })).toBe(renderHtml(text))
  })

  it('options of the wrong type are ignored', () => {
    expect(renderHtml(text, 5 as never)).toBe(renderHtml(text))
    expect(renderHtml(text, 'x' as never)).toBe(renderHtml(text))
  })

  it('instrumentsCitedElement: a depth that is not a number gives h2', () => {
    const { diagnostics, onDiagnostic } = collect()
    const options = resolveRenderOptions({ onDiagnostic })
    const section = instrumentsCitedElement([], options, 'Cited', 'x' as never)
    expect((section.children[0] as Element).tagName).toBe('h2')
    expect(diagnostics).toHaveLength(1)
  })

  it('imageElement drops an unsafe source with a diagnostic', () => {
    const { diagnostics, onDiagnostic } = collect()
    const { report } = resolveRenderOptions({ onDiagnostic })
    const img = imageElement({ url: 'java&#9;script:alert(1)', alt: 'a' }, report)
    expect(img.properties.src).toBeUndefined()
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['invalid-url'])
  })
})

describe('markupHast on malformed trees', () => {
  it('repairs a root without children and an element without properties', () => {
    expect(markupHast({ type: 'root' } as Root).states).toEqual([])
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Austria' }] }],
    } as unknown as Root
    expect(markupHast(tree).states).toHaveLength(1)
    expect(toHtml(tree)).toBe('<p><span class="tm-state" data-iso3="AUT">Austria</span></p>')
  })

  it('refuses a cycle and a deep tree with a diagnostic, leaving them unchanged', () => {
    const p: Element = { type: 'element', tagName: 'p', properties: {}, children: [] }
    p.children.push(p)
    expect(markupHast(p).diagnostics[0]!.ruleId).toBe('invalid-tree')
    let deep: Element = {
      type: 'element',
      tagName: 'b',
      properties: {},
      children: [{ type: 'text', value: 'Austria' }],
    }
    for (let i = 0; i < 5000; i++)
      deep = { type: 'element', tagName: 'b', properties: {}, children: [deep] }
    expect(markupHast(deep).diagnostics[0]!.ruleId).toBe('invalid-tree')
  })
})
