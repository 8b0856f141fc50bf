/**
 * extract() scored on hand-annotated texts of our own (`test/fixtures/extract/<case>/input.txt`
 * with `gold.json`, built from `spec.json` by `annotate.mjs`). They imitate the genres of the
 * held-out set (UN meeting coverage with vote tallies, Monitor country profiles, ICRC statements,
 * NGO blog posts, treaty-text excerpts, CD and Security Council reports) so that the scores here
 * say something the six development samples cannot: how well the extractor generalises.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/extract/index.js'
import type { Extraction, Kind } from '../src/models/extraction.js'
import { formatScores, scoreSamples, type Sample } from './score.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/extract')

function loadFixtures(): Sample[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(path.join(root, name, 'input.txt'), 'utf8'),
      gold: JSON.parse(
        readFileSync(path.join(root, name, 'gold.json'), 'utf8'),
      ) as Partial<Extraction>,
    }))
}

const fixtures = loadFixtures()

describe('extract() on the annotated fixtures', () => {
  const scores = scoreSamples(fixtures, (text) => extract(text))

  it('has fixtures whose gold spans match their text', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10)
    for (const { name, text, gold } of fixtures) {
      for (const kind of Object.keys(gold) as Kind[]) {
        for (const entity of gold[kind] ?? []) {
          const { start, end } = entity as { start: number; end: number }
          const spanText = (entity as { text?: string }).text
          if (spanText !== undefined)
            expect(text.slice(start, end), `${name} ${kind}`).toBe(spanText)
        }
      }
    }
  })

  it('prints the score table and the misses', () => {
    const lines = [`${fixtures.length} fixtures`, formatScores(scores)]
    for (const kind of Object.keys(scores) as Kind[]) {
      const s = scores[kind]
      for (const key of s.falseNegatives) lines.push(`  ${kind} missed   ${key}`)
      for (const key of s.falsePositives) lines.push(`  ${kind} spurious ${key}`)
    }
    console.log(lines.join('\n'))
    expect(Object.keys(scores)).toHaveLength(5)
  })

  it('never reports an internal error', () => {
    for (const { name, text } of fixtures) {
      const errors = extract(text).diagnostics.filter((d) => d.ruleId === 'internal-error')
      expect(errors, name).toEqual([])
    }
  })
})

/**
 * The exact extraction of every fixture (`expected.json` beside `input.txt`): one entity gained,
 * lost or changed fails. After a deliberate change run `UPDATE=1 npx vitest run
 * test/extract-fixtures.test.ts` and review the diff of the `expected.json` files (the gold
 * scores printed above say whether the change was for the better).
 */
describe('extract() on the fixtures, exactly', () => {
  for (const { name, text } of fixtures) {
    it(name, () => {
      const file = path.join(root, name, 'expected.json')
      const got = JSON.parse(JSON.stringify(extract(text))) as Extraction
      if (process.env.UPDATE) writeFileSync(file, JSON.stringify(got, null, 2) + '\n')
      expect(existsSync(file), `${file} is missing: run with UPDATE=1`).toBe(true)
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')))
    })
  }
})

/**
 * Citation cases that still failed when these fixtures were written (the citations module is not
 * this file's to fix). Each asserts the right answer, so `it.fails` turns red the day it is fixed:
 * then change it to `it`.
 */
describe('known citation failures (reported to the citations module)', () => {
  const cites = (text: string) =>
    extract(text, { kinds: ['citations'] }).citations.map((c) => `${c.text}=${c.treaty}`)

  it('"Protocols I, III and IV of the CCW" are CCW protocols, not Additional Protocol I', () => {
    expect(cites('Protocols I, III and IV of the CCW were reviewed.')[0]).toBe('Protocols I=ccw-p1')
  })

  it('"the Convention" after an aside on another convention still names the text\'s subject', () => {
    const text =
      'Statements at the meetings of the Anti-Personnel Mine Ban Convention\n\n' +
      'Victim assistance is also required under the Convention on Cluster Munitions (Article 5).\n\n' +
      'Statement by Chile: Chile destroyed its stockpile in accordance with Article 4 of the Convention.'
    expect(cites(text).at(-1)).toBe('Article 4 of the Convention=apmbt')
  })

  it('"INF" as infinity in arithmetic or YAML is no citation', () => {
    expect(cites('A signaling NaN: -INF + INF, and the YAML value .INF.')).toEqual([])
  })
})
