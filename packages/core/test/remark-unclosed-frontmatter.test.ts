/**
 * A "---" first line that opens no front matter (it is never closed) keeps the structure of
 * everything after it: lists, block quotes and headings parse as plain remark parses them.
 * micromark-extension-frontmatter 2.0.0 turns them into paragraphs (upstream issue #5); the
 * preset parses such a document again without the front-matter syntax.
 */
import fc from 'fast-check'
import type { Root } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark } from '../src/remark/index.js'

const plain = (md: string) =>
  String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(md))
const preset = (md: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkTreatymark)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(md),
  )
const tree = (md: string) => {
  const processor = unified().use(remarkParse).use(remarkTreatymark)
  return processor.runSync(processor.parse(md)) as Root
}

describe('a front-matter fence that never closes', () => {
  it('keeps the list after it a list', () => {
    const md = '---\nA line under a rule.\n\n- first point\n- second point\n'
    expect(tree(md).children.map((node) => node.type)).toEqual([
      'thematicBreak',
      'paragraph',
      'list',
    ])
    expect(preset(md)).toBe(plain(md))
  })

  it('keeps quotes, headings and code as plain remark has them', () => {
    const md =
      '---   \r\nOpening words.\r\n\r\n> A quoted line.\r\n\r\n# Heading\r\n\r\n    code\r\n'
    expect(preset(md)).toBe(plain(md))
  })

  it('still marks up the entities of the document', () => {
    const md = '---\nIntro.\n\n- Article 5(1) of the APMBT\n- Austria, Belgium and Benin\n'
    const html = preset(md)
    expect(html).toMatch(/<ul>\n<li><a class="tm-cite"[^>]*data-treaty="apmbt"/)
    expect(html).toContain('data-iso3="BEN">Benin</span>')
  })

  it('leaves front matter that is closed as front matter', () => {
    const md = '---\ntreaty: ccm\n---\n\n- Article 4 says it.\n'
    const root = tree(md)
    expect(root.children.map((node) => node.type)).toEqual(['yaml', 'list'])
    expect(preset(md)).toMatch(/data-treaty="ccm" data-article="4"/)
  })

  it('is repaired too when the preset comes before remark-parse', () => {
    const md = '---\nIntro.\n\n- one\n- two\n'
    const html = String(
      unified()
        .use(remarkTreatymark)
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(md),
    )
    expect(html).toBe(plain(md))
  })

  it('gives plain remark HTML for any unclosed document without entities', () => {
    const line = fc.constantFrom(
      'word',
      '- item',
      '* item',
      '1. item',
      '> quote',
      '# title',
      '',
      '    indented',
      '```',
      '***',
      'text -- more',
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const md = `---\n${lines.join('\n')}\n`
        if (/^---$/m.test(lines.join('\n'))) return
        expect(preset(md)).toBe(plain(md))
      }),
      { numRuns: 300 },
    )
  })
})
