#!/usr/bin/env node
/**
 * Overhead of the remark preset: remark-parse + remark-rehype + rehype-stringify with and
 * without `remarkTreatymark`, on the same >= 2 MB corpus in one run. The corpus is built at run
 * time from the sample posts (../shared/samples, or TREATYMARK_SAMPLES); they are not copied
 * into the repository. Prints MB/s of both pipelines and the overhead in percent.
 *
 *   node bench/remark.js            # or: npm run bench (bench/run.js calls runRemarkBench)
 *   BENCH_MB=4 BENCH_ROUNDS=7 node bench/remark.js
 *
 * The TypeScript sources are bundled with esbuild into node_modules/.cache first, so the
 * bench measures the current source without a build step.
 */
import { Buffer } from 'node:buffer'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const packageRoot = path.resolve(here, '..')
const repoRoot = path.resolve(packageRoot, '../..')

async function loadPreset() {
  const { build } = await import('esbuild')
  const outdir = path.join(packageRoot, 'node_modules/.cache/treatymark-bench')
  fs.mkdirSync(outdir, { recursive: true })
  const outfile = path.join(outdir, 'remark.mjs')
  await build({
    stdin: {
      contents:
        "export { remarkTreatymark } from './src/remark/index.ts'\n" +
        "export { extract } from './src/extract/index.ts'\n",
      resolveDir: packageRoot,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  })
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
}

function readSamples() {
  const root = process.env.TREATYMARK_SAMPLES ?? path.resolve(repoRoot, '../shared/samples')
  const texts = []
  if (!fs.existsSync(root)) return texts
  for (const collection of fs.readdirSync(root)) {
    const dir = path.join(root, collection)
    if (!fs.statSync(dir).isDirectory()) continue
    for (const file of fs.readdirSync(dir).sort())
      if (file.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, file), 'utf8'))
  }
  return texts
}

/** Repeat the sample posts (each a markdown document of its own paragraphs) up to `bytes`. */
export function buildCorpus(texts, bytes) {
  const parts = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length]
    parts.push(text)
    size += Buffer.byteLength(text) + 2
  }
  return parts.join('\n\n')
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export async function runRemarkBench({ megabytes, rounds, log = console.log } = {}) {
  const mb = Number(megabytes ?? process.env.BENCH_MB ?? 2.1)
  const n = Number(rounds ?? process.env.BENCH_ROUNDS ?? 5)
  const texts = readSamples()
  if (texts.length === 0) {
    log('remark bench: no samples found (set TREATYMARK_SAMPLES); skipped')
    return null
  }
  const [
    { unified },
    { default: remarkParse },
    { default: remarkRehype },
    { default: rehypeStringify },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-rehype'),
    import('rehype-stringify'),
  ])
  const { remarkTreatymark, extract } = await loadPreset()
  const corpus = buildCorpus(texts, mb * 1024 * 1024)
  const size = Buffer.byteLength(corpus) / (1024 * 1024)

  const baseline = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)
  const withPreset = unified()
    .use(remarkParse)
    .use(remarkTreatymark)
    .use(remarkRehype)
    .use(rehypeStringify)

  const noCards = unified()
    .use(remarkParse)
    .use(remarkTreatymark, { cards: false })
    .use(remarkRehype)
    .use(rehypeStringify)

  const time = (processor) => {
    const start = performance.now()
    const output = String(processor.processSync(corpus))
    return { ms: performance.now() - start, output }
  }
  // Warm up both (JIT, lazy registries), then alternate so both see the same machine state.
  time(baseline)
  const warm = time(withPreset)
  // The extractor alone on the prose the preset reads: how much of the overhead is extract().
  const file = withPreset.processSync(corpus)
  const text = file.data.treatymarkText ?? corpus
  extract(text)
  const a = []
  const b = []
  const c = []
  const e = []
  for (let i = 0; i < n; i++) {
    a.push(time(baseline).ms)
    b.push(time(withPreset).ms)
    c.push(time(noCards).ms)
    const start = performance.now()
    extract(text)
    e.push(performance.now() - start)
  }
  const ta = median(a)
  const tb = median(b)
  const tc = median(c)
  const te = median(e)
  const marks = (warm.output.match(/class="tm-/g) ?? []).length
  const result = {
    megabytes: size,
    baselineMBps: size / (ta / 1000),
    presetMBps: size / (tb / 1000),
    overheadPercent: ((tb - ta) / ta) * 100,
    baselineMs: ta,
    presetMs: tb,
    noCardsOverheadPercent: ((tc - ta) / ta) * 100,
    extractMs: te,
    extractShareOfOverheadPercent: (te / (tb - ta)) * 100,
    elements: marks,
  }
  log(
    `remark: ${size.toFixed(2)} MB corpus, ${n} rounds (median), ${marks} treatymark elements\n` +
      `  remark-parse + remark-rehype + rehype-stringify      ${result.baselineMBps.toFixed(2)} MB/s (${ta.toFixed(0)} ms)\n` +
      `  ... + remarkTreatymark                              ${result.presetMBps.toFixed(2)} MB/s (${tb.toFixed(0)} ms)\n` +
      `  overhead of the preset: ${result.overheadPercent.toFixed(1)} % (goal <= 10 %)\n` +
      `  with cards: false: ${result.noCardsOverheadPercent.toFixed(1)} %\n` +
      `  extract() alone on the same prose: ${te.toFixed(0)} ms = ${result.extractShareOfOverheadPercent.toFixed(0)} % of the overhead`,
  )
  // Hostile inputs: MB/s at 1x and 4x the size should stay flat (linear time).
  const hostile = [
    ['inline nodes in one paragraph', '*x* Austria '],
    ['wraps across emphasis', 'Article 5 of the *APMBT* and '],
    ['lists over emphasis', 'Austria, *Belgium* and Benin; '],
  ]
  const transformOnly = unified().use(remarkParse).use(remarkTreatymark)
  const rate = (markdown) => {
    let best = Number.POSITIVE_INFINITY
    for (let i = 0; i < 3; i++) {
      const tree = transformOnly.parse(markdown)
      const start = performance.now()
      transformOnly.runSync(tree, markdown)
      best = Math.min(best, performance.now() - start)
    }
    return Buffer.byteLength(markdown) / (1024 * 1024) / (best / 1000)
  }
  const lines = []
  for (const [name, unit] of hostile) {
    rate(unit.repeat(300))
    const small = rate(unit.repeat(2_000))
    const large = rate(unit.repeat(8_000))
    lines.push(
      `  ${name.padEnd(32)} ${small.toFixed(2)} MB/s at 1x, ${large.toFixed(2)} MB/s at 4x`,
    )
  }
  log(`remark transform on hostile inputs (flat = linear):\n${lines.join('\n')}`)
  return result
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runRemarkBench()
}
