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
