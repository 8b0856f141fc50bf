import { createRequire } from 'node:module'
import { defineConfig } from 'vite'

const require = createRequire(import.meta.url)

export default defineConfig({
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
