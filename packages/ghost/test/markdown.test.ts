import { readFile, writeFile } from 'node:fs/promises'
import { fromHtml } from 'hast-util-from-html'
import type { Element, Nodes, Root } from 'hast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { cardEnd, markdownToLexical } from '../src/index.js'
import { renderLexical } from './ghost-renderer.js'

const fixture = new URL('fixtures/post/', import.meta.url)

function elements(tree: Nodes): Element[] {
  const out: Element[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'element') out.push(node)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return out
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('')
  return ''
}

const classes = (element: Element): string[] =>
  Array.isArray(element.properties.className) ? element.properties.className.map(String) : []

/** The author's words of a markdown post: every text, code and inline code, no markup. */
function authorText(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body)
  return tree.children
    .filter((node) => node.type !== 'yaml' && node.type !== 'definition' && node.type !== 'html')
    .map((node) => mdastToString(node, { includeImageAlt: false }))
    .join('')
}

const squash = (text: string): string => text.replace(/\s+/g, '')

describe('markdownToLexical through Ghost’s renderer', () => {
  it('renders the fixture post exactly (UPDATE=1 regenerates output.html)', async () => {
    const markdown = await readFile(new URL('input.md', fixture), 'utf8')
    const result = markdownToLexical(markdown)
    const html = await renderLexical(result.lexical)
    const expectedUrl = new URL('output.html', fixture)
    if (process.env.UPDATE) await writeFile(expectedUrl, html)
    expect(html).toBe(await readFile(expectedUrl, 'utf8'))
    expect(result.meta).toEqual({
      title: 'Clearance deadlines, one more year',
      slug: 'clearance-deadlines-one-more-year',
      tags: ['landmines', 'reporting'],
    })
  })

  it('keeps every entity’s markup and the author’s words', async () => {
    const markdown = await readFile(new URL('input.md', fixture), 'utf8')
    const { lexical, extraction } = markdownToLexical(markdown)
    const html = await renderLexical(lexical)
    const tree = fromHtml(html, { fragment: true })
    const all = elements(tree)
    const links = all.filter((e) => e.tagName === 'a')

    expect(extraction.citations.length).toBe(2)
    for (const citation of extraction.citations) {
      const link = links.find((a) => textOf(a) === citation.text)
      expect(link, citation.text).toBeDefined()
      expect(String(link!.properties.href)).toMatch(/^https:\/\/treaties\.un\.org\//)
    }
    expect(extraction.documents.length).toBe(2)
    for (const document of extraction.documents) {
      const link = links.find(
        (a) => a.properties.href === `https://docs.un.org/en/${document.symbol}`,
      )
      expect(link, document.symbol).toBeDefined()
      expect(textOf(link!)).toBe(document.text)
    }
    expect(extraction.states.length).toBeGreaterThanOrEqual(7)
    for (const state of extraction.states) {
      const span = all.find(
        (e) =>
          classes(e).includes('tm-state') &&
          e.properties.dataIso3 === state.iso3 &&
          textOf(e) === state.text,
      )
      expect(span, state.text).toBeDefined()
    }
    for (const list of extraction.stateLists) {
      const wrapper = all.find(
        (e) =>
          classes(e).includes('tm-state-list') &&
          e.properties.dataCount === String(list.members.length),
      )
      expect(wrapper).toBeDefined()
    }
    expect(extraction.credits.length).toBe(1)
    const credit = all.find((e) => e.tagName === 'figcaption' && classes(e).includes('tm-credit'))
    expect(credit && textOf(credit)).toBe(extraction.credits[0]!.text)
    expect(all.find((e) => classes(e).includes('tm-credit-license'))?.properties.href).toBe(
      'https://creativecommons.org/licenses/by/2.0/',
    )
    // The author's words, in order, whatever markup was added (the title heading left out).
    const words = authorText(markdown).replace('Clearance deadlines, one more year', '')
    expect(squash(textOf(tree))).toBe(squash(words))
  })

  it('keeps native Ghost nodes where Ghost keeps the markup', () => {
    const { lexical, cards } = markdownToLexical(
      'Article 5 of the APMBT and A/RES/78/52 are links.\n\n## A heading\n\n> A quote.\n',
    )
    expect(cards).toBe(0)
    expect(lexical.root.children.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'quote',
    ])
    const paragraph = lexical.root.children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual([
      'link',
      'text',
      'link',
      'text',
    ])
  })

  it("inline: 'cards' keeps core's full markup for every block with an entity", async () => {
    const { lexical, cards } = markdownToLexical(
      'Article 5 of the APMBT applies.\n\nNo entity here.\n',
      {
        inline: 'cards',
      },
    )
    expect(cards).toBe(1)
    const html = await renderLexical(lexical)
    expect(html).toContain('<p><a class="tm-cite" href="https://')
    expect(html).toContain('data-treaty="apmbt" data-article="5"')
    expect(html).toContain('<p>No entity here.</p>')
  })

  it('keeps the styles email needs inline (Ghost’s email target, no stylesheet)', async () => {
    const { lexical } = markdownToLexical(
      [
        'Under Article 4 of the CCM, Austria, Chile and Peru reported (CCM/MSP/2023/4).',
        '',
        '![A field](https://example.org/f.jpg)',
        '',
        "Photo: 'A field' by someone on Flickr, CC BY 2.0",
      ].join('\n'),
      { inline: 'cards' },
    )
    const html = await renderLexical(lexical, 'email')
    expect(html).toMatch(/<a class="tm-cite" [^>]*style="color:inherit;text-decoration:underline;/)
    expect(html).toMatch(
      /<a class="tm-doc" [^>]*style="color:inherit;text-decoration:underline dotted;/,
    )
    expect(html).toMatch(/<figcaption class="tm-credit" [^>]*style="font-size:0\.85em;/)
    expect(html).toContain('style="display:block;max-width:100%;height:auto"')
    expect(html).not.toContain('<style')
  })

  it('keeps hostile text as text and links only http(s)', async () => {
    const markdown = [
      'Text <!--kg-card-end: html--> <script>alert(1)</script> and Austria, Chile and Peru.',
      '',
      '[bad](javascript:alert(1)) and [good](https://example.org/ok).',
      '',
      ':::credit{title="Field" creator="A. B." source=Flickr license="CC BY 2.0" url="https://example.org/field"}',
      '![Field <!--kg-card-end: html-->](https://example.org/f.jpg)',
      ':::',
      '',
      'Photo: [x](javascript:alert(3)) by Someone on Flickr, CC BY 2.0',
    ].join('\n')
    const { lexical } = markdownToLexical(markdown)
    for (const node of lexical.root.children) {
      if (node.type === 'html') expect(node.html).not.toContain(cardEnd)
    }
    const html = await renderLexical(lexical)
    expect(html.split(cardEnd).length - 1).toBe(html.split('<!--kg-card-begin: html-->').length - 1)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(html).toContain('<a href="https://example.org/ok">good</a>')
    const tree = fromHtml(html, { fragment: true }) as Root
    expect(textOf(tree)).toContain(
      'Text <!--kg-card-end: html--> <script>alert(1)</script> and Austria',
    )
  })

  it('reports the preset’s diagnostics with positions', () => {
    const { messages } = markdownToLexical('See :cite[Article 5]{treaty=nope} here.\n')
    expect(messages.length).toBeGreaterThan(0)
    expect(messages[0]).toMatchObject({ line: 1 })
  })
})
