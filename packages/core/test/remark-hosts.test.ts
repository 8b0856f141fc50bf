/**
 * Front matter that hosts parse before remark sees the document: Astro
 * (`file.data.astro.frontmatter`), Docusaurus (`file.data.frontMatter`), vfile-matter
 * (`file.data.matter`). YAML in the document itself wins.
 */
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark } from '../src/remark/index.js'

function run(data: Record<string, unknown>, value = 'Article 4 of the Convention applies.\n') {
  return unified()
    .use(remarkParse)
    .use(remarkTreatymark, { cards: false })
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(new VFile({ value, data }))
}

describe('front matter parsed by the host', () => {
  it.each([
    ['Astro', { astro: { frontmatter: { title: 'T', treaty: 'ccm' } } }],
    ['Docusaurus', { frontMatter: { instrument: 'Convention on Cluster Munitions' } }],
    ['vfile-matter', { matter: { treaty: 'CCM' } }],
  ])('%s', (_host, data) => {
    const file = run(data)
    expect(String(file)).toContain('data-treaty="ccm" data-article="4"')
    expect(file.data.treatymark?.citations[0]?.treaty).toBe('ccm')
  })

  it('an unknown value is reported, not guessed', () => {
    const file = run({ astro: { frontmatter: { treaty: 'the big one' } } })
    expect(String(file)).not.toContain('tm-cite')
    expect(file.messages.map((m) => m.ruleId)).toContain('unknown-instrument')
  })

  it('YAML in the document wins over the host', () => {
    const file = run(
      { astro: { frontmatter: { treaty: 'apmbt' } } },
      '---\ntreaty: ccm\n---\n\nArticle 4 of the Convention applies.\n',
    )
    expect(String(file)).toContain('data-treaty="ccm"')
  })
})
