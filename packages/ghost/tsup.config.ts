import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    clean: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
  },
  {
    // The code-injection enhancer: one self-contained script (registries and stylesheet inside).
    entry: { enhancer: 'src/enhancer.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
    loader: { '.css': 'text' },
    outExtension: () => ({ js: '.js' }),
    clean: false,
    sourcemap: false,
    banner: {
      js: '/*! @treatymark/ghost enhancer · MIT · state data derives from world-countries (ODbL) */',
    },
  },
])
