import { defineConfig } from 'vitest/config'

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['../../test/vitest-setup.ts'],
    testTimeout: 60_000,
    // @wordpress/* import JSON without import attributes: let Vite transform them.
    server: { deps: { inline: [/@wordpress\//] } },
  },
})
