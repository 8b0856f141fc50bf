import { defineConfig } from 'vite'

export default defineConfig({
  // Docs live at the repo root (../../docs); let the dev server read them.
  server: { fs: { allow: ['../..'] } },
  build: { outDir: 'dist', target: 'es2022' },
  preview: { port: 4173, strictPort: true },
})
