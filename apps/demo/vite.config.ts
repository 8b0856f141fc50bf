import { defineConfig } from 'vite'

export default defineConfig({
  // Docs live at the repo root (../../docs); let the dev server read them.
  server: { fs: { allow: ['../..'] } },
  build: { outDir: 'dist', target: 'es2022' },
  // The worker imports the markdown pipeline on demand: ES module workers can split chunks.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
})
