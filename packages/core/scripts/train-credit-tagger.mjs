#!/usr/bin/env node
/**
 * Train the learned credit reader (src/extract/credits/tagger.ts) and write its weights to
 * src/data/credit-tagger.generated.ts.
 *
 *   node scripts/train-credit-tagger.mjs [--tags 3|5|11] [--threshold N] [--epochs N] [--min-count N] [--out FILE] DIR...
 *
 * Each DIR holds annotated pages, one folder per page with `input.txt` (the page's text) and
 * `gold.json` (`{ "credits": [{ start, end, text, title, creator, source, license }, ...] }`), or
 * folders of such folders. The pages are third-party text: they stay outside the repository; only
 * the weights are committed. The features are those of src/extract/credits/tagger-features.ts,
 * bundled here with esbuild so training and inference read lines the same way.
 *
 * Exported for cross-validation scripts: `loadPages`, `loadTagger`, `train`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const core = path.resolve(here, '..')

let taggerModule = null
/** The tagger's own code (features, Viterbi, model format), bundled from the TypeScript source. */
export async function loadTagger() {
  if (taggerModule) return taggerModule
  const { build } = await import('esbuild')
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'credit-tagger-')), 'tagger.mjs')
  await build({
    stdin: {
      contents:
        "export * from './src/extract/credits/tagger.ts'\nexport * from './src/extract/credits/tagger-features.ts'\n",
      resolveDir: core,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  })
  taggerModule = await import(pathToFileURL(out).href)
  return taggerModule
}

/** Annotated pages under `dir` (a page folder, or folders of them, any depth up to 3). */
export function loadPages(dir, depth = 0) {
  if (fs.existsSync(path.join(dir, 'gold.json')) && fs.existsSync(path.join(dir, 'input.txt'))) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'))
    return [
      {
        id: dir,
        text: fs.readFileSync(path.join(dir, 'input.txt'), 'utf8'),
        credits: gold.credits ?? [],
      },
    ]
  }
  if (depth >= 3) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => loadPages(path.join(dir, e.name), depth + 1))
}

/** Tag index by name. */
const tagIndex = (tags) => Object.fromEntries(tags.map((t, i) => [t, i]))

/** Where `value` stands in `span` (a credit's text), avoiding `busy` ranges, or null. */
function locate(span, value, busy) {
  if (!value) return null
  let from = 0
  for (;;) {
    const at = span.indexOf(value, from)
    if (at < 0) return null
    const r = [at, at + value.length]
    if (!busy.some((b) => r[0] < b[1] && b[0] < r[1])) return r
    from = at + 1
  }
}

/** The gold tags of `tokens` on a line, from the page's gold credits (11 tags, then mapped). */
function goldTags(tokens, credits, ti, T) {
  const full = fullTags(tokens, credits, ti)
  if (T === 11) return full
  return full.map((t, i) => {
    if (t === 0) return 0
    const begin = i === 0 || full[i - 1] === 0
    if (T === 3) return begin ? 1 : 2
    // 5: label or body, each begun once.
    const part = t <= 2 ? 1 : 3
    const prev = i === 0 ? 0 : full[i - 1] <= 2 ? (full[i - 1] === 0 ? 0 : 1) : 3
    return begin || prev !== part ? part : part + 1
  })
}

function fullTags(tokens, credits, ti) {
  const out = tokens.map(() => ti.O)
  for (const c of credits) {
    const inside = tokens
      .map((t, i) => [t, i])
      .filter(([t]) => t.start >= c.start && t.end <= c.end)
    if (inside.length === 0) continue
    const busy = []
    const ranges = []
    for (const [name, value] of [
      ['C', c.creator],
      ['S', c.source],
      ['T', c.title],
      ['Z', c.license],
    ]) {
      const r = locate(c.text, value, busy)
      if (r) {
        busy.push(r)
        ranges.push([name, c.start + r[0], c.start + r[1]])
      }
    }
    let prev = null
    for (const [t, i] of inside) {
      const r = ranges.find((x) => t.start >= x[1] && t.end <= x[2])
      const name = r ? r[0] : 'L'
      const key = r ? `${name}${r[1]}` : 'L'
      out[i] = ti[(key === prev ? 'I' : 'B') + name]
      prev = key
    }
  }
  return out
}

