import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import fc from 'fast-check'
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

  it('wraps entities across inline elements when the elements fit inside', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('p', [
          'Under Article 5 of the ',
          h('em', 'Ottawa Convention'),
          ', Chile, ',
          h('b', 'Peru'),
          ' and Ecuador act.',
        ]),
        h('p', ['Here Article 5 of the ', h('em', 'APMBT, a treaty,'), ' is cut.']),
      ],
    }
    const before = textOf(tree)
    markupHast(tree, { cards: false })
    const html = toHtml(tree)
    expect(textOf(tree)).toBe(before)
    expect(html).toContain('>Article 5 of the <em>Ottawa Convention</em></a>')
    expect(html).toContain(
      '<span class="tm-state-list" data-count="3"><span class="tm-state" data-iso3="CHL">Chile</span>, <b><span class="tm-state" data-iso3="PER">Peru</span></b> and <span class="tm-state" data-iso3="ECU">Ecuador</span></span>',
    )
    expect(html).toContain('<p>Here Article 5 of the <em>APMBT, a treaty,</em> is cut.</p>')
    const again = toHtml(tree)
    markupHast(tree, { cards: false })
    expect(toHtml(tree)).toBe(again)
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

function nestedOwnLinks(tree: Root): number {
  let count = 0
  const walk = (node: Root | ElementContent, inLink: boolean): boolean => {
    if (node.type !== 'element' && node.type !== 'root') return false
    const isA = node.type === 'element' && node.tagName === 'a'
    const own = isA && String((node as Element).properties.className ?? '').startsWith('tm-')
    let hasLinkInside = false
    for (const child of node.children as ElementContent[])
      if (walk(child, inLink || isA)) hasLinkInside = true
    if (own && (inLink || hasLinkInside)) count++
    return isA || hasLinkInside
  }
  walk(tree, false)
  return count
}

describe('markupHast properties', () => {
  const words = fc.constantFrom(
    'Article 5 of the ',
    'APMBT',
    'Ottawa Convention',
    'Austria',
    ', ',
    ' and ',
    'Chile',
    'Peru',
    'the UK',
    ' A/RES/63/71 ',
    'Photo: Pier by mo_k on Flickr',
    ' ',
    '.',
    '\n',
  )
  const inline: fc.Arbitrary<ElementContent> = fc.letrec((tie) => ({
    node: fc.oneof(
      { weight: 5, arbitrary: words.map((value): ElementContent => ({ type: 'text', value })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom('em', 'b', 'a', 'code', 'span'),
            fc.array(tie('node'), { maxLength: 3 }),
          )
          .map(([tag, children]): ElementContent =>
            h(tag, tag === 'a' ? { href: 'https://x.org' } : {}, children as ElementContent[]),
          ),
      },
    ),
  })).node
  const treeArbitrary = fc
    .array(fc.array(inline, { maxLength: 8 }), { maxLength: 5 })
    .map((paragraphs): Root => ({ type: 'root', children: paragraphs.map((c) => h('p', c)) }))

  it('keeps the text, is idempotent, never throws', () => {
    fc.assert(
      fc.property(treeArbitrary, (tree) => {
        const before = textOf(tree)
        markupHast(tree)
        expect(textOf(tree)).toBe(before)
        const once = toHtml(tree)
        markupHast(tree)
        expect(toHtml(tree)).toBe(once)
        // The links treatymark makes are never inside, or around, another link.
        expect(nestedOwnLinks(tree)).toBe(0)
      }),
      { numRuns: 300 },
    )
  })

  it('ignores class names that are not strings or numbers in a broken tree', () => {
    // A value with no string form (a null-prototype object) once made markupHast throw.
    const p: Element = {
      type: 'element',
      tagName: 'p',
      properties: { className: [Object.create(null) as never, 'tm-note', 3 as never] },
      children: [{ type: 'text', value: 'Article 5 of the APMBT' }],
    }
    const tree: Root = { type: 'root', children: [p] }
    expect(() => markupHast(tree)).not.toThrow()
    expect(textOf(tree)).toBe('Article 5 of the APMBT')
  })
})
