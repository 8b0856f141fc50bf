import fc from 'fast-check'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import {
  cardEnd,
  markdownToLexical,
  renderCard,
  toLexicalNode,
  toSourceHtml,
} from '../src/index.js'
import { renderLexical } from './ghost-renderer.js'

/** Well-formed: parses without errors and serialises back to exactly the same HTML. */
function expectWellFormed(html: string): void {
  const errors: string[] = []
  const tree = fromHtml(html, {
    fragment: true,
    onerror: (error) => void errors.push(error.message),
  })
  expect(errors).toEqual([])
  // serializeCard writes `<!--` in attribute values as `&#x3C;!--`; the structure is unchanged.
  expect(toHtml(tree).replace(/<!--/g, '&#x3C;!--')).toBe(html)
}

describe('renderCard', () => {
  it('renders a citation with core’s markup and inline styles', () => {
    expect(
      renderCard({ kind: 'citation', treaty: 'ccm', article: '4', text: 'Article 4 of the CCM' }),
    ).toBe(
      '<div class="tm-ghost-card" data-tm-card="citation"><p><a class="tm-cite" href="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&#x26;mtdsg_no=XXVI-6&#x26;chapter=26&#x26;clang=_en" data-treaty="ccm" data-article="4" title="Convention on Cluster Munitions, Article 4: Clearance and destruction of cluster munition remnants and risk reduction education" data-card-name="Convention on Cluster Munitions" data-card-detail="Article 4: Clearance and destruction of cluster munition remnants and risk reduction education" style="color:inherit;text-decoration:underline;text-underline-offset:0.18em">Article 4 of the CCM</a></p></div>',
    )
  })

  it('writes the citation text with formatCitation when none is given', () => {
    const html = renderCard({
      kind: 'citation',
      treaty: 'apmbt',
      article: '5',
      paragraph: '1',
      style: 'short',
    })
    expect(html).toContain('>APMBT Art. 5(1)</a>')
    expectWellFormed(html)
  })

  it('renders a list of states, in order or sorted', () => {
    const html = renderCard({
      kind: 'stateList',
      states: ['PE', 'AUT', '204'],
      sort: 'alpha',
      locale: 'en-GB',
    })
    expect(html).toBe(
      '<div class="tm-ghost-card" data-tm-card="stateList"><p><span class="tm-state-list" data-count="3"><span class="tm-state" data-iso3="AUT">Austria</span>, <span class="tm-state" data-iso3="BEN">Benin</span> and <span class="tm-state" data-iso3="PER">Peru</span></span></p></div>',
    )
    expect(() => renderCard({ kind: 'stateList', states: ['XXX'] })).toThrow(RangeError)
  })

  it('renders a credited figure, only http(s) links', () => {
    const html = renderCard({
      kind: 'figure',
      src: 'https://example.org/a.jpg',
      alt: 'A "field" <!--kg-card-end: html-->',
      credit: {
        title: 'Field',
        creator: 'Ana',
        source: 'Flickr',
        license: 'CC BY 2.0',
        url: 'javascript:alert(1)',
      },
    })
    expect(html).not.toContain(cardEnd)
    expect(html).not.toContain('javascript:')
    expect(html).toContain(
      '<figcaption class="tm-credit" data-kind="photo" data-license="CC BY 2.0" style="',
    )
    expect(html).toContain(
      '<a class="tm-credit-license" href="https://creativecommons.org/licenses/by/2.0/" rel="license">CC BY 2.0</a>',
    )
    expect(html).toContain('alt="A &#x22;field&#x22; &#x3C;!--kg-card-end: html-->"')
    expectWellFormed(html)
    expect(
      renderCard({ kind: 'figure', src: 'javascript:alert(1)', credit: { creator: 'Ana' } }),
    ).not.toContain('javascript:')
  })

  it('renders a markdown fragment with the remark preset', () => {
    const html = renderCard({
      kind: 'markdown',
      markdown: 'Under Article 7, Austria reported.',
      instrument: 'ccm',
    })
    expect(html).toContain('data-treaty="ccm" data-article="7"')
    expect(html).toContain('<span class="tm-state" data-iso3="AUT">Austria</span>')
    expect(html).toMatch(/^<div class="tm-ghost-card" data-tm-card="markdown"><p>/)
  })

  it('can leave inline styles out', () => {
    expect(renderCard({ kind: 'citation', treaty: 'npt', inlineStyles: false } as never)).toContain(
      'style=',
    )
    expect(renderCard({ kind: 'citation', treaty: 'npt' }, { inlineStyles: false })).not.toContain(
      'style=',
    )
  })

  it('rejects unknown input with a RangeError', () => {
    expect(() => renderCard({ kind: 'nope' } as never)).toThrow(/unknown kind "nope"/)
    expect(() => renderCard({ kind: 'citation', treaty: 'nope' as never })).toThrow(RangeError)
  })
})

