import type { Element, ElementContent, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import type { Extraction } from '../models/index.js'
import { attributeName, attributesOf } from './dom.js'
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
          ...at('Article 5(1)(a) of the APMBT'),
          treaty: 'apmbt',
          article: '5',
          paragraph: '1',
          subparagraph: 'a',
        },
      ],
      documents: [
        { ...at('A/RES/63/71'), symbol: 'A/RES/63/71', url: 'https://docs.un.org/en/A/RES/63/71' },
      ],
      states: [
        {
          ...at('UK'),
          iso3: 'GBR',
          iso2: 'GB',
          name: 'United Kingdom of Great Britain and Northern Ireland',
        },
        { ...at('Belgium'), iso3: 'BEL', iso2: 'BE', name: 'Belgium' },
        { ...at('Benin'), iso3: 'BEN', iso2: 'BJ', name: 'Benin' },
      ],
      stateLists: [
        { ...at('the UK, Belgium and Benin'), members: ['GBR', 'BEL', 'BEN'], unresolved: ['x'] },
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
