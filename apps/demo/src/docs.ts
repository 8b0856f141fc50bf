// The docs pages are the repository's docs/*.md (and docs/reference/*.md); markdown.ts renders
// them with treatymark's own remark preset plus GFM.
const sources = import.meta.glob(['../../../docs/*.md', '../../../docs/reference/*.md'], {
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
    const slug = path.replace(/^.*\/docs\//, '').replace(/\.md$/, '')
    const heading = /^#\s+(.+)$/m.exec(markdown)
    return { slug, title: heading ? heading[1]!.replace(/[`*_]/g, '') : slug, markdown }
  })
  .sort((a, b) => (a.slug === 'index' ? -1 : b.slug === 'index' ? 1 : a.slug.localeCompare(b.slug)))