/** Training examples: every cue-bearing line of every page, with its tokens' features and tags. */
export async function examples(pages, T = 11) {
  const tg = await loadTagger()
  const ti = tagIndex(tg.tagSets[11])
  const out = []
  for (const page of pages) {
    for (const line of tg.candidateLines(page.text)) {
      const tokens = tg.tokenize(line.text, line.start)
      if (tokens.length === 0) continue
      const credits = page.credits.filter((c) => c.start < line.end && c.end > line.start)
      const feats = tokens.map(() => [])
      tg.features(line, tokens, (i, f) => feats[i].push(f))
      out.push({ feats, gold: goldTags(tokens, credits, ti, T) })
    }
  }
  return out
}

/** A small deterministic random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Train on `pages`: an averaged structured perceptron over the features seen at least `minCount`
 * times, `epochs` passes in a seeded order; the weights quantised to integers (largest 99).
 * Returns the model as the text `decodeModel` reads.
 */
export async function train(
  pages,
  { tags = 11, epochs = 12, minCount = 3, threshold = 0, seed = 1, maxFeatures = Infinity } = {},
) {
  const tg = await loadTagger()
  const T = tags
  const data = await examples(pages, T)
  const counts = new Map()
  for (const ex of data)
    for (const fs of ex.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1)
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f)
  const index = new Map(names.map((f, i) => [f, i]))
  const F = names.length
  const w = new Float64Array(F * T)
  const u = new Float64Array(F * T)
  const tr = new Float64Array((T + 1) * T)
  const tu = new Float64Array((T + 1) * T)
  const ids = data.map((ex) =>
    ex.feats.map((fs) => fs.map((f) => index.get(f)).filter((i) => i !== undefined)),
  )
  let c = 1
  const order = data.map((_, i) => i)
  const rnd = random(seed)
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const k of order) {
      const ex = data[k]
      const fid = ids[k]
      const n = ex.gold.length
      const emit = new Float64Array(n * T)
      for (let i = 0; i < n; i++)
        for (const f of fid[i]) for (let t = 0; t < T; t++) emit[i * T + t] += w[f * T + t]
      const { path } = tg.viterbi(emit, tr, n, T)
      let same = true
      for (let i = 0; i < n; i++) if (path[i] !== ex.gold[i]) same = false
      if (!same) {
        for (let i = 0; i < n; i++) {
          const g = ex.gold[i]
          const p = path[i]
          if (g !== p) {
            for (const f of fid[i]) {
              w[f * T + g] += 1
              u[f * T + g] += c
              w[f * T + p] -= 1
              u[f * T + p] -= c
            }
          }
          const gp = i === 0 ? 0 : ex.gold[i - 1] + 1
          const pp = i === 0 ? 0 : path[i - 1] + 1
          if (gp !== pp || g !== p) {
            tr[gp * T + g] += 1
            tu[gp * T + g] += c
            tr[pp * T + p] -= 1
            tu[pp * T + p] -= c
          }
        }
      }
      c++
    }
  }
  const avg = (a, b) => a.map((v, i) => v - b[i] / c)
  const aw = avg(w, u)
  const at = avg(tr, tu)
  // Only the differences to the outside tag count (Viterbi's best path and its margins do not
  // change when one token's scores all move together): T - 1 weights per feature, quantised to
  // -31..31, one character each of a 64-letter alphabet (tagger.ts); keys of 24 bits.
  const diff = (f, t) => aw[f * T + t] - aw[f * T]
  let max = 0
  for (let f = 0; f < F; f++) for (let t = 1; t < T; t++) max = Math.max(max, Math.abs(diff(f, t)))
  for (const v of at) max = Math.max(max, Math.abs(v))
  const scale = 31 / (max || 1)
  const rows = []
  for (let f = 0; f < F; f++) {
    let record = ''
    let mass = 0
    for (let t = 1; t < T; t++) {
      const v = Math.round(diff(f, t) * scale)
      record += tg.alphabet[v + 31]
      mass += Math.abs(v)
    }
    let key = ''
    for (let k = 3; k >= 0; k--) key += tg.alphabet[(names[f] >>> (6 * k)) & 63]
    if (mass > 0) rows.push([mass, key + record])
  }
  rows.sort((a, b) => b[0] - a[0])
  const kept = rows
    .slice(0, maxFeatures)
    .map((r) => r[1])
    .sort()
  const trans = [...at].map((v) => Math.round(v * scale)).join(',')
  return `tagger2 ${T} ${threshold}\n${trans}\n${kept.join('')}`
}

