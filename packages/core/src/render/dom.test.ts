import type { Element, ElementContent, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import type { Extraction } from '../models/index.js'
import { attributeName, attributesOf, markupDom } from './dom.js'
import { FakeDocument, fakeTree, type FakeElement } from './fake-dom.test-helper.js'
import { renderText } from './text.js'

function decode(value: string): string {
  return value.replace(/&#x([0-9A-F]+);/gi, (_, hex: string) =>
    String.fromCodePoint(parseInt(hex, 16)),
  )
}

/** Attributes as hast-util-to-html writes them, decoded. */
function serialisedAttributes(element: Element): [string, string][] {
  const open = toHtml({ ...element, children: [] }).split('>')[0]!
  return [...open.matchAll(/ ([a-z0-9-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, decode(m[2] ?? '')])
}

function elements(nodes: readonly (ElementContent | RootContent)[]): Element[] {
  return nodes.flatMap((n) => (n.type === 'element' ? [n, ...elements(n.children)] : []))
}

describe('DOM attributes', () => {
  it('match what hast-util-to-html writes for every property the renderer emits', () => {
    const text = 'Under Article 5(1)(a) of the APMBT, the UK, Belgium and Benin cite A/RES/63/71.'
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s })
    const extraction: Extraction = {
      citations: [
        {
          type: 'citation',
          ...at('Article 5(1)(a) of the APMBT'),
          treaty: 'apmbt',
          article: '5',
          paragraph: '1',
          subparagraph: 'a',
        },
      ],
      documents: [
        {
          type: 'document',
          ...at('A/RES/63/71'),
          symbol: 'A/RES/63/71',
          url: 'https://docs.un.org/en/A/RES/63/71',
        },
      ],
      states: [
        {
          type: 'state',
          ...at('UK'),
          iso3: 'GBR',
          iso2: 'GB',
          name: 'United Kingdom of Great Britain and Northern Ireland',
        },
        { type: 'state', ...at('Belgium'), iso3: 'BEL', iso2: 'BE', name: 'Belgium' },
        { type: 'state', ...at('Benin'), iso3: 'BEN', iso2: 'BJ', name: 'Benin' },
      ],
      stateLists: [
        {
          type: 'stateList',
          ...at('the UK, Belgium and Benin'),
          members: ['GBR', 'BEL', 'BEN'],
          unresolved: ['x'],
        },
      ],
      credits: [],
      diagnostics: [],
    }
    const all = [
      ...elements(renderText(text, extraction).children),
      ...elements(renderText(text, extraction, { buildUrl: () => false }).children),
    ]
    expect(all.length).toBeGreaterThan(8)
    for (const element of all)
      expect(attributesOf(element.properties)).toEqual(serialisedAttributes(element))
  })

  it.each([
    ['className', 'class'],
    ['tabIndex', 'tabindex'],
    ['dataCardDetail', 'data-card-detail'],
    ['dataIso3', 'data-iso3'],
    ['href', 'href'],
  ])('%s -> %s', (property, attribute) => {
    expect(attributeName(property)).toBe(attribute)
  })
})

describe('markupDom (on a minimal fake DOM)', () => {
  const run = (build: (el: ReturnType<typeof fakeTree>) => FakeElement) => {
    const doc = new FakeDocument()
    const root = build(fakeTree(doc))
    const before = root.textContent
    const extraction = markupDom(root as unknown as Parameters<typeof markupDom>[0], {
      cards: false,
    })
    const once = root.outerHTML
    markupDom(root as unknown as Parameters<typeof markupDom>[0], { cards: false })
    return { before, after: root.textContent, once, twice: root.outerHTML, extraction }
  }

  it('marks up prose, wraps across inline elements, leaves links and code alone', () => {
    const r = run((el) =>
      el(
        'article',
        el(
          'p',
          'Under Article 5 of the ',
          el('em', 'Ottawa Convention'),
          ', Chile, ',
          el('b', 'Peru'),
          ' and Ecuador act.',
        ),
        el(
          'p',
          el('a', { href: 'https://example.org' }, 'Austria'),
          ' and ',
          el('code', 'Article 2 of the ATT'),
          '.',
        ),
        el('p', 'Photo: Pier by mo_k on Flickr (CC BY 2.0)'),
      ),
    )
    expect(r.after).toBe(r.before)
    expect(r.twice).toBe(r.once)
    expect(r.once).toContain('data-treaty="apmbt" data-article="5"')
    expect(r.once).toContain('>Article 5 of the <em>Ottawa Convention</em></a>')
    expect(r.once).toContain('<b><span class="tm-state" data-iso3="PER">Peru</span></b>')
    expect(r.once).toContain('<a href="https://example.org">Austria</a>')
    expect(r.once).toContain('<code>Article 2 of the ATT</code>')
    expect(r.once).toContain('<p class="tm-credit" data-kind="photo" data-license="CC BY 2.0">')
    expect(r.extraction.citations).toHaveLength(1)
  })

  it('respects data-treatymark="off" and leaves cut entities alone', () => {
    const r = run((el) =>
      el(
        'div',
        el('p', { 'data-treatymark': 'off' }, 'Norway and Peru.'),
        el('p', 'Here Article 5 of the ', el('em', 'APMBT, a treaty,'), ' is cut.'),
      ),
    )
    expect(r.once).toBe(
      '<div><p data-treatymark="off">Norway and Peru.</p><p>Here Article 5 of the <em>APMBT, a treaty,</em> is cut.</p></div>',
    )
  })
})
