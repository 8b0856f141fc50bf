/**
 * Scoring extractions against gold annotations (the development samples and, the same way, the
 * held-out set). A predicted entity matches a gold one when start, end and the key fields of its
 * kind agree; each gold entity matches at most once. Precision, recall and F1 are micro-averaged
 * over all files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Extraction, Kind } from '../src/models/extraction.js'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The monorepo root (packages/core/test -> ../../..). */
export const repoRoot = path.resolve(here, '../../..')
/** Where the samples are: `TREATYMARK_SAMPLES`, else `../shared/samples` beside the repository. */
export const samplesRoot =
  process.env.TREATYMARK_SAMPLES ?? path.resolve(repoRoot, '../shared/samples')

export const scoredKinds: readonly Kind[] = [
  'citations',
  'documents',
  'states',
  'stateLists',
  'credits',
]

/** The fields that must agree, beside start and end, per kind. */
const keyFields: Record<Kind, readonly string[]> = {
  citations: ['treaty', 'article', 'paragraph'],
  documents: ['symbol'],
  states: ['iso3'],
  stateLists: ['members'],
  credits: ['kind', 'title', 'creator', 'source', 'license'],
}

export interface Sample {
  /** `set/name`. */
  name: string
  text: string
  gold: Partial<Extraction>
}

/** Every sample with gold under `root` (`<set>/<name>.txt` + `<set>/gold/<name>.json`), sorted. */
export function loadSamples(root: string = samplesRoot): Sample[] {
  if (!existsSync(root)) return []
  const samples: Sample[] = []
  for (const set of readdirSync(root, { withFileTypes: true })) {
    if (!set.isDirectory()) continue
    const goldDir = path.join(root, set.name, 'gold')
    if (!existsSync(goldDir)) continue
    for (const file of readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const textFile = path.join(root, set.name, file.replace(/\.json$/, '.txt'))
      if (!existsSync(textFile)) continue
      samples.push({
        name: `${set.name}/${file.replace(/\.json$/, '')}`,
        text: readFileSync(textFile, 'utf8'),
        gold: JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as Partial<Extraction>,
      })
    }
  }
  return samples
}

/** The key an entity is matched by. */
export function entityKey(kind: Kind, entity: object): string {
  const record = entity as Record<string, unknown>
  const fields = keyFields[kind].map((field) => {
    const value = record[field]
    return JSON.stringify(value === undefined ? null : value)
  })
  return [record.start, record.end, ...fields].join('|')
}

export interface Counts {
  tp: number
  fp: number
  fn: number
  /** Keys predicted but not in the gold. */
  falsePositives: string[]
  /** Gold keys not predicted. */
  falseNegatives: string[]
}

/** Match predicted against gold entities of one kind in one text. */
export function countMatches(
  kind: Kind,
  predicted: readonly object[],
  gold: readonly object[],
): Counts {
  const remaining = new Map<string, number>()
  for (const entity of gold) {
    const key = entityKey(kind, entity)
    remaining.set(key, (remaining.get(key) ?? 0) + 1)
  }
  const counts: Counts = { tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] }
  for (const entity of predicted) {
    const key = entityKey(kind, entity)
    const left = remaining.get(key) ?? 0
    if (left > 0) {
      counts.tp++
      remaining.set(key, left - 1)
    } else {
      counts.fp++
      counts.falsePositives.push(key)
    }
  }
  for (const [key, left] of remaining) {
    for (let i = 0; i < left; i++) {
      counts.fn++
      counts.falseNegatives.push(key)
    }
  }
  return counts
}

export interface KindScore extends Counts {
  kind: Kind
  precision: number
  recall: number
  f1: number
}

function finish(kind: Kind, counts: Counts): KindScore {
  const { tp, fp, fn } = counts
  // An empty gold with nothing predicted is perfect, not undefined.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { kind, ...counts, precision, recall, f1 }
}

/** Micro-averaged scores per kind over samples, given a function that extracts a text. */
export function scoreSamples(
  samples: readonly Sample[],
  run: (text: string) => Extraction,
): Record<Kind, KindScore> {
  const totals = Object.fromEntries(
    scoredKinds.map((kind) => [
      kind,
      { tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] },
    ]),
  ) as unknown as Record<Kind, Counts>
  for (const sample of samples) {
    const predicted = run(sample.text)
    for (const kind of scoredKinds) {
      const counts = countMatches(kind, predicted[kind] ?? [], sample.gold[kind] ?? [])
      const total = totals[kind]
      total.tp += counts.tp
      total.fp += counts.fp
      total.fn += counts.fn
      total.falsePositives.push(...counts.falsePositives.map((key) => `${sample.name}: ${key}`))
      total.falseNegatives.push(...counts.falseNegatives.map((key) => `${sample.name}: ${key}`))
    }
  }
  return Object.fromEntries(
    scoredKinds.map((kind) => [kind, finish(kind, totals[kind])]),
  ) as Record<Kind, KindScore>
}

/** A plain-text table: kind, tp, fp, fn, precision, recall, F1. */
export function formatScores(scores: Record<Kind, KindScore>): string {
  const rows = [['kind', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1']]
  for (const kind of scoredKinds) {
    const s = scores[kind]
    rows.push([
      kind,
      String(s.tp),
      String(s.fp),
      String(s.fn),
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      s.f1.toFixed(3),
    ])
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
    .join('\n')
}
