import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'

const require = createRequire(import.meta.url)
const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url))

/**
 * `virtual:doc-titles`: the title (first `# ` heading) of every docs/*.md page, read at build
 * time, so the navigation is drawn without putting every page's text into the first load; the
 * pages themselves are loaded when opened.
 */
function docTitles(): Plugin {
  const id = 'virtual:doc-titles'
  return {
    name: 'treatymark-doc-titles',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined
      const titles: Record<string, string> = {}
      for (const name of readdirSync(docsDir).filter((n) => n.endsWith('.md'))) {
        const file = docsDir + name
        this.addWatchFile(file)
        const heading = /^#\s+(.+)$/m.exec(readFileSync(file, 'utf8'))
        const slug = name.replace(/\.md$/, '')
        titles[slug] = heading ? heading[1]!.replace(/[`*_]/g, '') : slug
      }
      return `export default ${JSON.stringify(titles)}`
    },
  }
}

export default defineConfig({
  plugins: [docTitles()],
  // Docs live at the repo root (../../docs); let the dev server read them.
  server: { fs: { allow: ['../..'] } },
  resolve: {
    alias: {
      // Its "browser" build decodes entities with `document`, which a worker does not have; the
      // default build (a lookup table) works everywhere, and markdown is parsed in the worker.
      'decode-named-character-reference': require.resolve('decode-named-character-reference'),
    },
  },
  build: { outDir: 'dist', target: 'es2022' },
  // The worker is an ES module (it shares chunks with the page).
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
})
