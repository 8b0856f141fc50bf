// Size report of the code-injection enhancer (figures only, never a gate): raw, gzip and brotli
// of dist/enhancer.js, the length of the paste-in parts, and with `--modules` what weighs what.
//
//   npm run bench -w packages/ghost              sizes of the built enhancer and paste-in parts
//   npm run bench -w packages/ghost -- --modules  plus a breakdown by source module
//
// The breakdown bundles src/enhancer.ts again from core's sources (same code, and esbuild's
// minifier as in the build before its terser pass) with a source map, gives every output byte to
// the module it came from, and reports for each module (or group: the instrument data files, the
// credit extractor) its raw bytes and its gzip share: how many gzipped bytes the bundle loses
// without it.
import { readFile } from 'node:fs/promises'
import { enhancerTargets } from '../scripts/enhancer-targets.js'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'

const file = new URL('../dist/enhancer.js', import.meta.url)
const code = await readFile(file).catch(() => {
  console.error('dist/enhancer.js is missing: run `npm run build -w packages/ghost` first')
  process.exit(1)
})
const gzip = (data) => gzipSync(data, { level: 9 }).length
const gz = gzip(code)
const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const budget = 40 * 1024
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
let previousSource = 0
console.log('enhancer (dist/enhancer.js, IIFE with registries and stylesheet)')
console.log(`  raw     ${kb(code.length)} (${code.length} bytes)`)
console.log(
  `  gzip    ${kb(gz)} (${gz} bytes; budget 40 KB: ${gz <= budget ? 'within' : `OVER by ${gz - budget} bytes`})`,
)
console.log(`  brotli  ${kb(br)} (${br} bytes)`)

const parts = await readFile(new URL('../dist/enhancer-parts.json', import.meta.url), 'utf8')
  .then((text) => JSON.parse(text))
  .catch(() => null)
if (parts) {
  console.log(`paste-in (treatymark-ghost enhancer; Ghost allows 65,535 characters per field)`)
  for (const part of parts)
    console.log(
      `  ${part.field.padEnd(12)} ${String(part.tag.length).padStart(6)} characters, ${Buffer.byteLength(part.tag)} bytes`,
    )
}

if (process.argv.includes('--modules')) await breakdown()

async function breakdown() {
  const { build } = await import('esbuild')
  const root = new URL('../../core/', import.meta.url).pathname
  const result = await build({
    entryPoints: [new URL('../src/enhancer.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: enhancerTargets,
    minify: true,
    write: false,
    sourcemap: 'external',
    outfile: 'enhancer.js',
    loader: { '.css': 'css' },
    alias: {
      '@treatymark/core/dom': `${root}src/dom.ts`,
      '@treatymark/core/style.css': `${root}src/render/style.css`,
    },
    plugins: [cssAsMinifiedText()],
  })
  const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text)
  const groups = map.sources.map(groupOf)
  // Cut the output into runs of one module each.
  const runs = []
  js.split('\n').forEach((line, index, lines) => {
    let column = 0
    let group = '(bundle glue)'
    for (const [start, source] of decodeLine(map.mappings.split(';')[index] ?? '')) {
      if (source === undefined) continue
      runs.push([group, line.slice(column, start)])
      column = start
      group = groups[source]
    }
    runs.push([group, line.slice(column) + (index < lines.length - 1 ? '\n' : '')])
  })
  const total = gzip(js)
  const raw = new Map()
  for (const [group, text] of runs) raw.set(group, (raw.get(group) ?? 0) + text.length)
  const rows = [...raw].map(([group, bytes]) => {
    const without = runs
      .filter((run) => run[0] !== group)
      .map((run) => run[1])
      .join('')
    return { group, bytes, share: total - gzip(without) }
  })
  rows.sort((a, b) => b.share - a.share)
  console.log(
    `\nbreakdown (rebuilt from sources: ${js.length} bytes, ${total} gzipped; share = gzip bytes saved without it)`,
  )
  console.log('     raw   gzip  module')
  for (const row of rows)
    console.log(`${String(row.bytes).padStart(8)} ${String(row.share).padStart(6)}  ${row.group}`)
  const sum = (test) =>
    rows
      .filter((row) => test(row.group))
      .reduce((n, row) => [n[0] + row.bytes, n[1] + row.share], [0, 0])
  const data = sum((g) => g.startsWith('core data/'))
  const css = sum((g) => g.endsWith('.css'))
  const rest = sum((g) => !g.startsWith('core data/') && !g.endsWith('.css'))
  console.log(`\n  data (src/data/*)  ${data[0]} raw, ~${data[1]} gzip`)
  console.log(`  stylesheet         ${css[0]} raw, ~${css[1]} gzip`)
  console.log(`  code               ${rest[0]} raw, ~${rest[1]} gzip`)
}

/** Module path -> the row it is reported in. */
function groupOf(source) {
  const path = source.replace(/\\/g, '/')
  const nodeModule = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (nodeModule) return `npm ${nodeModule[1]}`
  const core = /(?:^|\/)core\/src\/(.*)$/.exec(path)
  if (core) {
    const inner = core[1]
    if (inner.startsWith('data/instruments/')) return 'core data/instruments/*'
    if (inner.startsWith('data/')) return `core ${inner}`
    if (inner === 'extract/credits.ts' || inner.startsWith('extract/credits/'))
      return 'core extract/credits*'
    return `core ${inner}`
  }
  return `ghost ${path.replace(/^.*packages\/ghost\//, '')}`
}

/** The stylesheet as the build carries it: minified text. */
function cssAsMinifiedText() {
  return {
    name: 'css-as-minified-text',
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async (args) => {
        const { transform } = await import('esbuild')
        const css = await readFile(args.path, 'utf8')
        const { code } = await transform(css, { loader: 'css', minify: true })
        return { contents: code.trim(), loader: 'text' }
      })
    },
  }
}

/** [generated column, source index] of each segment of one line of source-map mappings. */
function* decodeLine(line) {
  let column = 0
  for (const segment of line.split(',')) {
    if (!segment) continue
    const values = []
    let value = 0
    let shift = 0
    for (const char of segment) {
      const digit = base64.indexOf(char)
      value += (digit & 31) << shift
      if (digit & 32) shift += 5
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1)
        value = 0
        shift = 0
      }
    }
    column += values[0]
    if (values.length > 1) {
      previousSource += values[1]
      yield [column, previousSource]
    } else yield [column, undefined]
  }
}
