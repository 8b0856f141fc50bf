import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
    setupFiles: ['../../test/vitest-setup.ts'],
  },
})