/** The generated data file's text. */
function dataFile(model, sources, pageCount, creditCount, args) {
  const wrap = (s) => s.replace(/(.{1,96})(?:\s+|$)/g, '// $1\n')
  return `// Generated by scripts/train-credit-tagger.mjs: do not edit. Regenerate with
//   node scripts/train-credit-tagger.mjs \\
${wrap(args)}${wrap(
    `Weights of the learned credit reader (src/extract/credits/tagger.ts): an averaged structured perceptron over the token features of src/extract/credits/tagger-features.ts, quantised to integers. Trained on ${pageCount} annotated real pages (${creditCount} gold credits) under ${sources} (third-party text kept outside the repository). Format: "tagger2 <tags> <threshold>", the transition weights (integers), then one record per feature: its key's low 24 bits in 4 characters, then one character per tag but the outside tag for its weight minus the outside tag's (-31..31), in the 64-letter alphabet of tagger.ts.`,
  )}export const creditTaggerModel: string = ${JSON.stringify(model)}
`
}

async function main() {
  const argv = process.argv.slice(2)
  const opts = {}
  const dirs = []
  let out = path.join(core, 'src/data/credit-tagger.generated.ts')
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--threshold') opts.threshold = Number(argv[++i])
    else if (a === '--tags') opts.tags = Number(argv[++i])
    else if (a === '--epochs') opts.epochs = Number(argv[++i])
    else if (a === '--min-count') opts.minCount = Number(argv[++i])
    else if (a === '--max-features') opts.maxFeatures = Number(argv[++i])
    else if (a === '--out') out = argv[++i]
    else dirs.push(a)
  }
  if (dirs.length === 0) {
    console.error(
      'usage: train-credit-tagger.mjs [--tags 3|5|11] [--threshold N] [--epochs N] [--min-count N] [--max-features N] [--out FILE] DIR...',
    )
    process.exit(2)
  }
  const pages = dirs.flatMap((d) => loadPages(path.resolve(d)))
  const credits = pages.reduce((n, p) => n + p.credits.length, 0)
  const model = await train(pages, opts)
  // The directories relative to their common parent, as the header names them.
  const full = dirs.map((d) => path.resolve(d))
  let root = path.dirname(full[0])
  while (!full.every((d) => d.startsWith(root + path.sep))) root = path.dirname(root)
  const names = full.map((d) => path.relative(root, d))
  const shown = [...argv.filter((a) => !dirs.includes(a)), ...names].join(' ')
  const written = dataFile(model, `${root}: ${names.join(', ')}`, pages.length, credits, shown)
  // Formatted as the repository's Prettier settings want it (the header's lines wrapped).
  const prettier = await import('prettier')
  const config = (await prettier.resolveConfig(out)) ?? {}
  fs.writeFileSync(out, await prettier.format(written, { ...config, filepath: out }))
  console.log(
    `${pages.length} pages, ${credits} credits, ${model.split('\n')[2].length / (3 + (opts.tags ?? 11))} features -> ${out}`,
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main()
