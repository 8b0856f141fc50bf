// Size report of the code-injection enhancer (figures only, never a gate): raw, gzip and brotli.
import { readFile } from 'node:fs/promises'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'

const file = new URL('../dist/enhancer.js', import.meta.url)
const code = await readFile(file).catch(() => {
  console.error('dist/enhancer.js is missing: run `npm run build -w packages/ghost` first')
  process.exit(1)
})
const gz = gzipSync(code, { level: 9 }).length
const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log('enhancer (dist/enhancer.js, IIFE with registries and stylesheet)')
console.log(`  raw     ${kb(code.length)} (${code.length} bytes)`)
console.log(
  `  gzip    ${kb(gz)} (${gz} bytes; budget 40 KB: ${gz <= 40 * 1024 ? 'within' : 'OVER'})`,
)
console.log(`  brotli  ${kb(br)} (${br} bytes)`)
const inline = await readFile(
  new URL('../dist/enhancer-inline.html', import.meta.url),
  'utf8',
).catch(() => '')
if (inline)
  console.log(
    `  inline  ${inline.length} characters (dist/enhancer-inline.html, packed for Ghost's 65,535-character code injection)`,
  )
