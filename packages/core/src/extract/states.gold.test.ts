import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Diagnostic, StateList, StateMention } from '../models/extraction.js'
import { extractStateLists } from './state-lists.js'
import { extractStates } from './states.js'

// Scores states and state lists against the gold of the development samples (not part of the
// repository: read from ../shared/samples, or from TREATYMARK_SAMPLES).
const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../../..')
const samplesRoot = process.env.TREATYMARK_SAMPLES ?? path.resolve(repoRoot, '../shared/samples')

interface GoldFile {
  states: StateMention[]
  stateLists: StateList[]
}

interface Case {
  name: string
  text: string
  gold: GoldFile
}

function loadCases(): Case[] {
  if (!existsSync(samplesRoot)) return []
  const cases: Case[] = []
  for (const set of readdirSync(samplesRoot, { withFileTypes: true })) {
    if (!set.isDirectory()) continue
    const dir = path.join(samplesRoot, set.name)
    const goldDir = path.join(dir, 'gold')
    if (!existsSync(goldDir)) continue
    for (const file of readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const textFile = path.join(dir, file.replace(/\.json$/, '.txt'))
      if (!existsSync(textFile)) continue
      cases.push({
        name: `${set.name}/${file.replace(/\.json$/, '')}`,
        text: readFileSync(textFile, 'utf8'),
        gold: JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as GoldFile,
      })
    }
  }
  return cases
}

interface Score {
  tp: number
  fp: number
  fn: number
  misses: string[]
}

function score(found: string[], gold: string[]): Score {
  const remaining = new Map<string, number>()
  for (const key of gold) remaining.set(key, (remaining.get(key) ?? 0) + 1)
  let tp = 0
  const misses: string[] = []
  for (const key of found) {
    const left = remaining.get(key) ?? 0
    if (left > 0) {
      tp++
      remaining.set(key, left - 1)
    } else misses.push(`+ ${key}`)
  }
  for (const [key, left] of remaining) for (let k = 0; k < left; k++) misses.push(`- ${key}`)
  return { tp, fp: found.length - tp, fn: gold.length - tp, misses }
}

function f1({ tp, fp, fn }: Score): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

const stateKey = (s: { start: number; end: number; iso3: string; text?: string }) =>
  `${s.start}-${s.end} ${s.iso3} ${JSON.stringify(s.text ?? '')}`
const listKey = (l: StateList) => `${l.start}-${l.end} [${l.members.join(',')}]`

const cases = loadCases()

describe.skipIf(cases.length === 0)(
  `states and state lists against the gold (${samplesRoot})`,
  () => {
    it('reaches F1 >= 0.95 for states and for state lists', () => {
      const total = {
        states: { tp: 0, fp: 0, fn: 0, misses: [] } as Score,
        lists: { tp: 0, fp: 0, fn: 0, misses: [] } as Score,
      }
      const report: string[] = []
      for (const { name, text, gold } of cases) {
        const diagnostics: Diagnostic[] = []
        const states = extractStates(text, {}, diagnostics)
        const lists = extractStateLists(text, states, {}, diagnostics)
        for (const s of states) expect(text.slice(s.start, s.end)).toBe(s.text)
        const s = score(
          states.map(stateKey),
          gold.states.map((g) => stateKey({ ...g, text: text.slice(g.start, g.end) })),
        )
        const l = score(lists.map(listKey), gold.stateLists.map(listKey))
        for (const d of diagnostics)
          report.push(`    diagnostic ${d.ruleId} ${d.start}-${d.end}: ${d.message}`)
        for (const [acc, part] of [
          [total.states, s],
          [total.lists, l],
        ] as const) {
          acc.tp += part.tp
          acc.fp += part.fp
          acc.fn += part.fn
        }
        const fs = f1(s)
        const fl = f1(l)
        report.push(
          `${name}: states P=${fs.p.toFixed(3)} R=${fs.r.toFixed(3)}; lists P=${fl.p.toFixed(3)} R=${fl.r.toFixed(3)}`,
          ...s.misses.map((m) => `    state ${m}`),
          ...l.misses.map((m) => `    list ${m}`),
        )
      }
      const fs = f1(total.states)
      const fl = f1(total.lists)
      const summary = `states F1=${fs.f.toFixed(3)} (P=${fs.p.toFixed(3)} R=${fs.r.toFixed(3)}); lists F1=${fl.f.toFixed(3)} (P=${fl.p.toFixed(3)} R=${fl.r.toFixed(3)})`
      if (process.env.TREATYMARK_REPORT) console.log([...report, summary].join('\n'))
      expect(fs.f, [...report, summary].join('\n')).toBeGreaterThanOrEqual(0.95)
      expect(fl.f, [...report, summary].join('\n')).toBeGreaterThanOrEqual(0.95)
    })
  },
)
