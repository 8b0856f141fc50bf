// The docs pages are the repository's docs/*.md and the generated docs/reference/*.md, each loaded
// when opened (their titles come from vite.config.ts at build time); markdown.ts renders them with
// treatymark's own remark preset.
import titles from 'virtual:doc-titles'

const sources = import.meta.glob('../../../docs/*.md', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>

const references = import.meta.glob('../../../docs/reference/*.md', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>

export interface DocPage {
  slug: string
  title: string
  load: () => Promise<string>
}

const slugOf = (path: string): string => path.replace(/^.*\/docs\//, '').replace(/\.md$/, '')

const referenceTitles: Record<string, string> = {
  'reference/instruments': 'Instrument registry',
  'reference/states': 'State registry',
}

export const docPages: DocPage[] = [
  ...Object.entries(sources)
    .map(([path, load]) => {
      const slug = slugOf(path)
      return { slug, title: titles[slug] ?? slug, load }
    })
    .sort((a, b) =>
      a.slug === 'index' ? -1 : b.slug === 'index' ? 1 : a.slug.localeCompare(b.slug),
    ),
  ...Object.entries(references).map(([path, load]) => {
    const slug = slugOf(path)
    return { slug, title: referenceTitles[slug] ?? slug, load }
  }),
]
