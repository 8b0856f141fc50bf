import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { describe, expect, it } from 'vitest'
import { markupHast } from './hast.js'

function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('')
  return ''
}

describe('markupHast', () => {
  it('marks up prose in an existing tree, leaves links and code alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('h2', 'The Ottawa Convention'),
        h('p', [
          'Under Article 5(1) of the Convention, Chile, Peru and Ecuador report. ',
          h('a', { href: 'https://example.org' }, 'Austria'),
          ' and ',
          h('code', 'Article 2 of the ATT'),
          '.',
        ]),
      ],
    }
    const before = textOf(tree)
    const extraction = markupHast(tree)
    const html = toHtml(tree)
    expect(textOf(tree)).toBe(before)
    expect(html).toContain('<h2>The <a class="tm-cite"')
    expect(html).toContain('data-treaty="apmbt" data-article="5" data-paragraph="1"')
    expect(html).toContain('<span class="tm-state-list" data-count="3">')
    expect(html).toContain('<a href="https://example.org">Austria</a>')
    expect(html).toContain('<code>Article 2 of the ATT</code>')
    expect(extraction.citations.map((c) => c.treaty)).toEqual(['apmbt', 'apmbt'])
  })

  it('is idempotent and respects data-treatymark="off"', () => {
    const tree: Root = {
      type: 'root',
      children: [h('p', 'Norway and Peru.'), h('p', { dataTreatymark: 'off' }, 'Norway and Peru.')],
    }
    markupHast(tree)
    const once = toHtml(tree)
    markupHast(tree)
    expect(toHtml(tree)).toBe(once)
    expect(once).toBe(
      '<p><span class="tm-state" data-iso3="NOR">Norway</span> and <span class="tm-state" data-iso3="PER">Peru</span>.</p><p data-treatymark="off">Norway and Peru.</p>',
    )
  })

  it('turns a credit paragraph into p.tm-credit', () => {
    const tree: Root = {
      type: 'root',
      children: [h('p', 'Photo: Pier by mo_k on Flickr (CC BY 2.0)')],
    }
    markupHast(tree, { cards: false })
    const p = tree.children[0] as Element
    expect(p.properties.className).toEqual(['tm-credit'])
    expect(toHtml(tree)).toContain('<span class="tm-credit-creator">mo_k</span>')
  })
})
