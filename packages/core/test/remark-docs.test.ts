/**
 * The examples in docs/remark.md and docs/rendering.md show real output: this test runs them
 * and compares, so the docs cannot drift from the code.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/render/html.js'
import { remarkTreatymark } from '../src/remark/index.js'

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs')
const read = (name: string): string => fs.readFileSync(path.join(docs, name), 'utf8')

describe('docs examples', () => {
  it('docs/remark.md: the example gives the output shown', async () => {
    const doc = read('remark.md')
    const markdown = /const markdown = `([\s\S]*?)`\n/.exec(doc)?.[1]
    const shown = /Output \(real[^\n]*\n\n```html\n([\s\S]*?)\n```/.exec(doc)?.[1]
    expect(markdown).toBeDefined()
    const file = await unified()
      .use(remarkParse)
      .use(remarkTreatymark, { cards: false })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(markdown!)
    expect(String(file)).toBe(shown)
  })

  it('docs/rendering.md: the renderHtml examples give the output shown', () => {
    const doc = read('rendering.md')
    const first = /gives \(real output\):\n\n```html\n([\s\S]*?)\n```/.exec(doc)?.[1]
    const second = /\{ paragraphs: true \}\)\n```\n\n```html\n([\s\S]*?)\n```/.exec(doc)?.[1]
    expect(
      renderHtml(
        'States Parties reported under Article 7 of the Ottawa Convention; the UK did not.',
      ),
    ).toBe(first)
    expect(
      renderHtml('Photo: ‘Harbour at dusk’ by sea_watcher on Flickr (CC BY 2.0)', {
        paragraphs: true,
      }),
    ).toBe(second)
  })
})
