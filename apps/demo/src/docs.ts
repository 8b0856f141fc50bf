// The docs pages are the repository's docs/*.md; markdown.ts renders them with treatymark's own
// remark preset (which registers remark-directive and remark-frontmatter itself).
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
