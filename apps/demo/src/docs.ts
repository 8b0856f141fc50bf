// The docs pages are the repository's docs/*.md, rendered with treatymark's own remark preset
// (which registers remark-directive and remark-frontmatter itself).
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { remarkTreatymark } from '@treatymark/core/remark'

const sources = import.meta.glob('../../../docs/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

export interface DocPage {
  slug: string
  title: string
  markdown: string
}

export const docPages: DocPage[] = Object.entries(sources)
  .map(([path, markdown]) => {
    const slug = path.replace(/^.*\//, '').replace(/\.md$/, '')
    const heading = /^#\s+(.+)$/m.exec(markdown)
    return { slug, title: heading ? heading[1]!.replace(/[`*_]/g, '') : slug, markdown }
  })
  .sort((a, b) => (a.slug === 'index' ? -1 : b.slug === 'index' ? 1 : a.slug.localeCompare(b.slug)))

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkTreatymark)
  .use(remarkRehype)
  .use(rehypeStringify)

export function renderDoc(markdown: string): string {
  return String(processor.processSync(markdown))
}
