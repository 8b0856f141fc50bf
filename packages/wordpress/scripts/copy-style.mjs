// Copies @treatymark/core's style.css into build/ (the plugin's one stylesheet), so the markup
// looks the same in WordPress as everywhere else.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const require = createRequire(import.meta.url)
const source = require.resolve('@treatymark/core/style.css')
mkdirSync(join(root, 'build'), { recursive: true })
copyFileSync(source, join(root, 'build', 'style.css'))
console.log('build/style.css from', source)
