import { readFile } from 'node:fs/promises'
import { transform } from 'esbuild'
import { defineConfig, type Options } from 'tsup'
import { enhancerTargets } from './scripts/enhancer-targets.js'

type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * core's stylesheet as a minified string: the enhancer carries it as text (`loader: text` keeps
 * comments and indentation, about 1.3 KB more after gzip).
 */
const minifiedStylesheet: Plugin = {
  name: 'treatymark-minified-stylesheet',
  setup(build) {
    // Resolved into a namespace of its own, under a path that does not end in `.css`: tsup's
    // postcss plugin loads every `.css` path first, whatever its namespace.
    build.onResolve({ filter: /^@treatymark\/core\/style\.css$/ }, async (args) => {
      if (args.pluginData === 'minify') return undefined
      const { path, errors } = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        namespace: 'file',
        pluginData: 'minify',
      })
      return { path: `${path}?minified`, errors, namespace: 'treatymark-css' }
    })
    build.onLoad({ filter: /.*/, namespace: 'treatymark-css' }, async (args) => {
      const css = await readFile(args.path.replace(/\?minified$/, ''), 'utf8')
      const { code } = await transform(css, { loader: 'css', minify: true })
      return { contents: code.trim(), loader: 'text' }
    })
  },
}

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
    target: enhancerTargets,
    // As in core's build: esbuild would write every pattern with \p{…} as `new RegExp("…")`,
    // though the targets read these properties (see packages/core/tsup.config.ts).
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true }
    },
    minify: true,
    noExternal: [/.*/],
    loader: { '.css': 'text' },
    esbuildPlugins: [minifiedStylesheet],
    outExtension: () => ({ js: '.js' }),
    clean: false,
    sourcemap: false,
    banner: {
      js: '/*! @treatymark/ghost enhancer · MIT · state data derives from world-countries (ODbL) */',
    },
  },
])
