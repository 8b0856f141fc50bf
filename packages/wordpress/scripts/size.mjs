// Size report of the built plugin (figures, never a gate): the editor script gzipped, registries
// included, against its 80 KB budget, and the front-end stylesheet against 6 KB.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = dirname(dirname(fileURLToPath(import.meta.url)))

export function sizeReport() {
  const rows = [
    ['editor script build/index.js (registries included)', 'build/index.js', 80],
    ['front-end stylesheet build/style.css', 'build/style.css', 6],
  ]
  const lines = ['WordPress plugin sizes (gzip -9):']
  for (const [label, file, budget] of rows) {
    const path = join(root, file)
    if (!existsSync(path)) {
      lines.push(`  ${label}: not built (npm run build -w @treatymark/wordpress)`)
      continue
    }
    const raw = readFileSync(path)
    const gz = gzipSync(raw, { level: 9 }).length
    const kb = (n) => (n / 1024).toFixed(1)
    lines.push(
      `  ${label}: ${kb(raw.length)} KB raw, ${kb(gz)} KB gz (budget ${budget} KB gz: ${gz <= budget * 1024 ? 'within' : 'OVER'})`,
    )
  }
  return lines.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(sizeReport())
