import { copyFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'remark/index': 'src/remark/index.ts',
    'cli/index': 'src/cli/index.ts',
    dom: 'src/dom.ts',
    sanitize: 'src/sanitize.ts',
  },
  format: ['esm'],
  dts: {
    entry: {
      index: 'src/index.ts',
      'remark/index': 'src/remark/index.ts',
      dom: 'src/dom.ts',
      sanitize: 'src/sanitize.ts',
    },
  },
  target: 'node20',
  // esbuild's table names no Node and no browser that reads \p{…} in a pattern (it follows
  // Unicode's newest properties), so it wrote each such literal as `new RegExp("…")`, every
  // backslash doubled: some 2 KB more in the Ghost enhancer's deflated parts. The properties used
  // (L, Lu, Ll, Lo, M, N, Nd, Nl and the Han, Hangul and Katakana scripts) are read by Node since
  // 10 and by the enhancer's browsers since 2020, and the same engine compiles either form.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true }
  },
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // The stylesheet ships as-is (`@treatymark/core/style.css`, its empty declaration is
  // `style.css.d.ts` next to package.json); copy it after every build.
  async onSuccess() {
    await copyFile('src/render/style.css', 'dist/style.css')
  },
})
