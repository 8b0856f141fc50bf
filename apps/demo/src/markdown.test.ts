import { hastToHtml } from '@treatymark/core'
import { remarkTreatymark } from '@treatymark/core/remark'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { examples } from './example.js'
import { analyseMarkdown, entityToHast } from './markdown.js'

const post = examples.find((e) => e.mode === 'markdown')!.text

/** The pipeline as a developer writes it: full parse, default remark-rehype. */
function reference(text: string, options = {}) {
  const file = new VFile({ value: text, path: 'post.md' })
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkTreatymark, options)
  const mdast = processor.runSync(processor.parse(file), file) as MdastRoot
  const hast = unified().use(remarkRehype).runSync(mdast, file) as HastRoot
  return { mdast, hast, html: hastToHtml(hast), file }
}

describe('entityToHast', () => {
  it('gives the hast that remark-rehype gives by default', () => {
    const { mdast } = reference(post)
    const file = new VFile({ value: post })
    const ours = unified()
      .use(remarkRehype, { handlers: { treatymark: entityToHast } })
      .runSync(structuredClone(mdast), file)
    expect(ours).toEqual(reference(post).hast)
  })
})

describe('analyseMarkdown', () => {
  it('renders what the reference pipeline renders, while the text is edited', () => {
    let text = post
    const edits = [
      (t: string) => `${t}\n\nChad and Peru voted for Article 4 of the CCM.`,
      (t: string) => t.replace('Chad', 'Chad, Mali'),
      (t: string) => `${t} And Austria.`,
      (t: string) => t.replace('\n\n', '\n\nA new first paragraph on the ATT.\n\n'),
      (t: string) => t.slice(0, -3),
    ]
    for (const edit of edits) {
      text = edit(text)
      const ours = analyseMarkdown(text, { demonyms: false })
      const ref = reference(text, { demonyms: false })
      expect(ours.html).toBe(ref.html)
      expect(ours.extraction).toEqual(ref.file.data.treatymark)
    }
  })
})