describe('toLexicalNode and toSourceHtml', () => {
  it('wraps a fragment as Ghost’s html card', async () => {
    const html = renderCard({ kind: 'stateList', states: ['AUT', 'BEL', 'BEN'] })
    expect(toLexicalNode(html)).toEqual({ type: 'html', version: 1, html })
    expect(toSourceHtml(html)).toBe(`<!--kg-card-begin: html-->\n${html}\n<!--kg-card-end: html-->`)
    const rendered = await renderLexical({
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [toLexicalNode(html)],
      },
    })
    expect(rendered).toBe(`\n<!--kg-card-begin: html-->\n${html}\n<!--kg-card-end: html-->\n`)
  })

  it('never lets a foreign fragment end the card early', () => {
    const hostile = '<p>a</p><!--kg-card-end: html--><script>x()</script><!-- KG-CARD-END: html -->'
    expect(toLexicalNode(hostile).html).not.toMatch(/<!--\s*kg-card-end/i)
    expect(toSourceHtml(hostile).match(/<!--\s*kg-card-end/gi)).toHaveLength(1)
    expect(() => toLexicalNode(42 as never)).toThrow(TypeError)
  })
})

const phrases = [
  'Article 5(1) of the APMBT',
  'article 4 of the Convention',
  'Protocol V',
  'A/RES/78/52',
  'CCW/GGE/2008-V/WP.1',
  'Austria, Chile and Peru',
  'the UK',
  "Côte d'Ivoire",
  "Photo: 'A field' by someone on Flickr, CC BY 2.0",
  '![a field](https://example.org/f.jpg)',
  '[a link](javascript:alert(1))',
  '<!--kg-card-end: html-->',
  '<!--kg-card-begin: html-->',
  '<script>alert(1)</script>',
  '"quotes" & <b>tags</b>',
  ':cite[Article 2]{treaty=att}',
  ':state[the Vatican]{iso3=VAT}',
  '`code`',
  '*',
  '**',
  '_',
  '> ',
  '- ',
  '1. ',
  '# ',
  '|',
]
const separators = [
  ' ',
  ' ',
  ', ',
  '\n',
  '\n\n',
  '\n\n- ',
  '\n\n> ',
  '\n\n::states[Austria, Benin, Chad]\n\n',
]
const markdownArbitrary = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 12 })),
      fc.constantFrom(...separators),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.map(([a, b]) => a + b).join(''))

describe('property: html cards from random markdown with entities', () => {
  it('are well-formed and never contain the card-end comment', () => {
    fc.assert(
      fc.property(
        markdownArbitrary,
        fc.constantFrom<'links' | 'cards'>('links', 'cards'),
        (markdown, inline) => {
          const { lexical } = markdownToLexical(markdown, { inline })
          for (const node of lexical.root.children) {
            if (node.type !== 'html') continue
            expect(node.html).not.toContain(cardEnd)
            expect(node.html).not.toMatch(/<!--/)
            // Raw HTML is shown as text, so the words `javascript:` may
            // appear escaped in a paragraph; never as a tag or a URL.
            expect(node.html).not.toMatch(/<script/i)
            expect(node.html).not.toMatch(/=\s*["']?\s*javascript:/i)
            expectWellFormed(node.html)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('render through Ghost with one end comment per card', async () => {
    await fc.assert(
      fc.asyncProperty(markdownArbitrary, async (markdown) => {
        const { lexical, cards } = markdownToLexical(markdown)
        const html = await renderLexical(lexical)
        expect(html.split(cardEnd).length - 1).toBe(cards)
        expect(html).not.toMatch(/<script/i)
      }),
      { numRuns: 60 },
    )
  })

  it('renderCard of any markdown stays one card', () => {
    fc.assert(
      fc.property(markdownArbitrary, (markdown) => {
        const html = renderCard({ kind: 'markdown', markdown })
        expect(html).not.toContain(cardEnd)
        expectWellFormed(html)
      }),
      { numRuns: 200 },
    )
  })
})
