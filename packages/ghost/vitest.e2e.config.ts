import { defineConfig } from 'vitest/config'

// The Ghost tier: a real Ghost (installed by .ci/ghost.sh), one file, run in series.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    setupFiles: ['../../test/vitest-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
